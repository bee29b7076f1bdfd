package object

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"unicode"
)

// int(): text parsing with CPython's rules, the int<->str digit limit,
// and int's methods and attributes.

// intMaxStrDigits returns the interpreter's int<->str digit limit (0: none).
func intMaxStrDigits(t *Thread) int {
	if t == nil || t.Interp == nil {
		return DefaultIntMaxStrDigits
	}
	return t.Interp.IntMaxStrDigits
}

// DefaultIntMaxStrDigits is sys.int_info.default_max_str_digits.
const DefaultIntMaxStrDigits = 4300

// parseIntResult says why parseIntText failed.
type parseIntResult int

const (
	parseOK parseIntResult = iota
	parseInvalid
	parseTooLong
)

// digitValue returns the decimal value of a Unicode decimal digit (Nd),
// or -1. Nd code points come in runs of ten from 0 to 9.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 128 || !unicode.Is(unicode.Nd, r) {
		return -1
	}
	start := r
	for unicode.Is(unicode.Nd, start-1) {
		start--
	}
	return int(r-start) % 10
}

// numberASCII turns the text of a number into ASCII as CPython does
// before parsing: Unicode decimal digits become '0'-'9', Unicode white
// space becomes ' ', other non-ASCII characters '?' (never valid).
func numberASCII(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < 128:
			out = append(out, byte(r))
		case digitValue(r) >= 0:
			out = append(out, byte('0'+digitValue(r)))
		case unicode.IsSpace(r):
			out = append(out, ' ')
		default:
			out = append(out, '?')
		}
	}
	return out
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func trimASCIISpace(b []byte) []byte {
	for len(b) > 0 && isASCIISpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isASCIISpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

func digitOf(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// parseIntText parses the text of int(s, base) (base 0 or 2..36). On
// parseTooLong, ndigits is the number of digits found.
func parseIntText(t *Thread, s string, base int) (v Value, res parseIntResult, ndigits int) {
	b := trimASCIISpace(numberASCII(s))
	neg := false
	if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
		neg = b[0] == '-'
		b = b[1:]
	}
	prefixed := false
	if len(b) >= 2 && b[0] == '0' {
		p := b[1] | 0x20
		switch {
		case p == 'x' && (base == 0 || base == 16):
			base, b, prefixed = 16, b[2:], true
		case p == 'o' && (base == 0 || base == 8):
			base, b, prefixed = 8, b[2:], true
		case p == 'b' && (base == 0 || base == 2):
			base, b, prefixed = 2, b[2:], true
		}
	}
	leadingZeroRule := false
	if base == 0 {
		base = 10
		leadingZeroRule = len(b) > 0 && b[0] == '0'
	}
	if prefixed && len(b) > 0 && b[0] == '_' {
		b = b[1:]
	}
	if len(b) == 0 || b[0] == '_' || b[len(b)-1] == '_' {
		return Null, parseInvalid, 0
	}
	digits := make([]byte, 0, len(b))
	prevUnderscore := false
	for _, c := range b {
		if c == '_' {
			if prevUnderscore {
				return Null, parseInvalid, 0
			}
			prevUnderscore = true
			continue
		}
		prevUnderscore = false
		if digitOf(c) >= base {
			return Null, parseInvalid, 0
		}
		digits = append(digits, c)
	}
	if leadingZeroRule {
		for _, c := range digits {
			if c != '0' {
				return Null, parseInvalid, 0
			}
		}
		return Int(0), parseOK, len(digits)
	}
	if base&(base-1) != 0 {
		if limit := intMaxStrDigits(t); limit > 0 && len(digits) > limit {
			return Null, parseTooLong, len(digits)
		}
	}
	if len(digits) <= 12 {
		var x int64
		for _, c := range digits {
			x = x*int64(base) + int64(digitOf(c))
		}
		if neg {
			x = -x
		}
		return Int(x), parseOK, len(digits)
	}
	n, ok := new(big.Int).SetString(string(digits), base)
	if !ok {
		return Null, parseInvalid, 0
	}
	if neg {
		n.Neg(n)
	}
	return NewIntFromBig(n), parseOK, len(digits)
}

// ParseInt parses s in base (0: as a literal, with prefix) the way int()
// does, with the default digit limit; ok false for invalid text.
func ParseInt(s string, base int) (Value, bool) {
	v, res, _ := parseIntText(nil, s, base)
	return v, res == parseOK
}

// intFromText is int(s, base) for a str s: the value, or ValueError.
func intFromText(t *Thread, s string, base int) Value {
	v, res, n := parseIntText(t, s, base)
	switch res {
	case parseInvalid:
		r := StrRepr(s)
		if len(s) > 200 {
			// CPython shows the first 200 characters of the repr.
			r = truncateRunes(r, 200)
		}
		return t.Raisef(ValueErrorType, "invalid literal for int() with base %d: %s", base, r)
	case parseTooLong:
		return t.Raisef(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", intMaxStrDigits(t), n)
	}
	return v
}

func truncateRunes(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}

// intDecimal returns the decimal text of an int, or the ValueError of
// the digit limit.
func intDecimal(t *Thread, v Value) (string, bool) {
	s, b, _ := intParts(v)
	if b == nil {
		return strconv.FormatInt(s, 10), true
	}
	limit := intMaxStrDigits(t)
	if limit > 0 {
		// A quick test first: bits*log10(2) digits, give or take one.
		if float64(b.BitLen()-1)*math.Log10(2) > float64(limit)+1 {
			t.Raisef(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)
			return "", false
		}
	}
	str := b.String()
	if limit > 0 {
		n := len(str)
		if b.Sign() < 0 {
			n--
		}
		if n > limit {
			t.Raisef(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)
			return "", false
		}
	}
	return str, true
}

// callDunder calls the special method name of v's type (found on the
// type, not the instance), NULL with no exception when there is none.
func callDunder(t *Thread, v Value, name string, args ...Value) (Value, bool) {
	m := TypeOf(v).LookupString(name)
	if m.IsNull() {
		return Null, false
	}
	if TypeOf(m).DescrGet != nil {
		m = TypeOf(m).DescrGet(t, m, v, TypeOf(v))
		if m.IsNull() {
			return Null, true
		}
		return Call(t, m, args, nil), true
	}
	return Call(t, m, append([]Value{v}, args...), nil), true
}

// intOfObject is int(x) for an x that is not an int, str or float: its
// __int__, __index__ or __trunc__.
func intOfObject(t *Thread, v Value) Value {
	for _, name := range []string{"__int__", "__index__"} {
		r, found := callDunder(t, v, name)
		if !found {
			continue
		}
		if r.IsNull() {
			return Null
		}
		if !IsInt(r) {
			return t.Raisef(TypeErrorType, "%s returned non-int (type %s)", name, TypeOf(r).Name)
		}
		return intExact(r)
	}
	if idx := TypeOf(v).Index; idx != nil && !TypeOf(v).IsHeapType() {
		return idx(t, v)
	}
	r, found := callDunder(t, v, "__trunc__")
	if found {
		if r.IsNull() {
			return Null
		}
		if IsInt(r) {
			return intExact(r)
		}
		x, found := callDunder(t, r, "__index__")
		if !found {
			return t.Raisef(TypeErrorType, "__trunc__ returned non-Integral (type %s)", TypeOf(r).Name)
		}
		return x
	}
	return t.Raisef(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeOf(v).Name)
}

// intExact returns an int or bool as an exact int.
func intExact(v Value) Value {
	s, b, _ := intParts(v)
	if b != nil {
		if TypeOf(v) == IntType {
			return v
		}
		return NewIntFromBig(b)
	}
	return Int(s)
}

// FloatToInt is int(f): OverflowError for infinities, ValueError for NaN.
func FloatToInt(t *Thread, f float64) Value {
	if math.IsInf(f, 0) {
		return t.RaiseMsg(OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return t.RaiseMsg(ValueErrorType, "cannot convert float NaN to integer")
	}
	f = math.Trunc(f)
	if f >= -(1<<63) && f < 1<<63 {
		return Int(int64(f))
	}
	b, _ := big.NewFloat(f).Int(nil)
	return NewIntFromBig(b)
}

func intNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
	pos := args[:len(args)-kwnames.Len()]
	var x, base Value
	if len(pos) > 2 {
		return t.Raisef(TypeErrorType, "int() takes at most 2 arguments (%d given)", len(pos))
	}
	if len(pos) > 0 {
		x = pos[0]
	}
	if len(pos) > 1 {
		base = pos[1]
	}
	for i := 0; i < kwnames.Len(); i++ {
		k, _ := AsStr(kwnames.Items[i])
		if k == nil || k.s != "base" {
			name := ""
			if k != nil {
				name = k.s
			}
			return unexpectedKeyword(t, "int", name, "base")
		}
		if !base.IsNull() {
			return t.RaiseMsg(TypeErrorType, "argument for int() given by name ('base') and position (2)")
		}
		base = args[len(pos)+i]
	}
	if x.IsNull() {
		if !base.IsNull() {
			return t.RaiseMsg(TypeErrorType, "int() missing string argument")
		}
		return Int(0)
	}
	if base.IsNull() {
		switch {
		case IsInt(x):
			return intExact(x)
		case x.IsFloat():
			return FloatToInt(t, x.FloatVal())
		}
		if s, ok := AsStr(x); ok {
			return intFromText(t, s.s, 10)
		}
		return intOfObject(t, x)
	}
	bv, ok := IndexValue(t, base)
	if !ok {
		return Null
	}
	b, ok := AsInt64(bv)
	if !ok || (b != 0 && (b < 2 || b > 36)) {
		return t.RaiseMsg(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
	}
	s, ok := AsStr(x)
	if !ok {
		return t.RaiseMsg(TypeErrorType, "int() can't convert non-string with explicit base")
	}
	return intFromText(t, s.s, int(b))
}

// intRound is int.__round__(ndigits): round half to even at 10**-ndigits.
func intRound(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
	if !argCount(t, "__round__", args, kwnames, 0, 1) {
		return Null
	}
	if len(args) == 0 || args[0] == None {
		return intExact(self)
	}
	nv, ok := IndexValue(t, args[0])
	if !ok {
		return Null
	}
	n, ok := AsInt64(nv)
	if !ok {
		_, nb, _ := intParts(nv)
		if nb.Sign() > 0 {
			return intExact(self)
		}
		return Int(0)
	}
	if n >= 0 {
		return intExact(self)
	}
	s, b, _ := intParts(self)
	x := bigOf(s, b)
	if -n > int64(x.BitLen())/3+2 {
		// 10**-n exceeds 2*|x|: always rounds to 0.
		return Int(0)
	}
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
	q, r := new(big.Int).DivMod(x, pow, new(big.Int)) // r >= 0
	twice := new(big.Int).Lsh(r, 1)
	c := twice.Cmp(pow)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, bigOne)
	}
	return NewIntFromBig(q.Mul(q, pow))
}

func initIntMethods() {
	m := IntType.addMethod
	get := func(name string, g Getter) { IntType.AddGetter(name, g) }
	self := func(t *Thread, v Value) Value { return intExact(v) }
	get("real", self)
	get("numerator", self)
	get("imag", func(t *Thread, v Value) Value { return Int(0) })
	get("denominator", func(t *Thread, v Value) Value { return Int(1) })
	noArgs := func(name string, f func(t *Thread, v Value) Value) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !argCount(t, "int."+name, args, kwnames, 0, 0) {
				return Null
			}
			return f(t, self)
		})
	}
	for _, name := range []string{"conjugate", "__trunc__", "__floor__", "__ceil__", "__int__", "__index__"} {
		noArgs(name, self)
	}
	noArgs("bit_length", func(t *Thread, v Value) Value {
		s, b, _ := intParts(v)
		if b == nil {
			return Int(int64(bits.Len64(uint64(abs64(s)))))
		}
		return Int(int64(b.BitLen()))
	})
	noArgs("bit_count", func(t *Thread, v Value) Value {
		s, b, _ := intParts(v)
		if b == nil {
			if s == math.MinInt64 {
				return Int(1)
			}
			return Int(int64(bits.OnesCount64(uint64(abs64(s)))))
		}
		n := 0
		for _, w := range b.Bits() {
			n += bits.OnesCount64(uint64(w))
		}
		return Int(int64(n))
	})
	noArgs("as_integer_ratio", func(t *Thread, v Value) Value {
		return NewTuple([]Value{intExact(v), Int(1)}).Value()
	})
	noArgs("is_integer", func(t *Thread, v Value) Value { return True })
	noArgs("__float__", func(t *Thread, v Value) Value {
		f, ok := IntToFloat(t, v)
		if !ok {
			return Null
		}
		return Float(f)
	})
	noArgs("__getnewargs__", func(t *Thread, v Value) Value {
		return NewTuple([]Value{intExact(v)}).Value()
	})
	noArgs("__sizeof__", func(t *Thread, v Value) Value {
		_, b, _ := intParts(v)
		n := 1
		if b != nil {
			n = (b.BitLen() + 29) / 30
		} else if s, _ := AsInt64(v); s == 0 {
			n = 0
		} else {
			n = (bits.Len64(uint64(abs64(s))) + 29) / 30
		}
		return Int(int64(24 + 4*max(n, 1)))
	})
	m("__round__", intRound)
}

// CheckIntStrLimit raises the ValueError of the int->str digit limit when
// v's decimal form would be too long (the formatting code calls it before
// writing an int in base 10); false when raised.
func CheckIntStrLimit(t *Thread, v Value) bool {
	_, b, _ := intParts(v)
	if b == nil || intMaxStrDigits(t) == 0 || float64(b.BitLen()) < float64(intMaxStrDigits(t))*3.32 {
		return true
	}
	_, ok := intDecimal(t, v)
	return ok
}
