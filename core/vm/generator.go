package vm

import (
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
)

// makeGenerator is the call of a generator function: the arguments are
// bound into a frame that owns its own window (not a chunk's: it outlives
// the call) and the generator object is returned without running it.
func (t *Thread) makeGenerator(fn *object.Function, args []object.Value, kwnames *object.Tuple) object.Value {
	code := fn.Code
	f := &Frame{code: code, fn: fn, globals: fn.Globals, builtins: fn.Builtins}
	f.slots = make([]object.Value, code.NLocals()+code.StackSize)
	if !t.bindArgs(fn, f.slots, args, kwnames) {
		return object.Null
	}
	if fn.Closure != nil {
		copy(f.slots[code.NLocals()-code.NFree:], fn.Closure.Items)
	}
	f.sp = code.NLocals()
	if code.Flags&object.CodeCoroutine != 0 {
		f.gen = object.NewCoroutine(f, fn.Name, fn.QualName)
	} else if code.Flags&object.CodeAsyncGenerator != 0 {
		f.gen = object.NewAsyncGenerator(f, fn.Name, fn.QualName)
	} else {
		f.gen = object.NewGenerator(f, fn.Name, fn.QualName)
	}
	return f.gen.Value()
}

// ResumeGenerator runs a generator's frame until it yields (yielded true),
// returns (the return value, yielded false) or raises (NULL). throw, when
// not nil, is raised at the suspended yield instead of sending a value.
func (t *Thread) ResumeGenerator(g *object.Generator, sent object.Value, throw *object.Exception) (object.Value, bool) {
	f := g.Frame.(*Frame)
	kind := object.TypeOf(g.Value()).Name // generator or coroutine
	if g.Running {
		return t.RaiseMsg(object.ValueErrorType, kind+" already executing"), false
	}
	if g.Finished {
		if kind == "coroutine" {
			return t.RaiseMsg(object.RuntimeErrorType, "cannot reuse already awaited coroutine"), false
		}
		if throw != nil {
			t.Raise(throw)
			return object.Null, false
		}
		return object.Null, false
	}
	started := f.pc != 0
	push := started
	if started && throw != nil {
		if d, ok := f.delegate(); ok {
			v, yielded, final := t.throwIntoDelegate(g, f, d, throw)
			if final {
				return v, yielded
			}
			if throw = t.Exc; throw != nil {
				t.Exc = nil
			} else {
				push = false // the loop was finished with the delegate's value
			}
		}
	}
	if !started {
		if throw != nil {
			g.Finished = true
			t.Raise(throw)
			return object.Null, false
		}
		if sent != object.None {
			return t.RaiseMsg(object.TypeErrorType, "can't send non-None value to a just-started "+kind), false
		}
	}
	if t.depth >= t.interp.RecursionLimit {
		return t.RaiseMsg(object.RecursionErrorType, "maximum recursion depth exceeded"), false
	}
	if push {
		f.slots[f.sp] = sent
		f.sp++
	}
	t.throwing = throw
	f.savedCI, f.savedTop = t.ci, t.top
	f.entry = true
	t.frames = append(t.frames, f)
	t.depth++
	g.Running = true
	t.yielded = false
	t.enterGenExc(f)
	r := t.run()
	t.leaveGenExc(f)
	g.Running = false
	yielded := t.yielded
	t.yielded = false
	if !yielded {
		g.Finished = true
		if r.IsNull() {
			t.generatorRaised(g)
		}
	}
	return r, yielded
}

// Ways the dispatch loop resumes a generator frame inline (Frame.inline).
const (
	inlineSend    = 1 // SEND: a yield replaces the sent value, a return jumps
	inlineForIter = 2 // FOR_ITER: a yield is pushed, a return ends the loop
)

