package statestruct

import (
	"sync"
	"sync/atomic"

	"github.com/subpy/subpy/core/xi"
)

// Phase is where the runtime is in its life.
type Phase int32

// The phases, in order. Finalize ends in PhaseFinalized, from which
// Initialize starts again as from PhaseUninitialized: the Go library cannot
// be unloaded, so re-initialization in the same process is the only reset.
// As in CPython 3.13, Py_IsFinalizing stays true once finalized, until the
// next initialization.
const (
	PhaseUninitialized Phase = iota
	PhaseInitialized
	PhaseFinalizing
	PhaseFinalized
)

// Runtime is the root of all mutable process-wide state. A process has one,
// reached from the single documented package-level variable of capi/. Its
// zero value is an uninitialized runtime ready for Initialize.
type Runtime struct {
	// phase is the lifecycle phase. Atomic: Py_IsInitialized and
	// Py_IsFinalizing read it from any thread without a lock; it changes
	// only under mu.
	phase atomic.Int32
	// generation counts successful initializations (1 after the first),
	// so tests and tools can tell a re-initialized runtime apart.
	generation atomic.Uint64
	// xi is the registry of the queues and channels interpreters share
	// (core/xi; _interpqueues, _interpchannels). Created by Initialize
	// (stage 1); Finalize destroys every queue and channel in it (waking
	// their waiters) and clears it. Atomic, not under mu: every queue and
	// channel operation from Python looks it up, from interpreters running
	// in parallel, and must not contend on mu; it is stored only under mu.
	// The registry is safe for concurrent use by itself.
	xi atomic.Pointer[xi.Registry]

	// mu guards every field below and the registries of each Interpreter
	// (its thread list). Never held while blocking on a Lock.
	mu sync.Mutex
	// config is the configuration of the current initialization.
	config RuntimeConfig
	// interps lists live interpreters, oldest first (main is interps[0]
	// while the runtime is initialized).
	interps []*Interpreter
	// byID finds a live interpreter by its ID.
	byID map[int64]*Interpreter
	// threads finds a live thread state by its handle.
	threads map[uint64]*Thread
	// nextInterpID is the ID the next interpreter gets; 0 is main. Reset
	// by each initialization, as CPython does.
	nextInterpID int64
	// nextThreadHandle numbers thread states across the whole runtime
	// (their handle, unlike their per-interpreter ID, is never reused
	// within an initialization).
	nextThreadHandle uint64
	// Host is what the embedding layer keeps for the whole process (capi:
	// the C front's callback table). Set once when the engine library is
	// loaded, before any other call, and read-only afterwards; it survives
	// finalization.
	Host any
	// Embed is the embedding layer's side of the thread states and
	// interpreters the engine makes by itself (see EmbedHooks). Set once
	// by capi when the engine library is loaded, before any other call,
	// and read-only afterwards (read by any thread without a lock); it
	// survives finalization. Nil without an embedding layer (Go tests).
	Embed EmbedHooks

	// atExit holds the Py_AtExit callbacks (C function addresses, opaque
	// here) in registration order; Finalize hands them back to run.
	atExit []uintptr
}

// maxAtExit bounds Py_AtExit registrations, as CPython does (32).
const maxAtExit = 32

// XI returns the registry of the queues and channels shared between
// interpreters, or nil when the runtime is not initialized (or is
// finalizing). Lock-free.
func (r *Runtime) XI() *xi.Registry { return r.xi.Load() }

// Phase returns the current lifecycle phase.
func (r *Runtime) Phase() Phase { return Phase(r.phase.Load()) }

// IsInitialized is Py_IsInitialized.
func (r *Runtime) IsInitialized() bool { return r.Phase() == PhaseInitialized }

// IsFinalizing is Py_IsFinalizing: finalization has started (and, once
// done, until the next initialization).
func (r *Runtime) IsFinalizing() bool {
	p := r.Phase()
	return p == PhaseFinalizing || p == PhaseFinalized
}

// canInitialize reports whether Initialize may build the runtime.
func (r *Runtime) canInitialize() bool {
	p := r.Phase()
	return p == PhaseUninitialized || p == PhaseFinalized
}

// Generation returns how many times the runtime was initialized.
func (r *Runtime) Generation() uint64 { return r.generation.Load() }

