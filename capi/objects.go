package main

// The engine side of the C API object layer (docs/capi-objects.md): the
// C headers objects get when they cross into C, the static objects of the
// front, and conversions both ways. Every function here runs on the OS
// thread that holds the interpreter's lock (the calling thread state is
// attached), so the handle table needs no lock of its own.

/*
#include <stdlib.h>
#include <string.h>
#include "engine_abi.h"

static const char *const subpy_static_names[] = {
#define SUBPY_STATIC_NAME(name) #name,
    SUBPY_STATICS(SUBPY_STATIC_NAME)
#undef SUBPY_STATIC_NAME
};
static const char *static_name(int i) { return subpy_static_names[i]; }

static void call_init_type(const subpy_front_table *t, void *type, void *meta, const char *name, uint64_t flags, void *base)
{
    t->init_type(type, meta, name, flags, base);
}
static void *call_cfunction(const subpy_front_table *t, void *def, void *self, void *args, void *kwargs)
{
    return t->call_cfunction(def, self, args, kwargs);
}
static void *call_inittab(const subpy_front_table *t, const char *name)
{
    return t->inittab_module(name);
}
*/
import "C"

import (
	"fmt"
	"unsafe"

	"github.com/subpy/subpy/core/lifecycle"
	"github.com/subpy/subpy/core/modules/importer"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
	"github.com/subpy/subpy/statestruct"
)

// host is what the engine keeps of the front for the whole process, in
// root.Host: its callback table and its static objects. Built at load,
// read-only afterwards.
type host struct {
	table *C.subpy_front_table
	// statics are the canonical addresses of the static objects, own the
	// front's own (equal unless a host took copy relocations).
	statics, own [C.SUBPY_STATIC_COUNT]unsafe.Pointer
	names        [C.SUBPY_STATIC_COUNT]string
	// values are the process-wide values of the statics (NULL for the
	// exception types the engine does not define: those are classes of
	// each interpreter, vm.Thread.ExceptionType).
	values  [C.SUBPY_STATIC_COUNT]object.Value
	byPtr   map[unsafe.Pointer]int
	byValue map[object.Value]int
	byName  map[string]int

	typeSize, typeHandleOffset, typeFlagsOffset uintptr
}

// staticTypes are the builtin types the front has static objects for.
var staticTypes = map[string]*object.Type{
	"type": object.TypeType, "object": object.ObjectType, "bool": object.BoolType,
	"int": object.IntType, "float": object.FloatType, "complex": object.ComplexType,
	"str": object.StrType, "bytes": object.BytesType, "bytearray": object.ByteArrayType,
	"tuple": object.TupleType, "list": object.ListType, "dict": object.DictType,
	"set": object.SetType, "frozenset": object.FrozenSetType, "module": object.ModuleType,
	"slice": object.SliceType, "range": object.RangeType, "NoneType": object.NoneType,
	"NotImplementedType": object.NotImplementedType, "ellipsis": object.EllipsisType,
	"builtin_function_or_method": object.BuiltinFunctionType, "PyCapsule": capsuleType,
}

