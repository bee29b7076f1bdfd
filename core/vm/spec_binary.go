package vm

import (
	"math"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
)

// The BINARY_OP family's fast paths (docs/engine-design.md §8): the
// operands' tags are tested inline by eval.go's BINARY_OP, which calls
// these for the operators it does not handle itself. Each returns
// Value{} (NULL, no exception set) when the fast path does not apply —
// an overflow, a zero divisor, a negative shift — and the generic
// object.BinaryOp then computes the answer or raises, so behaviour is
// exactly the generic one's.

// binarySmallInt is BINARY_OP arg (in-place forms included: for ints they
// are the binary ones) on two small ints.
func binarySmallInt(arg int, x, y int64) object.Value {
	if arg >= opcode.NB_INPLACE_ADD {
		arg -= opcode.NB_INPLACE_ADD
	}
	switch arg {
	case opcode.NB_AND:
		return object.Int(x & y)
	case opcode.NB_OR:
		return object.Int(x | y)
	case opcode.NB_XOR:
		return object.Int(x ^ y)
	case opcode.NB_FLOOR_DIVIDE:
		if y == 0 || (x == math.MinInt64 && y == -1) {
			return object.Value{}
		}
		q := x / y
		if (x%y != 0) && ((x < 0) != (y < 0)) {
			q--
		}
		return object.Int(q)
	case opcode.NB_REMAINDER:
		if y == 0 {
			return object.Value{}
		}
		r := x % y
		if r != 0 && ((r < 0) != (y < 0)) {
			r += y
		}
		return object.Int(r)
	case opcode.NB_LSHIFT:
		if y < 0 || y >= 63 {
			return object.Value{}
		}
		z := x << uint(y)
		if z>>uint(y) != x {
			return object.Value{}
		}
		return object.Int(z)
	case opcode.NB_RSHIFT:
		if y < 0 {
			return object.Value{}
		}
		if y >= 63 {
			if x < 0 {
				return object.Int(-1)
			}
			return object.Int(0)
		}
		return object.Int(x >> uint(y))
	case opcode.NB_TRUE_DIVIDE:
		// Both exactly representable as doubles: one correctly rounded
		// division, as CPython's long_true_divide for small operands.
		const exact = 1 << 53
		if y == 0 || x > exact || x < -exact || y > exact || y < -exact {
			return object.Value{}
		}
		return object.Float(float64(x) / float64(y))
	}
	return object.Value{}
}

// binaryFloatMixed is BINARY_OP arg on a float and a small int (either
// order) for + - * and /: the int converts to the nearest double, as
// CPython's float arithmetic converts it.
func binaryFloatMixed(arg int, a, b object.Value) object.Value {
	var x, y float64
	switch {
	case a.IsFloat() && b.IsSmallInt():
		x, y = a.FloatVal(), float64(b.SmallInt())
	case a.IsSmallInt() && b.IsFloat():
		x, y = float64(a.SmallInt()), b.FloatVal()
	default:
		return object.Value{}
	}
	if arg >= opcode.NB_INPLACE_ADD {
		arg -= opcode.NB_INPLACE_ADD
	}
	switch arg {
	case opcode.NB_ADD:
		return object.Float(x + y)
	case opcode.NB_SUBTRACT:
		return object.Float(x - y)
	case opcode.NB_MULTIPLY:
		return object.Float(x * y)
	case opcode.NB_TRUE_DIVIDE:
		if y != 0 {
			return object.Float(x / y)
		}
	}
	return object.Value{}
}
