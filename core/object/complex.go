package object

import (
	"math"
	"strings"
)

// ComplexType is `complex`.
var ComplexType = &Type{Name: "complex"}

// Complex is a complex number: immutable and shareable.
type Complex struct {
	Header
	Re, Im float64
}

// NewComplex returns the complex re+im*j.
func NewComplex(re, im float64) Value {
	return fromHeap(&Complex{Header{ComplexType}, re, im})
}

// AsComplex returns v's parts when v is a complex (subclasses included).
func AsComplex(v Value) (float64, float64, bool) {
	if v.IsHeap() && v.header().typ.layout == ComplexType {
		c := as[Complex](v)
		return c.Re, c.Im, true
	}
	return 0, 0, false
}

// complexPart is repr of one component: float's repr without ".0".
func complexPart(f float64) string {
	return strings.TrimSuffix(FloatRepr(f), ".0")
}

// ComplexRepr is repr() of a complex: "(1+2j)", "2j", "-0j".
func ComplexRepr(re, im float64) string {
	if re == 0 && !math.Signbit(re) {
		return complexPart(im) + "j"
	}
	ims := complexPart(im)
	if !strings.HasPrefix(ims, "-") {
		ims = "+" + ims
	}
	return "(" + complexPart(re) + ims + "j)"
}

// complexOperand converts an arithmetic operand (complex, float, int).
func complexOperand(t *Thread, v Value) (re, im float64, ok, failed bool) {
	if re, im, ok := AsComplex(v); ok {
		return re, im, true, false
	}
	if v.IsFloat() {
		return v.FloatVal(), 0, true, false
	}
	if IsInt(v) {
		f, ok := IntToFloat(t, v)
		if !ok {
			return 0, 0, false, true
		}
		return f, 0, true, false
	}
	if v.IsHeap() && v.header().typ.layout == FloatType {
		return v.FloatVal(), 0, true, false
	}
	return 0, 0, false, false
}

type cplx struct{ re, im float64 }

func cMul(a, b cplx) cplx {
	return cplx{a.re*b.re - a.im*b.im, a.re*b.im + a.im*b.re}
}

// cQuot divides as CPython does (Smith's method); ok false: b is zero.
func cQuot(a, b cplx) (cplx, bool) {
	absBre, absBim := math.Abs(b.re), math.Abs(b.im)
	switch {
	case absBre >= absBim:
		if absBre == 0 {
			return cplx{}, false
		}
		ratio := b.im / b.re
		denom := b.re + b.im*ratio
		return cplx{(a.re + a.im*ratio) / denom, (a.im - a.re*ratio) / denom}, true
	case absBim >= absBre:
		ratio := b.re / b.im
		denom := b.re*ratio + b.im
		return cplx{(a.re*ratio + a.im) / denom, (a.im*ratio - a.re) / denom}, true
	}
	return cplx{math.NaN(), math.NaN()}, true
}

// cPow is a**b; errDom: zero to a negative or complex power.
func cPow(a, b cplx) (r cplx, errDom bool) {
	if b.re == 0 && b.im == 0 {
		return cplx{1, 0}, false
	}
	if a.re == 0 && a.im == 0 {
		if b.im != 0 || b.re < 0 {
			return cplx{}, true
		}
		return cplx{}, false
	}
	vabs := hypot(a.re, a.im)
	l := libm.Pow(vabs, b.re)
	at := libm.Atan2(a.im, a.re)
	phase := at * b.re
	if b.im != 0 {
		l /= libm.Exp(at * b.im)
		phase += b.im * libm.Log(vabs)
	}
	return cplx{l * libm.Cos(phase), l * libm.Sin(phase)}, false
}

func cPowu(x cplx, n int64) cplx {
	r, p := cplx{1, 0}, x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = cMul(r, p)
		}
		p = cMul(p, p)
	}
	return r
}

