package interpreters

// Running code in another interpreter on the calling OS thread, as
// CPython does: the caller's thread state is detached (its interpreter's
// lock released, so the caller's other threads run meanwhile), a fresh
// thread state of the target is attached (its lock taken), the code runs,
// an uncaught exception becomes a snapshot of strings (nothing of the
// target's leaks out), and the caller's thread state is attached again.
// Interpreters with locks of their own run in parallel on different
// threads. Each switch is reported to the embedding layer
// (Runtime.Embed, statestruct.EmbedHooks), so that host C code called
// from the code running there sees the target's thread state and
// interpreter.

import (
	"io"
	"os"
	"strings"
	"sync"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
	"github.com/subpy/subpy/statestruct"
)

// excSnap is an uncaught exception of another interpreter as text
// (CPython's excinfo).
type excSnap struct {
	name, qualname, module     string
	msg, formatted, errdisplay string
}

// snapshot describes exc, an exception of t's interpreter.
func snapshot(t *vm.Thread, exc *object.Exception) *excSnap {
	typ := exc.Type()
	s := &excSnap{name: typ.Name, qualname: typ.QualName, module: typ.Module}
	if s.module == "" {
		s.module = "builtins"
	}
	saved := t.Exc
	t.Exc = nil
	if r := object.StrOf(&t.Thread, exc.Value()); !r.IsNull() {
		if str, ok := object.AsStr(r); ok {
			s.msg = str.String()
		}
	} else {
		s.msg = "<exception str() failed>"
	}
	t.Exc = nil
	full := s.qualname
	if s.module != "builtins" && s.module != "__main__" {
		full = s.module + "." + full
	}
	s.formatted = full + ": " + s.msg
	var b strings.Builder
	t.PrintException(&b, exc)
	t.Exc = saved
	s.errdisplay = strings.TrimRight(b.String(), "\n")
	return s
}

// value is the snapshot as the caller's types.SimpleNamespace (None for
// no snapshot).
func (s *excSnap) value(t *vm.Thread) object.Value {
	if s == nil {
		return object.None
	}
	ns := func(names []string, vals []object.Value) object.Value {
		kw := make([]object.Value, len(names))
		for i, n := range names {
			kw[i] = object.NewStr(n).Value()
		}
		return object.Call(&t.Thread, object.SimpleNamespaceType.Value(), vals, object.NewTuple(kw))
	}
	str := func(s string) object.Value { return object.NewStr(s).Value() }
	typ := ns([]string{"__name__", "__qualname__", "__module__"}, []object.Value{str(s.name), str(s.qualname), str(s.module)})
	if typ.IsNull() {
		return object.Null
	}
	return ns([]string{"type", "msg", "formatted", "errdisplay"}, []object.Value{typ, str(s.msg), str(s.formatted), str(s.errdisplay)})
}

// flusher is an output writer with a buffer (core/lifecycle's).
type flusher interface{ Flush() }

// flushOut writes out t's interpreter's buffered standard output. As in
// CPython, each interpreter buffers its own output (when it does not go
// to a terminal) and writes it out when it is destroyed or the runtime
// ends, not when another interpreter takes a turn.
func flushOut(t *vm.Thread) {
	in := t.Interpreter()
	in.FlushFiles()
	if f, ok := in.Stdout.(flusher); ok {
		f.Flush()
	}
}