func newHost(table *C.subpy_front_table) *host {
	h := &host{table: table, byPtr: map[unsafe.Pointer]int{}, byValue: map[object.Value]int{}, byName: map[string]int{}}
	h.typeSize = uintptr(table.type_size)
	h.typeHandleOffset = uintptr(table.type_handle_offset)
	h.typeFlagsOffset = uintptr(table.type_flags_offset)
	statics := unsafe.Slice((*unsafe.Pointer)(unsafe.Pointer(table.statics)), C.SUBPY_STATIC_COUNT)
	own := unsafe.Slice((*unsafe.Pointer)(unsafe.Pointer(table.statics_own)), C.SUBPY_STATIC_COUNT)
	excs := map[string]*object.Type{}
	for _, typ := range object.BuiltinExceptionTypes() {
		excs[typ.Name] = typ
	}
	for i := range h.statics {
		h.statics[i], h.own[i] = statics[i], own[i]
		h.byPtr[statics[i]] = i
		h.byPtr[own[i]] = i
		name := C.GoString(C.static_name(C.int(i)))
		h.names[i] = name
		h.byName[name] = i
		var v object.Value
		switch name {
		case "None":
			v = object.None
		case "True":
			v = object.True
		case "False":
			v = object.False
		case "NotImplemented":
			v = object.NotImplemented
		case "Ellipsis":
			v = object.Ellipsis
		default:
			if typ := staticTypes[name]; typ != nil {
				v = typ.Value()
			} else if typ := excs[name]; typ != nil {
				v = typ.Value()
			}
		}
		h.values[i] = v
		if !v.IsNull() {
			h.byValue[v] = i
		}
	}
	return h
}

func theHost() *host {
	h, _ := root.Host.(*host)
	return h
}

// ctx is one API call's view: the calling thread and its interpreter's
// handle table.
type ctx struct {
	entry string
	st    *statestruct.Thread
	t     *vm.Thread
	h     *vm.HandleTable
	host  *host
}

// enter checks the calling thread state (it must hold its interpreter's
// lock) and makes its engine state on first use.
func enter(entry string, ts *C.struct__ts) ctx {
	st := threadOf(entry, ts)
	if !st.Attached() {
		fatal(entry, fmt.Sprintf("thread state %p does not hold its interpreter's lock", ts))
	}
	vt, err := lifecycle.StartInterpreter(st)
	if err != nil {
		fatal(entry, err.Error())
	}
	return ctx{entry: entry, st: st, t: vt, h: &vt.Interpreter().Handles, host: theHost()}
}

func (c *ctx) ot() *object.Thread { return &c.t.Thread }

// --- headers ---------------------------------------------------------------

func refcnt(p unsafe.Pointer) *C.int64_t { return &(*C.subpy_obj)(p).ob_refcnt }

func immortal(p unsafe.Pointer) bool { return int32(*refcnt(p)) < 0 }

func incref(p unsafe.Pointer) unsafe.Pointer {
	if p != nil && !immortal(p) {
		*refcnt(p)++
	}
	return p
}

// decref drops a reference the engine holds; at zero the header is freed
// (its type's deallocator is the front's, which calls obj_release: here
// the engine frees it directly, under the same lock).
func (c *ctx) decref(p unsafe.Pointer) {
	if p == nil || immortal(p) {
		return
	}
	*refcnt(p)--
	if *refcnt(p) == 0 {
		c.release(p, c.handleOf(p))
	}
}

// handleOf returns the handle of a header the engine allocated, or 0 when
// p is no live header of this interpreter (the table knows the live
// headers' addresses, so a stale pointer is never read).
func (c *ctx) handleOf(p unsafe.Pointer) uint64 {
	return uint64(c.h.HandleAt(p))
}

// release handles a header whose count reached zero. It is not freed at
// once: it goes into the interpreter's quarantine (vm.HandleTable), so a
// pointer C still uses after handing its reference to a container or to
// the thread state (CPython keeps those objects alive) stays valid; the
// header is freed when it leaves the quarantine with its count still zero
// (docs/capi-objects.md).
func (c *ctx) release(p unsafe.Pointer, handle uint64) {
	e := c.h.Get(handle)
	if e == nil || e.C != p {
		fatal(c.entry, fmt.Sprintf("object %p was already freed or belongs to another interpreter", p))
	}
	if e.Pinned {
		fatal(c.entry, fmt.Sprintf("type object %p (%s) was released more often than it was referenced",
			p, object.AsType(e.Value).Name))
	}
	oid, op, ok := c.h.Quarantine(uint32(handle), p)
	if !ok {
		return
	}
	if *refcnt(op) > 0 { // revived by Py_INCREF or a lookup
		c.h.Unquarantine(oid)
		return
	}
	c.free(op, uint64(oid))
}

