package object

import (
	"fmt"
	"reflect"
)

// Slot wrappers: the dunders of builtin types as callable descriptors in
// their dicts (`int.__add__`, `[].__len__()`, `object.__eq__(a, b)`),
// CPython's wrapper_descriptor and method-wrapper. They are generated from
// the slot tables once, at the end of the package's initialization: one
// generic wrapper per slot kind, bound to the type's slot function.

// SlotWrapperType is `wrapper_descriptor`; MethodWrapperType is
// `method-wrapper` (a slot wrapper bound to an instance).
var (
	SlotWrapperType   = &Type{Name: "wrapper_descriptor"}
	MethodWrapperType = &Type{Name: "method-wrapper"}
)

// slotWrapper is `int.__add__`: call runs the slot on self.
type slotWrapper struct {
	Header
	name  string
	owner *Type
	call  MethodFunc
}

// methodWrapper is `(5).__add__`.
type methodWrapper struct {
	Header
	d    *slotWrapper
	self Value
}

// builtinTypes lists the types made by setupBuiltinType during
// initialization, in order; addSlotWrappers walks it once.
var builtinTypes []*Type

func funcPtr(f any) uintptr {
	v := reflect.ValueOf(f)
	if v.IsNil() {
		return 0
	}
	return v.Pointer()
}