// runIn runs fn in target's __main__ on the calling OS thread and returns
// the snapshot of the exception fn left uncaught (nil when none). It
// returns false with an exception set on t when the run could not start
// (the target is running or gone).
func runIn(t *vm.Thread, eng Engine, target *statestruct.Interpreter, fn func(tt *vm.Thread) bool) (*excSnap, bool) {
	rt, st := runtimeOf(t)
	if rt == nil {
		return nil, false
	}
	if target.IsMain() || !target.RunningMain.CompareAndSwap(false, true) {
		t.RaiseMsg(classesOf(t).interpError, "interpreter already running")
		return nil, false
	}
	defer target.RunningMain.Store(false)
	if target == st.Interpreter() {
		// This interpreter's own thread that is not running __main__ (a
		// thread started in it): run here.
		saved := t.Exc
		t.Exc = nil
		var snap *excSnap
		if !fn(t) {
			exc := t.Exc
			t.Exc = nil
			if exc != nil {
				snap = snapshot(t, exc)
			}
		}
		t.Exc = saved
		return snap, true
	}
	tst := rt.NewThread(target)
	if tst == nil {
		t.Raisef(classesOf(t).notFound, "unrecognized interpreter ID %d", target.ID())
		return nil, false
	}
	tst.PythonThread.Store(true)
	tst.OSThread = st.OSThread
	st.Detach()
	tst.Attach()
	hooks := rt.Embed
	if hooks != nil {
		hooks.Switched(st, tst)
	}
	var snap *excSnap
	tt, err := eng.StartInterpreter(tst)
	if err != nil {
		snap = &excSnap{name: "SystemError", qualname: "SystemError", module: "builtins", msg: err.Error()}
		snap.formatted = "SystemError: " + snap.msg
		snap.errdisplay = snap.formatted
	} else {
		stop := forwardInterrupts(st, tst)
		if !fn(tt) {
			if exc := tt.Exc; exc != nil {
				tt.Exc = nil
				snap = snapshot(tt, exc)
			}
		}
		tt.Exc = nil
		stop()
	}
	tst.Engine = nil
	tst.Detach()
	rt.DeleteThread(tst)
	st.Attach()
	if hooks != nil {
		hooks.Switched(tst, st)
		hooks.ThreadEnded(tst)
	}
	return snap, true
}

// forwardInterrupts passes a Ctrl-C that arrives for the caller's thread
// state from (detached while code runs in another interpreter) to the
// target's thread state to, so that KeyboardInterrupt reaches the code
// running there (the VM raises it at its next safe point; blocked waits
// wake). Only a builtin exception class moves (builtin types are
// process-wide); anything else stays pending on the caller. Interrupts
// are delivered to the main thread (the launcher's SIGINT watcher,
// _thread.interrupt_main), so only a caller on the main thread's OS
// thread watches: other threads pay nothing. The returned stop ends the
// forwarding and gives an interrupt the target did not take back to the
// caller.
func forwardInterrupts(from, to *statestruct.Thread) (stop func()) {
	if !onMainOSThread(from) {
		return func() {}
	}
	// movable: a builtin exception class, valid in every interpreter.
	movable := func(p *any) bool {
		if p == nil {
			return false
		}
		v, ok := (*p).(object.Value)
		if !ok {
			return false
		}
		typ := object.AsType(v)
		return typ != nil && !typ.IsHeapType()
	}
	var mu sync.Mutex
	stopped := false
	// move reports false once stopped.
	move := func() bool {
		mu.Lock()
		defer mu.Unlock()
		if stopped {
			return false
		}
		p := from.PendingAsyncExc.Load()
		if !movable(p) {
			return true
		}
		if to.PendingAsyncExc.CompareAndSwap(nil, p) {
			if from.PendingAsyncExc.CompareAndSwap(p, nil) {
				to.WakeAsync()
			} else {
				// The caller's was taken meanwhile (PyErr_CheckSignals).
				to.PendingAsyncExc.CompareAndSwap(p, nil)
			}
		}
		return true
	}
	done := make(chan struct{})
	move()
	go func() {
		for {
			select {
			case <-done:
				return
			case <-from.AsyncWake():
				if !move() {
					// Stopped: the wake is the caller's again.
					from.WakeAsync()
					return
				}
			}
		}
	}()
	return func() {
		mu.Lock()
		stopped = true
		// An interrupt forwarded too late for the target goes back to
		// the caller, which raises it when it resumes.
		if p := to.PendingAsyncExc.Load(); movable(p) && to.PendingAsyncExc.CompareAndSwap(p, nil) {
			if from.PendingAsyncExc.CompareAndSwap(nil, p) {
				from.WakeAsync()
			}
		}
		mu.Unlock()
		close(done)
	}
}

