package thread

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"weak"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

// Modules returns the package's module definitions (lazy): _thread and
// threading.
func Modules() []vm.ModuleDef {
	return []vm.ModuleDef{threadModule{}, threadingModule{}}
}

// stateKey keys the package's per-interpreter state (vm.Interp.ModuleState).
type stateKey struct{}

// modState is what _thread keeps per interpreter. Touched only by a
// thread holding the interpreter's lock.
type modState struct {
	// mainIdent is _get_main_thread_ident(): the thread that first
	// imported _thread in the interpreter.
	mainIdent uint64
	// running counts the threads started here and not finished (_count).
	running int
	// shutdown lists the handles of non-daemon threads, which _shutdown
	// waits for (finished ones are pruned as it goes).
	shutdown []*handleObj
	// locals are the _local objects that have per-thread dicts: a thread
	// that ends drops its own from each.
	locals []weak.Pointer[localImpl]
	// stackSize is stack_size()'s setting (goroutine stacks grow: it is
	// only reported back).
	stackSize int64
	// localType is the interpreter's _thread._local class.
	localType *object.Type
}

func stateOf(vt *vm.Thread) *modState {
	in := vt.Interpreter()
	if s, ok := in.ModuleState(stateKey{}).(*modState); ok {
		return s
	}
	s := &modState{mainIdent: currentIdent()}
	in.SetModuleState(stateKey{}, s)
	return s
}

type threadModule struct{}

func (threadModule) Name() string { return "_thread" }
func (threadModule) Lazy() bool   { return true }

// handleObj is _thread._ThreadHandle: a started (or adopted) thread's
// identity and completion. mu guards state and ident; done is closed when
// the thread has finished (after its thread state was deleted).
type handleObj struct {
	object.Header
	mu    sync.Mutex
	state int // handleNew, handleRunning, handleDone
	ident uint64
	done  chan struct{}
}

const (
	handleNew = iota
	handleRunning
	handleDone
)

var handleType = newHandleType()

func newHandle() *handleObj { return makeHandle(handleType) }

func makeHandle(typ *object.Type) *handleObj {
	return &handleObj{Header: object.MakeHeader(typ), done: make(chan struct{})}
}

func (h *handleObj) snapshot() (int, uint64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.state, h.ident
}

func (h *handleObj) setDone() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.state != handleDone {
		h.state = handleDone
		close(h.done)
	}
}

func newHandleType() *object.Type {
	typ := object.NewBuiltinType("_ThreadHandle", nil)
	typ.Module = "_thread"
	typ.Flags |= object.FlagModuleTPName
	self := func(v object.Value) *handleObj { return object.As[handleObj](v) }
	typ.New = func(t *object.Thread, _ *object.Type, args []object.Value, kw *object.Tuple) object.Value {
		return object.FromHeap(makeHandle(typ))
	}
	typ.Repr = func(t *object.Thread, v object.Value) object.Value {
		_, id := self(v).snapshot()
		return object.NewStr(fmt.Sprintf("<_thread._ThreadHandle object: ident=%d>", id)).Value()
	}
	typ.AddGetter("ident", func(t *object.Thread, v object.Value) object.Value {
		_, id := self(v).snapshot()
		return identValue(id)
	})
	typ.AddMethod("is_done", func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if !noArgs(t, "_ThreadHandle.is_done", args, kw) {
			return object.Null
		}
		s, _ := self(v).snapshot()
		return object.Bool(s == handleDone)
	})
	typ.AddMethod("_set_done", func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if !noArgs(t, "_ThreadHandle._set_done", args, kw) {
			return object.Null
		}
		h := self(v)
		if s, _ := h.snapshot(); s == handleNew {
			return t.RaiseMsg(object.RuntimeErrorType, "thread not started")
		}
		h.setDone()
		return object.None
	})
	typ.AddMethod("join", func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if kw.Len() != 0 {
			return t.RaiseMsg(object.TypeErrorType, "_ThreadHandle.join() takes no keyword arguments")
		}
		if len(args) > 1 {
			return t.Raisef(object.TypeErrorType, "join expected at most 1 argument, got %d", len(args))
		}
		timeout := int64(-1)
		if len(args) == 1 && args[0] != object.None {
			ns, ok := seconds(t, args[0])
			if !ok {
				return object.Null
			}
			timeout = ns
		}
		h := self(v)
		s, id := h.snapshot()
		if s == handleNew {
			return t.RaiseMsg(object.RuntimeErrorType, "thread not started")
		}
		if s != handleDone && id == currentIdent() {
			return t.RaiseMsg(object.RuntimeErrorType, "Cannot join current thread")
		}
		if timeout < 0 {
			timeout = -1
		}
		if _, ok := wait(vmThread(t), h.done, durationOf(timeout)); !ok {
			return object.Null
		}
		return object.None
	})
	return typ
}