func complexBinary(op int) BinaryFunc {
	return func(t *Thread, a, b Value) Value {
		ar, ai, ok, failed := complexOperand(t, a)
		if failed {
			return Null
		}
		if !ok {
			return NotImplemented
		}
		br, bi, ok, failed := complexOperand(t, b)
		if failed {
			return Null
		}
		if !ok {
			return NotImplemented
		}
		x, y := cplx{ar, ai}, cplx{br, bi}
		var r cplx
		switch op {
		case nbAdd:
			r = cplx{x.re + y.re, x.im + y.im}
		case nbSub:
			r = cplx{x.re - y.re, x.im - y.im}
		case nbMul:
			r = cMul(x, y)
		case nbTrueDiv:
			var ok bool
			if r, ok = cQuot(x, y); !ok {
				return t.RaiseMsg(ZeroDivisionErrorType, "complex division by zero")
			}
		case nbPow:
			if y.im == 0 && y.re == math.Trunc(y.re) && math.Abs(y.re) <= 100 {
				n := int64(y.re)
				if n >= 0 {
					r = cPowu(x, n)
				} else {
					var ok bool
					if r, ok = cQuot(cplx{1, 0}, cPowu(x, -n)); !ok {
						return t.RaiseMsg(ZeroDivisionErrorType, "0.0 to a negative or complex power")
					}
				}
			} else {
				var dom bool
				if r, dom = cPow(x, y); dom {
					return t.RaiseMsg(ZeroDivisionErrorType, "0.0 to a negative or complex power")
				}
			}
			if math.IsInf(r.re, 0) || math.IsInf(r.im, 0) {
				return t.RaiseMsg(OverflowErrorType, "complex exponentiation")
			}
		}
		return NewComplex(r.re, r.im)
	}
}

// scanFloat returns the length of the longest float literal prefix of s
// (sign, digits with single underscores, fraction, exponent, inf, nan);
// 0 when there is none.
func scanFloat(s string) int {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	low := strings.ToLower(s[i:])
	for _, w := range []string{"infinity", "inf", "nan"} {
		if strings.HasPrefix(low, w) {
			return i + len(w)
		}
	}
	digits := func(j int) int {
		k := j
		for k < len(s) {
			if s[k] >= '0' && s[k] <= '9' {
				k++
			} else if s[k] == '_' && k > j && k+1 < len(s) && s[k+1] >= '0' && s[k+1] <= '9' {
				k++
			} else {
				break
			}
		}
		return k
	}
	j := digits(i)
	mant := j > i
	if j < len(s) && s[j] == '.' {
		k := digits(j + 1)
		if k > j+1 || mant {
			mant = true
			j = k
		}
	}
	if !mant {
		return 0
	}
	if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
		k := j + 1
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			k++
		}
		if e := digits(k); e > k {
			j = e
		}
	}
	return j
}

func parseFloatPrefix(s string) float64 {
	f, _ := ParseFloat(s)
	return f
}

// validUnderscores reports whether every '_' in s stands between two
// digits (CPython checks this before parsing numbers with underscores).
func validUnderscores(s string) bool {
	isDigit := func(i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }
	for i := 0; i < len(s); i++ {
		if s[i] == '_' && (!isDigit(i-1) || !isDigit(i+1)) {
			return false
		}
	}
	return true
}

// ParseComplex parses complex() text; ok false when malformed.
func ParseComplex(s string) (re, im float64, ok bool) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "(") {
		if !strings.HasSuffix(s, ")") {
			return 0, 0, false
		}
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	if s == "" {
		return 0, 0, false
	}
	s = strings.ReplaceAll(s, "_", "")
	isJ := func(i int) bool { return i < len(s) && (s[i] == 'j' || s[i] == 'J') }
	n := scanFloat(s)
	end := 0
	switch {
	case n == 0:
		// <sign>j or j
		i := 0
		im = 1
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			if s[i] == '-' {
				im = -1
			}
			i++
		}
		if !isJ(i) {
			return 0, 0, false
		}
		end = i + 1
	default:
		x := parseFloatPrefix(s[:n])
		switch {
		case n < len(s) && (s[n] == '+' || s[n] == '-'):
			re = x
			m := scanFloat(s[n:])
			if m == 0 {
				im = 1
				if s[n] == '-' {
					im = -1
				}
				m = 1
			} else {
				im = parseFloatPrefix(s[n : n+m])
			}
			if !isJ(n + m) {
				return 0, 0, false
			}
			end = n + m + 1
		case isJ(n):
			im = x
			end = n + 1
		default:
			re = x
			end = n
		}
	}
	if end != len(s) {
		return 0, 0, false
	}
	return re, im, true
}

