package main

/*
#include <stdlib.h>
#include <string.h>
#include "engine_abi.h"
*/
import "C"

import (
	"math"
	"math/big"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
	"github.com/subpy/subpy/core/vm"
)

// The object entry points of the engine (engine_abi.h). Each defers
// guard; each runs under the interpreter's lock held by the caller.

//export subpy_engine_obj_release
func subpy_engine_obj_release(ts *C.struct__ts, obj unsafe.Pointer, handle C.uint64_t) {
	defer guard("_Py_Dealloc")
	c := enter("_Py_Dealloc", ts)
	c.release(obj, uint64(handle))
}

//export subpy_engine_obj_new
func subpy_engine_obj_new(ts *C.struct__ts, kind C.int, s *C.char, n C.int64_t, i C.int64_t, d C.double, p, q unsafe.Pointer) unsafe.Pointer {
	defer guard("PyObject_New")
	c := enter("PyObject_New", ts)
	ot := c.ot()
	bytesOf := func() string {
		if s == nil || n <= 0 {
			return ""
		}
		return C.GoStringN(s, C.int(n))
	}
	var v object.Value
	switch kind {
	case C.SUBPY_NEW_LONG:
		v = object.Int(int64(i))
	case C.SUBPY_NEW_ULONG:
		u := uint64(i)
		if u <= math.MaxInt64 {
			v = object.Int(int64(u))
		} else {
			v = object.NewIntFromBig(new(big.Int).SetUint64(u))
		}
	case C.SUBPY_NEW_LONG_DOUBLE:
		f := float64(d)
		switch {
		case math.IsInf(f, 0):
			return c.raise(object.OverflowErrorType, "cannot convert float infinity to integer")
		case math.IsNaN(f):
			return c.raise(object.ValueErrorType, "cannot convert float NaN to integer")
		}
		bf := new(big.Float).SetFloat64(math.Trunc(f))
		bi, _ := bf.Int(nil)
		if bi.IsInt64() {
			v = object.Int(bi.Int64())
		} else {
			v = object.NewIntFromBig(bi)
		}
	case C.SUBPY_NEW_FLOAT:
		v = object.Float(float64(d))
	case C.SUBPY_NEW_STR:
		b := bytesOf()
		if !utf8.ValidString(b) {
			// bytes.decode raises CPython's UnicodeDecodeError (its 5 arguments)
			if r := c.callMethodValue(object.NewBytes(b).Value(), "decode"); !r.IsNull() || c.ot().Exc == nil {
				return c.raise(c.t.ExceptionType("UnicodeDecodeError"), "'utf-8' codec can't decode bytes: invalid UTF-8")
			}
			return nil
		}
		v = object.NewStr(b).Value()
	case C.SUBPY_NEW_STR_LATIN1:
		b := bytesOf()
		r := make([]rune, len(b))
		for k := 0; k < len(b); k++ {
			r[k] = rune(b[k])
		}
		v = object.NewStr(string(r)).Value()
	case C.SUBPY_NEW_BYTES:
		if s == nil {
			v = object.NewBytes(string(make([]byte, int(n)))).Value()
		} else {
			v = object.NewBytes(bytesOf()).Value()
		}
	case C.SUBPY_NEW_LONG_STR:
		v = object.Call(ot, object.IntType.Value(), []object.Value{object.NewStr(C.GoString(s)).Value(), object.Int(int64(i))}, nil)
	case C.SUBPY_NEW_FLOAT_STR:
		v = object.Call(ot, object.FloatType.Value(), []object.Value{p2v(&c, p)}, nil)
	case C.SUBPY_NEW_TUPLE:
		if n < 0 {
			return c.raise(object.SystemErrorType, "bad argument to internal function")
		}
		v = newTupleN(int(n))
	case C.SUBPY_NEW_LIST:
		if n < 0 {
			return c.raise(object.SystemErrorType, "bad argument to internal function")
		}
		v = object.NewList(make([]object.Value, int(n))).Value()
	case C.SUBPY_NEW_DICT:
		v = object.NewDict().Value()
	case C.SUBPY_NEW_MODULE:
		m := object.NewModule(C.GoString(s))
		m.Dict.SetStr(object.NewStr("__package__"), object.None)
		m.Dict.SetStr(object.NewStr("__loader__"), object.None)
		m.Dict.SetStr(object.NewStr("__spec__"), object.None)
		v = m.Value()
	case C.SUBPY_NEW_CFUNCTION:
		self := object.Null
		if q != nil {
			self = c.fromC(q)
		}
		fn := c.newCFunction(p, C.GoString(s), self)
		v = fn
	case C.SUBPY_NEW_CAPSULE:
		v = newCapsule(p, unsafe.Pointer(s), q)
	default:
		return c.raise(object.SystemErrorType, "subpy_engine_obj_new: unknown kind")
	}
	return c.toC(v)
}

// newTupleN returns a tuple of n NULL items for PyTuple_New (filled by
// PyTuple_SetItem before Python code sees it). The empty tuple is shared.
func newTupleN(n int) object.Value {
	if n == 0 {
		return object.NewTuple(nil).Value()
	}
	return object.NewTuple(make([]object.Value, n)).Value()
}

func p2v(c *ctx, p unsafe.Pointer) object.Value { return c.fromC(p) }

func (c *ctx) raise(typ *object.Type, msg string) unsafe.Pointer {
	c.ot().RaiseMsg(typ, msg)
	return nil
}

func (c *ctx) badCall() unsafe.Pointer {
	return c.raise(object.SystemErrorType, "bad argument to internal function")
}

// str returns v as a Go string if it is a str.
func strOf(v object.Value) (string, bool) {
	s, ok := object.AsStr(v)
	if !ok {
		return "", false
	}
	return s.String(), true
}