// Config returns a copy of the configuration of the current initialization.
func (r *Runtime) Config() RuntimeConfig {
	r.mu.Lock()
	defer r.mu.Unlock()
	c := r.config
	c.Argv = append([]string(nil), c.Argv...)
	c.ModuleSearchPaths = append([]string(nil), c.ModuleSearchPaths...)
	return c
}

// Initialize builds the runtime in stages: the configuration, the main
// interpreter with its lock, and the main thread state, which it returns
// attached (holding the main lock). On an initialized runtime it does
// nothing and returns (nil, OK), as a second Py_Initialize does.
func (r *Runtime) Initialize(cfg RuntimeConfig) (*Thread, Status) {
	r.mu.Lock()
	if !r.canInitialize() {
		r.mu.Unlock()
		return nil, Status{}
	}
	// Stage 1: the configuration and the registries.
	r.config = cfg
	r.config.Argv = append([]string(nil), cfg.Argv...)
	r.config.ModuleSearchPaths = append([]string(nil), cfg.ModuleSearchPaths...)
	r.byID = make(map[int64]*Interpreter)
	r.threads = make(map[uint64]*Thread)
	r.nextInterpID = 0
	r.xi.Store(xi.NewRegistry())
	// Stage 2: the main interpreter; stage 3: its first thread state.
	main := r.newInterpreterLocked(mainInterpreterConfig(), WhenceRuntime, nil)
	t := r.newThreadLocked(main)
	r.phase.Store(int32(PhaseInitialized))
	r.generation.Add(1)
	r.mu.Unlock()
	// The main lock is fresh: nobody else can hold it.
	main.lock.Acquire(t)
	t.attached.Store(true)
	return t, Status{}
}

// Finalize tears the runtime down from the caller's thread state t (nil if
// the caller has none; if attached, its lock is released). Subinterpreters still alive are ended
// first (CPython 3.13 does the same). It returns the Py_AtExit callbacks in
// the order they must run (last registered first) and leaves the runtime
// finalized, ready for Initialize.
func (r *Runtime) Finalize(t *Thread) []uintptr {
	r.mu.Lock()
	r.phase.Store(int32(PhaseFinalizing))
	interps := append([]*Interpreter(nil), r.interps...)
	// The queues and channels go first, so that threads blocked on them
	// wake (ErrDestroyed) while their interpreters are ended.
	reg := r.xi.Swap(nil)
	r.mu.Unlock()
	if reg != nil {
		reg.DestroyAll()
	}

	if t != nil && t.attached.Load() {
		t.attached.Store(false)
		t.interp.lock.Release(t)
	}
	for i := len(interps) - 1; i >= 0; i-- {
		r.dropInterpreter(interps[i])
	}

	r.mu.Lock()
	callbacks := make([]uintptr, 0, len(r.atExit))
	for i := len(r.atExit) - 1; i >= 0; i-- {
		callbacks = append(callbacks, r.atExit[i])
	}
	r.interps = nil
	r.byID = nil
	r.threads = nil
	r.atExit = nil
	r.config = RuntimeConfig{}
	r.phase.Store(int32(PhaseFinalized))
	r.mu.Unlock()
	return callbacks
}

// AtExit registers a Py_AtExit callback (an opaque C address). It reports
// false when the table is full, as Py_AtExit returns -1.
func (r *Runtime) AtExit(fn uintptr) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.atExit) >= maxAtExit {
		return false
	}
	r.atExit = append(r.atExit, fn)
	return true
}

// Main returns the main interpreter, or nil when uninitialized.
func (r *Runtime) Main() *Interpreter {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.interps) == 0 {
		return nil
	}
	return r.interps[0]
}

// Interpreters returns the live interpreters, newest first (the order of
// PyInterpreterState_Head / _Next).
func (r *Runtime) Interpreters() []*Interpreter {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]*Interpreter, len(r.interps))
	for i, in := range r.interps {
		out[len(out)-1-i] = in
	}
	return out
}

// NextInterpreter returns the interpreter after in in PyInterpreterState_Next
// order (newest to oldest), or nil.
func (r *Runtime) NextInterpreter(in *Interpreter) *Interpreter {
	r.mu.Lock()
	defer r.mu.Unlock()
	for i, x := range r.interps {
		if x == in {
			if i == 0 {
				return nil
			}
			return r.interps[i-1]
		}
	}
	return nil
}

// HeadInterpreter returns the newest live interpreter, or nil.
func (r *Runtime) HeadInterpreter() *Interpreter {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.interps) == 0 {
		return nil
	}
	return r.interps[len(r.interps)-1]
}

