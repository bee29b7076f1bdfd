// Command capi is the engine library of subpy, built with
// -buildmode=c-shared into libsubpy-engine.so. It is the only Go package
// that imports "C".
//
// It owns the Go side of the C boundary: the subpy_engine_* entry points
// the C front library (capi/front, libsubpy.so) resolves with dlsym when it
// loads the engine, and the C structs that stand for interpreters and
// thread states (capi/front/engine_abi.h). It exports nothing else and never
// names a Py* symbol: inside a CPython process such names resolve to
// libpython. It must not keep state outside the one runtime root below, and
// no Go panic may unwind into C: every export recovers and turns a panic
// into a fatal error.
package main

/*
#cgo CFLAGS: -I${SRCDIR}/front
#include <stdlib.h>
#include "engine_abi.h"

static void call_fatal(const subpy_front_table *t, const char *func, const char *msg)
{
    t->fatal(func, msg);
}
*/
import "C"

import (
	"fmt"
	"unsafe"

	"github.com/subpy/subpy/statestruct"
)

// root is the engine's only package-level mutable variable: the process's
// one Runtime, the root of every other piece of state. It is assigned here,
// at package initialization, and never replaced: finalization and
// re-initialization reset the Runtime it points to (the library cannot be
// unloaded).
var root = &statestruct.Runtime{}

func main() {}

// frontTable returns the C front's callback table handed over at load.
func frontTable() *C.subpy_front_table {
	if h := theHost(); h != nil {
		return h.table
	}
	return nil
}

// fatal reports a fatal error through the front ("Fatal Python error:
// func: msg") and does not return.
func fatal(fn, msg string) {
	t := frontTable()
	if t == nil {
		panic("subpy engine: fatal error before load: " + fn + ": " + msg)
	}
	C.call_fatal(t, C.CString(fn), C.CString(msg))
	panic("unreachable: the front's fatal error returned")
}

// guard is deferred by every export: a Go panic becomes a fatal error
// naming the entry point, so none unwinds into C.
func guard(entry string) {
	if p := recover(); p != nil {
		fatal(entry, fmt.Sprintf("internal error in the subpy engine: %v", p))
	}
}

// threadOf finds the Thread behind a C thread state; a stale or foreign
// pointer is a fatal error.
func threadOf(entry string, ts *C.struct__ts) *statestruct.Thread {
	if ts == nil {
		fatal(entry, "NULL thread state")
	}
	t := root.ThreadByHandle(uint64(ts.handle))
	if t == nil || cThread(t) != ts {
		fatal(entry, fmt.Sprintf("thread state %p was deleted or belongs to a finalized runtime", ts))
	}
	return t
}

func interpOf(entry string, is *C.struct__is) *statestruct.Interpreter {
	if is == nil {
		fatal(entry, "NULL interpreter")
	}
	in := root.InterpreterByID(int64(is.id))
	if in == nil || cInterp(in) != is {
		fatal(entry, fmt.Sprintf("interpreter %p was ended or belongs to a finalized runtime", is))
	}
	return in
}

// newCInterp allocates the C face of an interpreter and stores it in
// in.Front.
func newCInterp(in *statestruct.Interpreter) *C.struct__is {
	is := allocCInterp(in)
	if is == nil {
		panic("out of memory")
	}
	in.Front.Store((*statestruct.FrontState)(unsafe.Pointer(is)))
	return is
}

// allocCInterp allocates and fills the C face of an interpreter without
// storing it; nil when out of memory.
func allocCInterp(in *statestruct.Interpreter) *C.struct__is {
	is := (*C.struct__is)(C.calloc(1, C.sizeof_struct__is))
	if is == nil {
		return nil
	}
	is.live = C.SUBPY_STATE_LIVE
	is.id = C.int64_t(in.ID())
	is.whence = C.int32_t(in.Whence())
	if in.Config().Lock == statestruct.LockOwn {
		is.own_lock = 1
	}
	return is
}

// newCThread allocates the C face of a thread state and stores it in
// t.Front.
func newCThread(t *statestruct.Thread, is *C.struct__is) *C.struct__ts {
	ts := allocCThread(t, is)
	if ts == nil {
		panic("out of memory")
	}
	t.Front.Store((*statestruct.FrontState)(unsafe.Pointer(ts)))
	return ts
}

// allocCThread allocates and fills the C face of a thread state without
// storing it; nil when out of memory.
func allocCThread(t *statestruct.Thread, is *C.struct__is) *C.struct__ts {
	ts := (*C.struct__ts)(C.calloc(1, C.sizeof_struct__ts))
	if ts == nil {
		return nil
	}
	ts.live = C.SUBPY_STATE_LIVE
	ts.interp = is
	ts.handle = C.uint64_t(t.Handle())
	ts.id = C.uint64_t(t.ID())
	ts.os_thread = C.uint64_t(t.OSThread)
	ts.gilstate_counter = 1
	return ts
}

func freeCThread(t *statestruct.Thread) {
	ts := (*C.struct__ts)(unsafe.Pointer(t.Front.Swap(nil)))
	if ts == nil {
		return
	}
	if ts.curexc_msg != nil {
		C.free(unsafe.Pointer(ts.curexc_msg))
	}
	ts.live = 0
	C.free(unsafe.Pointer(ts))
}

func freeCInterp(in *statestruct.Interpreter) {
	if p := in.Front.Swap(nil); p != nil {
		(*C.struct__is)(unsafe.Pointer(p)).live = 0
		C.free(unsafe.Pointer(p))
	}
}

func cInterp(in *statestruct.Interpreter) *C.struct__is {
	if in == nil {
		return nil
	}
	return (*C.struct__is)(unsafe.Pointer(in.Front.Load()))
}

func cThread(t *statestruct.Thread) *C.struct__ts {
	if t == nil {
		return nil
	}
	return (*C.struct__ts)(unsafe.Pointer(t.Front.Load()))
}

func goStrings(p **C.char, n C.int64_t) []string {
	if p == nil || n <= 0 {
		return nil
	}
	out := make([]string, 0, int(n))
	for _, s := range unsafe.Slice(p, int(n)) {
		out = append(out, C.GoString(s))
	}
	return out
}

func goString(s *C.char) string {
	if s == nil {
		return ""
	}
	return C.GoString(s)
}
