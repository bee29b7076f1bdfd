package object

// The value-representation experiment behind docs/engine-design.md,
// "Values". Two self-contained mini VMs run the same bytecode (fib and a
// float loop) with two representations:
//
//	iface:  a Go interface value; ints boxed (pre-built cache -5..1024),
//	        floats boxed on every result.
//	tagged: a two-word struct {p unsafe.Pointer; x uint64}; ints and
//	        floats unboxed (p is a tag address), heap objects by pointer.
//
// Run: nice go test ./core/object -run '^$' -bench Rep -benchmem

import (
	"math"
	"testing"
	"unsafe"
)

const (
	rLoadFast = iota
	rStoreFast
	rLoadConst
	rAdd
	rSub
	rMul
	rLt
	rJumpIfFalse
	rJump
	rCallSelf
	rReturn
)

type rIns struct{ op, arg int32 }

// fib(n): if n < 2: return n; return fib(n-1) + fib(n-2)
var repFibCode = []rIns{
	{rLoadFast, 0}, {rLoadConst, 0}, {rLt, 0}, {rJumpIfFalse, 6},
	{rLoadFast, 0}, {rReturn, 0},
	{rLoadFast, 0}, {rLoadConst, 1}, {rSub, 0}, {rCallSelf, 0},
	{rLoadFast, 0}, {rLoadConst, 0}, {rSub, 0}, {rCallSelf, 0},
	{rAdd, 0}, {rReturn, 0},
}

// x = 0.0; i = 0; while i < N: x = x * c + 0.5; i = i + 1; return x
// locals: 0 = x, 1 = i; consts: 0 = N, 1 = c, 2 = 0.5, 3 = 1
var repFloatCode = []rIns{
	{rLoadFast, 1}, {rLoadConst, 0}, {rLt, 0}, {rJumpIfFalse, 15},
	{rLoadFast, 0}, {rLoadConst, 1}, {rMul, 0}, {rLoadConst, 2}, {rAdd, 0}, {rStoreFast, 0},
	{rLoadFast, 1}, {rLoadConst, 3}, {rAdd, 0}, {rStoreFast, 1},
	{rJump, 0},
	{rLoadFast, 0}, {rReturn, 0},
}

// ---- representation 1: interface ----

type repObj interface{ repKind() int }
type repInt int64
type repFloat float64
type repBool bool

func (repInt) repKind() int   { return 0 }
func (repFloat) repKind() int { return 1 }
func (repBool) repKind() int  { return 2 }

type repIfaceVM struct{ small [1030]repObj }

func (m *repIfaceVM) mkInt(i int64) repObj {
	if i >= -5 && i < 1025 {
		return m.small[i+5]
	}
	return repInt(i)
}

func (m *repIfaceVM) arith(op int32, a, b repObj) repObj {
	if x, ok := a.(repInt); ok {
		if y, ok := b.(repInt); ok {
			switch op {
			case rAdd:
				r := x + y
				if (r > x) == (y > 0) {
					return m.mkInt(int64(r))
				}
			case rSub:
				r := x - y
				if (r < x) == (y > 0) {
					return m.mkInt(int64(r))
				}
			}
			panic("overflow")
		}
	}
	var fx, fy float64
	switch x := a.(type) {
	case repInt:
		fx = float64(x)
	case repFloat:
		fx = float64(x)
	}
	switch y := b.(type) {
	case repInt:
		fy = float64(y)
	case repFloat:
		fy = float64(y)
	}
	switch op {
	case rAdd:
		return repFloat(fx + fy)
	case rSub:
		return repFloat(fx - fy)
	}
	return repFloat(fx * fy)
}

func (m *repIfaceVM) run(code []rIns, consts []repObj, args []repObj, nlocals int) repObj {
	type frame struct{ pc, base int }
	stack := make([]repObj, 0, 4096)
	frames := make([]frame, 0, 256)
	stack = append(stack, args...)
	for len(stack) < nlocals {
		stack = append(stack, nil)
	}
	base, pc := 0, 0
	for {
		in := code[pc]
		pc++
		switch in.op {
		case rLoadFast:
			stack = append(stack, stack[base+int(in.arg)])
		case rStoreFast:
			stack[base+int(in.arg)] = stack[len(stack)-1]
			stack = stack[:len(stack)-1]
		case rLoadConst:
			stack = append(stack, consts[in.arg])
		case rAdd, rSub, rMul:
			n := len(stack)
			stack[n-2] = m.arith(in.op, stack[n-2], stack[n-1])
			stack = stack[:n-1]
		case rLt:
			n := len(stack)
			var r bool
			if x, ok := stack[n-2].(repInt); ok {
				if y, ok := stack[n-1].(repInt); ok {
					r = x < y
				}
			}
			stack[n-2] = repBool(r)
			stack = stack[:n-1]
		case rJumpIfFalse:
			n := len(stack)
			c := stack[n-1]
			stack = stack[:n-1]
			if c == repObj(repBool(false)) {
				pc = int(in.arg)
			}
		case rJump:
			pc = int(in.arg)
		case rCallSelf:
			frames = append(frames, frame{pc, base})
			base = len(stack) - 1
			pc = 0
		case rReturn:
			r := stack[len(stack)-1]
			if len(frames) == 0 {
				return r
			}
			stack[base] = r // the argument slot becomes the result
			stack = stack[:base+1]
			f := frames[len(frames)-1]
			frames = frames[:len(frames)-1]
			pc, base = f.pc, f.base
		}
	}
}

