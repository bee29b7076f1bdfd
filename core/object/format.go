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
	z         bool // negative zero coerced to positive
	alt       bool
	zero      bool
	width     int
	grouping  byte // 0, ',', '_'
	precision int  // -1: none
	typ       byte // 0 or the type letter
}

// parseSpec parses spec with the defaults of strings ('<') or
// numbers ('>'); on error it raises CPython's ValueError (typeName names
// the object's type in "Invalid format specifier").
func parseSpec(t *Thread, spec string, defaultAlign byte, typeName string) (formatSpec, bool) {
	f := formatSpec{fill: ' ', precision: -1}
	s := spec
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	fillGiven := false
	if r, w := utf8.DecodeRuneInString(s); len(s) > w && isAlign(s[w]) {
		f.fill, f.align = r, s[w]
		s = s[w+1:]
		fillGiven = true
	} else if len(s) > 0 && isAlign(s[0]) {
		f.align = s[0]
		s = s[1:]
	}
	if len(s) > 0 && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		f.sign = s[0]
		s = s[1:]
	}
	if len(s) > 0 && s[0] == 'z' {
		f.z = true
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '#' {
		f.alt = true
		s = s[1:]
	}
	if !fillGiven && len(s) > 0 && s[0] == '0' {
		f.zero = true
		f.fill = '0'
		if f.align == 0 && defaultAlign == '>' {
			f.align = '='
		}
		s = s[1:]
	}
	digits := func() (int, int, bool) {
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 0 {
			return 0, 0, true
		}
		n, err := strconv.Atoi(s[:i])
		if err != nil {
			t.RaiseMsg(ValueErrorType, "Too many decimal digits in format string")
			return 0, 0, false
		}
		return n, i, true
	}
	n, i, ok := digits()
	if !ok {
		return f, false
	}
	f.width = n
	s = s[i:]
	if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
		f.grouping = s[0]
		s = s[1:]
		if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
			if s[0] == f.grouping {
				t.Raisef(ValueErrorType, "Cannot specify '%c' with '%c'.", f.grouping, s[0])
			} else {
				t.RaiseMsg(ValueErrorType, "Cannot specify both ',' and '_'.")
			}
			return f, false
		}
	}
	if len(s) > 0 && s[0] == '.' {
		s = s[1:]
		n, i, ok := digits()
		if !ok {
			return f, false
		}
		if i == 0 {
			t.RaiseMsg(ValueErrorType, "Format specifier missing precision")
			return f, false
		}
		f.precision = n
		s = s[i:]
	}
	if len(s) > 1 {
		t.Raisef(ValueErrorType, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
		return f, false
	}
	if f.width > 1<<30 {
		raiseNoMemory(t)
		return f, false
	}
	if len(s) == 1 {
		f.typ = s[0]
	}
	if f.grouping != 0 {
		typ := f.typ
		if typ == 0 && defaultAlign == '<' {
			typ = 's'
		}
		switch typ {
		case 0, 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F':
		case 'b', 'o', 'x', 'X':
			if f.grouping == '_' {
				break
			}
			fallthrough
		default:
			if typ > 32 && typ < 127 {
				t.Raisef(ValueErrorType, "Cannot specify '%c' with '%c'.", f.grouping, typ)
			} else {
				t.Raisef(ValueErrorType, "Cannot specify '%c' with '\\x%x'.", f.grouping, typ)
			}
			return f, false
		}
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
	fill := string(f.fill)
	align := f.align
	if align == 0 {
		align = defaultAlign
	}
	switch align {
	case '<':
		return body + strings.Repeat(fill, f.width-n)
	case '^':
		left := (f.width - n) / 2
		return strings.Repeat(fill, left) + body + strings.Repeat(fill, f.width-n-left)
	case '=':
		return body[:signLen] + strings.Repeat(fill, f.width-n) + body[signLen:]
	}
	return strings.Repeat(fill, f.width-n) + body
}

// zeroGroup is the integer digits grouped and, when the spec pads with
// zeros after the sign, widened with grouped zeros to at least need
// characters (CPython's zero padding through the separators).
func (f *formatSpec) zeroGroup(digits string, every, need int) string {
	if f.grouping == 0 || !(f.fill == '0' && f.align == '=') {
		return group(digits, f.grouping, every)
	}
	g := group(digits, f.grouping, every)
	for len(g) < need {
		digits = "0" + digits
		g = group(digits, f.grouping, every)
	}
	return g
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
	return formatBuiltin(t, v, spec)
}

// formatBuiltin formats v by its builtin layout (the __format__ of str,
// int, float, complex and object).
func formatBuiltin(t *Thread, v Value, spec string) Value {
	typ := TypeOf(v)
	if spec == "" {
		return StrOf(t, v)
	}
	switch {
	case IsInt(v):
		f, ok := parseSpec(t, spec, '>', typ.Name)
		if !ok {
			return Null
		}
		return formatInt(t, v, f)
	case v.IsFloat() || typ.layout == FloatType:
		f, ok := parseSpec(t, spec, '>', typ.Name)
		if !ok {
			return Null
		}
		return formatFloat(t, v.FloatVal(), f)
	case typ.layout == ComplexType:
		f, ok := parseSpec(t, spec, '>', typ.Name)
		if !ok {
			return Null
		}
		return formatComplex(t, v, f)
	}
	if s, ok := AsStr(v); ok {
		f, ok := parseSpec(t, spec, '<', typ.Name)
		if !ok {
			return Null
		}
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
	switch {
	case f.sign == ' ':
		return t.RaiseMsg(ValueErrorType, "Space not allowed in string format specifier")
	case f.sign != 0:
		return t.RaiseMsg(ValueErrorType, "Sign not allowed in string format specifier")
	case f.z:
		return t.RaiseMsg(ValueErrorType, "Negative zero coercion (z) not allowed in string format specifier")
	case f.alt:
		return t.RaiseMsg(ValueErrorType, "Alternate form (#) not allowed in string format specifier")
	case f.align == '=':
		return t.RaiseMsg(ValueErrorType, "'=' alignment not allowed in string format specifier")
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
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		if f.typ > 32 && f.typ < 127 {
			return t.Raisef(ValueErrorType, "Unknown format code '%c' for object of type '%s'", f.typ, TypeOf(v).Name)
		}
		return t.Raisef(ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'", f.typ, TypeOf(v).Name)
	}
	if f.precision >= 0 {
		return t.RaiseMsg(ValueErrorType, "Precision not allowed in integer format specifier")
	}
	if f.z {
		return t.RaiseMsg(ValueErrorType, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	s, b, _ := intParts(v)
	if f.typ == 'c' {
		if f.sign != 0 {
			return t.RaiseMsg(ValueErrorType, "Sign not allowed with integer format specifier 'c'")
		}
		if f.alt {
			return t.RaiseMsg(ValueErrorType, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if b != nil {
			return t.RaiseMsg(OverflowErrorType, "Python int too large to convert to C long")
		}
		if s < 0 || s > 0x10FFFF {
			return t.RaiseMsg(OverflowErrorType, "%c arg not in range(0x110000)")
		}
		var sb strings.Builder
		writeRuneWTF8(&sb, rune(s))
		return NewStr(f.pad(sb.String(), 0, '>')).Value()
	}
	var neg bool
	var abs *big.Int
	if b == nil {
		neg = s < 0
	} else {
		neg = b.Sign() < 0
		abs = new(big.Int).Abs(b)
	}
	text := func(base int) string {
		if abs == nil {
			u := uint64(s)
			if neg {
				u = uint64(-s)
			}
			return strconv.FormatUint(u, base)
		}
		return abs.Text(base)
	}
	var digits, prefix string
	every := 3
	switch f.typ {
	case 0, 'd', 'n':
		if !CheckIntStrLimit(t, v) {
			return Null
		}
		digits = text(10)
	case 'b':
		digits, prefix, every = text(2), "0b", 4
	case 'o':
		digits, prefix, every = text(8), "0o", 4
	case 'x':
		digits, prefix, every = text(16), "0x", 4
	case 'X':
		digits, prefix, every = strings.ToUpper(text(16)), "0X", 4
	}
	if !f.alt {
		prefix = ""
	}
	head := signOf(neg, f.sign) + prefix
	digits = f.zeroGroup(digits, every, f.width-len(head))
	return NewStr(f.pad(head+digits, len(head), '>')).Value()
}

func formatFloat(t *Thread, x float64, f formatSpec) Value {
	neg := math.Signbit(x) && !math.IsNaN(x)
	a := math.Abs(x)
	prec := f.precision
	var body string
	upper := f.typ == 'E' || f.typ == 'F' || f.typ == 'G'
	switch f.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		if f.typ > 32 && f.typ < 127 {
			return t.Raisef(ValueErrorType, "Unknown format code '%c' for object of type 'float'", f.typ)
		}
		return t.Raisef(ValueErrorType, "Unknown format code '\\x%x' for object of type 'float'", f.typ)
	}
	if f.precision > 1<<31-1 {
		return t.RaiseMsg(ValueErrorType, "precision too big")
	}
	if f.precision > 1<<26 {
		return raiseNoMemory(t)
	}
	if f.typ == 'n' && f.grouping != 0 {
		return t.Raisef(ValueErrorType, "Cannot specify '%c' with 'n'.", f.grouping)
	}
	suffix := ""
	switch {
	case math.IsInf(a, 0):
		body = "inf"
		if f.typ == '%' {
			suffix = "%"
		}
	case math.IsNaN(a):
		body = "nan"
		if f.typ == '%' {
			suffix = "%"
		}
	default:
		switch f.typ {
		case 'e', 'E':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(a, 'e', prec, 64)
			if f.alt && prec == 0 {
				body = strings.Replace(body, "e", ".e", 1)
			}
		case 'f', 'F', '%':
			if prec < 0 {
				prec = 6
			}
			if f.typ == '%' {
				a *= 100
				suffix = "%"
				if math.IsInf(a, 0) { // x*100 overflowed: as inf
					body = "inf"
					break
				}
			}
			body = strconv.FormatFloat(a, 'f', prec, 64)
			if f.alt && prec == 0 {
				body += "."
			}
		case 'g', 'G', 'n':
			if prec < 0 {
				prec = 6
			}
			body = formatG(a, max(prec, 1), f.alt)
		case 0:
			if prec < 0 {
				body = FloatRepr(a)
				if f.alt {
					if mant, e, ok := strings.Cut(body, "e"); ok && !strings.Contains(mant, ".") {
						body = mant + ".e" + e
					}
				}
			} else {
				body = formatNone(a, max(prec, 1), f.alt)
			}
		}
	}
	if upper {
		body = strings.ToUpper(body)
	}
	if neg && f.z && strings.Trim(body, "0.e+-") == "" && !strings.ContainsAny(body, "123456789") {
		neg = false
	}
	head := signOf(neg, f.sign)
	intPart, rest := body, ""
	if i := strings.IndexAny(body, ".eE"); i >= 0 {
		intPart, rest = body[:i], body[i:]
	}
	rest += suffix
	if intPart != "inf" && intPart != "nan" && intPart != "INF" && intPart != "NAN" {
		intPart = f.zeroGroup(intPart, 3, f.width-len(head)-len(rest))
	}
	return NewStr(f.pad(head+intPart+rest, len(head), '>')).Value()
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
		mant, e, _ := strings.Cut(s, "e")
		if !alt && strings.Contains(mant, ".") {
			mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
		}
		if alt && !strings.Contains(mant, ".") {
			mant += "."
		}
		return mant + "e" + e
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
		mant, e, _ := strings.Cut(s, "e")
		if !alt && strings.Contains(mant, ".") {
			mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
		}
		if alt && !strings.Contains(mant, ".") {
			mant += "."
		}
		return mant + "e" + e
	}
	s = strconv.FormatFloat(x, 'f', max(prec-1-exp, 0), 64)
	if !alt && strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if alt && !strings.Contains(s, ".") {
		s += "."
	}
	return s
}

// initFormatMethods installs __format__ on object, str, int, float and
// complex (after those types exist).
func initFormatMethods() {
	method := func(typ *Type, builtin bool) {
		typ.addMethod("__format__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if kwnames.Len() > 0 {
				return t.Raisef(TypeErrorType, "%s.__format__() takes no keyword arguments", typ.Name)
			}
			if len(args) != 1 {
				return t.Raisef(TypeErrorType, "%s.__format__() takes exactly one argument (%d given)", typ.Name, len(args))
			}
			spec, ok := AsStr(args[0])
			if !ok {
				return t.Raisef(TypeErrorType, "__format__() argument must be str, not %s", TypeOf(args[0]).Name)
			}
			if !builtin {
				if spec.s != "" {
					return t.Raisef(TypeErrorType, "unsupported format string passed to %s.__format__", TypeOf(self).Name)
				}
				return StrOf(t, self)
			}
			return formatBuiltin(t, self, spec.s)
		})
	}
	method(ObjectType, false)
	method(StrType, true)
	method(IntType, true)
	method(FloatType, true)
	method(ComplexType, true)
}