// onMainOSThread reports whether st runs on the OS thread of the main
// interpreter's main thread state (its oldest).
func onMainOSThread(st *statestruct.Thread) bool {
	main := st.Interpreter().Runtime().Main()
	if main == nil {
		return false
	}
	ths := main.Threads()
	if len(ths) == 0 {
		return false
	}
	return ths[len(ths)-1].OSThread == st.OSThread
}

// createInterp creates an interpreter with cfg (whence stdlib) and its
// engine state; the caller's thread state stays attached.
func createInterp(t *vm.Thread, eng Engine, cfg statestruct.InterpreterConfig) *statestruct.Interpreter {
	rt, st := runtimeOf(t)
	if rt == nil {
		return nil
	}
	tst, status := rt.NewInterpreter(cfg, statestruct.WhenceStdlib)
	if status.IsError() || tst == nil {
		t.RaiseMsg(classesOf(t).interpError, "interpreter creation failed")
		return nil
	}
	in := tst.Interpreter()
	tst.PythonThread.Store(true)
	tst.OSThread = st.OSThread
	// Unbuffered standard output (PYTHONUNBUFFERED, -u: the embedding
	// layer gave the caller os.Stdout) holds for the new interpreter too.
	unbuffered := t.Interpreter().Stdout == io.Writer(os.Stdout)
	st.Detach()
	tst.Attach()
	tt, err := eng.StartInterpreter(tst)
	if err != nil {
		eng.EndInterpreter(in)
		rt.EndInterpreter(tst)
		st.Attach()
		t.RaiseMsg(classesOf(t).interpError, "interpreter creation failed")
		return nil
	}
	if unbuffered {
		tt.Interpreter().Stdout = os.Stdout
	}
	if hooks := rt.Embed; hooks != nil {
		// Its C interpreter state and the host's inittab modules. No
		// code runs in it here, so the OS thread's current thread state
		// (as C sees it) need not switch.
		hooks.InterpreterCreated(tst)
	}
	tst.Engine = nil
	tst.Detach()
	rt.DeleteThread(tst)
	st.Attach()
	return in
}

// destroyInterp ends in (not the caller's, not running): its threading
// module's non-daemon threads are joined, its output flushed, its engine
// state dropped, it is unregistered and the items it put in queues and
// channels are unbound (messaging.go).
func destroyInterp(t *vm.Thread, eng Engine, in *statestruct.Interpreter) bool {
	rt, st := runtimeOf(t)
	if rt == nil {
		return false
	}
	c := classesOf(t)
	if in == st.Interpreter() {
		t.RaiseMsg(c.interpError, "cannot destroy the current interpreter")
		return false
	}
	if in.IsMain() || !in.RunningMain.CompareAndSwap(false, true) {
		t.RaiseMsg(c.interpError, "interpreter running")
		return false
	}
	tst := rt.NewThread(in)
	if tst == nil {
		in.RunningMain.Store(false)
		t.Raisef(c.notFound, "unrecognized interpreter ID %d", in.ID())
		return false
	}
	tst.PythonThread.Store(true)
	tst.OSThread = st.OSThread
	st.Detach()
	tst.Attach()
	hooks := rt.Embed
	if hooks != nil {
		hooks.Switched(st, tst)
	}
	busy := false
	if tt, err := eng.StartInterpreter(tst); err == nil {
		shutdownThreads(tt)
		flushOut(tt)
		for _, other := range in.Threads() {
			if other != tst && !other.Deleted() && other.PythonThread.Load() {
				busy = true
			}
		}
	}
	if busy {
		tst.Engine = nil
		tst.Detach()
		rt.DeleteThread(tst)
		st.Attach()
		if hooks != nil {
			hooks.Switched(tst, st)
			hooks.ThreadEnded(tst)
		}
		in.RunningMain.Store(false)
		t.RaiseMsg(c.interpError, "interpreter has more than one thread")
		return false
	}
	if hooks != nil {
		hooks.InterpreterEnding(tst)
	}
	eng.EndInterpreter(in)
	deleted := rt.EndInterpreter(tst)
	st.Attach()
	if hooks != nil {
		hooks.Switched(tst, st)
		hooks.InterpreterEnded(in, deleted)
	}
	in.RunningMain.Store(false)
	// What it put in queues and channels follows 3.13's unbound rules.
	unbindInterpreter(rt, in.ID())
	return true
}