// complexArg converts a constructor argument: (parts, isComplex, ok).
func complexArg(t *Thread, v Value, first bool) (cplx, bool, bool) {
	if m := TypeOf(v).LookupString("__complex__"); !m.IsNull() && TypeOf(v).layout != ComplexType {
		r := CallMethod(t, v, "__complex__")
		if r.IsNull() {
			return cplx{}, false, false
		}
		re, im, ok := AsComplex(r)
		if !ok {
			t.Raisef(TypeErrorType, "__complex__ returned non-complex (type %s)", TypeOf(r).Name)
			return cplx{}, false, false
		}
		return cplx{re, im}, true, true
	}
	if re, im, ok := AsComplex(v); ok {
		return cplx{re, im}, true, true
	}
	re, _, ok, failed := complexOperand(t, v)
	if failed {
		return cplx{}, false, false
	}
	if !ok {
		// __float__, then __index__ (3.13), with float()'s checks.
		if !TypeOf(v).LookupString("__float__").IsNull() || !TypeOf(v).LookupString("__index__").IsNull() {
			r := floatOfObject(t, v)
			if r.IsNull() {
				return cplx{}, false, false
			}
			return cplx{r.FloatVal(), 0}, false, true
		}
		if first {
			t.Raisef(TypeErrorType, "complex() first argument must be a string or a number, not '%s'", TypeOf(v).Name)
		} else {
			t.Raisef(TypeErrorType, "complex() second argument must be a number, not '%s'", TypeOf(v).Name)
		}
		return cplx{}, false, false
	}
	return cplx{re, 0}, false, true
}

func complexNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
	pos, kw := kwArgs(args, kwnames)
	if len(pos) > 2 {
		return t.Raisef(TypeErrorType, "complex() takes at most 2 arguments (%d given)", len(pos))
	}
	var r, i Value
	if len(pos) > 0 {
		r = pos[0]
	}
	if len(pos) > 1 {
		i = pos[1]
	}
	for k, v := range kw {
		switch {
		case k == "real" && len(pos) < 1:
			r = v
		case k == "imag" && len(pos) < 2:
			i = v
		case k == "real" || k == "imag":
			return t.Raisef(TypeErrorType, "argument for complex() given by name ('%s') and position (%d)", k, map[string]int{"real": 1, "imag": 2}[k])
		default:
			return t.Raisef(TypeErrorType, "complex() got an unexpected keyword argument '%s'", k)
		}
	}
	mk := func(re, im float64) Value {
		v := NewComplex(re, im)
		as[Complex](v).typ = typ
		return v
	}
	if r.IsNull() {
		r = Int(0)
	}
	if s, ok := AsStr(r); ok {
		if !i.IsNull() {
			return t.RaiseMsg(TypeErrorType, "complex() can't take second arg if first is a string")
		}
		if !validUnderscores(s.s) {
			return t.Raisef(ValueErrorType, "could not convert string to complex: %s", StrRepr(s.s))
		}
		re, im, ok := ParseComplex(s.s)
		if !ok {
			return t.RaiseMsg(ValueErrorType, "complex() arg is a malformed string")
		}
		return mk(re, im)
	}
	if !i.IsNull() {
		if _, ok := AsStr(i); ok {
			return t.RaiseMsg(TypeErrorType, "complex() second arg can't be a string")
		}
	}
	if i.IsNull() && TypeOf(r) == ComplexType && typ == ComplexType {
		return r
	}
	cr, crIsComplex, ok := complexArg(t, r, true)
	if !ok {
		return Null
	}
	ci := cplx{}
	ciIsComplex := false
	if !i.IsNull() {
		if ci, ciIsComplex, ok = complexArg(t, i, false); !ok {
			return Null
		}
	}
	if ciIsComplex {
		cr.re -= ci.im
	}
	if crIsComplex && !i.IsNull() {
		ci.re += cr.im
	}
	if i.IsNull() {
		return mk(cr.re, cr.im)
	}
	return mk(cr.re, ci.re)
}

