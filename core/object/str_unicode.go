package object

import (
	"strings"
	"unicode/utf8"
)

//go:generate go run gen_strtables.go -python python3.13

// Per-character Unicode properties and case mappings of str, on the
// tables gen_strtables.go takes from python3.13 (str_tables.go).

// inRangeTable reports whether r lies in one of the inclusive ranges of t
// (sorted pairs).
func inRangeTable(t []uint32, r rune) bool {
	c := uint32(r)
	lo, hi := 0, len(t)/2
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t[2*m+1] < c {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(t)/2 && t[2*lo] <= c
}

// hasProp reports whether r has the property bit p, whose ranges are t.
func hasProp(r rune, p uint16, t []uint32) bool {
	if r < 0x80 {
		return r >= 0 && asciiProps[r]&p != 0
	}
	return inRangeTable(t, r)
}

func uniIsAlpha(r rune) bool     { return hasProp(r, propAlpha, alphaRanges) }
func uniIsDecimal(r rune) bool   { return hasProp(r, propDecimal, decimalRanges) }
func uniIsDigit(r rune) bool     { return hasProp(r, propDigit, digitRanges) }
func uniIsNumeric(r rune) bool   { return hasProp(r, propNumeric, numericRanges) }
func uniIsSpace(r rune) bool     { return hasProp(r, propSpace, spaceRanges) }
func uniIsPrintable(r rune) bool { return hasProp(r, propPrintable, printableRanges) }
func uniIsLower(r rune) bool     { return hasProp(r, propLower, lowerRanges) }
func uniIsUpper(r rune) bool     { return hasProp(r, propUpper, upperRanges) }
func uniIsTitle(r rune) bool     { return hasProp(r, propTitle, titleRanges) }
func uniIsCased(r rune) bool     { return uniIsLower(r) || uniIsUpper(r) || uniIsTitle(r) }
func uniIsCaseIgnorable(r rune) bool {
	return hasProp(r, propCaseignorable, caseignorableRanges)
}
func uniIsXIDStart(r rune) bool    { return hasProp(r, propXidstart, xidstartRanges) }
func uniIsXIDContinue(r rune) bool { return hasProp(r, propXidcontinue, xidcontinueRanges) }
func uniIsLinebreak(r rune) bool   { return hasProp(r, propLinebreak, linebreakRanges) }
func uniIsAlnum(r rune) bool {
	return uniIsAlpha(r) || uniIsDecimal(r) || uniIsDigit(r) || uniIsNumeric(r)
}

// IsUnicodeSpace reports whether r is whitespace as str.isspace sees it.
func IsUnicodeSpace(r rune) bool { return uniIsSpace(r) }

// IsPrintableRune reports whether repr() shows r as itself.
func IsPrintableRune(r rune) bool { return uniIsPrintable(r) }

// UnicodeDecimal returns the decimal digit value of r (Unicode category
// Nd), or -1: what int() and float() accept as digits.
func UnicodeDecimal(r rune) int {
	if r < 0x80 {
		if r >= '0' && r <= '9' {
			return int(r - '0')
		}
		return -1
	}
	c := uint32(r)
	lo, hi := 0, len(decimalRuns)/3
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if decimalRuns[3*m+1] < c {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(decimalRuns)/3 && decimalRuns[3*lo] <= c {
		return int(decimalRuns[3*lo+2] + c - decimalRuns[3*lo])
	}
	return -1
}

// caseLookup returns the mapping of r in keys/vals, or "" when r maps to
// itself.
func caseLookup(keys []uint32, vals []string, r rune) string {
	c := uint32(r)
	lo, hi := 0, len(keys)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if keys[m] < c {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(keys) && keys[lo] == c {
		return vals[lo]
	}
	return ""
}

// writeMapped appends r's mapping (or r itself) to b.
func writeMapped(b *strings.Builder, keys []uint32, vals []string, r rune) {
	if m := caseLookup(keys, vals, r); m != "" {
		b.WriteString(m)
		return
	}
	writeRuneWTF8(b, r)
}

// writeRuneWTF8 appends r, keeping lone surrogates as WTF-8.
func writeRuneWTF8(b *strings.Builder, r rune) {
	if r >= 0xD800 && r <= 0xDFFF {
		b.WriteByte(byte(0xE0 | r>>12))
		b.WriteByte(byte(0x80 | (r>>6)&0x3F))
		b.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	b.WriteRune(r)
}

// strRunes decodes s (WTF-8) to code points.
func strRunes(s string) []rune {
	rs := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, w := decodeWTF8(s[i:])
		rs = append(rs, r)
		i += w
	}
	return rs
}

// runesToStr encodes code points as WTF-8.
func runesToStr(rs []rune) string {
	var b strings.Builder
	b.Grow(len(rs))
	for _, r := range rs {
		writeRuneWTF8(&b, r)
	}
	return b.String()
}

func isASCIIString(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if (s[i]|s[i+1]|s[i+2]|s[i+3]|s[i+4]|s[i+5]|s[i+6]|s[i+7])&0x80 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// finalSigma reports whether the capital sigma at rs[i] ends a word
// (it lowers to final sigma then).
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && uniIsCaseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !uniIsCased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && uniIsCaseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !uniIsCased(rs[j])
}

// lowerRune appends the lowercase of rs[i] to b (final sigma included).
func lowerRune(b *strings.Builder, rs []rune, i int) {
	if rs[i] == 0x3A3 {
		if finalSigma(rs, i) {
			b.WriteRune(0x3C2)
		} else {
			b.WriteRune(0x3C3)
		}
		return
	}
	writeMapped(b, lowerKeys, lowerVals, rs[i])
}

func asciiMapStr(s string, upper bool) string {
	lo, hi, delta := byte('A'), byte('Z'), byte(32)
	if upper {
		lo, hi, delta = 'a', 'z', 256-32
	}
	i := 0
	for i < len(s) && (s[i] < lo || s[i] > hi) {
		i++
	}
	if i == len(s) {
		return s
	}
	buf := make([]byte, len(s))
	copy(buf, s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if c >= lo && c <= hi {
			c += delta
		}
		buf[i] = c
	}
	return string(buf)
}

func asciiLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func asciiUpper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

// StrLower is str.lower.
func StrLower(s string) string {
	if isASCIIString(s) {
		return asciiMapStr(s, false)
	}
	rs := strRunes(s)
	var b strings.Builder
	for i := range rs {
		lowerRune(&b, rs, i)
	}
	return b.String()
}

// StrUpper is str.upper.
func StrUpper(s string) string {
	if isASCIIString(s) {
		return asciiMapStr(s, true)
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, w := decodeWTF8(s[i:])
		writeMapped(&b, upperKeys, upperVals, r)
		i += w
	}
	return b.String()
}

// StrCasefold is str.casefold.
func StrCasefold(s string) string {
	if isASCIIString(s) {
		return asciiMapStr(s, false)
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, w := decodeWTF8(s[i:])
		writeMapped(&b, foldKeys, foldVals, r)
		i += w
	}
	return b.String()
}

// StrSwapcase is str.swapcase.
func StrSwapcase(s string) string {
	rs := strRunes(s)
	var b strings.Builder
	for i, r := range rs {
		switch {
		case uniIsUpper(r):
			lowerRune(&b, rs, i)
		case uniIsLower(r):
			writeMapped(&b, upperKeys, upperVals, r)
		default:
			writeRuneWTF8(&b, r)
		}
	}
	return b.String()
}

// StrTitle is str.title.
func StrTitle(s string) string {
	rs := strRunes(s)
	var b strings.Builder
	prevCased := false
	for i, r := range rs {
		if prevCased {
			lowerRune(&b, rs, i)
		} else {
			writeMapped(&b, titleKeys, titleVals, r)
		}
		prevCased = uniIsCased(r)
	}
	return b.String()
}

// StrCapitalize is str.capitalize.
func StrCapitalize(s string) string {
	rs := strRunes(s)
	var b strings.Builder
	for i, r := range rs {
		if i == 0 {
			writeMapped(&b, titleKeys, titleVals, r)
		} else {
			lowerRune(&b, rs, i)
		}
	}
	return b.String()
}

// forRunes calls f on each code point of s until it returns false.
func forRunes(s string, f func(r rune) bool) bool {
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = decodeWTF8(s[i:])
		}
		if !f(r) {
			return false
		}
		i += w
	}
	return true
}

// strAll is the shape of isalpha & co: non-empty and every code point
// satisfies f.
func strAll(s string, f func(rune) bool) bool {
	return s != "" && forRunes(s, f)
}

// StrIsLower is str.islower.
func StrIsLower(s string) bool {
	cased := false
	ok := forRunes(s, func(r rune) bool {
		if uniIsUpper(r) || uniIsTitle(r) {
			return false
		}
		if uniIsLower(r) {
			cased = true
		}
		return true
	})
	return ok && cased
}

// StrIsUpper is str.isupper.
func StrIsUpper(s string) bool {
	cased := false
	ok := forRunes(s, func(r rune) bool {
		if uniIsLower(r) || uniIsTitle(r) {
			return false
		}
		if uniIsUpper(r) {
			cased = true
		}
		return true
	})
	return ok && cased
}

// StrIsTitle is str.istitle.
func StrIsTitle(s string) bool {
	cased, prevCased := false, false
	ok := forRunes(s, func(r rune) bool {
		if uniIsUpper(r) || uniIsTitle(r) {
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		} else if uniIsLower(r) {
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		} else {
			prevCased = false
		}
		return true
	})
	return ok && cased
}

// StrIsIdentifier is str.isidentifier.
func StrIsIdentifier(s string) bool {
	first := true
	return s != "" && forRunes(s, func(r rune) bool {
		if first {
			first = false
			return r == '_' || uniIsXIDStart(r)
		}
		return uniIsXIDContinue(r)
	})
}