// shutdownThreads joins the interpreter's non-daemon threads as
// Py_EndInterpreter does (threading._shutdown, when threading was
// imported); an error there is printed and ignored.
func shutdownThreads(tt *vm.Thread) {
	mod := tt.Interpreter().Modules.GetStr(object.NewStr("threading"))
	if mod.IsNull() || mod == object.None {
		return
	}
	f := object.GetAttr(&tt.Thread, mod, object.NewStr("_shutdown"))
	if f.IsNull() {
		tt.Exc = nil
		return
	}
	if object.Call(&tt.Thread, f, nil, nil).IsNull() {
		if exc := tt.Exc; exc != nil {
			tt.Exc = nil
			tt.PrintException(tt.Interpreter().Stderr, exc)
		}
	}
}

// The kinds of code a run accepts (prepareRun).
const (
	runStr = 1 << iota
	runFunc
	runCode
)

// job is code prepared in the caller to run in another interpreter:
// nothing in it belongs to the caller (code objects are deep copies,
// arguments crossed under the queue rules).
type job struct {
	src     string       // source text (runStr)
	code    *object.Code // a deep copy of a code object to run in __main__
	fn      *portableFn  // a function to call
	args    []object.Value
	kwnames *object.Tuple
	// result asks for the call's result (crossing back under the queue
	// rules) in res; resErr is the message of the NotShareableError
	// raised for a result that cannot cross (raised in the caller).
	result bool
	res    object.Value
	resErr string
}

// portableFn is a function re-created in the target: a Python function
// without closure (its code deep-copied, the target's __main__ as its
// globals) or a builtin function (found again in the target by module
// and name when it belongs to a module).
type portableFn struct {
	code               *object.Code
	name, qualname     string
	defaults           []object.Value
	kwdefaults         []nsItem
	builtin            object.Value // a builtin function without self, or a builtin type
	owner              object.Value // a builtin type or shareable object whose attrName is the callable
	modName, attrName  string       // a module's builtin function
	hasDefs, hasKwDefs bool
}

// copyCode deep-copies a code object for another interpreter: its own
// instruction units and fresh (empty) inline caches, nested code objects
// copied too; the other fields are immutable after compilation and
// shared.
func copyCode(c *object.Code) *object.Code {
	n := *c
	n.Units = append([]uint32(nil), c.Units...)
	n.Caches = make([]object.InlineCache, len(c.Caches))
	n.Consts = make([]object.Value, len(c.Consts))
	for i, k := range c.Consts {
		if cc, ok := object.AsCode(k); ok {
			n.Consts[i] = copyCode(cc).Value()
		} else {
			n.Consts[i] = k
		}
	}
	return &n
}

// prepareRun checks what to run (a str, function or code object as kinds
// allows) and prepares it in the caller. fname names the function in
// messages.
func prepareRun(t *vm.Thread, fname string, v object.Value, kinds int) (*job, bool) {
	if s, ok := object.AsStr(v); ok && kinds&runStr != 0 {
		// As CPython 3.13: the text must encode to UTF-8, be non-empty
		// and hold no NUL (errors raised here, in the caller).
		b, ok := object.EncodeString(&t.Thread, s, "utf-8", "strict")
		if !ok {
			return nil, false
		}
		if len(b) == 0 {
			t.RaiseMsg(object.ValueErrorType, "_interpreters.exec(): bad script text (too short)")
			return nil, false
		}
		if strings.IndexByte(string(b), 0) >= 0 {
			t.RaiseMsg(object.ValueErrorType, "source code string cannot contain null bytes")
			return nil, false
		}
		return &job{src: string(b)}, true
	}
	if fn, ok := object.AsFunction(v); ok && kinds&runFunc != 0 {
		c := fn.Code
		if c.ArgCount > 0 || c.KwOnlyArgCount > 0 || c.Flags&(object.CodeVarargs|object.CodeVarkw) != 0 {
			t.Raisef(object.ValueErrorType, "%s(): bad func (arguments not supported)", fname)
			return nil, false
		}
		if fn.Closure.Len() > 0 || c.NFree > 0 {
			t.Raisef(object.ValueErrorType, "%s(): closures not supported", fname)
			return nil, false
		}
		return &job{fn: &portableFn{code: copyCode(c), name: fn.Name, qualname: fn.QualName}}, true
	}
	if c, ok := object.AsCode(v); ok && kinds&runCode != 0 {
		if c.ArgCount > 0 || c.KwOnlyArgCount > 0 || c.Flags&(object.CodeVarargs|object.CodeVarkw) != 0 {
			t.Raisef(object.ValueErrorType, "%s(): bad code object (arguments not supported)", fname)
			return nil, false
		}
		if c.NFree > 0 {
			t.Raisef(object.ValueErrorType, "%s(): closures not supported", fname)
			return nil, false
		}
		return &job{code: copyCode(c)}, true
	}
	got := object.TypeOf(v).Name
	if v == object.None {
		got = "None"
	}
	want := "a string, a function, or a code object"
	switch kinds {
	case runStr:
		t.Raisef(object.TypeErrorType, "%s() argument 2 must be str, not %s", fname, got)
		return nil, false
	case runFunc | runCode:
		want = "a function or a code object"
	case runFunc:
		want = "a function"
	}
	t.Raisef(object.TypeErrorType, "%s() argument 2 must be %s, not %s", fname, want, got)
	return nil, false
}