// resumeInline pushes the frame of generator recv, with v sent, for the
// dispatch loop to continue in (no Go recursion: CPython's SEND_GEN and
// FOR_ITER_GEN); nil when recv is not a generator that can be resumed
// that way (the caller takes the general path, which reports errors).
func (t *Thread) resumeInline(recv, v object.Value) *Frame {
	if !object.IsGenerator(recv) {
		return nil
	}
	g := object.As[object.Generator](recv)
	f := g.Frame.(*Frame)
	started := f.pc != 0
	if g.Running || g.Finished || (!started && v != object.None) || t.depth >= t.interp.RecursionLimit {
		return nil
	}
	if started {
		f.slots[f.sp] = v
		f.sp++
	}
	f.savedCI, f.savedTop = t.ci, t.top
	f.entry = false
	t.frames = append(t.frames, f)
	t.depth++
	g.Running = true
	t.enterGenExc(f)
	return f
}

// enterGenExc makes a resumed generator's own handled exception (if it
// was suspended inside an except block) the thread's; the resumer's is
// kept to be restored by leaveGenExc when the generator yields, returns
// or raises.
func (t *Thread) enterGenExc(f *Frame) {
	f.resumerExc = t.Handled
	if f.excState != nil {
		t.Handled = f.excState
	}
}

// leaveGenExc saves the generator's handled exception and gives the
// resumer's back.
func (t *Thread) leaveGenExc(f *Frame) {
	f.excState = nil
	if t.Handled != f.resumerExc {
		f.excState = t.Handled
	}
	t.Handled, f.resumerExc = f.resumerExc, nil
}

// generatorRaised finishes g, whose frame raised t.Exc: PEP 479 turns a
// StopIteration escaping it into RuntimeError.
func (t *Thread) generatorRaised(g *object.Generator) {
	g.Finished, g.Running = true, false
	asyncGen := object.TypeOf(g.Value()) == object.AsyncGeneratorType
	if t.ExceptionMatches(object.StopIterationType) || (asyncGen && t.ExceptionMatches(object.StopAsyncIterationType)) {
		cause := t.Exc
		t.Exc = nil
		kind := object.TypeOf(g.Value()).Name
		if asyncGen {
			kind = "async generator"
		}
		what := "StopIteration"
		if !cause.Type().IsSubtype(object.StopIterationType) {
			what = "StopAsyncIteration"
		}
		e := object.NewException(object.RuntimeErrorType, object.NewStr(kind+" raised "+what).Value())
		e.Cause, e.Context, e.SuppressContext = cause, cause, true
		t.Exc = e
	}
}

// suspendFrame takes the innermost (generator) frame off the stack
// without releasing its window, which the generator owns.
func (t *Thread) suspendFrame() {
	f := t.frames[len(t.frames)-1]
	t.frames = t.frames[:len(t.frames)-1]
	t.ci, t.top = f.savedCI, f.savedTop
	t.depth--
}

// delegate returns the iterator a generator suspended in a `yield from`
// loop delegates to (the frame stopped before its RESUME 2).
func (f *Frame) delegate() (object.Value, bool) {
	units := f.code.Units
	if f.pc < len(units) && (units[f.pc] == opcode.Make(opcode.RESUME, 2) || units[f.pc] == opcode.Make(opcode.RESUME, 3)) {
		return f.slots[f.sp-1], true
	}
	return object.Null, false
}

// throwIntoDelegate is throw()/close() of a generator suspended in a
// `yield from` (PEP 380): GeneratorExit closes the delegate first, other
// exceptions are thrown into it. final reports that (v, yielded) is the
// answer (the delegate yielded again). Otherwise the generator's own frame
// runs next: with t.Exc set, that exception is raised at its RESUME 2;
// with t.Exc clear, the delegate returned and its value already replaced
// the delegate on the frame's stack, the frame continuing after the loop.
func (t *Thread) throwIntoDelegate(g *object.Generator, f *Frame, d object.Value, throw *object.Exception) (v object.Value, yielded, final bool) {
	ot := &t.Thread
	g.Running = true
	defer func() { g.Running = false }()
	if object.TypeOf(throw.Value()).IsSubtype(object.GeneratorExitType) {
		if !t.callOptionalMethod(d, "close", nil) {
			return object.Null, false, false // raise close's error in g
		}
		t.Exc = throw
		return object.Null, false, false
	}
	var r object.Value
	if object.IsGenerator(d) {
		r, yielded = t.ResumeGenerator(object.As[object.Generator](d), object.None, throw)
		if r.IsNull() && !yielded && t.Exc == nil {
			r = object.None
		}
	} else {
		meth := object.GetAttr(ot, d, object.NewStr("throw"))
		if meth.IsNull() {
			if !t.ExceptionMatches(object.AttributeErrorType) {
				return object.Null, false, false
			}
			t.Exc = throw
			return object.Null, false, false
		}
		r = object.Call(ot, meth, []object.Value{throw.Value()}, nil)
		yielded = !r.IsNull()
	}
	if yielded {
		return r, true, true
	}
	if r.IsNull() {
		if !t.ExceptionMatches(object.StopIterationType) {
			return object.Null, false, false
		}
		r = stopIterationValue(t.Exc)
		t.Exc = nil
	}
	// The delegate returned: finish the loop as SEND does when it jumps.
	units := f.code.Units
	send := opcode.Arg(units[f.pc+1])
	f.slots[f.sp-1] = r
	f.pc = opcode.Arg(units[send])
	return object.Null, false, false
}

