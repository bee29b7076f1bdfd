package object

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// float(): text parsing with CPython's rules, and float's methods.

// parseFloatText parses the text of float(s); ok false when invalid.
func parseFloatText(s string) (float64, bool) {
	b := trimASCIISpace(numberASCII(s))
	if len(b) == 0 {
		return 0, false
	}
	neg := false
	body := b
	if body[0] == '+' || body[0] == '-' {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(string(body)) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		if neg {
			return math.Copysign(math.NaN(), -1), true
		}
		return math.NaN(), true
	}
	// digits [. digits] [e [sign] digits], '_' only between two digits,
	// at least one digit in the mantissa.
	out := make([]byte, 0, len(b))
	if neg {
		out = append(out, '-')
	}
	i := 0
	isDigit := func(j int) bool { return j >= 0 && j < len(body) && body[j] >= '0' && body[j] <= '9' }
	digits := func() int {
		n := 0
		for i < len(body) {
			c := body[i]
			if c >= '0' && c <= '9' {
				out = append(out, c)
				n++
			} else if c == '_' && isDigit(i-1) && isDigit(i+1) {
				// skipped
			} else {
				break
			}
			i++
		}
		return n
	}
	n := digits()
	if i < len(body) && body[i] == '.' {
		out = append(out, '.')
		i++
		n += digits()
	}
	if n == 0 {
		return 0, false
	}
	if i < len(body) && (body[i] == 'e' || body[i] == 'E') {
		out = append(out, 'e')
		i++
		if i < len(body) && (body[i] == '+' || body[i] == '-') {
			out = append(out, body[i])
			i++
		}
		if digits() == 0 {
			return 0, false
		}
	}
	if i != len(body) {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(out), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

// ParseFloat parses float() text; ok false when invalid.
func ParseFloat(s string) (float64, bool) { return parseFloatText(s) }

// floatOfObject is float(x) for an x that is not a float, int or str.
func floatOfObject(t *Thread, v Value) Value {
	if r, found := callDunder(t, v, "__float__"); found {
		if r.IsNull() {
			return Null
		}
		if !r.IsFloat() {
			return t.Raisef(TypeErrorType, "%s.__float__ returned non-float (type %s)", TypeOf(v).Name, TypeOf(r).Name)
		}
		return r
	}
	if r, found := callDunder(t, v, "__index__"); found {
		if r.IsNull() {
			return Null
		}
		if !IsInt(r) {
			return t.Raisef(TypeErrorType, "__index__ returned non-int (type %s)", TypeOf(r).Name)
		}
		f, ok := IntToFloat(t, r)
		if !ok {
			return Null
		}
		return Float(f)
	}
	return t.Raisef(TypeErrorType, "float() argument must be a string or a real number, not '%s'", TypeOf(v).Name)
}

func floatNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
	if kwnames.Len() > 0 {
		return t.RaiseMsg(TypeErrorType, "float() takes no keyword arguments")
	}
	if len(args) > 1 {
		return t.Raisef(TypeErrorType, "float expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return Float(0)
	}
	v := args[0]
	if v.IsFloat() {
		return v
	}
	if IsInt(v) {
		f, ok := IntToFloat(t, v)
		if !ok {
			return Null
		}
		return Float(f)
	}
	if s, ok := AsStr(v); ok {
		f, ok := parseFloatText(s.s)
		if !ok {
			return t.Raisef(ValueErrorType, "could not convert string to float: %s", StrRepr(s.s))
		}
		return Float(f)
	}
	return floatOfObject(t, v)
}

// FloatHex is float.hex(f).
func FloatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	bitsv := math.Float64bits(f)
	exp := int(bitsv>>52) & 0x7ff
	mant := bitsv & (1<<52 - 1)
	lead := "1"
	if exp == 0 {
		lead = "0"
		exp = -1022
	} else {
		exp -= 1023
	}
	m := strconv.FormatUint(mant, 16)
	m = strings.Repeat("0", 13-len(m)) + m
	es := strconv.Itoa(exp)
	if exp >= 0 {
		es = "+" + es
	}
	return sign + "0x" + lead + "." + m + "p" + es
}

// floatFromHex is float.fromhex(s).
func floatFromHex(t *Thread, s string) Value {
	invalid := func() Value { return t.RaiseMsg(ValueErrorType, "invalid hexadecimal floating-point string") }
	b := []byte(strings.TrimSpace(s))
	neg := false
	if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
		neg = b[0] == '-'
		b = b[1:]
	}
	switch strings.ToLower(string(b)) {
	case "inf", "infinity":
		if neg {
			return Float(math.Inf(-1))
		}
		return Float(math.Inf(1))
	case "nan":
		return Float(math.NaN())
	}
	if len(b) >= 2 && b[0] == '0' && (b[1]|0x20) == 'x' {
		b = b[2:]
	}
	mant := new(big.Int)
	ndig, frac := 0, 0
	i := 0
	for ; i < len(b) && digitOf(b[i]) < 16; i++ {
		mant.Lsh(mant, 4)
		mant.Or(mant, big.NewInt(int64(digitOf(b[i]))))
		ndig++
	}
	if i < len(b) && b[i] == '.' {
		i++
		for ; i < len(b) && digitOf(b[i]) < 16; i++ {
			mant.Lsh(mant, 4)
			mant.Or(mant, big.NewInt(int64(digitOf(b[i]))))
			ndig++
			frac++
		}
	}
	if ndig == 0 {
		return invalid()
	}
	exp := int64(0)
	if i < len(b) && (b[i]|0x20) == 'p' {
		i++
		eneg := false
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			eneg = b[i] == '-'
			i++
		}
		start := i
		for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
			if exp < 1<<40 {
				exp = exp*10 + int64(b[i]-'0')
			}
		}
		if i == start {
			return invalid()
		}
		if eneg {
			exp = -exp
		}
	}
	if i != len(b) {
		return invalid()
	}
	exp -= int64(4 * frac)
	var f float64
	if mant.Sign() != 0 {
		top := int64(mant.BitLen()) + exp
		switch {
		case top > 1100:
			return t.RaiseMsg(OverflowErrorType, "hexadecimal value too large to represent as a float")
		case top < -1100:
			f = 0
		default:
			bf := new(big.Float).SetPrec(uint(mant.BitLen()) + 1).SetInt(mant)
			bf.SetMantExp(bf, int(exp))
			f, _ = bf.Float64()
			if math.IsInf(f, 0) {
				return t.RaiseMsg(OverflowErrorType, "hexadecimal value too large to represent as a float")
			}
		}
	}
	if neg {
		f = -f
	}
	return Float(f)
}

