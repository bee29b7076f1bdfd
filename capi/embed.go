package main

// The C faces of the thread states and interpreters the engine makes by
// itself: threads started from Python, the thread state that runs code in
// another interpreter (_interpreters.exec, call, destroy) and interpreters
// created from Python. capi implements statestruct.EmbedHooks (root.Embed,
// set at load): each such thread state gets its C PyThreadState on first
// use (kept in Thread.Front, so a thread state used several times pays
// once), each such interpreter its PyInterpreterState and the host's
// inittab modules, and the front's current thread state of the OS thread
// (a C thread-local) follows every switch the engine makes, so host C code
// called from Python sees the thread state and interpreter it runs in.

/*
#include <stdlib.h>
#include "engine_abi.h"

static void call_thread_switched(const subpy_front_table *t, struct _ts *from, struct _ts *to, int flags)
{
    t->thread_switched(from, to, flags);
}
*/
import "C"

import (
	"unsafe"

	"github.com/subpy/subpy/core/lifecycle"
	"github.com/subpy/subpy/statestruct"
)

// embedHooks is capi's statestruct.EmbedHooks. It holds nothing: the
// front's table is the host's (root.Host), the C structs hang off the
// Threads and Interpreters. Every method defers guard: a Go panic there
// (the engine's own goroutines call them too) becomes a fatal error.
type embedHooks struct{}

// ThreadStarted gives a thread started from Python its C thread state and
// makes it the OS thread's current (and PyGILState) thread state.
func (embedHooks) ThreadStarted(t *statestruct.Thread) {
	defer guard("thread start")
	if ts := cThreadOrNew(t); ts != nil {
		C.call_thread_switched(frontTable(), nil, ts, C.SUBPY_SWITCH_REMEMBER)
	}
}

// ThreadEnded frees the C thread state of a deleted engine-made thread
// state, first leaving the OS thread without a current thread state if it
// is still t's (a Python thread ending; after a run in another interpreter
// the caller's is current again and attached is 0, so no call is made).
func (embedHooks) ThreadEnded(t *statestruct.Thread) {
	defer guard("thread end")
	ts := cThread(t)
	if ts == nil {
		return
	}
	if ts.attached != 0 {
		C.call_thread_switched(frontTable(), ts, nil, C.SUBPY_SWITCH_IF_CURRENT|C.SUBPY_SWITCH_FORGET)
	}
	freeCThread(t)
}

// Switched makes to's C thread state (made on first use; none for a nil
// to) the OS thread's current one and marks from's detached.
func (embedHooks) Switched(from, to *statestruct.Thread) {
	defer guard("interpreter switch")
	var ts *C.struct__ts
	if to != nil {
		ts = cThreadOrNew(to)
	}
	C.call_thread_switched(frontTable(), cThread(from), ts, 0)
}

// InterpreterCreated gives an interpreter created from Python its C
// interpreter state and the host's inittab modules, as the C API's
// creation functions do for theirs.
func (embedHooks) InterpreterCreated(t *statestruct.Thread) {
	defer guard("_interpreters.create")
	vt, err := lifecycle.StartInterpreter(t)
	if err != nil {
		return
	}
	installInittab(vt)
	cInterpOrNew(t.Interpreter())
}

// InterpreterEnding frees the C headers of the interpreter's objects, as
// Py_EndInterpreter does.
func (embedHooks) InterpreterEnding(t *statestruct.Thread) {
	defer guard("_interpreters.destroy")
	freeHandles(t.Interpreter())
}

// InterpreterEnded frees the C structs of an interpreter destroyed from
// Python and of the thread states that went with it.
func (embedHooks) InterpreterEnded(in *statestruct.Interpreter, deleted []*statestruct.Thread) {
	defer guard("_interpreters.destroy")
	for _, t := range deleted {
		freeCThread(t)
	}
	freeCInterp(in)
}

// cInterpOrNew returns in's C interpreter state, making it on first use
// (nil when out of memory). Two threads may race to make it (interpreters
// sharing the main lock): one wins, the other's is freed.
func cInterpOrNew(in *statestruct.Interpreter) *C.struct__is {
	if is := cInterp(in); is != nil {
		return is
	}
	is := allocCInterp(in)
	if is == nil {
		return nil
	}
	if !in.Front.CompareAndSwap(nil, (*statestruct.FrontState)(unsafe.Pointer(is))) {
		C.free(unsafe.Pointer(is))
		return cInterp(in)
	}
	return is
}

// cThreadOrNew returns t's C thread state, making it (and its
// interpreter's) on first use; nil when out of memory. t is used by the
// calling OS thread only, so nothing else makes it meanwhile.
func cThreadOrNew(t *statestruct.Thread) *C.struct__ts {
	if ts := cThread(t); ts != nil {
		return ts
	}
	is := cInterpOrNew(t.Interpreter())
	if is == nil {
		return nil
	}
	ts := allocCThread(t, is)
	if ts != nil {
		t.Front.Store((*statestruct.FrontState)(unsafe.Pointer(ts)))
	}
	return ts
}
