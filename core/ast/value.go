package ast

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Value is the value of a Constant or MatchSingleton node. Its dynamic type
// is one of:
//
//	nil            None
//	bool           True, False
//	EllipsisValue  Ellipsis (`...`)
//	int64          an int that fits in 64 bits
//	*big.Int       any other int (never modified once in a tree)
//	float64        a float
//	complex128     a complex (imaginary literals)
//	string         a str, in WTF-8 (lone surrogates encoded as three bytes)
//	Bytes          a bytes object
type Value any

// EllipsisValue is the type of Python's Ellipsis constant.
type EllipsisValue struct{}

// Bytes is a Python bytes value (arbitrary bytes, not UTF-8).
type Bytes string

func (d *dumper) value(v Value) {
	d.leaf()
	if b, ok := v.(*big.Int); ok {
		if err := CheckIntRepr(b); err != nil {
			if d.err == nil {
				d.err = err
			}
			return
		}
	}
	WriteRepr(&d.w, v)
}

// IntReprError is the ValueError of int-to-str conversions beyond
// CPython's default limit of 4300 decimal digits.
type IntReprError struct{ Msg string }

func (e *IntReprError) Error() string { return "ValueError: " + e.Msg }

// maxStrDigits is CPython's default sys.get_int_max_str_digits().
const maxStrDigits = 4300

// CheckIntRepr returns the ValueError CPython's repr(int) raises for b, or
// nil: more than 4300 decimal digits (with the default limit CPython's
// message never gives the count: such ints take its early check or its
// _pylong path).
func CheckIntRepr(b *big.Int) error {
	if b.BitLen() < 14000 { // at most 4215 digits
		return nil
	}
	size := (b.BitLen() + 29) / 30
	if maxStrDigits/(3*30) <= (size-11)/10 {
		return &IntReprError{intLimitMsg}
	}
	s := b.String()
	n := len(s)
	if s[0] == '-' {
		n--
	}
	if n > maxStrDigits {
		return &IntReprError{intLimitMsg}
	}
	return nil
}

const intLimitMsg = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"

// Repr returns Python's repr() of a constant value.
func Repr(v Value) string {
	var b strings.Builder
	WriteRepr(&b, v)
	return b.String()
}

// WriteRepr writes Python's repr() of a constant value to b.
func WriteRepr(b *strings.Builder, v Value) {
	switch v := v.(type) {
	case nil:
		b.WriteString("None")
	case bool:
		if v {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case EllipsisValue:
		b.WriteString("Ellipsis")
	case int64:
		b.WriteString(strconv.FormatInt(v, 10))
	case int:
		b.WriteString(strconv.Itoa(v))
	case *big.Int:
		b.WriteString(v.String())
	case float64:
		b.WriteString(FloatRepr(v))
	case complex128:
		re, im := real(v), imag(v)
		if re == 0 && !math.Signbit(re) {
			b.WriteString(floatRepr(im, false))
			b.WriteByte('j')
			return
		}
		b.WriteByte('(')
		b.WriteString(floatRepr(re, false))
		if im >= 0 || math.IsNaN(im) {
			b.WriteByte('+')
		}
		b.WriteString(floatRepr(im, false))
		b.WriteString("j)")
	case string:
		writeStrRepr(b, v)
	case Bytes:
		writeBytesRepr(b, string(v))
	default:
		b.WriteString("<?>")
	}
}

// FloatRepr returns Python's repr() of a float: the shortest string that
// round-trips, in fixed notation when the decimal exponent is in [-4, 16),
// with ".0" added to integral values.
func FloatRepr(f float64) string { return floatRepr(f, true) }

func floatRepr(f float64, addDotZero bool) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	// Shortest digits and exponent.
	s := strconv.FormatFloat(f, 'e', -1, 64) // d.ddddde±XX
	neg := false
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	mant, exps, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(exps)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := exp + 1 // position of the decimal point after the first digits
	var out []byte
	if neg {
		out = append(out, '-')
	}
	if decpt > -4 && decpt <= 16 {
		switch {
		case decpt <= 0:
			out = append(out, "0."...)
			for i := 0; i < -decpt; i++ {
				out = append(out, '0')
			}
			out = append(out, digits...)
		case decpt >= len(digits):
			out = append(out, digits...)
			for i := len(digits); i < decpt; i++ {
				out = append(out, '0')
			}
			if addDotZero {
				out = append(out, ".0"...)
			}
		default:
			out = append(out, digits[:decpt]...)
			out = append(out, '.')
			out = append(out, digits[decpt:]...)
		}
		return string(out)
	}
	out = append(out, digits[0])
	if len(digits) > 1 {
		out = append(out, '.')
		out = append(out, digits[1:]...)
	}
	out = append(out, 'e')
	e := decpt - 1
	if e < 0 {
		out = append(out, '-')
		e = -e
	} else {
		out = append(out, '+')
	}
	if e < 10 {
		out = append(out, '0')
	}
	out = strconv.AppendInt(out, int64(e), 10)
	return string(out)
}

// IsPrintable reports whether Python's str.isprintable() holds for r.
func IsPrintable(r rune) bool {
	if r < 0x7f {
		return r >= 0x20
	}
	lo, hi := 0, len(nonPrintable)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case r < nonPrintable[m][0]:
			hi = m
		case r > nonPrintable[m][1]:
			lo = m + 1
		default:
			return false
		}
	}
	return true
}

// decodeWTF8 decodes one code point of a WTF-8 string (UTF-8 that may hold
// surrogates); it returns utf8.RuneError, 1 for an invalid byte.
func decodeWTF8(s string) (rune, int) {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n == 1 && len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return rune(0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F)), 3
	}
	return r, n
}

const hexDigits = "0123456789abcdef"

func writeStrRepr(b *strings.Builder, s string) {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\t':
				b.WriteString(`\t`)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c < 0x20 || c == 0x7f:
				b.WriteString(`\x`)
				b.WriteByte(hexDigits[c>>4])
				b.WriteByte(hexDigits[c&15])
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, n := decodeWTF8(s[i:])
		if r == utf8.RuneError && n == 1 {
			// Not valid WTF-8: show the byte as a surrogateescape would.
			r = 0xDC00 | rune(s[i])
		}
		if IsPrintable(r) {
			b.WriteString(s[i : i+n])
		} else {
			switch {
			case r < 0x100:
				b.WriteString(`\x`)
				b.WriteByte(hexDigits[r>>4])
				b.WriteByte(hexDigits[r&15])
			case r < 0x10000:
				b.WriteString(`\u`)
				for sh := 12; sh >= 0; sh -= 4 {
					b.WriteByte(hexDigits[(r>>sh)&15])
				}
			default:
				b.WriteString(`\U`)
				for sh := 28; sh >= 0; sh -= 4 {
					b.WriteByte(hexDigits[(r>>sh)&15])
				}
			}
		}
		i += n
	}
	b.WriteByte(quote)
}

func writeBytesRepr(b *strings.Builder, s string) {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b.WriteString("b")
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			b.WriteString(`\x`)
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
}
