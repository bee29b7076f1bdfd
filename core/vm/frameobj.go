package vm

import (
	"os"
	"strings"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
)

func opcodeIsCache(u uint32) bool { return opcode.Op(u) == opcode.CACHE }

// frameObject returns f's frame object, making it (and those of the
// frames below it that have none) on first use. A frame object lives
// while its frame runs and is detached, with a snapshot of the locals,
// when the frame is popped.
func (t *Thread) frameObject(f *Frame) *object.Frame {
	if f.obj != nil {
		return f.obj
	}
	// Find f and the lowest frame below it without an object.
	i := len(t.frames) - 1
	for i >= 0 && t.frames[i] != f {
		i--
	}
	if i < 0 {
		// Not on the stack (a suspended generator's frame).
		return t.newFrameObject(f, nil)
	}
	j := i
	for j > 0 && t.frames[j-1].obj == nil {
		j--
	}
	var back *object.Frame
	if j > 0 {
		back = t.frames[j-1].obj
	}
	for k := j; k <= i; k++ {
		back = t.newFrameObject(t.frames[k], back)
	}
	return f.obj
}

func (t *Thread) newFrameObject(f *Frame, back *object.Frame) *object.Frame {
	var o *object.Frame
	if f.gen != nil && f.gen.FrameObj != nil {
		o = f.gen.FrameObj // gi_frame: one frame object per generator
	} else {
		o = object.NewFrameObject(f.code, f.globals, f.builtins)
		if f.gen != nil {
			f.gen.FrameObj = o
		}
	}
	o.Back = back
	o.Live = true
	o.PC = f.CurrentPC()
	o.PCFn = f
	if f.locals != nil {
		o.Locals = f.locals.Value()
	} else {
		o.LocalsFn = f
	}
	f.obj = o
	return o
}

// LiveLocals implements object.FrameLocals: a snapshot of the running
// frame's variables.
func (f *Frame) LiveLocals() object.Value {
	switch {
	case f.locals != nil:
		return f.locals.Value()
	case !f.mapLocals.IsNull():
		return f.mapLocals
	}
	return object.FastLocalsDict(f.code, f.slots)
}

// detachFrameObject ends the frame object of a frame being popped: its
// locals become a snapshot.
func (t *Thread) detachFrameObject(f *Frame) {
	o := f.obj
	f.obj = nil
	if o.LocalsFn != nil {
		if f.locals == nil && f.mapLocals.IsNull() {
			n := min(f.code.NLocals(), len(f.slots))
			o.Fast = append(make([]object.Value, 0, n), f.slots[:n]...)
		} else {
			o.Locals = t.frameLocals(f)
		}
		o.LocalsFn = nil
	}
	o.PC = f.CurrentPC()
	o.PCFn = nil
	o.Live = false
}

// CurrentPC implements object.FramePC: the code unit of the instruction
// the frame last recorded (f.pc is saved at calls out of the frame), so a
// running frame's f_lineno follows it (sys._getframe, tb_frame).
func (f *Frame) CurrentPC() int {
	pc := max(f.pc-1, 0)
	for pc > 0 && pc < len(f.code.Units) && opcodeIsCache(f.code.Units[pc]) {
		pc--
	}
	return pc
}

// addTraceback records a traceback entry for the instruction at of frame
// f (running code) on the exception being raised.
func (t *Thread) addTraceback(f *Frame, code *object.Code, at int) {
	o := t.frameObject(f)
	o.PC = at
	f.pc = at + 1 // the live f_lineno (CurrentPC) while a handler runs
	t.Exc.AddTracebackFrame(code, at, o)
}

// CallerFrameObject returns the frame object of the Python frame depth
// levels below the innermost one (0: the innermost: the caller of a
// builtin), nil when the stack is not that deep (sys._getframe's walk).
func (t *Thread) CallerFrameObject(depth int) *object.Frame {
	if depth < 0 {
		return nil
	}
	i := len(t.frames) - 1 - depth
	if i < 0 {
		return nil
	}
	f := t.frames[i]
	o := t.frameObject(f)
	if i < len(t.frames)-1 || f.pc > 0 {
		o.PC = max(f.pc-1, 0)
		for o.PC > 0 && o.PC < len(f.code.Units) && opcodeIsCache(f.code.Units[o.PC]) {
			o.PC--
		}
	}
	return o
}

// SourceLine returns line lineno (1-based) of a file, from the
// interpreter's line cache (code run from a string) or the file itself.
func (t *Thread) SourceLine(filename string, lineno int) (string, bool) {
	lines, ok := t.interp.LineCache[filename]
	if !ok {
		data, err := os.ReadFile(filename)
		if err != nil {
			return "", false
		}
		lines = strings.Split(string(data), "\n")
	}
	if lineno < 1 || lineno > len(lines) {
		return "", false
	}
	return strings.TrimRight(lines[lineno-1], "\r"), true
}

func init() {
	object.ClosestName = closestName
	object.WarnHook = func(ot *object.Thread, category *object.Type, message string) bool {
		t, ok := ot.Eval.(*Thread)
		if !ok {
			return true
		}
		w := t.ImportModule("warnings")
		if w.IsNull() {
			t.Clear()
			return true
		}
		fn := object.GetAttr(ot, w, object.NewStr("warn"))
		if fn.IsNull() {
			t.Clear()
			return true
		}
		r := object.Call(ot, fn, []object.Value{object.NewStr(message).Value(), category.Value(), object.Int(1)}, nil)
		return !r.IsNull()
	}
}

// WarnExplicit issues a warning of category at filename:lineno through
// the warnings module's filters (CPython's PyErr_WarnExplicit with no
// registry): what the compiler calls for a SyntaxWarning. It returns
// false with the exception set when the filters turn it into an error.
func (t *Thread) WarnExplicit(category *object.Type, message, filename string, lineno int) bool {
	w := t.ImportModule("warnings")
	if w.IsNull() {
		t.Clear()
		return true
	}
	fn := object.GetAttr(&t.Thread, w, object.NewStr("warn_explicit"))
	if fn.IsNull() {
		t.Clear()
		return true
	}
	r := object.Call(&t.Thread, fn, []object.Value{object.NewStr(message).Value(), category.Value(),
		object.NewStr(filename).Value(), object.Int(int64(lineno))}, nil)
	return !r.IsNull()
}