//export subpy_engine_obj_op
func subpy_engine_obj_op(ts *C.struct__ts, op C.int, a, b, cc unsafe.Pointer, i C.int64_t) (ret unsafe.Pointer) {
	defer guard("PyObject_Call")
	c := enter("PyObject_Call", ts)
	ot := c.ot()
	borrow := op&C.SUBPY_OP_BORROW != 0
	op &^= C.SUBPY_OP_BORROW
	va, vb := c.fromC(a), c.fromC(b)
	var vc object.Value
	if op != C.SUBPY_OP_TUPLE_SLICE && op != C.SUBPY_OP_SEQ_GETSLICE {
		vc = c.fromC(cc)
	}
	var r object.Value
	switch op {
	case C.SUBPY_OP_STR:
		r = object.StrOf(ot, va)
	case C.SUBPY_OP_REPR:
		r = object.ReprValue(ot, va)
	case C.SUBPY_OP_ASCII:
		r = c.callBuiltin("ascii", va)
	case C.SUBPY_OP_GETATTR:
		name, ok := object.AsStr(vb)
		if !ok {
			return c.raisef(object.TypeErrorType, "attribute name must be string, not '%s'", object.TypeOf(vb).Name)
		}
		r = object.GetAttr(ot, va, name)
	case C.SUBPY_OP_GETITEM:
		r = object.GetItem(ot, va, vb)
	case C.SUBPY_OP_CALL:
		r = c.call(va, vb, vc)
	case C.SUBPY_OP_CALL_METHOD:
		name, ok := object.AsStr(vb)
		if !ok {
			return c.badCall()
		}
		m := object.GetAttr(ot, va, name)
		if m.IsNull() {
			return nil
		}
		r = c.call(m, vc, object.Null)
	case C.SUBPY_OP_TYPE:
		r = object.TypeOf(va).Value()
	case C.SUBPY_OP_GETITER:
		r = object.GetIter(ot, va)
	case C.SUBPY_OP_NEXT:
		r = object.Next(ot, va)
		if r.IsNull() && ot.Exc != nil && ot.Exc.Type() == object.StopIterationType {
			ot.Clear()
		}
	case C.SUBPY_OP_DIR:
		if va.IsNull() {
			if g, l := c.t.CurrentFrameNamespaces(); l != nil {
				va = l.Value()
			} else if g != nil {
				va = g.Value()
			} else {
				return c.raise(object.SystemErrorType, "frame does not exist")
			}
			r = c.callMethodValue(va, "keys")
			if !r.IsNull() {
				r = c.callBuiltin("sorted", r)
			}
			break
		}
		r = c.callBuiltin("dir", va)
	case C.SUBPY_OP_FORMAT:
		spec := ""
		if !vb.IsNull() {
			s, ok := strOf(vb)
			if !ok {
				return c.raisef(object.SystemErrorType, "Format specifier must be a string, not %s", object.TypeOf(vb).Name)
			}
			spec = s
		}
		r = object.Format(ot, va, spec)
	case C.SUBPY_OP_BINARY:
		if i < 0 || i > opcode.NB_XOR {
			return c.badCall()
		}
		r = object.BinaryOp(ot, va, vb, int(i))
	case C.SUBPY_OP_INPLACE:
		if i < opcode.NB_INPLACE_ADD || i > opcode.NB_INPLACE_XOR {
			return c.badCall()
		}
		r = object.InPlaceOp(ot, va, vb, int(i))
	case C.SUBPY_OP_UNARY:
		switch i {
		case 0:
			r = object.Neg(ot, va)
		case 1:
			r = object.Pos(ot, va)
		case 2:
			r = object.Invert(ot, va)
		default:
			r = object.Abs(ot, va)
		}
	case C.SUBPY_OP_LONG:
		r = object.Call(ot, object.IntType.Value(), []object.Value{va}, nil)
	case C.SUBPY_OP_FLOAT:
		r = object.Call(ot, object.FloatType.Value(), []object.Value{va}, nil)
	case C.SUBPY_OP_INDEX:
		r = c.index(va)
	case C.SUBPY_OP_RICHCOMPARE:
		if i < 0 || i > 5 {
			return c.badCall()
		}
		r = object.RichCompare(ot, va, vb, int(i))
	case C.SUBPY_OP_DICT_GETITEM, C.SUBPY_OP_DICT_GETITEM_ERR:
		d, ok := object.AsDict(va)
		if !ok {
			return c.badCall()
		}
		r = d.GetItem(ot, vb)
		if op == C.SUBPY_OP_DICT_GETITEM && ot.Exc != nil {
			ot.Clear() // PyDict_GetItem hides errors
		}
	case C.SUBPY_OP_DICT_KEYS, C.SUBPY_OP_DICT_VALUES, C.SUBPY_OP_DICT_ITEMS:
		d, ok := object.AsDict(va)
		if !ok {
			return c.badCall()
		}
		items := make([]object.Value, 0, d.Len())
		d.Items(func(k, v object.Value) bool {
			switch op {
			case C.SUBPY_OP_DICT_KEYS:
				items = append(items, k)
			case C.SUBPY_OP_DICT_VALUES:
				items = append(items, v)
			default:
				items = append(items, object.NewTuple([]object.Value{k, v}).Value())
			}
			return true
		})
		r = object.NewList(items).Value()
	case C.SUBPY_OP_MAPPING_KEYS, C.SUBPY_OP_MAPPING_VALUES, C.SUBPY_OP_MAPPING_ITEMS:
		name := map[C.int]string{C.SUBPY_OP_MAPPING_KEYS: "keys", C.SUBPY_OP_MAPPING_VALUES: "values", C.SUBPY_OP_MAPPING_ITEMS: "items"}[op]
		r = c.callMethodValue(va, name)
		if !r.IsNull() {
			r = object.Call(ot, object.ListType.Value(), []object.Value{r}, nil)
		}
	case C.SUBPY_OP_DICT_COPY:
		d, ok := object.AsDict(va)
		if !ok {
			return c.badCall()
		}
		r = d.Copy().Value()
	case C.SUBPY_OP_DICT_NEXT_KEY, C.SUBPY_OP_DICT_NEXT_VALUE:
		d, ok := object.AsDict(va)
		if !ok {
			return nil
		}
		k, v, ok := dictEntry(d, int(i))
		if !ok {
			return nil
		}
		r = k
		if op == C.SUBPY_OP_DICT_NEXT_VALUE {
			r = v
		}
	case C.SUBPY_OP_TUPLE_GETITEM:
		tu, ok := object.AsTuple(va)
		if !ok {
			return c.badCall()
		}
		if i < 0 || int(i) >= len(tu.Items) {
			return c.raise(object.IndexErrorType, "tuple index out of range")
		}
		r = tu.Items[i]
	case C.SUBPY_OP_LIST_GETITEM:
		l, ok := object.AsList(va)
		if !ok {
			return c.badCall()
		}
		if i < 0 || int(i) >= len(l.Items) {
			return c.raise(object.IndexErrorType, "list index out of range")
		}
		r = l.Items[i]
	case C.SUBPY_OP_TUPLE_SLICE, C.SUBPY_OP_SEQ_GETSLICE:
		hi := int64(uintptr(cc))
		if op == C.SUBPY_OP_TUPLE_SLICE {
			if _, ok := object.AsTuple(va); !ok {
				return c.badCall()
			}
		}
		r = object.GetItem(ot, va, sliceOf(int64(i), hi))
	case C.SUBPY_OP_LIST_ASTUPLE:
		l, ok := object.AsList(va)
		if !ok {
			return c.badCall()
		}
		r = object.NewTuple(append([]object.Value(nil), l.Items...)).Value()
	case C.SUBPY_OP_SEQ_TUPLE:
		r = object.Call(ot, object.TupleType.Value(), []object.Value{va}, nil)
	case C.SUBPY_OP_SEQ_LIST:
		r = object.Call(ot, object.ListType.Value(), []object.Value{va}, nil)
	case C.SUBPY_OP_CONCAT:
		r = object.BinaryOp(ot, va, vb, opcode.NB_ADD)
	case C.SUBPY_OP_EVAL_CODE:
		r = c.evalCode(va, vb, vc)
	case C.SUBPY_OP_MODULE_DICT:
		m, ok := object.AsModule(va)
		if !ok {
			return c.badCall()
		}
		r = m.Dict.Value()
	case C.SUBPY_OP_IMPORT:
		name, ok := strOf(va)
		if !ok {
			return c.badCall()
		}
		r = c.t.ImportModule(name)
	case C.SUBPY_OP_ADD_MODULE:
		name, ok := object.AsStr(va)
		if !ok {
			return c.badCall()
		}
		mods := c.t.Interpreter().Modules
		r = mods.GetStr(name)
		if r.IsNull() || object.TypeOf(r) != object.ModuleType {
			m := object.NewModule(name.String())
			for _, k := range []string{"__package__", "__loader__", "__spec__"} {
				m.Dict.SetStr(object.NewStr(k), object.None)
			}
			mods.SetStr(name, m.Value())
			r = m.Value()
		}
		a = nil // kept alive by the interpreter (sys.modules)
	case C.SUBPY_OP_MODULES:
		r = c.t.Interpreter().Modules.Value()
	case C.SUBPY_OP_BUILTINS:
		r = c.t.Builtins().Value()
	case C.SUBPY_OP_GLOBALS, C.SUBPY_OP_LOCALS:
		g, l := c.t.CurrentFrameNamespaces()
		if op == C.SUBPY_OP_LOCALS && l != nil {
			g = l
		}
		if g == nil {
			if op == C.SUBPY_OP_LOCALS {
				return c.raise(object.SystemErrorType, "frame does not exist")
			}
			return nil
		}
		r = g.Value()
	case C.SUBPY_OP_SYS_GET:
		sys := c.sysDict()
		if sys == nil {
			return nil
		}
		r = sys.GetItem(ot, va)
		ot.Clear()
		a = nil
	case C.SUBPY_OP_SYS_SET:
		sys := c.sysDict()
		if sys == nil {
			return c.raise(object.RuntimeErrorType, "lost sys module")
		}
		if vb.IsNull() {
			if sys.GetItem(ot, va).IsNull() {
				ot.Clear()
			} else if sys.DelItem(ot, va) < 0 {
				return nil
			}
		} else if sys.SetItem(ot, va, vb) < 0 {
			return nil
		}
		r = object.None
	case C.SUBPY_OP_EXC_TRACEBACK, C.SUBPY_OP_EXC_CAUSE, C.SUBPY_OP_EXC_CONTEXT, C.SUBPY_OP_EXC_ARGS:
		e, ok := object.AsException(va)
		if !ok {
			return c.badCall()
		}
		switch op {
		case C.SUBPY_OP_EXC_TRACEBACK:
			if e.Traceback != nil {
				r = e.TracebackValue()
			}
		case C.SUBPY_OP_EXC_CAUSE:
			if e.Cause != nil {
				r = e.Cause.Value()
			}
		case C.SUBPY_OP_EXC_CONTEXT:
			if e.Context != nil {
				r = e.Context.Value()
			}
		default:
			r = e.Args.Value()
		}
		if r.IsNull() {
			return nil
		}
	case C.SUBPY_OP_ERR_FETCH:
		if ot.Exc == nil {
			return nil
		}
		r = ot.Exc.Value()
		ot.Clear()
	case C.SUBPY_OP_ERR_OCCURRED:
		if ot.Exc == nil {
			return nil
		}
		return c.typeObject(ot.Exc.Type())
	default:
		return c.badCall()
	}
	if r.IsNull() {
		if ot.Exc == nil && op != C.SUBPY_OP_NEXT && op != C.SUBPY_OP_DICT_GETITEM && op != C.SUBPY_OP_DICT_GETITEM_ERR {
			return c.raise(object.SystemErrorType, "NULL result without error")
		}
		return nil
	}
	if borrow {
		return c.borrow(borrowContainer(op, a), borrowSlot(op, va, vb, int64(i)), r)
	}
	return c.toC(r)
}

