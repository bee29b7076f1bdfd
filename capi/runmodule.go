package main

/*
#include "engine_abi.h"
*/
import "C"

import (
	"fmt"
	"sync/atomic"
	"syscall"
	"unsafe"

	"github.com/subpy/subpy/core/lifecycle"
	"github.com/subpy/subpy/core/object"
)

// subpy_engine_run_module runs a module as __main__ the way CPython 3.13's
// launcher does through runpy: `-m NAME` (flags 0: target is the module
// name, the current directory goes first on sys.path) or, with
// SUBPY_RUN_AS_PATH, a directory or zip file holding __main__.py (`subpy
// DIR`, `subpy app.zip`). tstate must be attached on the calling thread.
// It returns SUBPY_RUN_DONE, SUBPY_RUN_FAILED (a traceback was printed)
// or SUBPY_RUN_EXIT with *exitCode set (SystemExit, or runpy's "No module
// named ..." errors, which exit with status 1 after their message).
//
//export subpy_engine_run_module
func subpy_engine_run_module(ts *C.struct__ts, target *C.char, flags C.int, exitCode *C.int) C.int {
	defer guard("Py_RunMain")
	t := threadOf("Py_RunMain", ts)
	if !t.Attached() {
		fatal("Py_RunMain", fmt.Sprintf("thread state %p does not hold its interpreter's lock", ts))
	}
	name := goString(target)
	var r lifecycle.Result
	if flags&C.SUBPY_RUN_AS_PATH != 0 {
		r = lifecycle.RunPath(t, name)
	} else {
		r = lifecycle.RunModule(t, name)
	}
	return runOutcome(r, exitCode)
}

// keyboardInterrupt is what a tripped SIGINT stores as the main thread
// state's pending asynchronous exception (the VM instantiates the class).
// The pointer itself is the sentinel the watcher and take_interrupt
// compare-and-swap; what it points to is never written.
var keyboardInterrupt = func() *any {
	v := any(object.KeyboardInterruptType.Value())
	return &v
}()

// subpy_engine_signal_watch starts the watcher of the front's SIGINT
// self-pipe (capi/front/signals.c): each time the pipe becomes readable
// it takes the front's pending flag and, if it was set, stores
// KeyboardInterrupt as tstate's pending asynchronous exception, which the
// VM raises at its next safe point. The watcher stops at end-of-file (the
// front closes the write end when the runtime is finalized). Returns 0,
// or -1 when the watcher could not start.
//
//export subpy_engine_signal_watch
func subpy_engine_signal_watch(ts *C.struct__ts, fd C.int, pending *C.int) C.int {
	defer guard("Py_InitializeFromConfig")
	t := threadOf("Py_InitializeFromConfig", ts)
	flag := (*int32)(unsafe.Pointer(pending))
	go func(fd int) {
		defer syscall.Close(fd)
		var buf [64]byte
		for {
			n, err := syscall.Read(fd, buf[:])
			if err == syscall.EINTR {
				continue
			}
			if n <= 0 {
				return
			}
			// The pending flag stays the front's until KeyboardInterrupt is
			// stored: PyErr_CheckSignals, racing with this, takes either
			// the flag or the stored exception (take_interrupt), never
			// both.
			if atomic.LoadInt32(flag) != 0 && t.PendingAsyncExc.CompareAndSwap(nil, keyboardInterrupt) {
				if atomic.SwapInt32(flag, 0) == 0 {
					// PyErr_CheckSignals took the flag meanwhile.
					t.PendingAsyncExc.CompareAndSwap(keyboardInterrupt, nil)
				} else {
					t.WakeAsync()
				}
			}
		}
	}(int(fd))
	return 0
}

// subpy_engine_take_interrupt takes a KeyboardInterrupt the SIGINT watcher
// stored as tstate's pending asynchronous exception and not raised yet
// (PyErr_CheckSignals raises it instead). Returns 1 if there was one.
//
//export subpy_engine_take_interrupt
func subpy_engine_take_interrupt(ts *C.struct__ts) C.int {
	defer guard("PyErr_CheckSignals")
	t := threadOf("PyErr_CheckSignals", ts)
	if t.PendingAsyncExc.CompareAndSwap(keyboardInterrupt, nil) {
		return 1
	}
	return 0
}
