package vm

// super(): a builtin type whose zero-argument form reads the calling
// frame (its first argument and its __class__ cell), so it lives in the
// VM. It moves to core/builtins once frames are reachable from there.

import (
	"github.com/subpy/subpy/core/object"
)

type superObj struct {
	object.Header
	typ     *object.Type // the class super() was called in
	obj     object.Value // the instance or class (NULL: unbound)
	objType *object.Type // where the MRO comes from
}

var strClassCell = object.NewStr("__classcell__")

// superType is `super`: built at package initialization, immutable after.
var superType = newSuperType()

func newSuperType() *object.Type {
	typ := object.NewBuiltinType("super", nil)
	typ.New = func(ot *object.Thread, st *object.Type, args []object.Value, kwnames *object.Tuple) object.Value {
		t := ot.Eval.(*Thread)
		var cls, obj object.Value
		switch len(args) {
		case 0:
			var ok bool
			if cls, obj, ok = t.superArgs(); !ok {
				return object.Null
			}
		case 1:
			cls = args[0]
		case 2:
			cls, obj = args[0], args[1]
		default:
			return t.Raisef(object.TypeErrorType, "super() takes 0 or 2 arguments (%d given)", len(args))
		}
		ct := object.AsType(cls)
		if ct == nil {
			return t.Raisef(object.TypeErrorType, "super() argument 1 must be a type, not %s", object.TypeOf(cls).Name)
		}
		s := &superObj{Header: object.MakeHeader(st), typ: ct, obj: obj}
		if obj.IsNull() {
			return object.FromHeap(s)
		}
		if ot := object.AsType(obj); ot != nil && ot.IsSubtype(ct) {
			s.objType = ot
		} else if object.TypeOf(obj).IsSubtype(ct) {
			s.objType = object.TypeOf(obj)
		} else {
			return t.Raisef(object.TypeErrorType, "super(type, obj): obj (instance of %s) is not an instance or subtype of type (%s).", object.TypeOf(obj).Name, ct.Name)
		}
		return object.FromHeap(s)
	}
	typ.Init = nil
	typ.GetAttr = func(ot *object.Thread, v object.Value, name *object.Str) object.Value {
		s := object.As[superObj](v)
		switch name.String() {
		case "__thisclass__":
			return s.typ.Value()
		case "__self__":
			if s.obj.IsNull() {
				return object.None
			}
			return s.obj
		case "__self_class__":
			if s.objType == nil {
				return object.None
			}
			return s.objType.Value()
		case "__class__":
			return object.TypeOf(v).Value()
		}
		if s.objType == nil {
			return object.GenericGetAttr(ot, v, name)
		}
		mro := s.objType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.typ {
			i++
		}
		for _, m := range mro[min(i+1, len(mro)):] {
			attr := m.Dict.GetStr(name)
			if attr.IsNull() {
				continue
			}
			if dt := object.TypeOf(attr); dt.DescrGet != nil {
				bind := s.obj
				if object.AsType(s.obj) == s.objType {
					bind = object.Null // super() in a classmethod
				}
				return dt.DescrGet(ot, attr, bind, s.objType)
			}
			return attr
		}
		return ot.Raisef(object.AttributeErrorType, "'super' object has no attribute '%s'", name.String())
	}
	typ.Repr = func(ot *object.Thread, v object.Value) object.Value {
		s := object.As[superObj](v)
		if s.objType == nil {
			return object.NewStr("<super: <class '" + s.typ.Name + "'>, NULL>").Value()
		}
		return object.NewStr("<super: <class '" + s.typ.Name + "'>, <" + s.objType.Name + " object>>").Value()
	}
	return typ
}

// superArgs finds zero-argument super()'s class (the __class__ cell) and
// object (the first argument) in the calling Python frame.
func (t *Thread) superArgs() (object.Value, object.Value, bool) {
	if len(t.frames) == 0 {
		t.RaiseMsg(object.RuntimeErrorType, "super(): no current frame")
		return object.Null, object.Null, false
	}
	f := t.frames[len(t.frames)-1]
	code := f.code
	if code.ArgCount == 0 {
		t.RaiseMsg(object.RuntimeErrorType, "super(): no arguments")
		return object.Null, object.Null, false
	}
	obj := f.slots[0]
	if code.LocalKinds[0]&object.LocalCell != 0 && !obj.IsNull() {
		obj = object.AsCell(obj).Ref
	}
	if obj.IsNull() {
		t.RaiseMsg(object.RuntimeErrorType, "super(): arg[0] deleted")
		return object.Null, object.Null, false
	}
	for i, n := range code.LocalNames {
		if n == "__class__" && code.LocalKinds[i]&object.LocalFree != 0 {
			cls := object.AsCell(f.slots[i]).Ref
			if cls.IsNull() {
				t.RaiseMsg(object.RuntimeErrorType, "super(): empty __class__ cell")
				return object.Null, object.Null, false
			}
			return cls, obj, true
		}
	}
	t.RaiseMsg(object.RuntimeErrorType, "super(): __class__ cell not found")
	return object.Null, object.Null, false
}