// borrowContainer returns the object that keeps a borrowed result of op
// alive: the first argument, or none (the interpreter) when that is a
// name (PyImport_AddModule, PySys_GetObject).
func borrowContainer(op C.int, a unsafe.Pointer) unsafe.Pointer {
	if op == C.SUBPY_OP_ADD_MODULE || op == C.SUBPY_OP_SYS_GET {
		return nil
	}
	return a
}

// borrowSlot names the slot a borrowed result of op came from: a dict key
// (a str by its text), a name, a position or index.
func borrowSlot(op C.int, va, vb object.Value, i int64) vm.BorrowSlot {
	slot := vm.BorrowSlot{Op: int(op), I: i}
	key := object.Null
	switch op {
	case C.SUBPY_OP_DICT_GETITEM, C.SUBPY_OP_DICT_GETITEM_ERR:
		key = vb
	case C.SUBPY_OP_ADD_MODULE, C.SUBPY_OP_SYS_GET:
		key = va
	}
	if s, ok := object.AsStr(key); ok && object.TypeOf(key) == object.StrType {
		slot.S = s.String()
	} else if !key.IsNull() {
		slot.V = key
	}
	return slot
}

func (c *ctx) raisef(typ *object.Type, format string, args ...any) unsafe.Pointer {
	c.ot().Raisef(typ, format, args...)
	return nil
}

