package object

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

// IntType is `int`. Ints that fit in int64 are unboxed Values; others are
// *BigInt, always normalized (a BigInt never holds an int64-sized value).
var IntType = &Type{Name: "int"}

// BigInt is an int outside int64. Immutable and shareable.
type BigInt struct {
	Header
	v big.Int // never modified once made
}

// hashModulus is CPython's _PyHASH_MODULUS, 2**61 - 1.
const hashModulus = 1<<61 - 1

var (
	bigMinInt64 = big.NewInt(math.MinInt64)
	bigMaxInt64 = big.NewInt(math.MaxInt64)
)

// NewIntFromBig returns the int b (normalized; b must not be modified
// afterwards).
func NewIntFromBig(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	// A shallow copy: b's words are shared, never modified again.
	return fromHeap(&BigInt{Header{IntType}, *b})
}

// intParts decodes an int operand (int, bool, big int). big is nil for
// values in int64. ok is false when v is not an int.
func intParts(v Value) (small int64, b *big.Int, ok bool) {
	if v.p == intTagP {
		return int64(v.x), nil, true
	}
	if v.p == floatTagP || v.p == nil {
		return 0, nil, false
	}
	switch v.header().typ {
	case BoolType:
		return as[boolObject](v).v, nil, true
	case IntType:
		return 0, &as[BigInt](v).v, true
	}
	if x, ok := intSubValue(v); ok { // an int subclass instance (subclass.go)
		return intParts(x)
	}
	return 0, nil, false
}

// smallBig sets z to v using w as its storage (no allocation when z and
// w live on the caller's stack; z must not outlive them).
func smallBig(z *big.Int, w *[1]big.Word, v int64) *big.Int {
	if v == 0 {
		return z.SetBits(w[:0])
	}
	m := uint64(v)
	if v < 0 {
		m = -m
	}
	w[0] = big.Word(m)
	z.SetBits(w[:])
	if v < 0 {
		z.Neg(z)
	}
	return z
}

// bigOf returns an int operand as a *big.Int (a fresh one for small ints).
func bigOf(small int64, b *big.Int) *big.Int {
	if b != nil {
		return b
	}
	return big.NewInt(small)
}

// IsInt reports whether v is an int (bool included).
func IsInt(v Value) bool {
	_, _, ok := intParts(v)
	return ok
}

// AsInt64 returns an int's value when it fits in int64.
func AsInt64(v Value) (int64, bool) {
	s, b, ok := intParts(v)
	return s, ok && b == nil
}

// IntOverflow is the int binary operation on two int64s with overflow
// detection; ok is false when the result needs a big int.
func AddInt64(x, y int64) (int64, bool) {
	r := x + y
	return r, (r > x) == (y > 0)
}

// SubInt64 is x - y with overflow detection.
func SubInt64(x, y int64) (int64, bool) {
	r := x - y
	return r, (r < x) == (y > 0)
}

// MulInt64 is x * y with overflow detection.
func MulInt64(x, y int64) (int64, bool) {
	if x == 0 || y == 0 {
		return 0, true
	}
	hi, lo := bits.Mul64(uint64(abs64(x)), uint64(abs64(y)))
	neg := (x < 0) != (y < 0)
	if hi != 0 || x == math.MinInt64 || y == math.MinInt64 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return -int64(lo), true
	}
	if lo >= 1<<63 {
		return 0, false
	}
	return int64(lo), true
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// FloorDivInt64 is Python's x // y for y != 0 (ok false on overflow).
func FloorDivInt64(x, y int64) (int64, bool) {
	if x == math.MinInt64 && y == -1 {
		return 0, false
	}
	q := x / y
	if (x%y != 0) && ((x < 0) != (y < 0)) {
		q--
	}
	return q, true
}

// ModInt64 is Python's x % y for y != 0.
func ModInt64(x, y int64) int64 {
	if y == -1 {
		return 0
	}
	m := x % y
	if m != 0 && ((m < 0) != (y < 0)) {
		m += y
	}
	return m
}

func intBinary(op int) BinaryFunc {
	return func(t *Thread, a, b Value) Value {
		x, bx, ok1 := intParts(a)
		y, by, ok2 := intParts(b)
		if !ok1 || !ok2 {
			return NotImplemented
		}
		if bx == nil && by == nil {
			if r, ok := intSmallOp(t, op, x, y); ok {
				return r
			}
			if t.Exc != nil {
				return Null
			}
		}
		// Small operands as big ints without allocating.
		var xs, ys big.Int
		var xw, yw [1]big.Word
		if bx == nil {
			bx = smallBig(&xs, &xw, x)
		}
		if by == nil {
			by = smallBig(&ys, &yw, y)
		}
		return intBigOp(t, op, bx, by)
	}
}