func initSlotWrappers() {
	setupBuiltinType(SlotWrapperType, ObjectType, 0)
	SlotWrapperType.New = nil
	SlotWrapperType.Init = nil
	SlotWrapperType.Repr = func(t *Thread, v Value) Value {
		d := as[slotWrapper](v)
		return NewStr("<slot wrapper '" + d.name + "' of '" + d.owner.Name + "' objects>").Value()
	}
	SlotWrapperType.DescrGet = func(t *Thread, descr, obj Value, typ *Type) Value {
		if obj.IsNull() {
			return descr
		}
		d := as[slotWrapper](descr)
		if !TypeOf(obj).IsSubtype(d.owner) {
			return t.Raisef(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name, d.owner.Name, TypeOf(obj).Name)
		}
		return fromHeap(&methodWrapper{Header{MethodWrapperType}, d, obj})
	}
	SlotWrapperType.Call = func(t *Thread, callable Value, args []Value, kwnames *Tuple) Value {
		d := as[slotWrapper](callable)
		if len(args)-kwnames.Len() < 1 {
			return t.Raisef(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", d.name, d.owner.Name)
		}
		if !TypeOf(args[0]).IsSubtype(d.owner) {
			return t.Raisef(TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'", d.name, d.owner.Name, TypeOf(args[0]).Name)
		}
		return d.invoke(t, args[0], args[1:], kwnames)
	}
	SlotWrapperType.AddGetter("__name__", func(t *Thread, v Value) Value { return NewStr(as[slotWrapper](v).name).Value() })
	SlotWrapperType.AddGetter("__qualname__", func(t *Thread, v Value) Value {
		d := as[slotWrapper](v)
		return NewStr(d.owner.QualName + "." + d.name).Value()
	})
	SlotWrapperType.AddGetter("__objclass__", func(t *Thread, v Value) Value { return as[slotWrapper](v).owner.Value() })
	SlotWrapperType.AddGetter("__doc__", func(t *Thread, v Value) Value { return None })

	setupBuiltinType(MethodWrapperType, ObjectType, 0)
	MethodWrapperType.New = nil
	MethodWrapperType.Init = nil
	MethodWrapperType.Repr = func(t *Thread, v Value) Value {
		m := as[methodWrapper](v)
		return NewStr(fmt.Sprintf("<method-wrapper '%s' of %s object at %#x>", m.d.name, TypeOf(m.self).Name, identityOf(m.self))).Value()
	}
	MethodWrapperType.Call = func(t *Thread, callable Value, args []Value, kwnames *Tuple) Value {
		m := as[methodWrapper](callable)
		return m.d.invoke(t, m.self, args, kwnames)
	}
	MethodWrapperType.Hash = func(t *Thread, v Value) (int64, bool) {
		m := as[methodWrapper](v)
		h, ok := Hash(t, m.self)
		return h ^ int64(funcPtr(m.d.call)), ok
	}
	MethodWrapperType.Compare = func(t *Thread, a, b Value, op int) Value {
		if (op != cmpEQ && op != cmpNE) || TypeOf(b) != MethodWrapperType {
			return NotImplemented
		}
		x, y := as[methodWrapper](a), as[methodWrapper](b)
		return Bool((x.d == y.d && x.self.Is(y.self)) == (op == cmpEQ))
	}
	MethodWrapperType.AddGetter("__name__", func(t *Thread, v Value) Value { return NewStr(as[methodWrapper](v).d.name).Value() })
	MethodWrapperType.AddGetter("__qualname__", func(t *Thread, v Value) Value {
		d := as[methodWrapper](v).d
		return NewStr(d.owner.QualName + "." + d.name).Value()
	})
	MethodWrapperType.AddGetter("__self__", func(t *Thread, v Value) Value { return as[methodWrapper](v).self })
	MethodWrapperType.AddGetter("__objclass__", func(t *Thread, v Value) Value { return as[methodWrapper](v).d.owner.Value() })
}

// invoke calls the wrapped slot; only __init__, __call__ and __new__
// take keyword arguments.
func (d *slotWrapper) invoke(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
	if kwnames != nil && d.name != "__init__" && d.name != "__call__" {
		return t.Raisef(TypeErrorType, "wrapper %s() takes no keyword arguments", d.name)
	}
	return d.call(t, self, args, kwnames)
}

// identityOf is the address id() shows for v.
func identityOf(v Value) uintptr {
	if v.IsHeap() {
		return uintptr(v.p)
	}
	return uintptr(v.x)
}

func wrapperArgs(t *Thread, args []Value, kwnames *Tuple, n int) bool {
	if kwnames != nil {
		t.RaiseMsg(TypeErrorType, "wrapper takes no keyword arguments")
		return false
	}
	if len(args) != n {
		s := "s"
		if n == 1 {
			s = ""
		}
		t.Raisef(TypeErrorType, "expected %d argument%s, got %d", n, s, len(args))
		return false
	}
	return true
}

// addSlotWrappers puts into each builtin type's dict a wrapper for every
// slot the type defines itself (not inherited unchanged from its base),
// unless the dict already has that name.
func addSlotWrappers() {
	for _, typ := range builtinTypes {
		addTypeSlotWrappers(typ)
	}
}

func addTypeSlotWrappers(typ *Type) {
	base := typ.Base
	own := func(f, bf any) bool {
		p := funcPtr(f)
		if p == 0 {
			return false
		}
		return base == nil || p != funcPtr(bf)
	}
	add := func(name string, call MethodFunc) {
		if !typ.Dict.getStr(NewStr(name)).IsNull() {
			return
		}
		typ.Dict.setStrInit(name, fromHeap(&slotWrapper{Header{SlotWrapperType}, name, typ, call}))
	}
	var b Type
	if base != nil {
		b = *base
	}
	unary := func(name string, f UnaryFunc, bf UnaryFunc) {
		if own(f, bf) {
			add(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
				if !wrapperArgs(t, args, kwnames, 0) {
					return Null
				}
				return f(t, self)
			})
		}
	}
	unary("__repr__", typ.Repr, b.Repr)
	unary("__str__", typ.Str, b.Str)
	unary("__iter__", typ.Iter, b.Iter)
	unary("__neg__", typ.Neg, b.Neg)
	unary("__pos__", typ.Pos, b.Pos)
	unary("__invert__", typ.Invert, b.Invert)
	unary("__abs__", typ.Abs, b.Abs)
	unary("__index__", typ.Index, b.Index)
	if own(typ.Next, b.Next) {
		f := typ.Next
		add("__next__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !wrapperArgs(t, args, kwnames, 0) {
				return Null
			}
			r := f(t, self)
			if r.IsNull() && t.Exc == nil {
				return t.RaiseMsg(StopIterationType, "")
			}
			return r
		})
	}
	if own(typ.Hash, b.Hash) {
		f := typ.Hash
		if funcPtr(f) == funcPtr(HashFunc(unhashable)) {
			if typ.Dict.getStr(strHash).IsNull() {
				typ.Dict.setStrInit("__hash__", None)
			}
		} else {
			add("__hash__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
				if !wrapperArgs(t, args, kwnames, 0) {
					return Null
				}
				h, ok := f(t, self)
				if !ok {
					return Null
				}
				return Int(h)
			})
		}
	}
	// CPython's sequence slots: `+` of these is sq_concat (an __add__
	// without __radd__) and their truth comes from sq_length (no __bool__).
	seqConcat := typ == ListType || typ == TupleType || typ == StrType || typ == BytesType || typ == ByteArrayType
	if own(typ.Bool, b.Bool) && !seqConcat {
		f := typ.Bool
		add("__bool__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !wrapperArgs(t, args, kwnames, 0) {
				return Null
			}
			r := f(t, self)
			if r < 0 {
				return Null
			}
			return Bool(r == 1)
		})
	}
	if own(typ.Len, b.Len) {
		f := typ.Len
		add("__len__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !wrapperArgs(t, args, kwnames, 0) {
				return Null
			}
			n := f(t, self)
			if n < 0 {
				return Null
			}
			return Int(int64(n))
		})
	}
	if own(typ.Compare, b.Compare) {
		f := typ.Compare
		for op, n := range cmpDunders {
			add(n.s, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
				if !wrapperArgs(t, args, kwnames, 1) {
					return Null
				}
				return f(t, self, args[0], op)
			})
		}
	}
	if own(typ.Call, b.Call) {
		f := typ.Call
		add("__call__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value { return f(t, self, args, kwnames) })
	}
	if own(typ.GetItem, b.GetItem) {
		f := typ.GetItem
		if typ == DictType { // dict.__getitem__ consults a subclass's __missing__
			f = func(t *Thread, v, key Value) Value {
				if TypeOf(v) != DictType {
					return dictSubGetItem(t, v, key)
				}
				return DictType.GetItem(t, v, key)
			}
		}
		name := typ.Name
		add("__getitem__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if kwnames != nil || len(args) != 1 {
				return t.Raisef(TypeErrorType, "%s.__getitem__() takes exactly one argument (%d given)", name, len(args))
			}
			return f(t, self, args[0])
		})
	}
	if own(typ.SetItem, b.SetItem) {
		f := typ.SetItem
		add("__setitem__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if len(args) != 2 { // sic: CPython's message starts with a space
				return t.Raisef(TypeErrorType, " expected 2 arguments, got %d", len(args))
			}
			if f(t, self, args[0], args[1]) < 0 {
				return Null
			}
			return None
		})
		add("__delitem__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !wrapperArgs(t, args, kwnames, 1) || f(t, self, args[0], Null) < 0 {
				return Null
			}
			return None
		})
	}
	if own(typ.Contains, b.Contains) {
		f := typ.Contains
		add("__contains__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !wrapperArgs(t, args, kwnames, 1) {
				return Null
			}
			r := f(t, self, args[0])
			if r < 0 {
				return Null
			}
			return Bool(r == 1)
		})
	}
	if own(typ.GetAttr, b.GetAttr) {
		f := typ.GetAttr
		add("__getattribute__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !wrapperArgs(t, args, kwnames, 1) {
				return Null
			}
			s, ok := AsStr(args[0])
			if !ok {
				return t.Raisef(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(args[0]).Name)
			}
			return f(t, self, s)
		})
	}
	if own(typ.SetAttr, b.SetAttr) {
		f := typ.SetAttr
		add("__setattr__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !wrapperArgs(t, args, kwnames, 2) {
				return Null
			}
			s, ok := AsStr(args[0])
			if !ok {
				return t.Raisef(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(args[0]).Name)
			}
			if f(t, self, s, args[1]) < 0 {
				return Null
			}
			return None
		})
		add("__delattr__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !wrapperArgs(t, args, kwnames, 1) {
				return Null
			}
			s, ok := AsStr(args[0])
			if !ok {
				return t.Raisef(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(args[0]).Name)
			}
			if f(t, self, s, Null) < 0 {
				return Null
			}
			return None
		})
	}
	if own(typ.DescrGet, b.DescrGet) {
		f := typ.DescrGet
		add("__get__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if kwnames != nil || len(args) < 1 || len(args) > 2 {
				return t.Raisef(TypeErrorType, "expected 1 or 2 arguments, got %d", len(args))
			}
			obj := args[0]
			var tp *Type
			if len(args) == 2 && args[1] != None {
				tp = AsType(args[1])
			}
			if obj == None {
				if tp == nil {
					return t.RaiseMsg(TypeErrorType, "__get__(None, None) is invalid")
				}
				obj = Null
			}
			if tp == nil && !obj.IsNull() {
				tp = TypeOf(obj)
			}
			return f(t, self, obj, tp)
		})
	}
	if own(typ.DescrSet, b.DescrSet) {
		f := typ.DescrSet
		add("__set__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !wrapperArgs(t, args, kwnames, 2) || f(t, self, args[0], args[1]) < 0 {
				return Null
			}
			return None
		})
		add("__delete__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !wrapperArgs(t, args, kwnames, 1) || f(t, self, args[0], Null) < 0 {
				return Null
			}
			return None
		})
	}
	if own(typ.Init, b.Init) {
		f := typ.Init
		add("__init__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if f(t, self, args, kwnames) < 0 {
				return Null
			}
			return None
		})
	}
	if own(typ.New, b.New) && typ.Dict.getStr(strNew).IsNull() {
		owner := typ
		typ.Dict.setStrInit("__new__", fromHeap(&wrapper{Header{StaticMethodType},
			NewBuiltin("__new__", owner.Value(), func(t *Thread, _ Value, args []Value, kwnames *Tuple) Value {
				return slotNew(t, owner, args, kwnames)
			})}))
	}
	for op := range typ.Binary {
		if own(typ.Binary[op], b.Binary[op]) {
			f := typ.Binary[op]
			add(binaryDunders[op].s, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
				if !wrapperArgs(t, args, kwnames, 1) {
					return Null
				}
				return f(t, self, args[0])
			})
			if op != nbAdd || !seqConcat {
				add(reflectedDunders[op].s, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
					if !wrapperArgs(t, args, kwnames, 1) {
						return Null
					}
					return f(t, args[0], self)
				})
			}
		}
		if own(typ.InPlace[op], b.InPlace[op]) {
			f := typ.InPlace[op]
			add(inplaceDunders[op].s, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
				if !wrapperArgs(t, args, kwnames, 1) {
					return Null
				}
				return f(t, self, args[0])
			})
		}
	}
}