// free frees a header for good, and drops the references its entry held.
func (c *ctx) free(p unsafe.Pointer, handle uint64) {
	old := c.h.Remove(handle)
	if old.Aux != nil {
		C.free(old.Aux)
	}
	if len(c.h.Spare) < maxSpareHeaders {
		c.h.Spare = append(c.h.Spare, p) // reused by newHeader
	} else {
		C.free(p)
	}
	for _, b := range old.Borrowed {
		c.decref(b.P)
	}
	for _, k := range old.Kept {
		c.decref(k)
	}
}

// keep makes the object at container the owner of one reference to p
// (a stealing call); a static container or item needs none.
func (c *ctx) keep(container, p unsafe.Pointer) {
	if p == nil || immortal(p) {
		return
	}
	if _, ok := c.host.byPtr[container]; ok || container == nil {
		c.decref(p)
		return
	}
	e := c.h.Get(c.handleOf(container))
	if e == nil {
		c.decref(p)
		return
	}
	e.Kept = append(e.Kept, p)
}

// keepSlot is keep for an item stored at a slot (PyTuple_SetItem,
// PyList_SetItem at an index): the reference becomes the slot's borrowed
// reference, so the item's GetItem answers the same pointer, and a later
// item stored there drops it (a loop replacing an item does not pile up
// headers).
func (c *ctx) keepSlot(container unsafe.Pointer, slot vm.BorrowSlot, p unsafe.Pointer, v object.Value) {
	if p == nil || immortal(p) {
		return
	}
	if _, ok := c.host.byPtr[container]; ok || container == nil {
		c.decref(p)
		return
	}
	handle := c.handleOf(container)
	if c.h.Get(handle) == nil {
		c.decref(p)
		return
	}
	cache := c.borrowCache(handle)
	old, had := cache[slot]
	cache[slot] = vm.BorrowedRef{V: v, P: p}
	if had {
		c.decref(old.P)
	}
}

// maxSpareHeaders bounds the freed headers an interpreter keeps for reuse.
const maxSpareHeaders = 4096

// newHeader returns a zeroed object header: a spare one, or new C memory.
func (c *ctx) newHeader() unsafe.Pointer {
	if n := len(c.h.Spare); n > 0 {
		p := c.h.Spare[n-1]
		c.h.Spare = c.h.Spare[:n-1]
		*(*C.subpy_obj)(p) = C.subpy_obj{}
		return p
	}
	p := C.calloc(1, C.sizeof_subpy_obj)
	if p == nil {
		panic("out of memory")
	}
	return p
}

func freeSpare(p unsafe.Pointer) { C.free(p) }

func freeEntry(e vm.HandleEntry) {
	if e.Aux != nil {
		C.free(e.Aux)
	}
	C.free(e.C)
}

// freeHandles frees every header of an interpreter that is ending (C code
// must not use them afterwards, as with CPython's objects after
// Py_EndInterpreter).
func freeHandles(in *statestruct.Interpreter) {
	vi, _ := in.Engine.(*vm.Interp)
	if vi == nil {
		return
	}
	vi.Handles.Drain(freeEntry, freeSpare)
}

// staticIndex returns the index of v among the front's static objects, or
// -1.
func (c *ctx) staticIndex(v object.Value) int {
	if i, ok := c.host.byValue[v]; ok {
		return i
	}
	if i, ok := c.h.Statics[v]; ok {
		return i
	}
	if typ := object.AsType(v); typ != nil && typ.IsHeapType() && typ.Module == "builtins" {
		if i, ok := c.host.byName[typ.Name]; ok && c.host.values[i].IsNull() && c.t.ExceptionType(typ.Name) == typ {
			if c.h.Statics == nil {
				c.h.Statics = map[object.Value]int{}
			}
			c.h.Statics[v] = i
			return i
		}
	}
	return -1
}