// callOptionalMethod calls obj.name(*args) if obj has it.
func (t *Thread) callOptionalMethod(obj object.Value, name string, args []object.Value) bool {
	ot := &t.Thread
	meth := object.GetAttr(ot, obj, object.NewStr(name))
	if meth.IsNull() {
		if t.ExceptionMatches(object.AttributeErrorType) {
			t.Exc = nil
			return true
		}
		return false
	}
	return !object.Call(ot, meth, args, nil).IsNull()
}

// stopIterationValue is e.value of a StopIteration.
func stopIterationValue(e *object.Exception) object.Value {
	if e.Args != nil && len(e.Args.Items) > 0 {
		return e.Args.Items[0]
	}
	return object.None
}

// send is SEND: receiver.send(v) (next() for None), with done set when the
// receiver returned r instead of yielding it. NULL: an exception.
// A generator receiver is resumed through ResumeGenerator, one Go-level
// run per delegation level (CPython's SEND_GEN pushes the frame inline;
// that, like FOR_ITER_GEN, is a follow-up of §13).
func (t *Thread) send(recv, v object.Value) (r object.Value, done bool) {
	ot := &t.Thread
	if object.IsGenerator(recv) {
		r, yielded := t.ResumeGenerator(object.As[object.Generator](recv), v, nil)
		if r.IsNull() {
			if t.Exc != nil {
				return object.Null, false
			}
			return object.None, true
		}
		return r, !yielded
	}
	if v == object.None && !object.TypeOf(recv).IsHeapType() {
		r = object.Next(ot, recv)
	} else {
		// A class's __next__ is called directly: its StopIteration
		// carries the return value, which the Next slot would drop.
		name := "send"
		args := []object.Value{v}
		if v == object.None {
			name, args = "__next__", nil
		}
		meth := object.GetAttr(ot, recv, object.NewStr(name))
		if meth.IsNull() {
			return object.Null, false
		}
		r = object.Call(ot, meth, args, nil)
	}
	if r.IsNull() {
		if t.Exc == nil {
			return object.None, true
		}
		if !t.ExceptionMatches(object.StopIterationType) {
			return object.Null, false
		}
		r = stopIterationValue(t.Exc)
		t.Exc = nil
		return r, true
	}
	return r, false
}

// GeneratorYieldFrom is gi_yieldfrom (object.GeneratorInspector).
func (t *Thread) GeneratorYieldFrom(g *object.Generator) object.Value {
	if d, ok := g.Frame.(*Frame).delegate(); ok {
		return d
	}
	return object.Null
}

// GeneratorCode is gi_code (object.GeneratorInspector).
func (t *Thread) GeneratorCode(g *object.Generator) *object.Code { return g.Frame.(*Frame).code }

// Started reports whether a generator's frame has begun running.
func (f *Frame) Started() bool { return f.pc != 0 }