// slotNew is T.__new__(cls, *args): cls must be T or a subclass of it.
func slotNew(t *Thread, owner *Type, args []Value, kwnames *Tuple) Value {
	if len(args)-kwnames.Len() < 1 {
		return t.Raisef(TypeErrorType, "%s.__new__(): not enough arguments", owner.Name)
	}
	cls := AsType(args[0])
	if cls == nil {
		return t.Raisef(TypeErrorType, "%s.__new__(X): X is not a type object (%s)", owner.Name, TypeOf(args[0]).Name)
	}
	if !cls.IsSubtype(owner) {
		return t.Raisef(TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", owner.Name, cls.Name, cls.Name, owner.Name)
	}
	if cls.layout != owner.layout && owner != ObjectType {
		return t.Raisef(TypeErrorType, "%s.__new__(%s) is not safe, use %s.__new__()", owner.Name, cls.Name, staticBase(cls).Name)
	}
	return newOfLayout(t, owner, cls, args[1:], kwnames)
}

// staticBase is the first class from cls up whose __new__ is not written
// in Python: the constructor "is not safe" messages name it.
func staticBase(cls *Type) *Type {
	for cls.Base != nil && cls.IsHeapType() {
		if f := cls.Dict.getStr(strNew); !f.IsNull() && TypeOf(f) == StaticMethodType {
			if _, ok := AsFunction(as[wrapper](f).fn); ok {
				cls = cls.Base
				continue
			}
		}
		break
	}
	return cls
}
