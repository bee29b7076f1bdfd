package vm

// The namespace builtins: globals, locals, vars, dir. They read the
// calling Python frame (the innermost frame of the thread: builtins do not
// push frames of their own).

import (
	"github.com/subpy/subpy/core/object"
)

// callerFrame is the innermost Python frame (nil when Go code calls a
// builtin with no Python frame running).
func (t *Thread) callerFrame() *Frame {
	if n := len(t.frames); n > 0 {
		return t.frames[n-1]
	}
	return nil
}

// mapLocalsGet reads name from a frame's non-dict locals mapping: NULL
// without an exception when the mapping has no such key (KeyError).
func (t *Thread) mapLocalsGet(f *Frame, name *object.Str) object.Value {
	v := object.GetItem(&t.Thread, f.mapLocals, name.Value())
	if v.IsNull() && t.ExceptionMatches(object.KeyErrorType) {
		t.Clear()
	}
	return v
}

// mapLocalsSet stores (val NULL: deletes) name in a frame's non-dict
// locals mapping; a missing key on deletion is a NameError.
func (t *Thread) mapLocalsSet(f *Frame, name *object.Str, val object.Value) int {
	if f.mapLocals.IsNull() {
		t.RaiseMsg(object.SystemErrorType, "no locals found")
		return -1
	}
	if val.IsNull() {
		if object.SetItem(&t.Thread, f.mapLocals, name.Value(), object.Null) < 0 {
			if t.ExceptionMatches(object.KeyErrorType) {
				t.Clear()
				t.Raisef(object.NameErrorType, "name '%s' is not defined", name)
			}
			return -1
		}
		return 0
	}
	return object.SetItem(&t.Thread, f.mapLocals, name.Value(), val)
}

// frameLocals is locals() for frame f: the namespace of a module or class
// body (or exec's mapping), a fresh snapshot dict of a function's fast
// locals (cell contents included; unbound names left out).
func (t *Thread) frameLocals(f *Frame) object.Value {
	if f == nil {
		return object.NewDict().Value()
	}
	if f.locals != nil {
		return f.locals.Value()
	}
	if !f.mapLocals.IsNull() {
		return f.mapLocals
	}
	d := object.NewDict()
	code := f.code
	for i, name := range code.LocalNames {
		if i >= len(f.slots) {
			break
		}
		v := f.slots[i]
		if v.IsNull() {
			continue
		}
		if code.LocalKinds[i]&(object.LocalCell|object.LocalFree) != 0 && object.TypeOf(v) == object.CellType {
			if v = object.AsCell(v).Ref; v.IsNull() {
				continue
			}
		}
		d.SetStr(object.NewStr(name), v)
	}
	return d.Value()
}

func builtinGlobals(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if kw != nil {
		return t.RaiseMsg(object.TypeErrorType, "globals() takes no keyword arguments")
	}
	if len(args) != 0 {
		return t.Raisef(object.TypeErrorType, "globals() takes no arguments (%d given)", len(args))
	}
	f := t.callerFrame()
	if f == nil {
		return object.None
	}
	return f.globals.Value()
}

func builtinLocals(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if kw != nil {
		return t.RaiseMsg(object.TypeErrorType, "locals() takes no keyword arguments")
	}
	if len(args) != 0 {
		return t.Raisef(object.TypeErrorType, "locals() takes no arguments (%d given)", len(args))
	}
	return t.frameLocals(t.callerFrame())
}

var strDict = object.NewStr("__dict__")

func builtinVars(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if kw != nil {
		return t.RaiseMsg(object.TypeErrorType, "vars() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return t.frameLocals(t.callerFrame())
	case 1:
		d := object.GetAttr(&t.Thread, args[0], strDict)
		if d.IsNull() && t.ExceptionMatches(object.AttributeErrorType) {
			t.Clear()
			return t.RaiseMsg(object.TypeErrorType, "vars() argument must have __dict__ attribute")
		}
		return d
	}
	return t.Raisef(object.TypeErrorType, "vars expected at most 1 argument, got %d", len(args))
}

func builtinDir(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if kw != nil {
		return t.RaiseMsg(object.TypeErrorType, "dir() takes no keyword arguments")
	}
	var names object.Value
	switch len(args) {
	case 0:
		loc := t.frameLocals(t.callerFrame())
		if names = object.CallMethod(&t.Thread, loc, "keys"); names.IsNull() {
			return object.Null
		}
	case 1:
		if names = t.dirOf(args[0]); names.IsNull() {
			return object.Null
		}
	default:
		return t.Raisef(object.TypeErrorType, "dir expected at most 1 argument, got %d", len(args))
	}
	items, ok := object.CollectItems(&t.Thread, names)
	if !ok {
		return object.Null
	}
	if !object.SortValues(&t.Thread, items, object.Null, false) {
		return object.Null
	}
	return object.NewList(items).Value()
}

var strDir, strClass = object.NewStr("__dir__"), object.NewStr("__class__")

// dirOf returns the names dir(v) sorts: type(v).__dir__(v) when a class
// defines one, otherwise CPython's default rules (module: its __dict__,
// class: the dicts along its MRO, instance: its __dict__ and its class's).
func (t *Thread) dirOf(v object.Value) object.Value {
	typ := object.TypeOf(v)
	// A class's own __dir__; the builtin types' __dir__ are the default
	// rules below.
	for _, b := range typ.MRO {
		if m := b.Dict.GetStr(strDir); !m.IsNull() {
			if b.IsHeapType() {
				return object.CallArgs(&t.Thread, m, v)
			}
			break
		}
	}
	seen := object.NewDict()
	add := func(d *object.Dict) {
		if d == nil {
			return
		}
		d.Items(func(k, _ object.Value) bool {
			if _, ok := object.AsStr(k); ok {
				seen.SetItem(&t.Thread, k, object.None)
			}
			return true
		})
	}
	if m, ok := object.AsModule(v); ok {
		if f := m.Dict.GetStr(strDir); !f.IsNull() {
			// A module's own __dir__ function (PEP 562).
			return object.Call(&t.Thread, f, nil, nil)
		}
		if d, ok := object.AsDict(m.Dict.GetStr(strDict)); ok {
			add(d)
		} else {
			add(m.Dict)
		}
		return seen.Value()
	}
	if cls := object.AsType(v); cls != nil {
		for _, b := range cls.MRO {
			add(b.Dict)
		}
		seen.SetStr(strClass, object.None) // object's __class__ descriptor
		return seen.Value()
	}
	if d := object.GetAttr(&t.Thread, v, strDict); !d.IsNull() {
		if dd, ok := object.AsDict(d); ok {
			add(dd)
		}
	} else if t.ExceptionMatches(object.AttributeErrorType) {
		t.Clear()
	} else {
		return object.Null
	}
	cv := object.GetAttr(&t.Thread, v, strClass)
	if cv.IsNull() {
		t.Clear()
		cv = typ.Value()
	}
	if cls := object.AsType(cv); cls != nil {
		for _, b := range cls.MRO {
			add(b.Dict)
		}
	}
	seen.SetStr(strClass, object.None)
	return seen.Value()
}