func newRepIfaceVM() *repIfaceVM {
	m := &repIfaceVM{}
	for i := range m.small {
		m.small[i] = repInt(int64(i) - 5)
	}
	return m
}

// ---- representation 2: tagged two-word struct ----

type repVal struct {
	p unsafe.Pointer
	x uint64
}

type repTag struct{ name string }

var repIntTag, repFloatTag, repBoolTag = &repTag{"int"}, &repTag{"float"}, &repTag{"bool"}

func rInt(i int64) repVal     { return repVal{unsafe.Pointer(repIntTag), uint64(i)} }
func rFloat(f float64) repVal { return repVal{unsafe.Pointer(repFloatTag), math.Float64bits(f)} }

func (v repVal) float() float64 {
	if v.p == unsafe.Pointer(repIntTag) {
		return float64(int64(v.x))
	}
	return math.Float64frombits(v.x)
}

func repTaggedRun(code []rIns, consts []repVal, args []repVal, nlocals int) repVal {
	type frame struct{ pc, base int }
	stack := make([]repVal, 0, 4096)
	frames := make([]frame, 0, 256)
	stack = append(stack, args...)
	for len(stack) < nlocals {
		stack = append(stack, repVal{})
	}
	base, pc := 0, 0
	intTag := unsafe.Pointer(repIntTag)
	for {
		in := code[pc]
		pc++
		switch in.op {
		case rLoadFast:
			stack = append(stack, stack[base+int(in.arg)])
		case rStoreFast:
			stack[base+int(in.arg)] = stack[len(stack)-1]
			stack = stack[:len(stack)-1]
		case rLoadConst:
			stack = append(stack, consts[in.arg])
		case rAdd, rSub, rMul:
			n := len(stack)
			a, b := stack[n-2], stack[n-1]
			if a.p == intTag && b.p == intTag && in.op != rMul {
				x, y := int64(a.x), int64(b.x)
				var r int64
				if in.op == rAdd {
					r = x + y
					if (r > x) != (y > 0) {
						panic("overflow")
					}
				} else {
					r = x - y
					if (r < x) != (y > 0) {
						panic("overflow")
					}
				}
				stack[n-2] = repVal{intTag, uint64(r)}
			} else {
				fx, fy := a.float(), b.float()
				var r float64
				switch in.op {
				case rAdd:
					r = fx + fy
				case rSub:
					r = fx - fy
				default:
					r = fx * fy
				}
				stack[n-2] = rFloat(r)
			}
			stack = stack[:n-1]
		case rLt:
			n := len(stack)
			var r uint64
			if stack[n-2].p == intTag && stack[n-1].p == intTag && int64(stack[n-2].x) < int64(stack[n-1].x) {
				r = 1
			}
			stack[n-2] = repVal{unsafe.Pointer(repBoolTag), r}
			stack = stack[:n-1]
		case rJumpIfFalse:
			n := len(stack)
			c := stack[n-1]
			stack = stack[:n-1]
			if c.x == 0 {
				pc = int(in.arg)
			}
		case rJump:
			pc = int(in.arg)
		case rCallSelf:
			frames = append(frames, frame{pc, base})
			base = len(stack) - 1
			pc = 0
		case rReturn:
			r := stack[len(stack)-1]
			if len(frames) == 0 {
				return r
			}
			stack[base] = r
			stack = stack[:base+1]
			f := frames[len(frames)-1]
			frames = frames[:len(frames)-1]
			pc, base = f.pc, f.base
		}
	}
}

const repFloatN = 1_000_000

func BenchmarkRepFib25Iface(b *testing.B) {
	m := newRepIfaceVM()
	consts := []repObj{m.mkInt(2), m.mkInt(1)}
	for b.Loop() {
		if r := m.run(repFibCode, consts, []repObj{m.mkInt(25)}, 1); r != repObj(repInt(75025)) {
			b.Fatal(r)
		}
	}
}

func BenchmarkRepFib25Tagged(b *testing.B) {
	consts := []repVal{rInt(2), rInt(1)}
	for b.Loop() {
		if r := repTaggedRun(repFibCode, consts, []repVal{rInt(25)}, 1); int64(r.x) != 75025 {
			b.Fatal(r)
		}
	}
}

func BenchmarkRepFloatLoopIface(b *testing.B) {
	m := newRepIfaceVM()
	consts := []repObj{m.mkInt(repFloatN), repFloat(1.0000001), repFloat(0.5), m.mkInt(1)}
	for b.Loop() {
		if r := m.run(repFloatCode, consts, []repObj{repFloat(0), m.mkInt(0)}, 2); r.(repFloat) <= 0 {
			b.Fatal(r)
		}
	}
}

func BenchmarkRepFloatLoopTagged(b *testing.B) {
	consts := []repVal{rInt(repFloatN), rFloat(1.0000001), rFloat(0.5), rInt(1)}
	for b.Loop() {
		if r := repTaggedRun(repFloatCode, consts, []repVal{rFloat(0), rInt(0)}, 2); r.float() <= 0 {
			b.Fatal(r)
		}
	}
}
