package object

import "fmt"

// ClassMethodDescrType is `classmethod_descriptor`: a class method of a
// builtin type (dict.fromkeys, int.from_bytes, object.__init_subclass__).
// The types' init functions store them as classmethod wrappers around a
// builtin; initClassMethodDescrs turns those into descriptors that know
// their owner, as CPython's METH_CLASS methods are.
var ClassMethodDescrType = &Type{Name: "classmethod_descriptor"}

type classMethodDescr struct {
	Header
	fn    *BuiltinFunction // called with the class first
	owner *Type
}

func initClassMethodDescrs() {
	setupBuiltinType(ClassMethodDescrType, ObjectType, 0)
	typ := ClassMethodDescrType
	typ.New = nil
	typ.Init = nil
	typ.Repr = func(t *Thread, v Value) Value {
		d := as[classMethodDescr](v)
		return NewStr(fmt.Sprintf("<method '%s' of '%s' objects>", d.fn.Name, d.owner.Name)).Value()
	}
	typ.DescrGet = func(t *Thread, descr, obj Value, cls *Type) Value {
		d := as[classMethodDescr](descr)
		if cls == nil {
			if obj.IsNull() {
				return t.Raisef(TypeErrorType, "descriptor '%s' for type '%s' needs either an object or a type", d.fn.Name, d.owner.Name)
			}
			cls = TypeOf(obj)
		}
		if !cls.IsSubtype(d.owner) {
			return t.Raisef(TypeErrorType, "descriptor '%s' requires a subtype of '%s' but received '%s'", d.fn.Name, d.owner.Name, cls.Name)
		}
		return bindClassBuiltin(d.fn, cls)
	}
	typ.Call = func(t *Thread, callable Value, args []Value, kwnames *Tuple) Value {
		d := as[classMethodDescr](callable)
		if len(args)-kwnames.Len() < 1 {
			return t.Raisef(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", d.fn.Name, d.owner.Name)
		}
		cls := AsType(args[0])
		if cls == nil {
			return t.Raisef(TypeErrorType, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", d.fn.Name, d.owner.Name, TypeOf(args[0]).Name)
		}
		if !cls.IsSubtype(d.owner) {
			return t.Raisef(TypeErrorType, "descriptor '%s' requires a subtype of '%s' but received '%s'", d.fn.Name, d.owner.Name, cls.Name)
		}
		return d.fn.Fn(t, d.fn.Self, args, kwnames)
	}
	typ.GetAttr = func(t *Thread, v Value, name *Str) Value {
		d := as[classMethodDescr](v)
		switch name.s {
		case "__name__":
			return NewStr(d.fn.Name).Value()
		case "__qualname__":
			return NewStr(d.owner.Name + "." + d.fn.Name).Value()
		case "__objclass__":
			return d.owner.Value()
		case "__doc__", "__text_signature__":
			return None
		}
		return GenericGetAttr(t, v, name)
	}
	addAttrGetters(typ, "__name__", "__qualname__", "__objclass__", "__doc__", "__text_signature__")

	// Every builtin type's classmethod-wrapped builtins become descriptors.
	for _, owner := range builtinTypes {
		var names []string
		var fns []*BuiltinFunction
		owner.Dict.Items(func(k, v Value) bool {
			if v.IsHeap() && TypeOf(v) == ClassMethodType {
				if b, ok := AsBuiltin(as[wrapper](v).fn); ok {
					names, fns = append(names, as[Str](k).s), append(fns, b)
				}
			}
			return true
		})
		for i, n := range names {
			owner.Dict.setStrInit(n, fromHeap(&classMethodDescr{Header{ClassMethodDescrType}, fns[i], owner}))
		}
	}
}

// bindClassBuiltin binds a builtin class method to cls: a builtin whose
// __self__ is the class, cls passed first to the function.
func bindClassBuiltin(b *BuiltinFunction, cls *Type) Value {
	inner, self := b.Fn, b.Self
	return NewBuiltin(b.Name, cls.Value(), func(t *Thread, cls Value, args []Value, kwnames *Tuple) Value {
		full := make([]Value, len(args)+1)
		full[0] = cls
		copy(full[1:], args)
		return inner(t, self, full, kwnames)
	})
}

// descrNameAttr answers a descriptor's __name__, __qualname__ and
// __objclass__ (NULL for other names).
func descrNameAttr(name *Str, n string, owner *Type) Value {
	switch name.s {
	case "__name__":
		return NewStr(n).Value()
	case "__qualname__":
		return NewStr(owner.QualName + "." + n).Value()
	case "__objclass__":
		return owner.Value()
	}
	return Null
}
