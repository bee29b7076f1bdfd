// Package interpreters gives Python code the interpreters of the runtime:
// the low-level modules _interpreters, _interpqueues and _interpchannels
// with CPython 3.13.0's names, signatures and return shapes, and
// concurrent.interpreters (CPython 3.14's public API plus subpy's
// event-driven channels and select). It applies the sharing list of
// ARCHITECTURE.md ("Sharing between interpreters — the one list") to
// everything that crosses from one interpreter to another.
//
// Layer 7: it is written against the VM's exported API, statestruct and
// core/xi (the runtime-level queues and channels). Creating an
// interpreter's engine state is core/lifecycle's job, which sits above:
// lifecycle passes itself in as an Engine when it assembles the modules
// (core/modules/stdlib). The package keeps no state of its own: the
// registries are the Runtime's, per-interpreter state hangs off the
// interpreter's vm.Interp (ModuleState).
package interpreters

import (
	"github.com/subpy/subpy/core/vm"
	"github.com/subpy/subpy/statestruct"
)

// Engine is what the package needs from core/lifecycle.
type Engine interface {
	// StartInterpreter gives st (an attached thread state) its engine
	// state, creating the engine state of st's interpreter first when the
	// interpreter is new: builtins, sys, __main__.
	StartInterpreter(st *statestruct.Thread) (*vm.Thread, error)
	// EndInterpreter flushes in's buffered output and drops its engine
	// state and its threads' (before Runtime.EndInterpreter unregisters
	// it). No Python code runs.
	EndInterpreter(in *statestruct.Interpreter)
}

// Modules returns the package's module definitions for an interpreter
// (all lazy: created on first import): _interpreters, concurrent and
// concurrent.interpreters (interpreters.go, concurrent.go), _interpqueues
// and _interpchannels (messaging.go).
func Modules(eng Engine) []vm.ModuleDef {
	return append(interpreterModules(eng), messagingModules()...)
}