// call calls f(*args, **kwargs); args must be a tuple (NULL: none),
// kwargs a dict or NULL.
func (c *ctx) call(f, args, kwargs object.Value) object.Value {
	ot := c.ot()
	var pos []object.Value
	if !args.IsNull() {
		tu, ok := object.AsTuple(args)
		if !ok {
			return ot.RaiseMsg(object.TypeErrorType, "argument list must be a tuple")
		}
		pos = tu.Items
	}
	var kwnames *object.Tuple
	if !kwargs.IsNull() {
		d, ok := object.AsDict(kwargs)
		if !ok {
			return ot.RaiseMsg(object.TypeErrorType, "keyword list must be a dictionary")
		}
		if d.Len() > 0 {
			all := append([]object.Value(nil), pos...)
			var names []object.Value
			d.Items(func(k, v object.Value) bool {
				names = append(names, k)
				all = append(all, v)
				return true
			})
			pos = all
			kwnames = object.NewTuple(names)
		}
	}
	return object.Call(ot, f, append([]object.Value(nil), pos...), kwnames)
}

func (c *ctx) callBuiltin(name string, args ...object.Value) object.Value {
	f := c.t.Interpreter().Builtins.GetStr(object.NewStr(name))
	if f.IsNull() {
		return c.ot().Raisef(object.SystemErrorType, "builtins.%s is missing", name)
	}
	return object.Call(c.ot(), f, args, nil)
}

func (c *ctx) callMethodValue(v object.Value, name string, args ...object.Value) object.Value {
	m := object.GetAttr(c.ot(), v, object.NewStr(name))
	if m.IsNull() {
		return m
	}
	return object.Call(c.ot(), m, args, nil)
}

