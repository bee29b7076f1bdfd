package object

import (
	"math"
	"strconv"
	"strings"
)

// FloatType is `float`. Floats are always unboxed Values.
var FloatType = &Type{Name: "float"}

// FloatRepr returns repr(f) as CPython 3.13 prints it: the shortest digits
// that round-trip, in positional form when the decimal exponent is in
// [-4, 16), else in exponent form (1e+16, 1.5e-05).
func FloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX
	neg := false
	if e[0] == '-' {
		neg = true
		e = e[1:]
	}
	mant, exps, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	exp, _ := strconv.Atoi(exps)
	decpt := exp + 1 // digits are 0.DIGITS × 10^decpt
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	if decpt > -4 && decpt <= 16 {
		switch {
		case decpt <= 0:
			b.WriteString("0.")
			b.WriteString(strings.Repeat("0", -decpt))
			b.WriteString(digits)
		case decpt >= len(digits):
			b.WriteString(digits)
			b.WriteString(strings.Repeat("0", decpt-len(digits)))
			b.WriteString(".0")
		default:
			b.WriteString(digits[:decpt])
			b.WriteByte('.')
			b.WriteString(digits[decpt:])
		}
		return b.String()
	}
	b.WriteByte(digits[0])
	if len(digits) > 1 {
		b.WriteByte('.')
		b.WriteString(digits[1:])
	}
	b.WriteByte('e')
	if exp < 0 {
		b.WriteByte('-')
		exp = -exp
	} else {
		b.WriteByte('+')
	}
	if exp < 10 {
		b.WriteByte('0')
	}
	b.WriteString(strconv.Itoa(exp))
	return b.String()
}

// HashFloat is CPython's hash of a float (equal to the int's hash for
// integral values).
func HashFloat(f float64) int64 {
	if math.IsInf(f, 0) {
		if f > 0 {
			return 314159
		}
		return -314159
	}
	if math.IsNaN(f) {
		return 0 // CPython hashes NaN by identity; unboxed floats have none
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(61-uint(e))
	r := int64(x) * sign
	if r == -1 {
		r = -2
	}
	return r
}

// floatOperand converts a float or int operand to float64. ok is false
// when v is neither (NotImplemented) or on overflow (t.Exc set).
func floatOperand(t *Thread, v Value) (float64, bool) {
	if v.p == floatTagP {
		return v.FloatVal(), true
	}
	if IsInt(v) {
		return IntToFloat(t, v)
	}
	return 0, false
}

// FloatDivMod is Python's divmod on floats (y != 0).
func FloatDivMod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

func floatBinary(op int) BinaryFunc {
	return func(t *Thread, a, b Value) Value {
		x, ok := floatOperand(t, a)
		if !ok {
			if t.Exc != nil {
				return Null
			}
			return NotImplemented
		}
		y, ok := floatOperand(t, b)
		if !ok {
			if t.Exc != nil {
				return Null
			}
			return NotImplemented
		}
		switch op {
		case nbAdd:
			return Float(x + y)
		case nbSub:
			return Float(x - y)
		case nbMul:
			return Float(x * y)
		case nbTrueDiv:
			if y == 0 {
				return t.RaiseMsg(ZeroDivisionErrorType, "float division by zero")
			}
			return Float(x / y)
		case nbFloorDiv:
			if y == 0 {
				return t.RaiseMsg(ZeroDivisionErrorType, "float floor division by zero")
			}
			d, _ := FloatDivMod(x, y)
			return Float(d)
		case nbMod:
			if y == 0 {
				return t.RaiseMsg(ZeroDivisionErrorType, "float modulo by zero")
			}
			_, m := FloatDivMod(x, y)
			return Float(m)
		case nbPow:
			if x == 0 && y < 0 {
				return t.RaiseMsg(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
			}
			if x < 0 && y != math.Floor(y) && !math.IsInf(y, 0) {
				return complexBinary(nbPow)(t, NewComplex(x, 0), NewComplex(y, 0))
			}
			r := floatPow(x, y)
			if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
				return t.RaiseMsg(OverflowErrorType, "(34, 'Numerical result out of range')")
			}
			return Float(r)
		}
		return NotImplemented
	}
}

func floatCompare(t *Thread, a, b Value, op int) Value {
	// int/float comparisons are exact, as CPython's.
	if a.IsFloat() && b.IsFloat() {
		x, y := a.FloatVal(), b.FloatVal()
		switch op {
		case cmpLT:
			return Bool(x < y)
		case cmpLE:
			return Bool(x <= y)
		case cmpEQ:
			return Bool(x == y)
		case cmpNE:
			return Bool(x != y)
		case cmpGT:
			return Bool(x > y)
		}
		return Bool(x >= y)
	}
	var f float64
	var iv Value
	swapped := false
	switch {
	case a.IsFloat() && IsInt(b):
		f, iv = a.FloatVal(), b
	case IsInt(a) && b.IsFloat():
		f, iv, swapped = b.FloatVal(), a, true
	default:
		return NotImplemented
	}
	var c int
	switch {
	case math.IsNaN(f):
		return Bool(op == cmpNE)
	case math.IsInf(f, 1):
		c = 1
	case math.IsInf(f, -1):
		c = -1
	default:
		if s, ok := AsInt64(iv); ok && abs64(s) < 1<<53 {
			g := float64(s)
			c = map[bool]int{true: -1, false: 0}[f < g]
			if f > g {
				c = 1
			}
		} else {
			// exact: compare as rationals via big
			c = compareFloatBig(f, iv)
		}
	}
	if swapped {
		c = -c
	}
	return cmpResult(c, op)
}

func compareFloatBig(f float64, iv Value) int {
	s, b, _ := intParts(iv)
	bf := newBigFloat(f)
	return bf.Cmp(newBigFloatInt(bigOf(s, b)))
}

func floatRepr(t *Thread, v Value) Value { return NewStr(FloatRepr(v.FloatVal())).Value() }

func initFloat() {
	setupBuiltinType(FloatType, ObjectType, FlagBaseType)
	FloatType.Repr = floatRepr
	FloatType.Hash = func(t *Thread, v Value) (int64, bool) { return HashFloat(v.FloatVal()), true }
	FloatType.Compare = floatCompare
	FloatType.Bool = func(t *Thread, v Value) int {
		if v.FloatVal() != 0 {
			return 1
		}
		return 0
	}
	for _, op := range []int{nbAdd, nbSub, nbMul, nbTrueDiv, nbFloorDiv, nbMod, nbPow} {
		FloatType.Binary[op] = floatBinary(op)
	}
	FloatType.Neg = func(t *Thread, v Value) Value { return Float(-v.FloatVal()) }
	FloatType.Pos = func(t *Thread, v Value) Value { return v }
	FloatType.Abs = func(t *Thread, v Value) Value { return Float(math.Abs(v.FloatVal())) }
	FloatType.New = floatNew
	FloatType.Init = nil
	initFloatMethods()
}