// staticValue returns the value of static object i in this interpreter.
func (c *ctx) staticValue(i int) object.Value {
	if v := c.host.values[i]; !v.IsNull() {
		return v
	}
	typ := c.t.ExceptionType(c.host.names[i])
	if typ == object.SystemErrorType && c.host.names[i] != "SystemError" {
		return object.Null
	}
	if c.h.Statics == nil {
		c.h.Statics = map[object.Value]int{}
	}
	c.h.Statics[typ.Value()] = i
	return typ.Value()
}

// toC returns a new reference to v's header (NULL for NULL).
func (c *ctx) toC(v object.Value) unsafe.Pointer {
	if v.IsNull() {
		return nil
	}
	if i := c.staticIndex(v); i >= 0 {
		return c.host.statics[i]
	}
	if id := c.h.Lookup(v); id != 0 {
		return incref(c.h.Get(uint64(id)).C)
	}
	if typ := object.AsType(v); typ != nil {
		return incref(c.typeObject(typ))
	}
	tp := c.typeObject(object.TypeOf(v))
	p := c.newHeader()
	o := (*C.subpy_obj)(p)
	o.ob_refcnt = 1
	o.ob_type = tp
	o.handle = C.uint64_t(c.h.Add(v, p))
	return p
}

// typeObject returns the C type object of typ (borrowed: the table keeps
// it for the interpreter's life).
func (c *ctx) typeObject(typ *object.Type) unsafe.Pointer {
	v := typ.Value()
	if i := c.staticIndex(v); i >= 0 {
		return c.host.statics[i]
	}
	if id := c.h.Lookup(v); id != 0 {
		return c.h.Get(uint64(id)).C
	}
	meta := c.typeObject(object.TypeOf(v))
	var base unsafe.Pointer
	if typ.Base != nil {
		base = c.typeObject(typ.Base)
	}
	p := C.calloc(1, C.size_t(c.host.typeSize))
	if p == nil {
		panic("out of memory")
	}
	name := C.CString(typ.Name)
	C.call_init_type(c.host.table, p, meta, name, C.uint64_t(typeFlags(typ)), base)
	id := c.h.Add(v, p)
	*(*C.uint64_t)(unsafe.Add(p, c.host.typeHandleOffset)) = C.uint64_t(id)
	e := c.h.Get(uint64(id))
	e.Aux = unsafe.Pointer(name)
	e.Pinned = true
	return p
}

// typeFlags computes the tp_flags bits the type-check macros read.
func typeFlags(typ *object.Type) uint64 {
	var f uint64
	if typ.IsHeapType() {
		f |= C.SUBPY_TPFLAGS_HEAPTYPE
	}
	if typ.Flags&object.FlagBaseType != 0 {
		f |= C.SUBPY_TPFLAGS_BASETYPE
	}
	for _, b := range []struct {
		base *object.Type
		flag uint64
	}{
		{object.IntType, C.SUBPY_TPFLAGS_LONG_SUBCLASS}, {object.ListType, C.SUBPY_TPFLAGS_LIST_SUBCLASS},
		{object.TupleType, C.SUBPY_TPFLAGS_TUPLE_SUBCLASS}, {object.BytesType, C.SUBPY_TPFLAGS_BYTES_SUBCLASS},
		{object.StrType, C.SUBPY_TPFLAGS_UNICODE_SUBCLASS}, {object.DictType, C.SUBPY_TPFLAGS_DICT_SUBCLASS},
		{object.BaseExceptionType, C.SUBPY_TPFLAGS_BASE_EXC_SUBCLASS}, {object.TypeType, C.SUBPY_TPFLAGS_TYPE_SUBCLASS},
	} {
		if typ.IsSubtype(b.base) {
			f |= b.flag
		}
	}
	return f
}

