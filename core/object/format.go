package object

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// formatSpec is a parsed format specification (the mini-language of
// format(), f-strings and str.format):
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
type formatSpec struct {
	fill      rune
	align     byte // 0, '<', '>', '^', '='
	sign      byte // 0, '+', '-', ' '
	alt       bool
	zero      bool
	width     int
	grouping  byte // 0, ',', '_'
	precision int  // -1: none
	typ       byte // 0 or the type letter
}

func parseFormatSpec(spec string) (formatSpec, bool) {
	f := formatSpec{fill: ' ', precision: -1}
	s := spec
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	if r, w := utf8.DecodeRuneInString(s); len(s) > w && isAlign(s[w]) {
		f.fill, f.align = r, s[w]
		s = s[w+1:]
	} else if len(s) > 0 && isAlign(s[0]) {
		f.align = s[0]
		s = s[1:]
	}
	if len(s) > 0 && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		f.sign = s[0]
		s = s[1:]
	}
	if len(s) > 0 && s[0] == 'z' {
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '#' {
		f.alt = true
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '0' {
		f.zero = true
		s = s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		f.width, _ = strconv.Atoi(s[:i])
		s = s[i:]
	}
	if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
		f.grouping = s[0]
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '.' {
		i = 1
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 1 {
			return f, false
		}
		f.precision, _ = strconv.Atoi(s[1:i])
		s = s[i:]
	}
	if len(s) > 1 {
		return f, false
	}
	if len(s) == 1 {
		f.typ = s[0]
	}
	if f.zero && f.align == 0 {
		f.fill, f.align = '0', '='
	}
	return f, true
}

// pad lays out body (with its sign/prefix part of length signLen) in the
// width, by the alignment (defaultAlign when none was given).
func (f *formatSpec) pad(body string, signLen int, defaultAlign byte) string {
	n := utf8.RuneCountInString(body)
	if n >= f.width {
		return body
	}
	fill := strings.Repeat(string(f.fill), f.width-n)
	align := f.align
	if align == 0 {
		align = defaultAlign
	}
	switch align {
	case '<':
		return body + fill
	case '^':
		left := (f.width - n) / 2
		return strings.Repeat(string(f.fill), left) + body + strings.Repeat(string(f.fill), f.width-n-left)
	case '=':
		return body[:signLen] + fill + body[signLen:]
	}
	return fill + body
}

// group inserts the grouping separator every 3 digits (4 for b/o/x/X
// with '_') into the integer digits.
func group(digits string, sep byte, every int) string {
	if sep == 0 || len(digits) <= every {
		return digits
	}
	var b strings.Builder
	first := len(digits) % every
	if first > 0 {
		b.WriteString(digits[:first])
	}
	for i := first; i < len(digits); i += every {
		if b.Len() > 0 {
			b.WriteByte(sep)
		}
		b.WriteString(digits[i : i+every])
	}
	return b.String()
}

func signOf(neg bool, sign byte) string {
	switch {
	case neg:
		return "-"
	case sign == '+':
		return "+"
	case sign == ' ':
		return " "
	}
	return ""
}

// Format is format(v, spec).
func Format(t *Thread, v Value, spec string) Value {
	typ := TypeOf(v)
	if typ.IsHeapType() {
		if m := lookupPy(typ, strFormat); !m.IsNull() {
			r := callPy(t, m, v, NewStr(spec).Value())
			if !r.IsNull() {
				if _, ok := AsStr(r); !ok {
					return t.Raisef(TypeErrorType, "__format__ must return a str, not %s", TypeOf(r).Name)
				}
			}
			return r
		}
	}
	if spec == "" {
		return StrOf(t, v)
	}
	f, ok := parseFormatSpec(spec)
	if !ok {
		return t.RaiseMsg(ValueErrorType, "Invalid format specifier '"+spec+"' for object of type '"+typ.Name+"'")
	}
	switch {
	case typ == BoolType && f.typ == 0:
		return formatStr(t, StrOf(t, v), f, typ)
	case IsInt(v):
		return formatInt(t, v, f)
	case v.IsFloat():
		return formatFloat(t, v.FloatVal(), f)
	case typ.layout == ComplexType:
		return formatComplex(t, v, f)
	}
	if s, ok := AsStr(v); ok {
		return formatStr(t, s.Value(), f, typ)
	}
	return t.Raisef(TypeErrorType, "unsupported format string passed to %s.__format__", typ.Name)
}

var strFormat = NewStr("__format__")

func formatStr(t *Thread, sv Value, f formatSpec, typ *Type) Value {
	if sv.IsNull() {
		return Null
	}
	if f.typ != 0 && f.typ != 's' {
		return t.Raisef(ValueErrorType, "Unknown format code '%c' for object of type '%s'", f.typ, typ.Name)
	}
	if f.sign != 0 {
		return t.RaiseMsg(ValueErrorType, "Sign not allowed in string format specifier")
	}
	s := as[Str](sv)
	if f.precision >= 0 && f.precision < s.length {
		s = s.Substr(0, f.precision)
	}
	return NewStr(f.pad(s.s, 0, '<')).Value()
}

func formatInt(t *Thread, v Value, f formatSpec) Value {
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		x, ok := IntToFloat(t, v)
		if !ok {
			return Null
		}
		return formatFloat(t, x, f)
	}
	if f.precision >= 0 {
		return t.RaiseMsg(ValueErrorType, "Precision not allowed in integer format specifier")
	}
	s, b, _ := intParts(v)
	n := bigOf(s, b)
	neg := n.Sign() < 0
	abs := new(big.Int).Abs(n)
	var digits, prefix string
	every := 3
	switch f.typ {
	case 0, 'd', 'n':
		digits = abs.String()
	case 'b':
		digits, prefix, every = abs.Text(2), "0b", 4
	case 'o':
		digits, prefix, every = abs.Text(8), "0o", 4
	case 'x':
		digits, prefix, every = abs.Text(16), "0x", 4
	case 'X':
		digits, prefix, every = strings.ToUpper(abs.Text(16)), "0X", 4
	case 'c':
		return NewStr(f.pad(string(rune(s)), 0, '<')).Value()
	default:
		return t.Raisef(ValueErrorType, "Unknown format code '%c' for object of type 'int'", f.typ)
	}
	if !f.alt {
		prefix = ""
	}
	digits = group(digits, f.grouping, every)
	head := signOf(neg, f.sign) + prefix
	return NewStr(f.pad(head+digits, len(head), '>')).Value()
}