// portable prepares any callable concurrent.interpreters' call accepts:
// a Python function without closure (arguments allowed) or a builtin
// function.
func portable(t *vm.Thread, v object.Value) (*portableFn, bool) {
	if object.TypeOf(v).Call == nil {
		// As 3.14's _interpreters.call.
		r := object.Repr(&t.Thread, v)
		if r == nil {
			return nil, false
		}
		t.Raisef(object.TypeErrorType, "expected a callable, got %s", r.String())
		return nil, false
	}
	if fn, ok := object.AsFunction(v); ok {
		if fn.Closure.Len() > 0 || fn.Code.NFree > 0 {
			t.RaiseMsg(object.ValueErrorType, "call(): closures not supported")
			return nil, false
		}
		p := &portableFn{code: copyCode(fn.Code), name: fn.Name, qualname: fn.QualName}
		if fn.Defaults != nil {
			p.hasDefs = true
			for _, d := range fn.Defaults.Items {
				cd := copyForQueue(t, d)
				if cd.IsNull() {
					return nil, false
				}
				p.defaults = append(p.defaults, cd)
			}
		}
		if fn.KwDefaults != nil {
			p.hasKwDefs = true
			ok := true
			fn.KwDefaults.Items(func(k, d object.Value) bool {
				s, isStr := object.AsStr(k)
				cd := copyForQueue(t, d)
				if !isStr || cd.IsNull() {
					ok = false
					return false
				}
				p.kwdefaults = append(p.kwdefaults, nsItem{s, cd})
				return true
			})
			if !ok {
				if !t.Occurred() {
					t.RaiseMsg(object.TypeErrorType, "call(): bad keyword defaults")
				}
				return nil, false
			}
		}
		return p, true
	}
	if typ := object.AsType(v); typ != nil && !typ.IsHeapType() {
		// A builtin type is immutable and process-wide.
		return &portableFn{builtin: v}, true
	}
	if d, ok := object.AsMethodDescr(v); ok && d.Owner != nil && !d.Owner.IsHeapType() {
		// A builtin type's method (str.upper): found again on the type.
		return &portableFn{owner: d.Owner.Value(), attrName: d.Name}, true
	}
	if b, ok := object.AsBuiltin(v); ok {
		if b.Self.IsNull() {
			return &portableFn{builtin: v}, true
		}
		if typ := object.AsType(b.Self); typ != nil && !typ.IsHeapType() {
			// A builtin type's class method (dict.fromkeys).
			return &portableFn{owner: b.Self, attrName: b.Name}, true
		}
		if shareable(b.Self) {
			// A builtin method bound to a shareable object ('ab'.upper):
			// bound again in the target to the same object.
			return &portableFn{owner: b.Self, attrName: b.Name}, true
		}
		if m, ok := object.AsModule(b.Self); ok {
			if n, ok := object.AsStr(m.Dict.GetStr(object.NewStr("__name__"))); ok {
				return &portableFn{modName: n.String(), attrName: b.Name}, true
			}
		}
	}
	if p := portableSlot(t, v); p != nil {
		return p, true
	}
	t.Raisef(object.TypeErrorType, "call() argument 1 must be a function without closure or a builtin function, not %s", object.TypeOf(v).Name)
	return nil, false
}