func initComplex() {
	setupBuiltinType(ComplexType, ObjectType, FlagBaseType)
	ComplexType.Repr = func(t *Thread, v Value) Value {
		c := as[Complex](v)
		return NewStr(ComplexRepr(c.Re, c.Im)).Value()
	}
	ComplexType.Hash = func(t *Thread, v Value) (int64, bool) {
		c := as[Complex](v)
		h := uint64(HashFloat(c.Re)) + 1000003*uint64(HashFloat(c.Im))
		if int64(h) == -1 {
			return -2, true
		}
		return int64(h), true
	}
	ComplexType.Compare = func(t *Thread, a, b Value, op int) Value {
		if op != cmpEQ && op != cmpNE {
			return NotImplemented
		}
		x, ok := asCplx(a)
		if !ok {
			return NotImplemented
		}
		var eq bool
		if y, ok := asCplx(b); ok {
			eq = x == y
		} else if b.IsFloat() {
			eq = x.im == 0 && x.re == b.FloatVal()
		} else if IsInt(b) {
			if x.im != 0 {
				eq = false
			} else {
				r := floatCompare(t, Float(x.re), b, cmpEQ)
				if r.IsNull() {
					return Null
				}
				eq = r == True
			}
		} else {
			return NotImplemented
		}
		return Bool(eq == (op == cmpEQ))
	}
	ComplexType.Bool = func(t *Thread, v Value) int {
		c := as[Complex](v)
		return boolInt(c.Re != 0 || c.Im != 0)
	}
	for _, op := range []int{nbAdd, nbSub, nbMul, nbTrueDiv, nbPow} {
		ComplexType.Binary[op] = complexBinary(op)
	}
	ComplexType.Neg = func(t *Thread, v Value) Value {
		c := as[Complex](v)
		return NewComplex(-c.Re, -c.Im)
	}
	ComplexType.Pos = func(t *Thread, v Value) Value {
		c := as[Complex](v)
		if TypeOf(v) == ComplexType {
			return v
		}
		return NewComplex(c.Re, c.Im)
	}
	ComplexType.Abs = func(t *Thread, v Value) Value {
		c := as[Complex](v)
		r := hypot(c.Re, c.Im)
		if math.IsInf(r, 0) && !math.IsInf(c.Re, 0) && !math.IsInf(c.Im, 0) {
			return t.RaiseMsg(OverflowErrorType, "absolute value too large")
		}
		return Float(r)
	}
	ComplexType.New = complexNew
	ComplexType.Init = nil
	ComplexType.AddGetter("real", func(t *Thread, v Value) Value { return Float(as[Complex](v).Re) })
	ComplexType.AddGetter("imag", func(t *Thread, v Value) Value { return Float(as[Complex](v).Im) })
	ComplexType.addMethod("__getnewargs__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "complex.__getnewargs__", args, kwnames, 0, 0) {
			return Null
		}
		c := as[Complex](self)
		return NewTuple([]Value{Float(c.Re), Float(c.Im)}).Value()
	})
	ComplexType.addMethod("conjugate", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "complex.conjugate", args, kwnames, 0, 0) {
			return Null
		}
		c := as[Complex](self)
		return NewComplex(c.Re, -c.Im)
	})
	ComplexType.addMethod("__complex__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		c := as[Complex](self)
		if TypeOf(self) == ComplexType {
			return self
		}
		return NewComplex(c.Re, c.Im)
	})
}