func formatFloat(t *Thread, x float64, f formatSpec) Value {
	neg := math.Signbit(x) && !math.IsNaN(x)
	a := math.Abs(x)
	prec := f.precision
	var body string
	upper := f.typ == 'E' || f.typ == 'F' || f.typ == 'G'
	switch {
	case math.IsInf(a, 0):
		body = "inf"
	case math.IsNaN(a):
		body = "nan"
	default:
		switch f.typ {
		case 'e', 'E':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(a, 'e', prec, 64)
		case 'f', 'F':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(a, 'f', prec, 64)
		case '%':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(a*100, 'f', prec, 64) + "%"
		case 'g', 'G':
			if prec < 0 {
				prec = 6
			}
			body = formatG(a, max(prec, 1), f.alt)
		case 0:
			if prec < 0 {
				body = FloatRepr(a)
			} else {
				body = formatNone(a, max(prec, 1), f.alt)
			}
		default:
			return t.Raisef(ValueErrorType, "Unknown format code '%c' for object of type 'float'", f.typ)
		}
	}
	if upper {
		body = strings.ToUpper(body)
	}
	if f.grouping != 0 {
		intPart, rest := body, ""
		if i := strings.IndexAny(body, ".e%"); i >= 0 {
			intPart, rest = body[:i], body[i:]
		}
		body = group(intPart, f.grouping, 3) + rest
	}
	head := signOf(neg, f.sign)
	return NewStr(f.pad(head+body, len(head), '>')).Value()
}

// decimalExponent is the exponent of x once rounded to prec significant
// digits.
func decimalExponent(x float64, prec int) int {
	if x == 0 {
		return 0
	}
	s := strconv.FormatFloat(x, 'e', prec-1, 64)
	i := strings.IndexByte(s, 'e')
	e, _ := strconv.Atoi(s[i+1:])
	return e
}

// formatNone is the float presentation with no type letter and a
// precision: like g, but exponent form from exponent precision-1 on, and
// at least one digit after the point in fixed form.
func formatNone(x float64, prec int, alt bool) string {
	exp := decimalExponent(x, prec)
	if exp < -4 || exp >= prec-1 {
		s := strconv.FormatFloat(x, 'e', prec-1, 64)
		if !alt {
			mant, e, _ := strings.Cut(s, "e")
			if strings.Contains(mant, ".") {
				mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
			}
			s = mant + "e" + e
		}
		return s
	}
	s := formatG(x, prec, alt)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

// formatG is C's %g as Python applies it: precision significant digits,
// exponent form when the exponent is < -4 or >= precision, trailing zeros
// dropped unless alt.
func formatG(x float64, prec int, alt bool) string {
	exp := decimalExponent(x, prec)
	var s string
	if exp < -4 || exp >= prec {
		s = strconv.FormatFloat(x, 'e', prec-1, 64)
		if !alt {
			mant, e, _ := strings.Cut(s, "e")
			if strings.Contains(mant, ".") {
				mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
			}
			s = mant + "e" + e
		}
		return s
	}
	s = strconv.FormatFloat(x, 'f', max(prec-1-exp, 0), 64)
	if !alt && strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}