// exceptHookArgsType is _thread._ExceptHookArgs (threading.ExceptHookArgs).
var exceptHookArgsType = object.NewStructSeqType("_thread", "_ExceptHookArgs",
	[]string{"exc_type", "exc_value", "exc_traceback", "thread"}, 4)

// Exec implements vm.ModuleDef.
func (threadModule) Exec(t *vm.Thread, m *object.Module) bool {
	ms := stateOf(t)
	d := m.Dict
	set := func(name string, v object.Value) { d.SetStr(object.NewStr(name), v) }
	fn := func(name string, f object.MethodFunc) object.Value {
		b := object.NewBuiltin(name, m.Value(), f)
		set(name, b)
		return b
	}
	set("__doc__", object.NewStr("This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.").Value())
	set("LockType", lockType.Value())
	set("lock", lockType.Value())
	set("RLock", rlockType.Value())
	set("_ThreadHandle", handleType.Value())
	set("_ExceptHookArgs", exceptHookArgsType.Value())
	set("error", object.RuntimeErrorType.Value())
	set("TIMEOUT_MAX", object.Float(timeoutMaxSeconds))

	alloc := func(name string) object.MethodFunc {
		return func(t *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
			if !noArgs(t, "_thread."+name, args, kw) {
				return object.Null
			}
			return object.FromHeap(newLock())
		}
	}
	fn("allocate_lock", alloc("allocate_lock"))
	fn("allocate", alloc("allocate"))
	fn("get_ident", func(t *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if !noArgs(t, "_thread.get_ident", args, kw) {
			return object.Null
		}
		return identValue(currentIdent())
	})
	fn("get_native_id", func(t *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if !noArgs(t, "_thread.get_native_id", args, kw) {
			return object.Null
		}
		return object.Int(int64(syscall.Gettid()))
	})
	fn("_get_main_thread_ident", func(t *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if !noArgs(t, "_thread._get_main_thread_ident", args, kw) {
			return object.Null
		}
		return identValue(stateOf(vmThread(t)).mainIdent)
	})
	fn("_is_main_interpreter", func(t *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if !noArgs(t, "_thread._is_main_interpreter", args, kw) {
			return object.Null
		}
		st := vmThread(t).State()
		return object.Bool(st == nil || st.Interpreter().IsMain())
	})
	fn("daemon_threads_allowed", func(t *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if !noArgs(t, "_thread.daemon_threads_allowed", args, kw) {
			return object.Null
		}
		st := vmThread(t).State()
		return object.Bool(st == nil || st.Interpreter().Config().AllowDaemonThreads)
	})
	fn("_count", func(t *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if !noArgs(t, "_thread._count", args, kw) {
			return object.Null
		}
		return object.Int(int64(stateOf(vmThread(t)).running))
	})
	exit := func(name string) object.MethodFunc {
		return func(t *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
			if !noArgs(t, "_thread."+name, args, kw) {
				return object.Null
			}
			return t.Raise(object.NewException(object.SystemExitType))
		}
	}
	fn("exit", exit("exit"))
	fn("exit_thread", exit("exit_thread"))
	fn("stack_size", func(t *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if kw.Len() != 0 {
			return t.RaiseMsg(object.TypeErrorType, "stack_size() takes no keyword arguments")
		}
		if len(args) > 1 {
			return t.Raisef(object.TypeErrorType, "stack_size expected at most 1 argument, got %d", len(args))
		}
		ms := stateOf(vmThread(t))
		old := ms.stackSize
		// As in CPython, no argument means 0: the call also resets it.
		ms.stackSize = 0
		if len(args) == 1 {
			if !object.IsInt(args[0]) {
				return t.Raisef(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", object.TypeOf(args[0]).Name)
			}
			n, ok := object.AsInt64(args[0])
			if !ok {
				return t.RaiseMsg(object.OverflowErrorType, "Python int too large to convert to C ssize_t")
			}
			if n < 0 {
				return t.RaiseMsg(object.ValueErrorType, "size must be 0 or a positive value")
			}
			if n != 0 && n < 32768 {
				return t.Raisef(object.ValueErrorType, "size not valid: %d bytes", n)
			}
			ms.stackSize = n
		}
		return object.Int(old)
	})
	fn("interrupt_main", func(t *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		a, ok := bind(t, "interrupt_main", args, kw, []string{"signum"}, func(n int) string {
			return fmt.Sprintf("signum() takes at most 1 argument (%d given)", n)
		})
		if !ok {
			return object.Null
		}
		sig := int64(2)
		if !a[0].IsNull() {
			if !object.IsInt(a[0]) {
				return t.Raisef(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", object.TypeOf(a[0]).Name)
			}
			n, ok := object.AsInt64(a[0])
			if !ok || n < 1 || n > 64 {
				return t.RaiseMsg(object.ValueErrorType, "signal number out of range")
			}
			sig = n
		}
		if sig == int64(syscall.SIGINT) {
			interruptMain(vmThread(t))
		}
		return object.None
	})
	startNew := func(name string) object.MethodFunc {
		return func(t *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
			if kw.Len() != 0 {
				return t.Raisef(object.TypeErrorType, "%s() takes no keyword arguments", name)
			}
			if len(args) < 2 {
				return t.Raisef(object.TypeErrorType, "%s expected at least 2 arguments, got %d", name, len(args))
			}
			if len(args) > 3 {
				return t.Raisef(object.TypeErrorType, "%s expected at most 3 arguments, got %d", name, len(args))
			}
			f := args[0]
			if object.TypeOf(f).Call == nil {
				return t.RaiseMsg(object.TypeErrorType, "first arg must be callable")
			}
			if !object.TypeOf(args[1]).IsSubtype(object.TupleType) {
				return t.RaiseMsg(object.TypeErrorType, "2nd arg must be a tuple")
			}
			items, _ := object.CollectItems(t, args[1])
			call := append([]object.Value(nil), items...)
			var names *object.Tuple
			if len(args) == 3 {
				kd, ok := object.AsDict(args[2])
				if !ok {
					return t.RaiseMsg(object.TypeErrorType, "optional 3rd arg must be a dictionary")
				}
				var keys []object.Value
				kd.Items(func(k, v object.Value) bool {
					keys = append(keys, k)
					call = append(call, v)
					return true
				})
				if len(keys) > 0 {
					names = object.NewTuple(keys)
				}
			}
			h := newHandle()
			if !start(vmThread(t), f, call, names, h, true) {
				return object.Null
			}
			_, id := h.snapshot()
			return identValue(id)
		}
	}
	fn("start_new_thread", startNew("start_new_thread"))
	fn("start_new", startNew("start_new"))
	fn("start_joinable_thread", func(t *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		a, ok := bind(t, "start_joinable_thread", args, kw, []string{"function", "handle", "daemon"}, func(n int) string {
			return fmt.Sprintf("start_joinable_thread() takes at most 3 arguments (%d given)", n)
		})
		if !ok {
			return object.Null
		}
		if a[0].IsNull() {
			return t.RaiseMsg(object.TypeErrorType, "start_joinable_thread() missing required argument 'function' (pos 1)")
		}
		if object.TypeOf(a[0]).Call == nil {
			return t.RaiseMsg(object.TypeErrorType, "thread function must be callable")
		}
		var h *handleObj
		if a[1].IsNull() || a[1] == object.None {
			h = newHandle()
		} else if object.TypeOf(a[1]) == handleType {
			h = object.As[handleObj](a[1])
		} else {
			return t.RaiseMsg(object.TypeErrorType, "'handle' must be a _ThreadHandle")
		}
		daemon := true
		if !a[2].IsNull() {
			r := object.Truth(t, a[2])
			if r < 0 {
				return object.Null
			}
			daemon = r == 1
		}
		if s, _ := h.snapshot(); s != handleNew {
			return t.RaiseMsg(object.RuntimeErrorType, "thread already started")
		}
		if !start(vmThread(t), a[0], nil, nil, h, daemon) {
			return object.Null
		}
		return object.FromHeap(h)
	})
	fn("_make_thread_handle", func(t *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if kw.Len() != 0 || len(args) != 1 {
			return t.Raisef(object.TypeErrorType, "_thread._make_thread_handle() takes exactly one argument (%d given)", len(args))
		}
		id, ok := identArg(args[0])
		if !ok {
			return t.Raisef(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", object.TypeOf(args[0]).Name)
		}
		h := newHandle()
		h.state, h.ident = handleRunning, id
		return object.FromHeap(h)
	})
	fn("_shutdown", func(t *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if !noArgs(t, "_thread._shutdown", args, kw) {
			return object.Null
		}
		if !shutdown(vmThread(t)) {
			return object.Null
		}
		return object.None
	})
	fn("_excepthook", func(t *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if kw.Len() != 0 || len(args) != 1 {
			return t.Raisef(object.TypeErrorType, "_thread._excepthook() takes exactly one argument (%d given)", len(args))
		}
		if !excepthook(vmThread(t), args[0]) {
			return object.Null
		}
		return object.None
	})
	lt := newLocalType(t)
	if lt == nil {
		return false
	}
	ms.localType = lt
	set("_local", lt.Value())
	return true
}

// interruptMain stores KeyboardInterrupt as the pending asynchronous
// exception of the main interpreter's main thread state (CPython's
// PyErr_SetInterrupt: the main thread raises it at its next check).
func interruptMain(vt *vm.Thread) {
	st := vt.State()
	if st == nil {
		return
	}
	main := st.Interpreter().Runtime().Main()
	if main == nil {
		return
	}
	ths := main.Threads()
	if len(ths) == 0 {
		return
	}
	target := ths[len(ths)-1] // the oldest: the main thread state
	ki := any(object.KeyboardInterruptType.Value())
	if target.PendingAsyncExc.CompareAndSwap(nil, &ki) {
		target.WakeAsync()
	}
}

// start runs f(*args) in a new Python thread of vt's interpreter. h is
// the thread's handle (state new); daemon threads are not waited for at
// shutdown. It returns once the thread exists (h.ident set), false with
// an exception set when the interpreter refuses threads.
func start(vt *vm.Thread, f object.Value, args []object.Value, kwnames *object.Tuple, h *handleObj, daemon bool) bool {
	st := vt.State()
	if st == nil {
		vt.RaiseMsg(object.RuntimeErrorType, "can't start new thread")
		return false
	}
	in := st.Interpreter()
	if !in.Config().AllowThreads {
		vt.RaiseMsg(object.RuntimeErrorType, "thread is not supported for isolated subinterpreters")
		return false
	}
	rt := in.Runtime()
	if rt.IsFinalizing() || in.Ended() {
		vt.RaiseMsg(object.PythonFinalizationErrorType, "can't create new thread at interpreter shutdown")
		return false
	}
	nst := rt.NewThread(in)
	if nst == nil {
		vt.RaiseMsg(object.PythonFinalizationErrorType, "can't create new thread at interpreter shutdown")
		return false
	}
	nst.PythonThread.Store(true)
	nst.Daemon.Store(daemon)
	nvt := vt.Interpreter().NewThread(nst)
	nst.Engine = nvt
	ms := stateOf(vt)
	ms.running++
	if !daemon {
		live := ms.shutdown[:0]
		for _, x := range ms.shutdown {
			if s, _ := x.snapshot(); s != handleDone {
				live = append(live, x)
			}
		}
		ms.shutdown = append(live, h)
	}
	h.mu.Lock()
	h.state = handleRunning
	h.mu.Unlock()
	ready := make(chan struct{})
	go func() {
		runtime.LockOSThread()
		// The goroutine ends with its OS thread still locked: Go then
		// ends the thread, as a finished pthread would be.
		id := currentIdent()
		h.mu.Lock()
		h.ident = id
		h.mu.Unlock()
		close(ready)
		nst.Attach()
		if hooks := rt.Embed; hooks != nil {
			// The embedding layer's C thread state for this thread
			// (statestruct.EmbedHooks), freed once the thread state is
			// deleted below.
			hooks.ThreadStarted(nst)
			defer hooks.ThreadEnded(nst)
		}
		func() {
			defer func() {
				if p := recover(); p != nil {
					// A Go fault in a Python thread must not take the
					// process down: report it as CPython reports a fatal
					// error in one thread, and end the thread.
					fmt.Fprintf(os.Stderr, "Fatal Python error: thread %d: %v\n", id, p)
				}
			}()
			if object.Call(&nvt.Thread, f, args, kwnames).IsNull() {
				reportUnraisable(nvt, f)
			}
		}()
		ms.running--
		dropLocals(ms, nvt)
		nst.Detach()
		rt.DeleteThread(nst)
		h.setDone()
	}()
	<-ready
	return true
}

// reportUnraisable reports the exception that ended a thread started by
// start_new_thread or start_joinable_thread (threading reports its own):
// SystemExit ends the thread silently; anything else is printed as
// CPython's PyErr_FormatUnraisable prints it.
func reportUnraisable(vt *vm.Thread, f object.Value) {
	exc := vt.Exc
	vt.Exc = nil
	if exc == nil || exc.Type().IsSubtype(object.SystemExitType) {
		return
	}
	r := object.Repr(&vt.Thread, f)
	vt.Exc = nil
	name := "<object>"
	if r != nil {
		name = r.String()
	}
	writeStderr(vt, object.None, "Exception ignored in thread started by "+name+":\n"+vt.FormatUnraisable(exc))
}

// stderrOf returns sys.stderr, or NULL when there is no sys module.
func stderrOf(vt *vm.Thread) object.Value {
	sys, ok := object.AsModule(vt.Interpreter().Modules.GetStr(object.NewStr("sys")))
	if !ok {
		return object.Null
	}
	return sys.Dict.GetStr(object.NewStr("stderr"))
}

// writeStderr writes text to sys.stderr (fallback when sys.stderr is None;
// the interpreter's stderr when there is no sys module) and flushes it.
// Errors while writing are dropped, as CPython drops them here.
func writeStderr(vt *vm.Thread, fallback object.Value, text string) {
	file := stderrOf(vt)
	if file.IsNull() {
		vt.Interpreter().Stderr.Write([]byte(text))
		return
	}
	if file == object.None {
		file = fallback
	}
	if file.IsNull() || file == object.None {
		return
	}
	saved := vt.Exc
	if object.CallMethod(&vt.Thread, file, "write", object.NewStr(text).Value()).IsNull() {
		vt.Exc = nil
	} else if object.CallMethod(&vt.Thread, file, "flush").IsNull() {
		vt.Exc = nil
	}
	vt.Exc = saved
}

// excepthook is _thread._excepthook (threading.excepthook's default).
func excepthook(vt *vm.Thread, arg object.Value) bool {
	if object.TypeOf(arg) != exceptHookArgsType {
		vt.RaiseMsg(object.TypeErrorType, "_thread.excepthook argument type must be ExceptHookArgs")
		return false
	}
	items, _ := object.AsTuple(arg)
	excType, excValue, thread := items.Items[0], items.Items[1], items.Items[3]
	if excType == object.SystemExitType.Value() {
		return true
	}
	t := &vt.Thread
	fallback := object.None
	if thread != object.None {
		if s := object.GetAttr(t, thread, object.NewStr("_stderr")); !s.IsNull() {
			fallback = s
		}
		vt.Exc = nil
	}
	header := fmt.Sprintf("Exception in thread %d:\n", currentIdent())
	if thread != object.None {
		if name := object.GetAttr(t, thread, object.NewStr("name")); !name.IsNull() {
			if s := object.StrOf(t, name); !s.IsNull() {
				str, _ := object.AsStr(s)
				header = "Exception in thread " + str.String() + ":\n"
			}
		}
		vt.Exc = nil
	}
	var b strings.Builder
	b.WriteString(header)
	if e, ok := object.AsException(excValue); ok {
		vt.PrintException(&b, e)
	} else if typ := object.AsType(excType); typ != nil {
		b.WriteString(typ.Name + "\n")
	}
	writeStderr(vt, fallback, b.String())
	return true
}

// shutdown is _thread._shutdown: wait for every non-daemon thread of the
// interpreter (other than the caller), including threads they start
// meanwhile. False with an exception set (Ctrl-C).
func shutdown(vt *vm.Thread) bool {
	ms := stateOf(vt)
	me := currentIdent()
	for {
		var next *handleObj
		for _, h := range ms.shutdown {
			if s, id := h.snapshot(); s != handleDone && id != me {
				next = h
				break
			}
		}
		if next == nil {
			break
		}
		if _, ok := wait(vt, next.done, -1); !ok {
			return false
		}
	}
	live := ms.shutdown[:0]
	for _, h := range ms.shutdown {
		if s, _ := h.snapshot(); s != handleDone {
			live = append(live, h)
		}
	}
	ms.shutdown = live
	return true
}
