package vm

import (
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/statestruct"
)

// Thread is the engine's thread state, kept in statestruct.Thread.Engine.
// It embeds the object-level part (current exception, evaluator).
type Thread struct {
	object.Thread
	interp *Interp
	st     *statestruct.Thread
	lock   *statestruct.Lock // st's interpreter lock: the safe-point poll

	// frames is the Python frame stack, innermost last; frame structs are
	// reused (pool holds them beyond len(frames)).
	frames []*Frame
	pool   []*Frame
	// Value chunks hold the frames' locals and stacks (CPython's data
	// stack): a frame's window never moves, new chunks are added when the
	// current one is full.
	chunks [][]object.Value
	ci     int // current chunk
	top    int // first free slot of the current chunk
	// depth is the Python recursion depth (frames plus Go re-entries).
	depth int
	// yielded tells ResumeGenerator that run returned from YIELD_VALUE.
	yielded bool
	// throwing is the exception throw()/close() raise at the generator's
	// RESUME 1.
	throwing *object.Exception
}

// Frame is one Python frame: its code, namespaces and its window of a
// value chunk (locals first, then the evaluation stack).
type Frame struct {
	code     *object.Code
	fn       *object.Function
	globals  *object.Dict
	builtins *object.Dict
	locals   *object.Dict // module and class bodies: the namespace STORE_NAME writes
	// mapLocals is exec()/eval()'s locals when it is not an exact dict (a
	// dict subclass or another mapping; locals is nil then): the *_NAME
	// instructions go through its __getitem__/__setitem__/__delitem__.
	mapLocals object.Value
	slots     []object.Value
	sp        int // stack pointer (index into slots) while the frame is not running
	pc        int // next instruction while the frame is not running
	// entry marks a frame run by a Go call into the VM: its return leaves
	// the dispatch loop.
	entry bool
	// saved chunk position, restored when the frame is popped
	savedCI, savedTop int
	// gen is the generator (or coroutine) owning this frame; inline says
	// how the dispatch loop resumed it without Go recursion (SEND or
	// FOR_ITER of the frame below: vm/generator.go), target is that
	// instruction's jump target.
	gen    *object.Generator
	inline uint8
	target int
	// A generator's own handled exception while it is suspended, and the
	// resumer's while it runs (CPython's gi_exc_state on the exc_info
	// stack, approximated with the thread's single Handled).
	excState, resumerExc *object.Exception
	// obj is the frame object made for this frame (a traceback entry,
	// sys._getframe; frameobj.go), nil until asked for.
	obj *object.Frame
}

const chunkSize = 1 << 14

// firstChunkSize is the size of a thread's first value chunk: most thread
// states run shallow code (an interpreter created to run one statement),
// and a 256 KiB first chunk made every new thread state cost a large
// zeroed allocation and GC work; deeper stacks continue in chunkSize
// chunks.
const firstChunkSize = 1 << 10

// pushFrame allocates a frame for code with its window of n slots. The
// caller initializes the locals (binding arguments, clearing the rest).
func (t *Thread) pushFrame(code *object.Code) *Frame {
	n := code.NLocals() + code.StackSize
	var f *Frame
	if d := len(t.frames); d < len(t.pool) {
		f = t.pool[d]
	} else {
		f = &Frame{}
		t.pool = append(t.pool, f)
	}
	t.frames = append(t.frames, f)
	f.savedCI, f.savedTop = t.ci, t.top
	if len(t.chunks) == 0 {
		t.chunks = append(t.chunks, make([]object.Value, max(firstChunkSize, n)))
	}
	if t.top+n > len(t.chunks[t.ci]) {
		t.ci++
		if t.ci == len(t.chunks) || len(t.chunks[t.ci]) < n {
			t.chunks = append(t.chunks[:t.ci], make([]object.Value, max(chunkSize, n)))
		}
		t.top = 0
	}
	f.slots = t.chunks[t.ci][t.top : t.top+n : t.top+n]
	t.top += n
	f.code = code
	f.sp = code.NLocals()
	f.pc = 0
	f.entry = false
	f.locals = nil
	return f
}

// popFrame releases the innermost frame.
func (t *Thread) popFrame() {
	f := t.frames[len(t.frames)-1]
	t.frames = t.frames[:len(t.frames)-1]
	// The window is not cleared: stale values stay reachable until a later
	// frame overwrites them (a GC-retention cost, not a correctness one;
	// revisit when __del__/weakref timing matters).
	t.ci, t.top = f.savedCI, f.savedTop
	if f.obj != nil {
		t.detachFrameObject(f) // frameobj.go
	}
	f.slots = nil
	f.fn, f.code, f.locals = nil, nil, nil
	f.mapLocals = object.Null
}

// takeError returns the exception being raised as a Go error and clears it.
func (t *Thread) takeError() error {
	e := t.Exc
	t.Exc = nil
	if e == nil {
		return nil
	}
	return &PyError{Exc: e, t: t}
}

// PyError is a Python exception returned to Go callers.
type PyError struct {
	Exc *object.Exception
	t   *Thread
}

func (e *PyError) Error() string {
	s := object.ExceptionStr(&e.t.Thread, e.Exc.Value())
	msg := e.Exc.Type().Name
	if str, ok := object.AsStr(s); ok && str.String() != "" {
		msg += ": " + str.String()
	}
	return msg
}