// intSmallOp computes op on int64s; ok false means "retry with big ints"
// (or an exception was raised, t.Exc set).
func intSmallOp(t *Thread, op int, x, y int64) (Value, bool) {
	switch op {
	case nbAdd:
		if r, ok := AddInt64(x, y); ok {
			return Int(r), true
		}
	case nbSub:
		if r, ok := SubInt64(x, y); ok {
			return Int(r), true
		}
	case nbMul:
		if r, ok := MulInt64(x, y); ok {
			return Int(r), true
		}
	case nbFloorDiv:
		if y == 0 {
			return t.RaiseMsg(ZeroDivisionErrorType, "integer division or modulo by zero"), false
		}
		if r, ok := FloorDivInt64(x, y); ok {
			return Int(r), true
		}
	case nbMod:
		if y == 0 {
			return t.RaiseMsg(ZeroDivisionErrorType, "integer modulo by zero"), false
		}
		return Int(ModInt64(x, y)), true
	case nbTrueDiv:
		if y == 0 {
			return t.RaiseMsg(ZeroDivisionErrorType, "division by zero"), false
		}
		if abs64(x) < 1<<53 && abs64(y) < 1<<53 {
			return Float(float64(x) / float64(y)), true
		}
	case nbAnd:
		return Int(x & y), true
	case nbOr:
		return Int(x | y), true
	case nbXor:
		return Int(x ^ y), true
	case nbLShift:
		if y < 0 {
			return t.RaiseMsg(ValueErrorType, "negative shift count"), false
		}
		if y < 63 && (x<<y)>>y == x {
			return Int(x << y), true
		}
	case nbRShift:
		if y < 0 {
			return t.RaiseMsg(ValueErrorType, "negative shift count"), false
		}
		if y > 63 {
			y = 63
		}
		return Int(x >> y), true
	case nbPow:
		if y < 0 {
			if x == 0 {
				return t.RaiseMsg(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power"), false
			}
			return Float(floatPow(float64(x), float64(y))), true
		}
		r := int64(1)
		base := x
		for e := y; e > 0; e >>= 1 {
			if e&1 == 1 {
				var ok bool
				if r, ok = MulInt64(r, base); !ok {
					return Null, false
				}
			}
			if e > 1 {
				var ok bool
				if base, ok = MulInt64(base, base); !ok {
					return Null, false
				}
			}
		}
		return Int(r), true
	}
	return Null, false
}

func intBigOp(t *Thread, op int, x, y *big.Int) Value {
	r := new(big.Int)
	switch op {
	case nbAdd:
		r.Add(x, y)
	case nbSub:
		r.Sub(x, y)
	case nbMul:
		r.Mul(x, y)
	case nbFloorDiv, nbMod:
		if y.Sign() == 0 {
			if op == nbMod {
				return t.RaiseMsg(ZeroDivisionErrorType, "integer modulo by zero")
			}
			return t.RaiseMsg(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		m := new(big.Int)
		r.DivMod(x, y, m) // Euclidean: m >= 0
		if m.Sign() != 0 && y.Sign() < 0 {
			// Euclidean to floor division: the remainder takes y's sign.
			r.Sub(r, bigOne)
			m.Add(m, y)
		}
		if op == nbMod {
			r = m
		}
	case nbTrueDiv:
		if y.Sign() == 0 {
			return t.RaiseMsg(ZeroDivisionErrorType, "division by zero")
		}
		q, _ := new(big.Rat).SetFrac(x, y).Float64()
		if math.IsInf(q, 0) {
			return t.RaiseMsg(OverflowErrorType, "integer division result too large for a float")
		}
		return Float(q)
	case nbAnd:
		r.And(x, y)
	case nbOr:
		r.Or(x, y)
	case nbXor:
		r.Xor(x, y)
	case nbLShift, nbRShift:
		if y.Sign() < 0 {
			return t.RaiseMsg(ValueErrorType, "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > 1<<32 {
			if op == nbRShift {
				if x.Sign() < 0 {
					return Int(-1)
				}
				return Int(0)
			}
			return t.RaiseMsg(OverflowErrorType, "too many digits in integer")
		}
		if op == nbLShift {
			r.Lsh(x, uint(y.Int64()))
		} else {
			r.Rsh(x, uint(y.Int64()))
		}
	case nbPow:
		if y.Sign() < 0 {
			fx, ok := bigToFloatChecked(t, x)
			if !ok {
				return Null
			}
			fy, ok := bigToFloatChecked(t, y)
			if !ok {
				return Null
			}
			if fx == 0 {
				return t.RaiseMsg(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
			}
			return Float(floatPow(fx, fy))
		}
		r.Exp(x, y, nil)
	default:
		return NotImplemented
	}
	return NewIntFromBig(r)
}

func bigToFloat(b *big.Int) float64 {
	f, _ := new(big.Float).SetInt(b).Float64()
	return f
}

// bigToFloatChecked converts a big int to float64; OverflowError when
// too large.
func bigToFloatChecked(t *Thread, b *big.Int) (float64, bool) {
	f := bigToFloat(b)
	if math.IsInf(f, 0) {
		t.RaiseMsg(OverflowErrorType, "int too large to convert to float")
		return 0, false
	}
	return f, true
}

// IntToFloat converts an int to float64; OverflowError when too large.
func IntToFloat(t *Thread, v Value) (float64, bool) {
	s, b, _ := intParts(v)
	if b == nil {
		return float64(s), true
	}
	f := bigToFloat(b)
	if math.IsInf(f, 0) {
		t.RaiseMsg(OverflowErrorType, "int too large to convert to float")
		return 0, false
	}
	return f, true
}

// IntString returns the decimal form of an int.
func IntString(v Value) string {
	s, b, _ := intParts(v)
	if b != nil {
		return b.String()
	}
	return strconv.FormatInt(s, 10)
}

func intRepr(t *Thread, v Value) Value {
	str, ok := intDecimal(t, v)
	if !ok {
		return Null
	}
	return NewStr(str).Value()
}

// hashInt64 is CPython's hash of an int.
func hashInt64(x int64) int64 {
	if x == math.MinInt64 {
		return -4
	}
	m := abs64(x) % hashModulus
	if x < 0 {
		m = -m
	}
	if m == -1 {
		m = -2
	}
	return m
}

func hashBig(b *big.Int) int64 {
	m := new(big.Int).Mod(new(big.Int).Abs(b), big.NewInt(hashModulus)).Int64()
	if b.Sign() < 0 {
		m = -m
	}
	if m == -1 {
		m = -2
	}
	return m
}

func intHash(t *Thread, v Value) (int64, bool) {
	s, b, _ := intParts(v)
	if b != nil {
		return hashBig(b), true
	}
	return hashInt64(s), true
}

// CompareInts compares two ints: -1, 0 or 1.
func compareInts(a, b Value) int {
	x, bx, _ := intParts(a)
	y, by, _ := intParts(b)
	if bx == nil && by == nil {
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	}
	return bigOf(x, bx).Cmp(bigOf(y, by))
}

// cmpResult turns a three-way result into the comparison op's bool.
func cmpResult(c int, op int) Value {
	switch op {
	case cmpLT:
		return Bool(c < 0)
	case cmpLE:
		return Bool(c <= 0)
	case cmpEQ:
		return Bool(c == 0)
	case cmpNE:
		return Bool(c != 0)
	case cmpGT:
		return Bool(c > 0)
	}
	return Bool(c >= 0)
}

func intCompare(t *Thread, a, b Value, op int) Value {
	if !IsInt(a) {
		return NotImplemented
	}
	if IsInt(b) {
		return cmpResult(compareInts(a, b), op)
	}
	// A float operand: NotImplemented, so float's reflected comparison
	// (exact for big ints) answers, as in CPython.
	return NotImplemented
}

func intUnary(f func(x int64) (int64, bool), g func(b *big.Int) *big.Int) UnaryFunc {
	return func(t *Thread, v Value) Value {
		s, b, _ := intParts(v)
		if b == nil {
			if r, ok := f(s); ok {
				return Int(r)
			}
			b = big.NewInt(s)
		}
		return NewIntFromBig(g(b))
	}
}

func initInt() {
	setupBuiltinType(IntType, ObjectType, FlagBaseType)
	IntType.Repr = intRepr
	IntType.Hash = intHash
	IntType.Compare = intCompare
	IntType.Bool = func(t *Thread, v Value) int {
		s, b, _ := intParts(v)
		if s != 0 || b != nil {
			return 1
		}
		return 0
	}
	for op := 0; op < NumBinary; op++ {
		if op != nbMatMul {
			IntType.Binary[op] = intBinary(op)
		}
	}
	IntType.Neg = intUnary(func(x int64) (int64, bool) { return -x, x != math.MinInt64 }, func(b *big.Int) *big.Int { return new(big.Int).Neg(b) })
	IntType.Pos = intUnary(func(x int64) (int64, bool) { return x, true }, func(b *big.Int) *big.Int { return b })
	IntType.Abs = intUnary(func(x int64) (int64, bool) { return abs64(x), x != math.MinInt64 }, func(b *big.Int) *big.Int { return new(big.Int).Abs(b) })
	IntType.Invert = intUnary(func(x int64) (int64, bool) { return ^x, true }, func(b *big.Int) *big.Int { return new(big.Int).Not(b) })
	IntType.Index = IntType.Pos
	IntType.New = intNew
	IntType.Init = nil
	initIntMethods()
}