// asCplx is AsComplex returning a cplx.
func asCplx(v Value) (cplx, bool) {
	re, im, ok := AsComplex(v)
	return cplx{re, im}, ok
}

// formatComplex is format(z, spec) for a complex (spec already parsed).
func formatComplex(t *Thread, v Value, f formatSpec) Value {
	re, im, _ := AsComplex(v)
	if f.zero || f.align == '=' && f.fill == '0' {
		return t.RaiseMsg(ValueErrorType, "Zero padding is not allowed in complex format specifier")
	}
	if f.align == '=' {
		return t.RaiseMsg(ValueErrorType, "'=' alignment flag is not allowed in complex format specifier")
	}
	typ := f.typ
	skipRe, parens := false, false
	switch typ {
	case 0:
		typ = 'r'
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	case 'n':
		typ = 'g'
	case 'e', 'E', 'f', 'F', 'g', 'G':
	default:
		return t.Raisef(ValueErrorType, "Unknown format code '%c' for object of type 'complex'", f.typ)
	}
	if typ == 'r' && f.precision >= 0 {
		typ = 'g'
	}
	part := func(x float64, sign byte) (string, bool) {
		if typ == 'r' {
			s := complexPart(x)
			if f.alt { // '#': repr digits keep their point ("1.", "1.e+20")
				s = altPoint(s)
			}
			if !strings.HasPrefix(s, "-") && (sign == '+' || sign == ' ') {
				s = string(sign) + s
			}
			return s, true
		}
		r := formatFloat(t, x, formatSpec{fill: ' ', sign: sign, alt: f.alt, grouping: f.grouping, precision: f.precision, typ: typ})
		if r.IsNull() {
			return "", false
		}
		out := as[Str](r).s
		// '#' keeps the point even with no digits after it.
		if f.alt && strings.IndexByte("eEfF", typ) >= 0 {
			out = altPoint(out)
		}
		return out, true
	}
	var body strings.Builder
	if parens {
		body.WriteByte('(')
	}
	if !skipRe {
		s, ok := part(re, f.sign)
		if !ok {
			return Null
		}
		body.WriteString(s)
	}
	imSign := byte('+')
	if skipRe {
		imSign = f.sign
	}
	s, ok := part(im, imSign)
	if !ok {
		return Null
	}
	body.WriteString(s)
	body.WriteByte('j')
	if parens {
		body.WriteByte(')')
	}
	return NewStr(f.pad(body.String(), 0, '>')).Value()
}

// altPoint adds the decimal point the '#' flag keeps to a formatted finite
// number that has none: before its exponent, or at the end.
func altPoint(out string) string {
	if strings.Contains(out, ".") || strings.ContainsAny(out, "ni") {
		return out
	}
	if k := strings.IndexAny(out, "eE"); k >= 0 {
		return out[:k] + "." + out[k:]
	}
	return out + "."
}

// hypot is sqrt(x*x+y*y) computed after scaling by a power of two, in
// double-double precision: nearly always the correctly rounded result C's
// hypot gives (CPython's abs(complex) uses it), unlike math.Hypot.
func hypot(x, y float64) float64 {
	x, y = math.Abs(x), math.Abs(y)
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1)
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	}
	if x < y {
		x, y = y, x
	}
	if y == 0 {
		return x
	}
	e := math.Ilogb(x)
	xs, ys := math.Ldexp(x, -e), math.Ldexp(y, -e)
	// x²+y² as a double-double, its square root, one Newton correction.
	xx, yy := xs*xs, ys*ys
	hi := xx + yy
	lo := (xx - hi) + yy + math.FMA(xs, xs, -xx) + math.FMA(ys, ys, -yy)
	h := math.Sqrt(hi)
	h += (math.FMA(-h, h, hi) + lo) / (2 * h)
	return math.Ldexp(h, e)
}