// fromC returns the value behind a header (NULL for NULL). A pointer that
// is no live header of this interpreter is a fatal error.
func (c *ctx) fromC(p unsafe.Pointer) object.Value {
	if p == nil {
		return object.Null
	}
	if i, ok := c.host.byPtr[p]; ok {
		v := c.staticValue(i)
		if v.IsNull() {
			fatal(c.entry, fmt.Sprintf("the static object %s has no value in this interpreter", c.host.names[i]))
		}
		return v
	}
	e := c.h.Get(c.handleOf(p))
	if e == nil || e.C != p {
		fatal(c.entry, fmt.Sprintf("object %p is not a live object of this interpreter", p))
	}
	return e.Value
}

// borrow returns a borrowed reference to v kept alive by the object at
// container (by the interpreter when container is NULL), remembered under
// slot: asking the same slot again for the same value returns the same
// pointer; a new value replaces the old one, whose reference is dropped
// (so a loop reading a slot that keeps changing does not pile up headers).
func (c *ctx) borrow(container unsafe.Pointer, slot vm.BorrowSlot, v object.Value) unsafe.Pointer {
	if v.IsNull() {
		return nil
	}
	if i := c.staticIndex(v); i >= 0 {
		return c.host.statics[i]
	}
	var handle uint64
	if container != nil {
		if _, ok := c.host.byPtr[container]; !ok {
			handle = c.handleOf(container)
		}
	}
	old, had := c.borrowCache(handle)[slot]
	if had && old.V == v {
		return old.P
	}
	p := c.toC(v) // may grow the table: look the cache up again
	c.borrowCache(handle)[slot] = vm.BorrowedRef{V: v, P: p}
	if had {
		c.decref(old.P)
	}
	return p
}

func (c *ctx) borrowCache(handle uint64) map[vm.BorrowSlot]vm.BorrowedRef {
	if handle != 0 {
		if e := c.h.Get(handle); e != nil {
			if e.Borrowed == nil {
				e.Borrowed = map[vm.BorrowSlot]vm.BorrowedRef{}
			}
			return e.Borrowed
		}
	}
	if c.h.Borrowed == nil {
		c.h.Borrowed = map[vm.BorrowSlot]vm.BorrowedRef{}
	}
	return c.h.Borrowed
}

// --- C functions and capsules seen from Python -----------------------------

// cfunction is the Go side of a PyCFunction: the PyMethodDef and the self
// the front passes back when Python calls it.
type cfunction struct {
	def  unsafe.Pointer // PyMethodDef (the host's, static)
	self object.Value   // NULL: none
	name string
}

// newCFunction makes a builtin function object that calls def.
func (c *ctx) newCFunction(def unsafe.Pointer, name string, self object.Value) object.Value {
	cf := &cfunction{def: def, self: self, name: name}
	// self is the builtin's __self__ (and, for a module, gives __module__).
	return object.NewBuiltin(name, self, func(t *object.Thread, _ object.Value, args []object.Value, kwnames *object.Tuple) object.Value {
		return callCFunction(t, cf, args, kwnames)
	})
}

// cfunctionRepr is the repr of the builtin function of cf (CPython's
// messages about a C function's result name it so).
func cfunctionRepr(cf *cfunction) string {
	if cf.self.IsNull() || object.TypeOf(cf.self) == object.ModuleType {
		return "<built-in function " + cf.name + ">"
	}
	return fmt.Sprintf("<built-in method %s of %s object at %#x>", cf.name, object.TypeOf(cf.self).Name, uintptr(cf.self.Ptr()))
}