// index is operator.index(v).
func (c *ctx) index(v object.Value) object.Value {
	if object.IsInt(v) {
		return v
	}
	typ := object.TypeOf(v)
	var r object.Value
	switch {
	case typ.Index != nil:
		r = typ.Index(c.ot(), v)
	case !typ.LookupString("__index__").IsNull():
		r = c.callMethodValue(v, "__index__")
	default:
		return c.ot().Raisef(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", typ.Name)
	}
	if !r.IsNull() && !object.IsInt(r) {
		return c.ot().Raisef(object.TypeErrorType, "__index__ returned non-int (type %s)", object.TypeOf(r).Name)
	}
	return r
}

func sliceOf(lo, hi int64) object.Value {
	return object.Call(nil, object.SliceType.Value(), []object.Value{object.Int(lo), object.Int(hi)}, nil)
}

// dictEntry returns the pos-th item of d in order.
func dictEntry(d *object.Dict, pos int) (k, v object.Value, ok bool) {
	n := 0
	d.Items(func(key, val object.Value) bool {
		if n == pos {
			k, v, ok = key, val, true
			return false
		}
		n++
		return true
	})
	return
}

func (c *ctx) sysDict() *object.Dict {
	m, ok := object.AsModule(c.t.Interpreter().Modules.GetStr(object.NewStr("sys")))
	if !ok {
		return nil
	}
	return m.Dict
}

func (c *ctx) evalCode(code, globals, locals object.Value) object.Value {
	ot := c.ot()
	co, ok := object.AsCode(code)
	if !ok {
		return ot.RaiseMsg(object.SystemErrorType, "bad argument to internal function")
	}
	g, ok := object.AsDict(globals)
	if !ok {
		return ot.RaiseMsg(object.SystemErrorType, "globals must be a dict")
	}
	var l *object.Dict
	if !locals.IsNull() && !locals.Is(object.None) {
		if l, ok = object.AsDict(locals); !ok {
			return ot.RaiseMsg(object.TypeErrorType, "locals must be a mapping")
		}
	}
	return c.t.EvalCode(co, g, l)
}

//export subpy_engine_obj_iop
func subpy_engine_obj_iop(ts *C.struct__ts, op C.int, a, b, cc unsafe.Pointer, i C.int64_t, out *C.int64_t) C.int {
	defer guard("PyObject_Call")
	c := enter("PyObject_Call", ts)
	ot := c.ot()
	var va, vb, vc object.Value
	if op != C.SUBPY_IOP_ASCII_COMPARE && op != C.SUBPY_IOP_CAPSULE_SET {
		vb = c.fromC(b)
	}
	va, vc = c.fromC(a), c.fromC(cc)
	res := int64(0)
	fail := func() C.int {
		if ot.Exc == nil {
			ot.RaiseMsg(object.SystemErrorType, "error without exception set")
		}
		return -1
	}
	bad := func() C.int { c.badCall(); return -1 }
	switch op {
	case C.SUBPY_IOP_ISTRUE:
		r := object.Truth(ot, va)
		if r < 0 {
			return fail()
		}
		res = int64(r)
	case C.SUBPY_IOP_LENGTH:
		r := object.Len(ot, va)
		if r < 0 {
			return fail()
		}
		res = int64(r)
	case C.SUBPY_IOP_HASH:
		h, ok := object.Hash(ot, va)
		if !ok {
			return fail()
		}
		res = h
	case C.SUBPY_IOP_SETATTR:
		name, ok := object.AsStr(vb)
		if !ok {
			ot.Raisef(object.TypeErrorType, "attribute name must be string, not '%s'", object.TypeOf(vb).Name)
			return -1
		}
		if object.SetAttr(ot, va, name, vc) < 0 {
			return fail()
		}
	case C.SUBPY_IOP_HASATTR:
		name, ok := object.AsStr(vb)
		if !ok {
			return 0
		}
		r := object.GetAttr(ot, va, name)
		if r.IsNull() {
			if ot.ExceptionMatches(object.AttributeErrorType) || i != 0 {
				ot.Clear() // i != 0: PyObject_HasAttr(String) swallows every error
				break
			}
			return -1
		}
		res = 1
	case C.SUBPY_IOP_SETITEM:
		if object.SetItem(ot, va, vb, vc) < 0 {
			return fail()
		}
	case C.SUBPY_IOP_DELITEM:
		if object.SetItem(ot, va, vb, object.Null) < 0 {
			return fail()
		}
	case C.SUBPY_IOP_CONTAINS:
		r := object.Contains(ot, va, vb)
		if r < 0 {
			return fail()
		}
		res = int64(r)
	case C.SUBPY_IOP_COMPARE_BOOL:
		if i < 0 || i > 5 {
			return bad()
		}
		if va.Is(vb) && (i == 2 || i == 3) { // identity implies equality, as CPython
			res = map[bool]int64{true: 1, false: 0}[i == 2]
			break
		}
		r := object.RichCompare(ot, va, vb, int(i))
		if r.IsNull() {
			return fail()
		}
		t := object.Truth(ot, r)
		if t < 0 {
			return fail()
		}
		res = int64(t)
	case C.SUBPY_IOP_ISINSTANCE, C.SUBPY_IOP_ISSUBCLASS:
		name := "isinstance"
		if op == C.SUBPY_IOP_ISSUBCLASS {
			name = "issubclass"
		}
		r := c.callBuiltin(name, va, vb)
		if r.IsNull() {
			return fail()
		}
		res = int64(object.Truth(ot, r))
	case C.SUBPY_IOP_CALLABLE:
		if object.TypeOf(va).Call != nil {
			res = 1
		}
	case C.SUBPY_IOP_TUPLE_SETITEM:
		tu, ok := object.AsTuple(va)
		if !ok {
			return bad()
		}
		if i < 0 || int(i) >= len(tu.Items) {
			ot.RaiseMsg(object.IndexErrorType, "tuple assignment index out of range")
			return -1
		}
		tu.Items[i] = vc
		c.keepSlot(a, vm.BorrowSlot{Op: C.SUBPY_OP_TUPLE_GETITEM, I: int64(i)}, cc, vc)
	case C.SUBPY_IOP_LIST_SETITEM:
		l, ok := object.AsList(va)
		if !ok {
			return bad()
		}
		if i < 0 || int(i) >= len(l.Items) {
			ot.RaiseMsg(object.IndexErrorType, "list assignment index out of range")
			return -1
		}
		l.Items[i] = vc
		c.keepSlot(a, vm.BorrowSlot{Op: C.SUBPY_OP_LIST_GETITEM, I: int64(i)}, cc, vc)
	case C.SUBPY_IOP_KEEP:
		c.keep(a, cc)
	case C.SUBPY_IOP_CAPSULE_GET, C.SUBPY_IOP_CAPSULE_SET:
		cp, ok := asCapsule(va)
		if !ok || i < 0 || i > 3 {
			return bad()
		}
		if op == C.SUBPY_IOP_CAPSULE_SET {
			cp.fields[i] = b
		} else {
			res = int64(uintptr(cp.fields[i]))
		}
	case C.SUBPY_IOP_LIST_INSERT:
		l, ok := object.AsList(va)
		if !ok {
			return bad()
		}
		n := int64(len(l.Items))
		at := int64(i)
		if at < 0 {
			at += n
			if at < 0 {
				at = 0
			}
		}
		if at > n {
			at = n
		}
		l.Items = append(l.Items, object.Null)
		copy(l.Items[at+1:], l.Items[at:])
		l.Items[at] = vc
	case C.SUBPY_IOP_LIST_APPEND:
		l, ok := object.AsList(va)
		if !ok {
			return bad()
		}
		l.Append(vc)
	case C.SUBPY_IOP_LIST_SORT:
		l, ok := object.AsList(va)
		if !ok {
			return bad()
		}
		if !object.SortValues(ot, l.Items, object.Null, false) {
			return fail()
		}
	case C.SUBPY_IOP_DICT_SETITEM, C.SUBPY_IOP_DICT_DELITEM, C.SUBPY_IOP_DICT_CONTAINS, C.SUBPY_IOP_DICT_CLEAR:
		d, ok := object.AsDict(va)
		if !ok {
			return bad()
		}
		switch op {
		case C.SUBPY_IOP_DICT_SETITEM:
			if d.SetItem(ot, vb, vc) < 0 {
				return fail()
			}
		case C.SUBPY_IOP_DICT_DELITEM:
			if d.DelItem(ot, vb) < 0 {
				return fail()
			}
		case C.SUBPY_IOP_DICT_CONTAINS:
			r := d.GetItem(ot, vb)
			if r.IsNull() && ot.Exc != nil {
				return -1
			}
			if !r.IsNull() {
				res = 1
			}
		default:
			var keys []object.Value
			d.Items(func(k, _ object.Value) bool { keys = append(keys, k); return true })
			for _, k := range keys {
				d.DelItem(ot, k)
			}
			ot.Clear()
		}
	case C.SUBPY_IOP_DICT_UPDATE, C.SUBPY_IOP_DICT_MERGE:
		d, ok := object.AsDict(va)
		if !ok {
			return bad()
		}
		override := op == C.SUBPY_IOP_DICT_UPDATE || i != 0
		if src, ok := object.AsDict(vb); ok {
			var err bool
			src.Items(func(k, v object.Value) bool {
				if !override {
					if got := d.GetItem(ot, k); !got.IsNull() {
						return true
					}
				}
				if d.SetItem(ot, k, v) < 0 {
					err = true
					return false
				}
				return true
			})
			if err {
				return -1
			}
			break
		}
		keys := c.callMethodValue(vb, "keys")
		if keys.IsNull() {
			return -1
		}
		ks, ok := object.CollectItems(ot, keys)
		if !ok {
			return -1
		}
		for _, k := range ks {
			if !override {
				if got := d.GetItem(ot, k); !got.IsNull() {
					continue
				}
			}
			v := object.GetItem(ot, vb, k)
			if v.IsNull() || d.SetItem(ot, k, v) < 0 {
				return -1
			}
		}
	case C.SUBPY_IOP_DICT_NEXT:
		d, ok := object.AsDict(va)
		if !ok {
			res = -1
			break
		}
		if _, _, ok := dictEntry(d, int(i)); ok {
			res = int64(i) + 1
		} else {
			res = -1
		}
	case C.SUBPY_IOP_AS_LONGLONG, C.SUBPY_IOP_AS_SSIZE, C.SUBPY_IOP_LONG_AS_LONG_INDEX:
		v := va
		if op != C.SUBPY_IOP_AS_SSIZE {
			v = c.index(va)
		} else if !object.IsInt(va) {
			ot.Raisef(object.TypeErrorType, "an integer is required")
			return -1
		}
		if v.IsNull() {
			return -1
		}
		n, ok := object.AsInt64(v)
		if !ok {
			msg := "Python int too large to convert to C long"
			if op == C.SUBPY_IOP_AS_SSIZE {
				msg = "Python int too large to convert to C ssize_t"
			} else if i == 1 {
				msg = "Python int too large to convert to C long long"
			}
			ot.RaiseMsg(object.OverflowErrorType, msg)
			return -1
		}
		res = n
	case C.SUBPY_IOP_AS_ULONGLONG, C.SUBPY_IOP_AS_SIZE_ULONG:
		if !object.IsInt(va) {
			if op == C.SUBPY_IOP_AS_SIZE_ULONG {
				ot.RaiseMsg(object.TypeErrorType, "an integer is required")
			} else {
				ot.RaiseMsg(object.TypeErrorType, "an integer is required")
			}
			return -1
		}
		bi, ok := new(big.Int).SetString(object.IntString(va), 10)
		if !ok {
			return bad()
		}
		if bi.Sign() < 0 {
			ot.RaiseMsg(object.OverflowErrorType, "can't convert negative value to unsigned int")
			return -1
		}
		if !bi.IsUint64() {
			msg := "Python int too large to convert to C unsigned long"
			if op == C.SUBPY_IOP_AS_SIZE_ULONG {
				msg = "Python int too large to convert to C size_t"
			}
			ot.RaiseMsg(object.OverflowErrorType, msg)
			return -1
		}
		res = int64(bi.Uint64())
	case C.SUBPY_IOP_LONG_OVERFLOW:
		v := c.index(va)
		if v.IsNull() {
			return -1
		}
		if _, ok := object.AsInt64(v); ok {
			n, _ := object.AsInt64(v)
			*out = C.int64_t(n)
			return 0
		}
		if strings.HasPrefix(object.IntString(v), "-") {
			res = -1
		} else {
			res = 1
		}
		*out = C.int64_t(res)
		return 1 // overflow, no exception
	case C.SUBPY_IOP_AS_DOUBLE:
		var f float64
		switch {
		case va.IsFloat():
			f = va.FloatVal()
		case object.IsInt(va):
			var ok bool
			if f, ok = object.IntToFloat(ot, va); !ok {
				return -1
			}
		default:
			typ := object.TypeOf(va)
			var r object.Value
			if m := typ.LookupString("__float__"); !m.IsNull() {
				r = c.callMethodValue(va, "__float__")
			} else if typ.Index != nil || !typ.LookupString("__index__").IsNull() {
				r = c.index(va)
			} else {
				ot.Raisef(object.TypeErrorType, "must be real number, not %s", typ.Name)
				return -1
			}
			if r.IsNull() {
				return -1
			}
			switch {
			case r.IsFloat():
				f = r.FloatVal()
			case object.IsInt(r):
				var ok bool
				if f, ok = object.IntToFloat(ot, r); !ok {
					return -1
				}
			default:
				r2 := object.Call(ot, object.FloatType.Value(), []object.Value{r}, nil)
				if r2.IsNull() || !r2.IsFloat() {
					ot.Raisef(object.TypeErrorType, "%s.__float__ returned non-float (type %s)", typ.Name, object.TypeOf(r).Name)
					return -1
				}
				f = r2.FloatVal()
			}
		}
		res = int64(math.Float64bits(f))
	case C.SUBPY_IOP_IS_SUBTYPE:
		ta, tb := object.AsType(va), object.AsType(vb)
		if ta == nil || tb == nil {
			return bad()
		}
		if ta.IsSubtype(tb) {
			res = 1
		}
	case C.SUBPY_IOP_IS_TYPE:
		if object.AsType(va) != nil {
			res = 1
		}
	case C.SUBPY_IOP_EXC_MATCHES:
		res = int64(c.excMatches(va, vb))
	case C.SUBPY_IOP_UNICODE_COMPARE:
		sa, ok1 := strOf(va)
		sb, ok2 := strOf(vb)
		if !ok1 || !ok2 {
			ot.Raisef(object.TypeErrorType, "Can't compare %s and %s", object.TypeOf(va).Name, object.TypeOf(vb).Name)
			return -1
		}
		res = int64(compareCodePoints(sa, sb))
	case C.SUBPY_IOP_ASCII_COMPARE:
		sa, ok := strOf(va)
		if !ok {
			return bad()
		}
		res = int64(compareCodePoints(sa, C.GoString((*C.char)(b))))
	case C.SUBPY_IOP_ERR_SET:
		c.errSet(va, vb)
	case C.SUBPY_IOP_ERR_SET_RAISED:
		if va.IsNull() {
			ot.Clear()
			break
		}
		e, ok := object.AsException(va)
		if !ok {
			ot.RaiseMsg(object.TypeErrorType, "exceptions must derive from BaseException")
			return -1
		}
		ot.Exc = e
	case C.SUBPY_IOP_ERR_PRINT:
		c.errPrint(i != 0)
	case C.SUBPY_IOP_WRITE_UNRAISABLE:
		c.writeUnraisable(vb, i == 1)
	case C.SUBPY_IOP_EXC_SET_TRACEBACK, C.SUBPY_IOP_EXC_SET_CAUSE, C.SUBPY_IOP_EXC_SET_CONTEXT:
		e, ok := object.AsException(va)
		if !ok {
			return bad()
		}
		name := map[C.int]string{C.SUBPY_IOP_EXC_SET_TRACEBACK: "__traceback__", C.SUBPY_IOP_EXC_SET_CAUSE: "__cause__", C.SUBPY_IOP_EXC_SET_CONTEXT: "__context__"}[op]
		if vb.IsNull() {
			vb = object.None
		}
		if object.SetAttr(ot, e.Value(), object.NewStr(name), vb) < 0 {
			return -1
		}
	case C.SUBPY_IOP_SEQ_INDEX, C.SUBPY_IOP_SEQ_COUNT:
		items, ok := object.CollectItems(ot, va)
		if !ok {
			return -1
		}
		found := int64(-1)
		count := int64(0)
		for k, it := range items {
			eq := 1
			if !it.Is(vb) {
				eq = object.Equal(ot, it, vb)
			}
			if eq < 0 {
				return -1
			}
			if eq == 1 {
				if found < 0 {
					found = int64(k)
				}
				count++
				if op == C.SUBPY_IOP_SEQ_INDEX {
					break
				}
			}
		}
		if op == C.SUBPY_IOP_SEQ_COUNT {
			res = count
		} else if found < 0 {
			ot.RaiseMsg(object.ValueErrorType, "sequence.index(x): x not in sequence")
			return -1
		} else {
			res = found
		}
	default:
		return bad()
	}
	_ = vc
	if out != nil {
		*out = C.int64_t(res)
	}
	return 0
}

// compareCodePoints compares two strings by code point (UTF-8 byte order
// is code point order).
func compareCodePoints(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// excMatches is PyErr_GivenExceptionMatches: given is a type or an
// instance, exc a type or a tuple of them.
func (c *ctx) excMatches(given, exc object.Value) int {
	if given.IsNull() || exc.IsNull() {
		return 0
	}
	if tu, ok := object.AsTuple(exc); ok {
		for _, e := range tu.Items {
			if c.excMatches(given, e) == 1 {
				return 1
			}
		}
		return 0
	}
	gt := object.AsType(given)
	if gt == nil {
		if e, ok := object.AsException(given); ok {
			gt = e.Type()
		} else {
			gt = object.TypeOf(given)
		}
	}
	et := object.AsType(exc)
	if et == nil {
		if given.Is(exc) {
			return 1
		}
		return 0
	}
	if gt.IsSubtype(object.BaseExceptionType) && et.IsSubtype(object.BaseExceptionType) {
		if gt.IsSubtype(et) {
			return 1
		}
		return 0
	}
	if gt == et {
		return 1
	}
	return 0
}

// errSet is PyErr_SetObject: value NULL or None means no arguments, an
// instance of the type is raised as it is, a tuple is the argument list.
func (c *ctx) errSet(typ, value object.Value) {
	ot := c.ot()
	if typ.IsNull() {
		ot.RaiseMsg(object.SystemErrorType, "bad argument to internal function")
		return
	}
	et := object.AsType(typ)
	if et == nil || !et.IsSubtype(object.BaseExceptionType) {
		ot.Raisef(object.SystemErrorType, "_PyErr_SetObject: exception %s is not a BaseException subclass",
			object.Repr(ot, typ).String())
		return
	}
	if e, ok := object.AsException(value); ok && e.Type().IsSubtype(et) {
		ot.Raise(e)
		return
	}
	var args []object.Value
	switch {
	case value.IsNull() || value.Is(object.None):
	default:
		if tu, ok := object.AsTuple(value); ok {
			args = tu.Items
		} else {
			args = []object.Value{value}
		}
	}
	saved := ot.Handled
	r := object.Call(ot, typ, append([]object.Value(nil), args...), nil)
	if r.IsNull() {
		return
	}
	e, ok := object.AsException(r)
	if !ok {
		ot.Raisef(object.TypeErrorType, "calling %s should have returned an instance of BaseException, not %s",
			et.Name, object.TypeOf(r).Name)
		return
	}
	_ = saved
	ot.Raise(e)
}

// errPrint is PyErr_PrintEx: the traceback as the launcher prints it;
// SystemExit exits the process as CPython does (through the front:
// *nothing here*, the front checks first); sys.last_exc and the legacy
// sys.last_type/last_value/last_traceback when setLast.
func (c *ctx) errPrint(setLast bool) {
	ot := c.ot()
	e := ot.Exc
	if e == nil {
		return
	}
	ot.Clear()
	if setLast {
		if sys := c.sysDict(); sys != nil {
			sys.SetStr(object.NewStr("last_exc"), e.Value())
			sys.SetStr(object.NewStr("last_type"), e.Type().Value())
			sys.SetStr(object.NewStr("last_value"), e.Value())
			sys.SetStr(object.NewStr("last_traceback"), e.TracebackValue())
		}
	}
	vi := c.t.Interpreter()
	flushStdout(vi)
	var b strings.Builder
	c.t.PrintException(&b, e)
	writeStderr(vi, b.String())
}

// writeUnraisable prints "Exception ignored in: <obj repr>" and the
// traceback, as CPython's default sys.unraisablehook.
func (c *ctx) writeUnraisable(obj object.Value, isMsg bool) {
	ot := c.ot()
	e := ot.Exc
	if e == nil {
		return
	}
	ot.Clear()
	vi := c.t.Interpreter()
	flushStdout(vi)
	var b strings.Builder
	if msg, ok := strOf(obj); ok && isMsg { // PyErr_FormatUnraisable's message
		b.WriteString(msg + ":\n")
	} else if !obj.IsNull() && obj != object.None { // CPython: no header for NULL or None
		r := object.ReprValue(ot, obj)
		s := "<object repr() failed>"
		if str, ok := strOf(r); ok {
			s = str
		} else {
			ot.Clear()
		}
		b.WriteString("Exception ignored in: " + s + "\n")
	}
	c.t.PrintException(&b, e)
	writeStderr(vi, b.String())
}

func flushStdout(vi *vm.Interp) {
	if f, ok := vi.Stdout.(interface{ Flush() }); ok {
		f.Flush()
	}
}

func writeStderr(vi *vm.Interp, s string) {
	vi.Stderr.Write([]byte(s))
}

//export subpy_engine_obj_bytes
func subpy_engine_obj_bytes(ts *C.struct__ts, obj unsafe.Pointer, size *C.int64_t) *C.char {
	defer guard("PyUnicode_AsUTF8AndSize")
	c := enter("PyUnicode_AsUTF8AndSize", ts)
	v := c.fromC(obj)
	var data string
	fresh := false
	if s, ok := object.AsStr(v); ok {
		data = s.String()
		if strings.ContainsRune(data, utf8.RuneError) && !utf8.ValidString(data) {
			// str.encode raises CPython's UnicodeEncodeError (its 5 arguments)
			if r := c.callMethodValue(v, "encode"); !r.IsNull() || c.ot().Exc == nil {
				c.raise(c.t.ExceptionType("UnicodeEncodeError"), "'utf-8' codec can't encode characters: surrogates not allowed")
			}
			return nil
		}
	} else if b, ok := object.AsBytes(v); ok {
		bs, _ := object.BytesLike(b.Value())
		data = string(bs)
	} else if _, ok := object.AsByteArray(v); ok {
		bs, _ := object.BytesLike(v)
		data = string(bs)
		fresh = true // mutable: copy its current contents each time
	} else {
		c.raisef(object.TypeErrorType, "bad argument type for built-in operation")
		return nil
	}
	if _, ok := c.host.byPtr[obj]; ok {
		c.badCall()
		return nil
	}
	e := c.h.Get(c.handleOf(obj))
	if fresh && e.Aux != nil {
		C.free(e.Aux)
		e.Aux = nil
	}
	if e.Aux == nil {
		buf := C.malloc(C.size_t(len(data) + 1))
		if buf == nil {
			panic("out of memory")
		}
		if len(data) > 0 {
			C.memcpy(buf, unsafe.Pointer(unsafe.StringData(data)), C.size_t(len(data)))
		}
		*(*byte)(unsafe.Add(buf, len(data))) = 0
		e.Aux = buf
	}
	if size != nil {
		*size = C.int64_t(len(data))
	}
	return (*C.char)(e.Aux)
}

//export subpy_engine_run
func subpy_engine_run(ts *C.struct__ts, kind C.int, src, filename *C.char, start C.int, globals, locals unsafe.Pointer) unsafe.Pointer {
	defer guard("PyRun_StringFlags")
	c := enter("PyRun_StringFlags", ts)
	mode := vm.CompileFile
	switch start {
	case C.SUBPY_START_FILE:
	case C.SUBPY_START_EVAL:
		mode = vm.CompileEval
	case C.SUBPY_START_SINGLE:
		mode = vm.CompileSingle
	default:
		return c.raise(object.ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	var g object.Value
	if kind == C.SUBPY_RUNK_STRING {
		g = c.fromC(globals)
		if _, ok := object.AsDict(g); !ok {
			return c.raise(object.SystemErrorType, "globals must be a real dict; try eval(expr, {}, mapping)")
		}
	}
	code := c.t.CompileSource([]byte(C.GoString(src)), goString(filename), mode)
	if code == nil {
		return nil
	}
	if kind == C.SUBPY_RUNK_COMPILE {
		return c.toC(code.Value())
	}
	r := c.evalCode(code.Value(), g, c.fromC(locals))
	flushStdout(c.t.Interpreter())
	return c.toC(r)
}
