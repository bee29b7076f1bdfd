package statestruct

// EmbedHooks is how the engine tells the embedding layer about thread
// states and interpreters it creates, switches between and ends by itself,
// without the host asking: threads started from Python (_thread,
// threading), the thread state _interpreters.exec / call / destroy attach
// on the calling OS thread to run code in another interpreter, and
// interpreters created from Python (_interpreters.create). capi implements
// it: it gives those thread states and interpreters their C
// PyThreadState / PyInterpreterState, keeps the C front's current thread
// state of the OS thread (a C thread-local, which only the front can set)
// in step with the engine's, installs the host's inittab modules in
// interpreters created from Python, and frees what it made when they end.
//
// Runtime.Embed holds the implementation; it is nil when there is no
// embedding layer (Go tests), and every caller checks for nil. The
// methods run on the OS thread named below, must not block on an
// interpreter lock, must not call back into the engine's state changes
// (Attach, Detach, NewThread, ...) and must not panic.
type EmbedHooks interface {
	// ThreadStarted is called by core/modules/thread on the new OS thread
	// of a thread started from Python, right after t (its thread state,
	// PythonThread set) is attached there for the first time, holding t's
	// interpreter lock, before any Python code runs in it: t becomes the
	// OS thread's current thread state (and its PyGILState thread state)
	// for the thread's whole life.
	ThreadStarted(t *Thread)
	// ThreadEnded is called once a thread state the engine made (a
	// Python thread's, one made to run code in another interpreter) is
	// detached and deleted (Runtime.DeleteThread), on the OS thread that
	// used it, holding no interpreter lock for t (the caller may hold
	// another interpreter's). If t is still that OS thread's current
	// thread state (a Python thread ending) the thread is left without
	// one. What was kept for t is freed.
	ThreadEnded(t *Thread)
	// Switched is called when the calling OS thread stops running code
	// with from and continues with to without the host knowing: after
	// from was detached and to attached, holding to's interpreter lock
	// (none when to is nil). core/modules/interpreters calls it when it
	// runs code in another interpreter (exec, call, destroy) and when it
	// switches back, core/lifecycle when finalization runs
	// threading._shutdown in each subinterpreter. from may have been
	// deleted already (switching back from a finished run), to never is;
	// either may be nil (the thread had, or is left with, no thread
	// state).
	Switched(from, to *Thread)
	// InterpreterCreated is called by core/modules/interpreters for an
	// interpreter created from Python, on the creating OS thread, with t
	// (the new interpreter's first thread state) attached and the
	// interpreter's engine state started, before any code runs in it.
	InterpreterCreated(t *Thread)
	// InterpreterEnding is called by core/modules/interpreters before it
	// drops the engine state of an interpreter it destroys, on the
	// destroying OS thread with t (a thread state of that interpreter)
	// attached: the last moment the interpreter's objects exist.
	InterpreterEnding(t *Thread)
	// InterpreterEnded is called by core/modules/interpreters after
	// Runtime.EndInterpreter unregistered in, with deleted the thread
	// states that went with it (Runtime.EndInterpreter's result), on the
	// destroying OS thread, holding the caller's lock (not in's), after
	// the caller switched back (Switched).
	InterpreterEnded(in *Interpreter, deleted []*Thread)
}