// callCFunction crosses into C: the arguments become a tuple and a dict of
// headers, the result comes back and its reference is dropped.
func callCFunction(ot *object.Thread, cf *cfunction, args []object.Value, kwnames *object.Tuple) object.Value {
	vt, ok := ot.Eval.(*vm.Thread)
	if !ok || vt.State() == nil {
		return ot.RaiseMsg(object.SystemErrorType, "a C function was called outside an interpreter of the runtime")
	}
	c := ctx{entry: "PyCFunction_Call", st: vt.State(), t: vt, h: &vt.Interpreter().Handles, host: theHost()}
	npos := len(args)
	if kwnames != nil {
		npos -= len(kwnames.Items)
	}
	tuple := c.toC(object.NewTuple(append([]object.Value(nil), args[:npos]...)).Value())
	var kwargs unsafe.Pointer
	if kwnames != nil && len(kwnames.Items) > 0 {
		d := object.NewDict()
		for i, k := range kwnames.Items {
			d.SetItem(ot, k, args[npos+i])
		}
		kwargs = c.toC(d.Value())
	}
	var self unsafe.Pointer
	if !cf.self.IsNull() {
		self = c.toC(cf.self)
	}
	r := C.call_cfunction(c.host.table, cf.def, self, tuple, kwargs)
	c.decref(self)
	c.decref(tuple)
	c.decref(kwargs)
	// CPython's _Py_CheckFunctionResult.
	if r == nil {
		if ot.Exc == nil {
			// CPython's _Py_CheckFunctionResult (a direct call; CPython's
			// f(*args) path skips the check and its eval loop says "error
			// return without exception set").
			return ot.Raisef(object.SystemErrorType, "%s returned NULL without setting an exception", cfunctionRepr(cf))
		}
		return object.Null
	}
	if ot.Exc != nil {
		c.decref(r)
		cause := ot.Exc
		ot.Clear()
		ot.Raisef(object.SystemErrorType, "%s returned a result with an exception set", cfunctionRepr(cf))
		ot.Exc.Cause, ot.Exc.Context = cause, cause
		return object.Null
	}
	v := c.fromC(r)
	c.decref(r)
	return v
}

// capsuleType is PyCapsule: a C pointer with a name, a context and a
// destructor, all owned by C (the destructor is not run: Go's collector
// gives no safe point for it; docs/capi-objects.md).
var capsuleType = object.NewBuiltinType("PyCapsule", object.ObjectType)

// capsule is a PyCapsule's Go layout: four C pointers (field order is
// SUBPY_IOP_CAPSULE_GET's).
type capsule struct {
	object.Header
	fields [4]unsafe.Pointer // pointer, name, context, destructor
}

func newCapsule(ptr, name, destructor unsafe.Pointer) object.Value {
	return object.FromHeap(&capsule{Header: object.MakeHeader(capsuleType),
		fields: [4]unsafe.Pointer{ptr, name, nil, destructor}})
}

func asCapsule(v object.Value) (*capsule, bool) {
	if !v.IsHeap() || object.TypeOf(v) != capsuleType {
		return nil, false
	}
	return object.As[capsule](v), true
}

// installInittab makes `import name` find the host modules of
// PyImport_AppendInittab: the front's table is asked before the finders.
func installInittab(vt *vm.Thread) {
	vt.Interpreter().WrapImporter(func(t *vm.Thread, name string, next vm.Importer) object.Value {
		h := theHost()
		if h == nil {
			return next(t, name)
		}
		cname := C.CString(name)
		r := C.call_inittab(h.table, cname)
		C.free(unsafe.Pointer(cname))
		if r == nil {
			if t.Exc != nil {
				return object.Null
			}
			if next == nil {
				return object.Null
			}
			return next(t, name)
		}
		c := ctx{entry: "PyImport_Import", st: t.State(), t: t, h: &t.Interpreter().Handles, host: h}
		v := c.fromC(r)
		c.decref(r)
		// A built-in module, as CPython's BuiltinImporter makes it:
		// repr <module 'name' (built-in)>.
		if m, ok := object.AsModule(v); ok {
			if sp := m.Dict.GetStr(object.NewStr("__spec__")); sp.IsNull() || sp == object.None {
				m.Dict.SetStr(object.NewStr("__spec__"), importer.BuiltinSpec(name))
			}
		}
		return v
	})
}
