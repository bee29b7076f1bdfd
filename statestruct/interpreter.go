package statestruct

import "sync/atomic"

// Whence says how an interpreter came to be (CPython 3.13's
// _PyInterpreterState_WHENCE_* values, same numbers).
type Whence int

// The values of Whence.
const (
	WhenceNotSet     Whence = 0
	WhenceUnknown    Whence = 1
	WhenceRuntime    Whence = 2 // the main interpreter
	WhenceLegacyCAPI Whence = 3 // Py_NewInterpreter
	WhenceCAPI       Whence = 4 // Py_NewInterpreterFromConfig
	WhenceXI         Whence = 5 // cross-interpreter machinery
	WhenceStdlib     Whence = 6 // _interpreters.create
)

// FrontState stands for memory the embedding layer owns and keeps beside
// an Interpreter or Thread (capi: the C structs behind PyInterpreterState
// and PyThreadState). statestruct stores it and never looks inside.
type FrontState struct{}

// Interpreter is one isolated interpreter. Its identity fields never change
// after creation and may be read without a lock.
type Interpreter struct {
	// lock is the interpreter's lock: &ownLock for the main interpreter
	// and OWN_GIL ones, the main interpreter's lock otherwise (legacy
	// Py_NewInterpreter, SHARED_GIL, DEFAULT_GIL). Set at creation.
	lock *Lock
	// runtime is the Runtime the interpreter belongs to. Set at creation.
	runtime *Runtime
	// id is PyInterpreterState_GetID: 0 for main, then 1, 2, ... per
	// initialization. Set at creation.
	id int64
	// whence records how the interpreter was created. Set at creation.
	whence Whence
	// config is the PyInterpreterConfig it was created with. Set at
	// creation; the issues that enforce its fields read it.
	config InterpreterConfig

	// threads lists the interpreter's thread states, oldest first.
	// Guarded by runtime.mu.
	threads []*Thread
	// nextThreadID numbers the interpreter's thread states (the value of
	// PyThreadState_GetID), from 1. Guarded by runtime.mu.
	nextThreadID uint64
	// ended is set once the interpreter is unregistered. Guarded by
	// runtime.mu.
	ended bool

	// Front is the C front's PyInterpreterState for this interpreter
	// (memory capi allocates; never dereferenced here). Atomic: stored
	// once, right after creation (C API, EmbedHooks.InterpreterCreated) or
	// on first use by an engine-made thread state (CompareAndSwap); read by
	// any thread walking the registry; swapped to nil when freed.
	Front atomic.Pointer[FrontState]

	// RunningMain is set while a thread runs code in the interpreter's
	// __main__ for the interpreters modules (_interpreters.exec, call,
	// set___main___attrs; Interpreter.exec/call) and while destroy tears
	// the interpreter down: is_running reports it, and another run or a
	// destroy meanwhile fails (CPython's "running main"). Set with
	// CompareAndSwap by the thread starting the run, cleared by it; read
	// by any thread.
	RunningMain atomic.Bool
	// XIRefs counts the references _interpreters.incref took (CPython's
	// id_refcount); ReqRefs (create(reqrefs=True)) makes the decref that
	// drops the last one destroy the interpreter. Atomic: any thread.
	XIRefs  atomic.Int64
	ReqRefs atomic.Bool

	// ownLock is the storage of lock for interpreters with a lock of
	// their own.
	ownLock Lock

	// Engine is the execution engine's per-interpreter state (sys,
	// builtins, sys.modules, import state, the handle table for C
	// objects). Owned by core/lifecycle; touched only by a thread holding
	// the interpreter's lock. Nil until the engine exists.
	Engine any
}

// ID returns the interpreter's ID (0 = main).
func (in *Interpreter) ID() int64 { return in.id }

// Whence returns how the interpreter was created.
func (in *Interpreter) Whence() Whence { return in.whence }

// Config returns the configuration the interpreter was created with.
func (in *Interpreter) Config() InterpreterConfig { return in.config }

// Lock returns the lock threads of this interpreter take to run.
func (in *Interpreter) Lock() *Lock { return in.lock }

// Runtime returns the runtime the interpreter belongs to.
func (in *Interpreter) Runtime() *Runtime { return in.runtime }

// IsMain reports whether in is the main interpreter.
func (in *Interpreter) IsMain() bool { return in.whence == WhenceRuntime }

// Threads returns the interpreter's thread states, newest first (the order
// of PyInterpreterState_ThreadHead / PyThreadState_Next).
func (in *Interpreter) Threads() []*Thread {
	in.runtime.mu.Lock()
	defer in.runtime.mu.Unlock()
	out := make([]*Thread, len(in.threads))
	for i, t := range in.threads {
		out[len(out)-1-i] = t
	}
	return out
}

// ThreadHead returns the newest thread state of in, or nil.
func (in *Interpreter) ThreadHead() *Thread {
	in.runtime.mu.Lock()
	defer in.runtime.mu.Unlock()
	if len(in.threads) == 0 {
		return nil
	}
	return in.threads[len(in.threads)-1]
}

// NextThread returns the thread state after t in ThreadHead order (newer
// to older), or nil.
func (in *Interpreter) NextThread(t *Thread) *Thread {
	in.runtime.mu.Lock()
	defer in.runtime.mu.Unlock()
	for i, x := range in.threads {
		if x == t {
			if i == 0 {
				return nil
			}
			return in.threads[i-1]
		}
	}
	return nil
}

// Ended reports whether the interpreter was ended or finalized.
func (in *Interpreter) Ended() bool {
	in.runtime.mu.Lock()
	defer in.runtime.mu.Unlock()
	return in.ended
}