// portableSlot prepares a builtin type's slot wrapper or class method
// descriptor (list.__len__), or a slot wrapper bound to a shareable
// object ((5).__add__): found again in the target by owner and name. It
// returns nil (no exception) for anything else.
func portableSlot(t *vm.Thread, v object.Value) *portableFn {
	var ownerAttr string
	switch object.TypeOf(v) {
	case object.SlotWrapperType, object.ClassMethodDescrType:
		ownerAttr = "__objclass__"
	case object.MethodWrapperType:
		ownerAttr = "__self__"
	default:
		return nil
	}
	saved := t.Exc
	defer func() { t.Exc = saved }()
	owner := object.GetAttr(&t.Thread, v, object.NewStr(ownerAttr))
	name := object.GetAttr(&t.Thread, v, object.NewStr("__name__"))
	n, isStr := object.AsStr(name)
	if owner.IsNull() || !isStr {
		return nil
	}
	if typ := object.AsType(owner); typ != nil {
		if typ.IsHeapType() {
			return nil
		}
	} else if !shareable(owner) {
		return nil
	}
	return &portableFn{owner: owner, attrName: n.String()}
}

// make re-creates the function in tt's interpreter.
func (p *portableFn) make(tt *vm.Thread) object.Value {
	in := tt.Interpreter()
	switch {
	case p.code != nil:
		f := object.NewFunction(p.code, in.Main.Dict, in.Builtins)
		f.Name, f.QualName = p.name, p.qualname
		if p.hasDefs {
			f.Defaults = object.NewTuple(p.defaults)
		}
		if p.hasKwDefs {
			f.KwDefaults = object.NewDict()
			for _, it := range p.kwdefaults {
				f.KwDefaults.SetStr(it.name, it.val)
			}
		}
		return f.Value()
	case !p.builtin.IsNull():
		return p.builtin
	case !p.owner.IsNull():
		owner := crossValue(tt, p.owner)
		if owner.IsNull() {
			return object.Null
		}
		return object.GetAttr(&tt.Thread, owner, object.NewStr(p.attrName))
	}
	mod := tt.ImportModule(p.modName)
	if mod.IsNull() {
		return object.Null
	}
	return object.GetAttr(&tt.Thread, mod, object.NewStr(p.attrName))
}

// run runs the job in tt's interpreter; false with tt.Exc set when it
// raised.
func (j *job) run(tt *vm.Thread) bool {
	in := tt.Interpreter()
	var r object.Value
	switch {
	case j.fn != nil:
		f := j.fn.make(tt)
		if f.IsNull() {
			return false
		}
		r = object.Call(&tt.Thread, f, j.args, j.kwnames)
	case j.code != nil:
		r = tt.EvalCode(j.code, in.Main.Dict, in.Main.Dict)
	default:
		code := tt.CompileSource([]byte(j.src), "<string>", vm.CompileFile)
		if code == nil {
			return false
		}
		r = tt.EvalCode(code, in.Main.Dict, in.Main.Dict)
	}
	if r.IsNull() {
		return false
	}
	if j.result {
		j.res = copyForQueue(tt, r)
		if j.res.IsNull() {
			exc := tt.Exc
			if exc == nil || exc.Type() != classesOf(tt).notShareable {
				return false
			}
			// The call itself succeeded: the caller gets the
			// NotShareableError, not an ExecutionFailed.
			tt.Exc = nil
			j.resErr = "result not shareable"
			if m := object.StrOf(&tt.Thread, exc.Value()); !m.IsNull() {
				if str, ok := object.AsStr(m); ok {
					j.resErr = str.String()
				}
			}
			tt.Exc = nil
			j.res = object.Null
		}
	}
	return true
}
