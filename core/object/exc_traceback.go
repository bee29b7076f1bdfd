package object

import "fmt"

// TracebackType is `traceback`; FrameType is `frame`.
var (
	TracebackType = &Type{Name: "traceback"}
	FrameType     = &Type{Name: "frame"}
)

// Traceback is one entry of an exception's traceback: the code, the
// instruction that was running and, when the VM made one, the frame
// object.
type Traceback struct {
	Header
	Next  *Traceback
	Code  *Code
	PC    int
	Frame *Frame
}

// Frame is a frame object (f_code, f_lineno, f_globals, f_locals,
// f_back...): the VM makes one for a running frame when Python code asks
// for it (a traceback entry, sys._getframe) and keeps it while the frame
// runs; when the frame ends, Locals keeps a snapshot of its variables.
type Frame struct {
	Header
	Code              *Code
	Globals, Builtins *Dict
	// Locals is the frame's namespace (module or class body) or the last
	// snapshot of a function's variables; LocalsFn, while the frame runs,
	// computes a fresh one.
	Locals   Value
	LocalsFn FrameLocals
	// Fast is the snapshot of an ended function frame's local slots
	// (f_locals builds its dict from it on demand).
	Fast []Value
	Back *Frame
	// PC is the code unit of the last instruction run (f_lasti / 2);
	// while the frame runs, PCFn (the VM frame) reports it instead.
	PC   int
	PCFn FramePC
	// Live reports whether the VM frame is still running.
	Live bool
}

// Value returns the frame as a Value.
func (f *Frame) Value() Value { return fromHeap(f) }

// Value returns the traceback entry as a Value.
func (tb *Traceback) Value() Value { return fromHeap(tb) }

// AsTraceback returns v as a traceback entry.
func AsTraceback(v Value) (*Traceback, bool) {
	if v.IsHeap() && v.header().typ == TracebackType {
		return as[Traceback](v), true
	}
	return nil, false
}

// AsFrame returns v as a frame object.
func AsFrame(v Value) (*Frame, bool) {
	if v.IsHeap() && v.header().typ == FrameType {
		return as[Frame](v), true
	}
	return nil, false
}

// FrameLocals computes the variables of a running frame (the VM's frame
// implements it).
type FrameLocals interface{ LiveLocals() Value }

// FramePC is a running VM frame: the code unit it last ran (as far as
// the VM has recorded it: at calls out of the frame).
type FramePC interface{ CurrentPC() int }

// CurrentPC is f_lasti / 2: the running frame's when it runs.
func (f *Frame) CurrentPC() int {
	if f.Live && f.PCFn != nil {
		return f.PCFn.CurrentPC()
	}
	return f.PC
}

// NewFrameObject returns a frame object for code.
func NewFrameObject(code *Code, globals, builtins *Dict) *Frame {
	return &Frame{Header: Header{FrameType}, Code: code, Globals: globals, Builtins: builtins}
}

// Lineno returns the frame's current line.
func (f *Frame) Lineno() int {
	if f.Code == nil {
		return 0
	}
	return f.Code.LineOf(f.CurrentPC())
}

// Line returns the entry's line.
func (tb *Traceback) Line() int { return tb.Code.LineOf(tb.PC) }

func optional[T any](p *T, v func(*T) Value) Value {
	if p == nil {
		return None
	}
	return v(p)
}

func initTracebacks() {
	setupBuiltinType(TracebackType, ObjectType, 0)
	TracebackType.New = nil
	TracebackType.GetAttr = func(t *Thread, v Value, name *Str) Value {
		tb := as[Traceback](v)
		switch name.s {
		case "tb_next":
			return optional(tb.Next, (*Traceback).Value)
		case "tb_lineno":
			return Int(int64(tb.Line()))
		case "tb_lasti":
			return Int(int64(tb.PC * 2))
		case "tb_frame":
			if tb.Frame == nil {
				tb.Frame = NewFrameObject(tb.Code, nil, nil)
				tb.Frame.PC = tb.PC
			}
			return tb.Frame.Value()
		}
		return GenericGetAttr(t, v, name)
	}
	TracebackType.SetAttr = func(t *Thread, v Value, name *Str, val Value) int {
		tb := as[Traceback](v)
		if name.s == "tb_next" {
			if val.IsNull() {
				t.RaiseMsg(TypeErrorType, "can't delete tb_next attribute")
				return -1
			}
			if val == None {
				tb.Next = nil
				return 0
			}
			nx, ok := AsTraceback(val)
			if !ok {
				t.Raisef(TypeErrorType, "expected traceback object or None, got '%s'", TypeOf(val).Name)
				return -1
			}
			for c := nx; c != nil; c = c.Next {
				if c == tb {
					t.RaiseMsg(ValueErrorType, "traceback loop detected")
					return -1
				}
			}
			tb.Next = nx
			return 0
		}
		return GenericSetAttr(t, v, name, val)
	}

	setupBuiltinType(FrameType, ObjectType, 0)
	FrameType.New = nil
	FrameType.GetAttr = func(t *Thread, v Value, name *Str) Value {
		f := as[Frame](v)
		switch name.s {
		case "f_code":
			return f.Code.Value()
		case "f_lineno":
			return Int(int64(f.Lineno()))
		case "f_lasti":
			return Int(int64(f.CurrentPC() * 2))
		case "f_back":
			return optional(f.Back, (*Frame).Value)
		case "f_globals":
			return optional(f.Globals, (*Dict).Value)
		case "f_builtins":
			return optional(f.Builtins, (*Dict).Value)
		case "f_locals":
			return f.LocalsDict()
		case "f_trace":
			return None
		case "f_trace_lines":
			return True
		case "f_trace_opcodes":
			return False
		case "f_generator":
			return None
		case "clear":
			// falls to the method below
		}
		return GenericGetAttr(t, v, name)
	}
	FrameType.Repr = func(t *Thread, v Value) Value {
		f := as[Frame](v)
		name, file := "?", "?"
		if f.Code != nil {
			name, file = f.Code.Name, f.Code.Filename
		}
		return NewStr(fmt.Sprintf("<frame at %#x, file '%s', line %d, code %s>", uintptr(v.p), file, f.Lineno(), name)).Value()
	}
	FrameType.addMethod("clear", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		f := as[Frame](self)
		if f.Live {
			return t.RaiseMsg(RuntimeErrorType, "cannot clear an executing frame")
		}
		f.Locals = Null
		return None
	})
}

// LocalsDict is f_locals: the namespace of a module or class body, a
// fresh snapshot of a running function's variables, or the variables an
// ended function frame had.
func (f *Frame) LocalsDict() Value {
	switch {
	case f.Live && f.LocalsFn != nil:
		f.Locals = f.LocalsFn.LiveLocals()
	case f.Fast != nil:
		f.Locals = FastLocalsDict(f.Code, f.Fast)
		f.Fast = nil
	}
	if f.Locals.IsNull() {
		f.Locals = NewDict().Value()
	}
	return f.Locals
}

// FastLocalsDict is the dict of a function frame's variables from its
// local slots: cell contents for cells, unbound names left out.
func FastLocalsDict(code *Code, slots []Value) Value {
	d := NewDict()
	for i, v := range slots {
		if i >= len(code.LocalNames) || v.IsNull() {
			continue
		}
		if code.LocalKinds[i]&(LocalCell|LocalFree) != 0 && TypeOf(v) == CellType {
			if v = AsCell(v).Ref; v.IsNull() {
				continue
			}
		}
		d.SetStr(NewStr(code.LocalNames[i]), v)
	}
	return d.Value()
}