// InterpreterByID returns a live interpreter, or nil.
func (r *Runtime) InterpreterByID(id int64) *Interpreter {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.byID[id]
}

// ThreadByHandle returns a live thread state, or nil.
func (r *Runtime) ThreadByHandle(h uint64) *Thread {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.threads[h]
}

// NewInterpreter creates an interpreter and its first thread state, as
// Py_NewInterpreterFromConfig does, and returns the thread state detached:
// the caller attaches it (Attach) after detaching whatever it held, which
// is the lock handoff of CPython 3.12+.
func (r *Runtime) NewInterpreter(cfg InterpreterConfig, whence Whence) (*Thread, Status) {
	if st := cfg.Validate(); st.IsError() {
		return nil, st
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	switch r.Phase() {
	case PhaseUninitialized, PhaseFinalized:
		return nil, errorStatus(ErrNotInitialized)
	case PhaseFinalizing:
		return nil, errorStatus(ErrFinalizing)
	}
	in := r.newInterpreterLocked(cfg, whence, r.interps[0])
	return r.newThreadLocked(in), Status{}
}

func (r *Runtime) newInterpreterLocked(cfg InterpreterConfig, whence Whence, main *Interpreter) *Interpreter {
	in := &Interpreter{
		runtime: r,
		id:      r.nextInterpID,
		whence:  whence,
		config:  cfg,
	}
	r.nextInterpID++
	if cfg.Lock == LockOwn || main == nil {
		in.lock = &in.ownLock
	} else {
		in.lock = main.lock
	}
	r.interps = append(r.interps, in)
	r.byID[in.id] = in
	return in
}

// NewThread creates a detached thread state in in (PyThreadState_New).
// It returns nil if in is no longer alive.
func (r *Runtime) NewThread(in *Interpreter) *Thread {
	r.mu.Lock()
	defer r.mu.Unlock()
	if in.ended || r.byID[in.id] != in {
		return nil
	}
	return r.newThreadLocked(in)
}

func (r *Runtime) newThreadLocked(in *Interpreter) *Thread {
	r.nextThreadHandle++
	in.nextThreadID++
	t := &Thread{
		interp:    in,
		handle:    r.nextThreadHandle,
		id:        in.nextThreadID,
		asyncWake: make(chan struct{}, 1),
	}
	in.threads = append(in.threads, t)
	r.threads[t.handle] = t
	return t
}

// DeleteThread removes a detached thread state from its interpreter
// (PyThreadState_Delete). Deleting twice is harmless.
func (r *Runtime) DeleteThread(t *Thread) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.deleteThreadLocked(t)
}

func (r *Runtime) deleteThreadLocked(t *Thread) {
	if t.deleted {
		return
	}
	t.deleted = true
	in := t.interp
	for i, x := range in.threads {
		if x == t {
			in.threads = append(in.threads[:i], in.threads[i+1:]...)
			break
		}
	}
	delete(r.threads, t.handle)
}

// EndInterpreter ends the interpreter of t (Py_EndInterpreter). t must be
// attached; it is detached and deleted. Other thread states of the
// interpreter must be idle (detached): they are cleared and deleted too,
// where CPython 3.13 aborts. It returns every thread state it deleted
// (t among them), so the caller can free what it keeps for them.
func (r *Runtime) EndInterpreter(t *Thread) []*Thread {
	in := t.interp
	if t.attached.Load() {
		in.lock.Release(t)
		t.attached.Store(false)
	}
	return r.dropInterpreter(in)
}

// dropInterpreter unregisters in and deletes its thread states. Thread
// states still attached are detached (their lock is released on their
// behalf): only Finalize reaches them, after the caller ended every
// interpreter it could.
func (r *Runtime) dropInterpreter(in *Interpreter) []*Thread {
	r.mu.Lock()
	threads := append([]*Thread(nil), in.threads...)
	in.ended = true
	for _, t := range threads {
		r.deleteThreadLocked(t)
	}
	for i, x := range r.interps {
		if x == in {
			r.interps = append(r.interps[:i], r.interps[i+1:]...)
			break
		}
	}
	delete(r.byID, in.id)
	r.mu.Unlock()
	for _, t := range threads {
		if t.attached.Load() {
			t.attached.Store(false)
			in.lock.Release(t)
		}
	}
	return threads
}
