package vm

import (
	"github.com/subpy/subpy/core/object"
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
	return object.NewGenerator(f, fn.Name, fn.QualName).Value()
}

// ResumeGenerator runs a generator's frame until it yields (yielded true),
// returns (the return value, yielded false) or raises (NULL). throw, when
// not nil, is raised at the suspended yield instead of sending a value.
func (t *Thread) ResumeGenerator(g *object.Generator, sent object.Value, throw *object.Exception) (object.Value, bool) {
	f := g.Frame.(*Frame)
	if g.Running {
		return t.RaiseMsg(object.ValueErrorType, "generator already executing"), false
	}
	if g.Finished {
		if throw != nil {
			t.Raise(throw)
			return object.Null, false
		}
		return object.Null, false
	}
	started := f.pc != 0
	if !started {
		if throw != nil {
			g.Finished = true
			t.Raise(throw)
			return object.Null, false
		}
		if sent != object.None {
			return t.RaiseMsg(object.TypeErrorType, "can't send non-None value to a just-started generator"), false
		}
	}
	if t.depth >= t.interp.RecursionLimit {
		return t.RaiseMsg(object.RecursionErrorType, "maximum recursion depth exceeded"), false
	}
	if started {
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
	r := t.run()
	g.Running = false
	yielded := t.yielded
	t.yielded = false
	if !yielded {
		g.Finished = true
		if r.IsNull() && t.ExceptionMatches(object.StopIterationType) {
			// PEP 479: a StopIteration escaping a generator becomes RuntimeError.
			cause := t.Exc
			t.Exc = nil
			e := object.NewException(object.RuntimeErrorType, object.NewStr("generator raised StopIteration").Value())
			e.Cause, e.Context, e.SuppressContext = cause, cause, true
			t.Exc = e
		}
	}
	return r, yielded
}

// suspendFrame takes the innermost (generator) frame off the stack
// without releasing its window, which the generator owns.
func (t *Thread) suspendFrame() {
	f := t.frames[len(t.frames)-1]
	t.frames = t.frames[:len(t.frames)-1]
	t.ci, t.top = f.savedCI, f.savedTop
	t.depth--
}
