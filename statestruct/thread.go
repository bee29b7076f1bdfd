package statestruct

import (
	"sync/atomic"

	"github.com/subpy/subpy/core/xi"
)

// Thread is one thread state: the state a thread needs to run in one
// interpreter. It is used by one OS thread at a time; the fields the engine
// will add (frame stack, current exception, recursion depth) are touched
// only by the thread it is attached to.
type Thread struct {
	// attached is true while the thread state holds its interpreter's
	// lock (between Attach and Detach). Atomic: read by checks on other
	// threads (Finalize, EndInterpreter); written by the owning thread.
	attached atomic.Bool
	// interp is the interpreter the thread state belongs to. Set at
	// creation.
	interp *Interpreter
	// handle identifies the thread state across the runtime; the C front
	// keeps it in its PyThreadState to find this Thread. Set at creation.
	handle uint64
	// id is PyThreadState_GetID: unique within the interpreter, from 1.
	// Set at creation.
	id uint64
	// OSThread is the OS thread the state is bound to (pthread_t as an
	// integer), set by capi when it creates the state; informational.
	OSThread uint64
	// Front is the C front's PyThreadState for this thread state (memory
	// capi allocates; never dereferenced here). Atomic: stored once, right
	// after creation for the C API's thread states and on first use for
	// those the engine makes (EmbedHooks), by the thread using it; read by
	// any thread walking the registry; swapped to nil when freed.
	Front atomic.Pointer[FrontState]
	// deleted is set once the state is unregistered. Guarded by
	// Runtime.mu.
	deleted bool
	// waiter is this thread's reusable entry in a Lock's queue. Touched
	// only by the thread that owns the state, and by Lock under Lock.mu.
	waiter *lockWaiter

	// PendingAsyncExc is set by PyThreadState_SetAsyncExc and the SIGINT
	// watcher; the VM checks it at safe points. Whoever stores a value
	// calls WakeAsync so that blocked waits (queues, channels, locks) see
	// it at once.
	PendingAsyncExc atomic.Pointer[any]
	// asyncWake receives (buffer of one, non-blocking sends) when a
	// pending asynchronous exception is stored. Made at creation.
	asyncWake chan struct{}
	// alarm wakes the queue, channel or select wait (core/xi) the thread
	// is parked in where that wait cannot watch asyncWake (a futex):
	// WakeAsync rings it. Passed as xi.Wait.Alarm with AsyncWake.
	alarm xi.Alarm
	// PythonThread is set for thread states the engine made for a thread
	// started from Python (_thread) or for running code in another
	// interpreter (_interpreters.exec): the engine, not a C host, owns
	// their lifetime. Daemon marks a daemon thread among them. Set at
	// creation, before the thread runs.
	PythonThread, Daemon atomic.Bool
	// RecursionDepth is the Python recursion depth (engine issue). Touched
	// only by the attached OS thread.
	RecursionDepth int
	// Engine is the execution engine's per-thread state (frame stack,
	// current exception). Touched only by the attached OS thread. Nil
	// until the engine exists.
	Engine any
}

// AsyncWake returns the channel that receives when a pending asynchronous
// exception is stored (see WakeAsync): a blocked wait selects on it.
func (t *Thread) AsyncWake() <-chan struct{} { return t.asyncWake }

// Alarm returns what a core/xi wait of t passes as xi.Wait.Alarm along
// with AsyncWake as its Interrupt: WakeAsync rings it.
func (t *Thread) Alarm() *xi.Alarm { return &t.alarm }

// WakeAsync tells a blocked wait of t that PendingAsyncExc was set.
func (t *Thread) WakeAsync() {
	select {
	case t.asyncWake <- struct{}{}:
	default:
	}
	t.alarm.Ring()
}

// Interpreter returns the interpreter the thread state belongs to.
func (t *Thread) Interpreter() *Interpreter { return t.interp }

// Handle returns the runtime-wide handle of the thread state.
func (t *Thread) Handle() uint64 { return t.handle }

// ID returns PyThreadState_GetID.
func (t *Thread) ID() uint64 { return t.id }

// Attached reports whether the thread state holds its interpreter's lock.
func (t *Thread) Attached() bool { return t.attached.Load() }

// Deleted reports whether the thread state was deleted.
func (t *Thread) Deleted() bool {
	t.interp.runtime.mu.Lock()
	defer t.interp.runtime.mu.Unlock()
	return t.deleted
}

// Attach takes the interpreter's lock for t (PyEval_RestoreThread). It
// blocks while another thread state holds the lock; after a switch
// interval it asks that holder to drop it. t must be detached.
func (t *Thread) Attach() {
	t.interp.lock.Acquire(t)
	t.attached.Store(true)
}

// TryAttach attaches t if its interpreter's lock is free and reports
// whether it did (it never waits).
func (t *Thread) TryAttach() bool {
	if !t.interp.lock.TryAcquire(t) {
		return false
	}
	t.attached.Store(true)
	return true
}

// Detach releases the interpreter's lock (PyEval_SaveThread). t must be
// attached.
func (t *Thread) Detach() {
	t.attached.Store(false)
	t.interp.lock.Release(t)
}

// DropRequested is the VM's cheap safe-point poll: one atomic load.
func (t *Thread) DropRequested() bool { return t.interp.lock.DropRequested() }

// YieldIfRequested is what the VM calls at a safe point: if another
// thread state of the interpreter has waited a switch interval, hand it
// the lock and wait for a turn. It reports whether it yielded.
func (t *Thread) YieldIfRequested() bool {
	if !t.interp.lock.DropRequested() {
		return false
	}
	t.interp.lock.Yield(t)
	return true
}

func (t *Thread) lockWaiter() *lockWaiter {
	if t.waiter == nil {
		t.waiter = &lockWaiter{thread: t, wake: make(chan struct{}, 1)}
	}
	return t.waiter
}