// getAwaitable is GET_AWAITABLE: the iterator `await v` delegates to.
// where: 0 await, 1 after __aenter__, 2 after __aexit__ (error messages).
func (t *Thread) getAwaitable(v object.Value, where int) object.Value {
	ot := &t.Thread
	typ := object.TypeOf(v)
	if typ == object.CoroutineType {
		if d := t.GeneratorYieldFrom(object.As[object.Generator](v)); !d.IsNull() {
			return t.RaiseMsg(object.RuntimeErrorType, "coroutine is being awaited already")
		}
		return v
	}
	meth := typ.Lookup(object.NewStr("__await__"))
	if meth.IsNull() {
		switch where {
		case 1:
			return t.Raisef(object.TypeErrorType, "'async with' received an object from __aenter__ that does not implement __await__: %s", typ.Name)
		case 2:
			return t.Raisef(object.TypeErrorType, "'async with' received an object from __aexit__ that does not implement __await__: %s", typ.Name)
		}
		return t.Raisef(object.TypeErrorType, "object %s can't be used in 'await' expression", typ.Name)
	}
	it := object.Call(ot, meth, []object.Value{v}, nil)
	if it.IsNull() {
		return it
	}
	if object.TypeOf(it) == object.CoroutineType {
		return t.RaiseMsg(object.TypeErrorType, "__await__() returned a coroutine")
	}
	if object.TypeOf(it).Next == nil {
		return t.Raisef(object.TypeErrorType, "__await__() returned non-iterator of type '%s'", object.TypeOf(it).Name)
	}
	return it
}

// beforeAsyncWith is BEFORE_ASYNC_WITH: the bound __aexit__ and the
// result of __aenter__() (to be awaited).
func (t *Thread) beforeAsyncWith(mgr object.Value) (object.Value, object.Value) {
	typ := object.TypeOf(mgr)
	enter := typ.Lookup(object.NewStr("__aenter__"))
	if enter.IsNull() {
		return object.Null, t.Raisef(object.TypeErrorType, "'%s' object does not support the asynchronous context manager protocol", typ.Name)
	}
	exit := typ.Lookup(object.NewStr("__aexit__"))
	if exit.IsNull() {
		return object.Null, t.Raisef(object.TypeErrorType, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", typ.Name)
	}
	bind := func(m object.Value) object.Value {
		if dt := object.TypeOf(m); dt.DescrGet != nil {
			return dt.DescrGet(&t.Thread, m, mgr, typ)
		}
		return m
	}
	exitBound := bind(exit)
	if exitBound.IsNull() {
		return object.Null, object.Null
	}
	enterBound := bind(enter)
	if enterBound.IsNull() {
		return object.Null, object.Null
	}
	return exitBound, object.Call(&t.Thread, enterBound, nil, nil)
}

// getAIter is GET_AITER.
func (t *Thread) getAIter(v object.Value) object.Value {
	typ := object.TypeOf(v)
	meth := typ.Lookup(object.NewStr("__aiter__"))
	if meth.IsNull() {
		return t.Raisef(object.TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", typ.Name)
	}
	it := object.Call(&t.Thread, meth, []object.Value{v}, nil)
	if it.IsNull() {
		return it
	}
	if object.TypeOf(it).Lookup(object.NewStr("__anext__")).IsNull() {
		return t.Raisef(object.TypeErrorType, "'async for' received an object from __aiter__ that does not implement __anext__: %s", object.TypeOf(it).Name)
	}
	return it
}

// getANext is GET_ANEXT: the awaitable of aiter.__anext__().
func (t *Thread) getANext(aiter object.Value) object.Value {
	typ := object.TypeOf(aiter)
	meth := typ.Lookup(object.NewStr("__anext__"))
	if meth.IsNull() {
		return t.Raisef(object.TypeErrorType, "'async for' requires an iterator with __anext__ method, got %s", typ.Name)
	}
	r := object.Call(&t.Thread, meth, []object.Value{aiter}, nil)
	if r.IsNull() {
		return r
	}
	rt := object.TypeOf(r)
	if rt != object.CoroutineType && rt.Lookup(object.NewStr("__await__")).IsNull() {
		return t.Raisef(object.TypeErrorType, "'async for' received an invalid object from __anext__: %s", rt.Name)
	}
	return r
}