// floatRatio is float.as_integer_ratio().
func floatRatio(t *Thread, f float64) Value {
	if math.IsInf(f, 0) {
		return t.RaiseMsg(OverflowErrorType, "cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(f) {
		return t.RaiseMsg(ValueErrorType, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(f)
	return NewTuple([]Value{NewIntFromBig(new(big.Int).Set(r.Num())), NewIntFromBig(new(big.Int).Set(r.Denom()))}).Value()
}

// FloatRound is round(f, ndigits) for a float: correctly rounded, ties
// to even (on the exact binary value).
func FloatRound(t *Thread, f float64, nd int64) Value {
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 || nd > 330 {
		return Float(f)
	}
	if nd < -330 {
		return Float(math.Copysign(0, f))
	}
	r := new(big.Rat).SetFloat64(f)
	p := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(abs64(nd)), nil))
	if nd >= 0 {
		r.Mul(r, p)
	} else {
		r.Quo(r, p)
	}
	q := new(big.Rat).SetInt(roundHalfEven(r))
	if nd >= 0 {
		q.Quo(q, p)
	} else {
		q.Mul(q, p)
	}
	v, _ := q.Float64()
	if math.IsInf(v, 0) {
		return t.RaiseMsg(OverflowErrorType, "rounded value too large to represent")
	}
	if v == 0 {
		v = math.Copysign(0, f)
	}
	return Float(v)
}

// roundHalfEven rounds a rational to the nearest int, ties to even.
func roundHalfEven(r *big.Rat) *big.Int {
	q, m := new(big.Int).DivMod(r.Num(), r.Denom(), new(big.Int)) // m >= 0
	c := new(big.Int).Lsh(m, 1).Cmp(r.Denom())
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, bigOne)
	}
	return q
}

