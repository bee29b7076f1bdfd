// Package thread implements the modules _thread (native, CPython 3.13's
// API) and threading (CPython 3.13's public API) for one interpreter's
// threads: each Python thread is a goroutine locked to its own OS thread
// with its own statestruct.Thread, taking turns on the interpreter's lock
// with the switch-interval handoff; blocking calls release the lock.
//
// Layer 7: it uses the VM's exported API and statestruct; it keeps no
// package-level state (per-interpreter state hangs off vm.Interp's
// ModuleState).
package thread
