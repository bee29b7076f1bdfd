package vm

// __build_class__: what a class statement calls. It resolves the bases
// (__mro_entries__), picks the metaclass (the most derived of the
// explicit one and the bases' metaclasses), asks it for a namespace
// (__prepare__), runs the class body in that namespace, calls the
// metaclass and fills the body's __class__ cell with the result.

import (
	"github.com/subpy/subpy/core/object"
)

var (
	strMroEntries  = object.NewStr("__mro_entries__")
	strPrepare     = object.NewStr("__prepare__")
	strOrigBases   = object.NewStr("__orig_bases__")
	strMetaclassKw = "metaclass"
)

// buildClass is __build_class__(func, name, *bases, metaclass=None, **kwds).
func buildClass(t *Thread, args []object.Value, kwnames *object.Tuple) object.Value {
	ot := &t.Thread
	npos := len(args) - kwnames.Len()
	if npos < 2 {
		return t.RaiseMsg(object.TypeErrorType, "__build_class__: not enough arguments")
	}
	fn, ok := object.AsFunction(args[0])
	if !ok {
		return t.RaiseMsg(object.TypeErrorType, "__build_class__: func must be a function")
	}
	if _, ok := object.AsStr(args[1]); !ok {
		return t.RaiseMsg(object.TypeErrorType, "__build_class__: name is not a string")
	}
	origBases := args[2:npos]
	bases, changed := resolveMroEntries(t, origBases)
	if bases == nil {
		return object.Null
	}

	// The keywords other than metaclass= go to __prepare__, the
	// metaclass call and, through type.__new__, __init_subclass__.
	var meta object.Value
	var kwVals []object.Value
	var kwNames []object.Value
	for i := 0; i < kwnames.Len(); i++ {
		k := kwnames.Items[i]
		v := args[npos+i]
		if s, _ := object.AsStr(k); s != nil && s.String() == strMetaclassKw {
			meta = v
			continue
		}
		kwNames = append(kwNames, k)
		kwVals = append(kwVals, v)
	}
	var kwTuple *object.Tuple
	if len(kwNames) > 0 {
		kwTuple = object.NewTuple(kwNames)
	}
	isClass := true
	if meta.IsNull() {
		if len(bases) == 0 {
			meta = object.TypeType.Value()
		} else {
			meta = object.TypeOf(bases[0]).Value()
		}
	} else {
		isClass = object.AsType(meta) != nil
	}
	if isClass {
		winner := object.CalculateMeta(ot, object.AsType(meta), bases)
		if winner == nil {
			return object.Null
		}
		meta = winner.Value()
	}
	basesTuple := object.NewTuple(bases).Value()

	// The namespace: meta.__prepare__(name, bases, **kwds), or a dict.
	var ns object.Value
	prep := object.GetAttr(ot, meta, strPrepare)
	if prep.IsNull() {
		if !ot.ExceptionMatches(object.AttributeErrorType) {
			return object.Null
		}
		t.Clear()
		ns = object.NewDict().Value()
	} else {
		pargs := append([]object.Value{args[1], basesTuple}, kwVals...)
		ns = object.Call(ot, prep, pargs, kwTuple)
		if ns.IsNull() {
			return object.Null
		}
	}
	if !isMapping(ns) {
		if isClass {
			return t.Raisef(object.TypeErrorType, "%s.__prepare__() must return a mapping, not %s", object.AsType(meta).Name, object.TypeOf(ns).Name)
		}
		return t.Raisef(object.TypeErrorType, "<metaclass>.__prepare__() must return a mapping, not %s", object.TypeOf(ns).Name)
	}
	if r := t.runNamespaces(fn.Code, fn.Globals, fn.Builtins, ns, fn.Closure); r.IsNull() {
		return object.Null
	}
	if changed {
		if object.SetItem(ot, ns, strOrigBases.Value(), object.NewTuple(append([]object.Value(nil), origBases...)).Value()) < 0 {
			return object.Null
		}
	}
	var cell object.Value
	if d, ok := object.AsDict(ns); ok {
		cell = d.GetStr(strClassCell)
	} else if cell = object.GetItem(ot, ns, strClassCell.Value()); cell.IsNull() {
		t.Clear()
	}
	margs := append([]object.Value{args[1], basesTuple, ns}, kwVals...)
	cls := object.Call(ot, meta, margs, kwTuple)
	if cls.IsNull() {
		return object.Null
	}
	if !cell.IsNull() && object.TypeOf(cell) == object.CellType {
		c := object.AsCell(cell)
		if c.Ref.IsNull() {
			c.Ref = cls
		}
		if !c.Ref.Is(cls) {
			return t.Raisef(object.TypeErrorType, "__class__ set to %s defining %s as %s",
				object.Repr(ot, c.Ref).String(), object.Repr(ot, args[1]).String(), object.Repr(ot, cls).String())
		}
	}
	return cls
}

// resolveMroEntries replaces the bases that are not classes but have
// __mro_entries__ with what it returns (PEP 560). changed reports a
// replacement; nil means an exception.
func resolveMroEntries(t *Thread, bases []object.Value) ([]object.Value, bool) {
	ot := &t.Thread
	var out []object.Value
	changed := false
	for i, b := range bases {
		if object.AsType(b) != nil {
			if changed {
				out = append(out, b)
			}
			continue
		}
		m := object.GetAttr(ot, b, strMroEntries)
		if m.IsNull() {
			if !ot.ExceptionMatches(object.AttributeErrorType) {
				return nil, false
			}
			t.Clear()
			if changed {
				out = append(out, b)
			}
			continue
		}
		r := object.Call(ot, m, []object.Value{object.NewTuple(append([]object.Value(nil), bases...)).Value()}, nil)
		if r.IsNull() {
			return nil, false
		}
		tup, ok := object.AsTuple(r)
		if !ok {
			t.RaiseMsg(object.TypeErrorType, "__mro_entries__ must return a tuple")
			return nil, false
		}
		if !changed {
			out = append(out, bases[:i]...)
			changed = true
		}
		out = append(out, tup.Items...)
	}
	if !changed {
		return append([]object.Value{}, bases...), false
	}
	return out, true
}

// CurrentGlobals returns the globals of the running Python frame (nil
// outside one): type(name, bases, dict) takes __module__ from them.
func (t *Thread) CurrentGlobals() *object.Dict {
	if len(t.frames) == 0 {
		return nil
	}
	return t.frames[len(t.frames)-1].globals
}