func initFloatMethods() {
	m := FloatType.addMethod
	FloatType.AddGetter("real", func(t *Thread, v Value) Value { return v })
	FloatType.AddGetter("imag", func(t *Thread, v Value) Value { return Float(0) })
	noArgs := func(name string, f func(t *Thread, x float64) Value) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !argCount(t, "float."+name, args, kwnames, 0, 0) {
				return Null
			}
			return f(t, self.FloatVal())
		})
	}
	noArgs("is_integer", func(t *Thread, f float64) Value {
		return Bool(!math.IsInf(f, 0) && f == math.Trunc(f))
	})
	noArgs("conjugate", func(t *Thread, f float64) Value { return Float(f) })
	noArgs("__float__", func(t *Thread, f float64) Value { return Float(f) })
	noArgs("__getnewargs__", func(t *Thread, f float64) Value { return NewTuple([]Value{Float(f)}).Value() })
	noArgs("hex", func(t *Thread, f float64) Value { return NewStr(FloatHex(f)).Value() })
	noArgs("as_integer_ratio", floatRatio)
	noArgs("__trunc__", FloatToInt)
	noArgs("__int__", FloatToInt)
	noArgs("__floor__", func(t *Thread, f float64) Value { return FloatToInt(t, math.Floor(f)) })
	noArgs("__ceil__", func(t *Thread, f float64) Value { return FloatToInt(t, math.Ceil(f)) })
	m("__round__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "__round__", args, kwnames, 0, 1) {
			return Null
		}
		f := self.FloatVal()
		if len(args) == 0 || args[0] == None {
			return FloatToInt(t, math.RoundToEven(f))
		}
		nv, ok := IndexValue(t, args[0])
		if !ok {
			return Null
		}
		nd, ok := AsInt64(nv)
		if !ok {
			_, b, _ := intParts(nv)
			nd = 1 << 20
			if b.Sign() < 0 {
				nd = -nd
			}
		}
		return FloatRound(t, f, nd)
	})
	cm := func(name string, fn MethodFunc) {
		FloatType.Dict.setStrInit(name, fromHeap(&wrapper{Header{ClassMethodType}, NewBuiltin(name, Null, fn)}))
	}
	cm("fromhex", func(t *Thread, _ Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "float.fromhex", args[1:], kwnames, 1, 1) {
			return Null
		}
		s, ok := AsStr(args[1])
		if !ok {
			return t.Raisef(TypeErrorType, "fromhex() argument must be str, not %s", TypeOf(args[1]).Name)
		}
		r := floatFromHex(t, s.s)
		if r.IsNull() || args[0].p == FloatType.Value().p {
			return r
		}
		return Call(t, args[0], []Value{r}, nil)
	})
	cm("__getformat__", func(t *Thread, _ Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "float.__getformat__", args[1:], kwnames, 1, 1) {
			return Null
		}
		s, ok := AsStr(args[1])
		if !ok {
			return t.Raisef(TypeErrorType, "__getformat__() argument must be str, not %s", TypeOf(args[1]).Name)
		}
		if s.s != "double" && s.s != "float" {
			return t.RaiseMsg(ValueErrorType, "__getformat__() argument 1 must be 'double' or 'float'")
		}
		return NewStr("IEEE, little-endian").Value()
	})
}
