package object

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// The codecs of str.encode / bytes.decode / str(b, encoding): UTF-8 (and
// -sig), UTF-16/32 (both byte orders, BOM), latin-1, ascii and a few
// single-byte charmap codecs (tables in str_tables.go), with the standard
// error handlers and CPython's UnicodeEncodeError/UnicodeDecodeError
// messages and attributes.

// CharName returns the Unicode name of r (unicodedata.name), for the
// namereplace error handler. The names table lives in a higher layer
// (core/scanner), which may install it here at package initialization;
// without it namereplace falls back to backslash escapes.
var CharName func(r rune) (string, bool)

type codecKind int

const (
	codecUTF8 codecKind = iota
	codecUTF8Sig
	codecUTF16
	codecUTF16LE
	codecUTF16BE
	codecUTF32
	codecUTF32LE
	codecUTF32BE
	codecLatin1
	codecASCII
	codecCharmap
	codecUnicodeEscape
	codecRawUnicodeEscape
)

type codec struct {
	kind  codecKind
	name  string // as error messages name it
	table *[256]uint16
}

var codecModules = map[string]codec{
	"utf_8":      {codecUTF8, "utf-8", nil},
	"utf_8_sig":  {codecUTF8Sig, "utf-8", nil},
	"utf_16":     {codecUTF16, "utf-16", nil},
	"utf_16_le":  {codecUTF16LE, "utf-16-le", nil},
	"utf_16_be":  {codecUTF16BE, "utf-16-be", nil},
	"utf_32":     {codecUTF32, "utf-32", nil},
	"utf_32_le":  {codecUTF32LE, "utf-32-le", nil},
	"utf_32_be":  {codecUTF32BE, "utf-32-be", nil},
	"latin_1":    {codecLatin1, "latin-1", nil},
	"ascii":      {codecASCII, "ascii", nil},
	"cp1252":     {codecCharmap, "charmap", &codec_cp1252},
	"cp1250":     {codecCharmap, "charmap", &codec_cp1250},
	"cp1251":     {codecCharmap, "charmap", &codec_cp1251},
	"cp437":      {codecCharmap, "charmap", &codec_cp437},
	"cp850":      {codecCharmap, "charmap", &codec_cp850},
	"iso8859_15": {codecCharmap, "charmap", &codec_iso8859_15},
	"iso8859_2":  {codecCharmap, "charmap", &codec_iso8859_2},
	"koi8_r":     {codecCharmap, "charmap", &codec_koi8_r},
	"mac_roman":  {codecCharmap, "charmap", &codec_mac_roman},

	"unicode_escape":     {codecUnicodeEscape, "unicodeescape", nil},
	"raw_unicode_escape": {codecRawUnicodeEscape, "rawunicodeescape", nil},
}

// normalizeEncoding is Python's encodings.normalize_encoding after the
// lowercasing codecs.lookup does: runs of other characters than ASCII
// letters, digits and '.' become one '_' (none at the ends).
func normalizeEncoding(e string) string {
	var b strings.Builder
	punct := false
	for i := 0; i < len(e); i++ {
		c := e[i]
		if c >= 'A' && c <= 'Z' {
			c += 32
		}
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteByte(c)
			punct = false
		} else if c < 0x80 {
			punct = true
		} else {
			// Non-ASCII alphanumerics are dropped, others separate.
			r, w := utf8.DecodeRuneInString(e[i:])
			if !uniIsAlnum(r) {
				punct = true
			}
			i += w - 1
		}
	}
	return b.String()
}

// lookupCodec finds the codec an encoding name designates.
func lookupCodec(name string) (codec, bool) {
	switch name {
	case "utf-8", "utf8", "UTF-8":
		return codecModules["utf_8"], true
	}
	n := normalizeEncoding(name)
	if a, ok := codecAliasTable[n]; ok {
		n = a
	} else if a, ok := codecAliasTable[strings.ReplaceAll(n, ".", "_")]; ok {
		n = a
	}
	c, ok := codecModules[n]
	return c, ok
}

// errorHandlerKnown reports whether name is a standard error handler.
func errorHandlerKnown(name string) bool {
	switch name {
	case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
		"surrogateescape", "surrogatepass", "namereplace":
		return true
	}
	return false
}

// escapeRune is the \x, \u or \U escape of r (r itself when ASCII), as
// codec error messages and backslashreplace write it.
func escapeRune(r rune) string {
	switch {
	case r < 0x80:
		return string(r)
	case r <= 0xFF:
		return `\x` + hex2(int(r))
	case r <= 0xFFFF:
		return `\u` + leftPad(strconv.FormatInt(int64(r), 16), 4)
	}
	return `\U` + leftPad(strconv.FormatInt(int64(r), 16), 8)
}

// encodeUnit appends r in the codec's code unit format; ok false when
// the codec cannot represent r (surrogates never pass here).
func (c *codec) encodeUnit(out []byte, r rune) ([]byte, bool) {
	switch c.kind {
	case codecUTF8, codecUTF8Sig:
		if r >= 0xD800 && r <= 0xDFFF {
			return out, false
		}
		return utf8.AppendRune(out, r), true
	case codecUTF16, codecUTF16LE, codecUTF16BE:
		if r >= 0xD800 && r <= 0xDFFF {
			return out, false
		}
		if r >= 0x10000 {
			r -= 0x10000
			out = c.unit16(out, 0xD800+(r>>10))
			return c.unit16(out, 0xDC00+(r&0x3FF)), true
		}
		return c.unit16(out, r), true
	case codecUTF32, codecUTF32LE, codecUTF32BE:
		if r >= 0xD800 && r <= 0xDFFF {
			return out, false
		}
		return c.unit32(out, r), true
	case codecLatin1:
		if r > 0xFF {
			return out, false
		}
		return append(out, byte(r)), true
	case codecASCII:
		if r > 0x7F {
			return out, false
		}
		return append(out, byte(r)), true
	}
	if r < 0x80 && c.table[r] == uint16(r) {
		return append(out, byte(r)), true
	}
	if r < 0xFFFE {
		for i, u := range c.table {
			if u == uint16(r) {
				return append(out, byte(i)), true
			}
		}
	}
	return out, false
}

func (c *codec) unit16(out []byte, u rune) []byte {
	if c.kind == codecUTF16BE {
		return append(out, byte(u>>8), byte(u))
	}
	return append(out, byte(u), byte(u>>8))
}

func (c *codec) unit32(out []byte, u rune) []byte {
	if c.kind == codecUTF32BE {
		return append(out, byte(u>>24), byte(u>>16), byte(u>>8), byte(u))
	}
	return append(out, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
}

func (c *codec) encodeReason() string {
	switch c.kind {
	case codecLatin1:
		return "ordinal not in range(256)"
	case codecASCII:
		return "ordinal not in range(128)"
	case codecCharmap:
		return "character maps to <undefined>"
	}
	return "surrogates not allowed"
}

// encodeStr is str.encode(encoding, errors).
func encodeStr(t *Thread, s *Str, encoding, errors string) ([]byte, bool) {
	c, ok := lookupCodec(encoding)
	if !ok {
		t.Raisef(LookupErrorType, "unknown encoding: %s", encoding)
		return nil, false
	}
	out := make([]byte, 0, len(s.s)+4)
	switch c.kind {
	case codecUTF8Sig:
		out = append(out, 0xEF, 0xBB, 0xBF)
	case codecUTF16:
		out = append(out, 0xFF, 0xFE)
	case codecUTF32:
		out = append(out, 0xFF, 0xFE, 0, 0)
	}
	if (c.kind == codecUTF8 || c.kind == codecUTF8Sig) && utf8.ValidString(s.s) {
		return append(out, s.s...), true
	}
	if c.kind == codecUnicodeEscape || c.kind == codecRawUnicodeEscape {
		return escapeEncode(s.s, c.kind == codecRawUnicodeEscape), true
	}
	rs := strRunes(s.s)
	for pos := 0; pos < len(rs); {
		var ok bool
		out, ok = c.encodeUnit(out, rs[pos])
		if ok {
			pos++
			continue
		}
		end := pos + 1
		// UTF-16 and UTF-32 report one character at a time.
		for end < len(rs) && c.kind != codecUTF16 && c.kind != codecUTF16LE && c.kind != codecUTF16BE &&
			c.kind != codecUTF32 && c.kind != codecUTF32LE && c.kind != codecUTF32BE {
			if _, ok := c.encodeUnit(nil, rs[end]); ok {
				break
			}
			end++
		}
		raise := func() {
			reason := c.encodeReason()
			var msg string
			if end-pos == 1 {
				msg = "'" + c.name + "' codec can't encode character '" + escapeRune(rs[pos]) + "' in position " + strconv.Itoa(pos) + ": " + reason
			} else {
				msg = "'" + c.name + "' codec can't encode characters in position " + strconv.Itoa(pos) + "-" + strconv.Itoa(end-1) + ": " + reason
			}
			raiseUnicodeError(t, UnicodeEncodeErrorType, msg, c.name, s.Value(), pos, end, reason)
		}
		text := func(x string) {
			for i := 0; i < len(x); i++ {
				out, _ = c.encodeUnit(out, rune(x[i]))
			}
		}
		switch errors {
		case "strict":
			raise()
			return nil, false
		case "ignore":
		case "replace":
			for i := pos; i < end; i++ {
				text("?")
			}
		case "backslashreplace", "namereplace":
			for _, r := range rs[pos:end] {
				if errors == "namereplace" && CharName != nil {
					if name, ok := CharName(r); ok {
						text(`\N{` + name + `}`)
						continue
					}
				}
				if r < 0x80 {
					text(`\x` + hex2(int(r)))
				} else {
					text(escapeRune(r))
				}
			}
		case "xmlcharrefreplace":
			for _, r := range rs[pos:end] {
				text("&#" + strconv.Itoa(int(r)) + ";")
			}
		case "surrogateescape":
			for _, r := range rs[pos:end] {
				if r < 0xDC80 || r > 0xDCFF {
					raise()
					return nil, false
				}
			}
			for _, r := range rs[pos:end] {
				out = append(out, byte(r-0xDC00))
			}
		case "surrogatepass":
			switch c.kind {
			case codecLatin1, codecASCII, codecCharmap:
				raise()
				return nil, false
			}
			for _, r := range rs[pos:end] {
				if r < 0xD800 || r > 0xDFFF {
					raise()
					return nil, false
				}
			}
			for _, r := range rs[pos:end] {
				switch c.kind {
				case codecUTF8, codecUTF8Sig:
					out = append(out, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
				case codecUTF16, codecUTF16LE, codecUTF16BE:
					out = c.unit16(out, r)
				default:
					out = c.unit32(out, r)
				}
			}
		default:
			t.Raisef(LookupErrorType, "unknown error handler name '%s'", errors)
			return nil, false
		}
		pos = end
	}
	return out, true
}

// decoder holds the state of one bytes.decode call.
type decoder struct {
	t      *Thread
	b      []byte
	name   string
	errors string
	sb     strings.Builder
}

// fail applies the error handler to bytes [start, end); false: an
// exception was raised.
func (d *decoder) fail(start, end int, reason string) bool {
	switch d.errors {
	case "ignore":
		return true
	case "replace":
		d.sb.WriteRune(utf8.RuneError)
		return true
	case "backslashreplace":
		for _, c := range d.b[start:end] {
			d.sb.WriteString(`\x` + hex2(int(c)))
		}
		return true
	case "surrogateescape":
		ok := true
		for _, c := range d.b[start:end] {
			if c < 0x80 {
				ok = false
			}
		}
		if ok {
			for _, c := range d.b[start:end] {
				writeRuneWTF8(&d.sb, 0xDC00+rune(c))
			}
			return true
		}
	case "strict", "surrogatepass":
	case "xmlcharrefreplace", "namereplace":
		d.t.RaiseMsg(TypeErrorType, "don't know how to handle UnicodeDecodeError in error callback")
		return false
	default:
		d.t.Raisef(LookupErrorType, "unknown error handler name '%s'", d.errors)
		return false
	}
	var msg string
	if end-start == 1 {
		msg = "'" + d.name + "' codec can't decode byte 0x" + hex2(int(d.b[start])) + " in position " + strconv.Itoa(start) + ": " + reason
	} else {
		msg = "'" + d.name + "' codec can't decode bytes in position " + strconv.Itoa(start) + "-" + strconv.Itoa(end-1) + ": " + reason
	}
	raiseUnicodeError(d.t, UnicodeDecodeErrorType, msg, d.name, NewBytes(string(d.b)).Value(), start, end, reason)
	return false
}

// decodeBytes is bytes.decode(encoding, errors).
func decodeBytes(t *Thread, b []byte, encoding, errors string) Value {
	c, ok := lookupCodec(encoding)
	if !ok {
		return t.Raisef(LookupErrorType, "unknown encoding: %s", encoding)
	}
	d := &decoder{t: t, b: b, name: c.name, errors: errors}
	var ok2 bool
	switch c.kind {
	case codecUTF8Sig:
		if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
			d.b = b[3:]
		}
		fallthrough
	case codecUTF8:
		if utf8.Valid(d.b) {
			return NewStr(string(d.b)).Value()
		}
		ok2 = d.utf8()
	case codecLatin1:
		if isASCII(b) {
			return NewStr(string(b)).Value()
		}
		for _, x := range b {
			d.sb.WriteRune(rune(x))
		}
		ok2 = true
	case codecASCII:
		if isASCII(b) {
			return NewStr(string(b)).Value()
		}
		ok2 = true
		for i, x := range b {
			if x >= 0x80 {
				if !d.fail(i, i+1, "ordinal not in range(128)") {
					return Null
				}
				continue
			}
			d.sb.WriteByte(x)
		}
	case codecCharmap:
		ok2 = true
		for i, x := range b {
			u := c.table[x]
			if u == 0xFFFE {
				if !d.fail(i, i+1, "character maps to <undefined>") {
					return Null
				}
				continue
			}
			d.sb.WriteRune(rune(u))
		}
	case codecUnicodeEscape, codecRawUnicodeEscape:
		ok2 = d.unicodeEscape(c.kind == codecRawUnicodeEscape)
	case codecUTF16, codecUTF16LE, codecUTF16BE:
		be, start := c.kind == codecUTF16BE, 0
		if c.kind == codecUTF16 && len(b) >= 2 {
			if b[0] == 0xFF && b[1] == 0xFE {
				start = 2
			} else if b[0] == 0xFE && b[1] == 0xFF {
				start, be = 2, true
			}
		}
		d.name = "utf-16-le"
		if be {
			d.name = "utf-16-be"
		}
		ok2 = d.utf16(start, be)
	default:
		be, start := c.kind == codecUTF32BE, 0
		if c.kind == codecUTF32 && len(b) >= 4 {
			if b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0 {
				start = 4
			} else if b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF {
				start, be = 4, true
			}
		}
		d.name = "utf-32-le"
		if be {
			d.name = "utf-32-be"
		}
		ok2 = d.utf32(start, be)
	}
	if !ok2 {
		return Null
	}
	return NewStr(d.sb.String()).Value()
}

func (d *decoder) utf8() bool {
	b := d.b
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			d.sb.WriteByte(c)
			i++
			continue
		}
		need, lo, hi := 0, byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 1
		case c >= 0xE0 && c <= 0xEF:
			need = 2
			if c == 0xE0 {
				lo = 0xA0
			} else if c == 0xED {
				if d.errors == "surrogatepass" && i+2 < len(b) && b[i+1] >= 0xA0 && b[i+1] <= 0xBF && b[i+2]&0xC0 == 0x80 {
					d.sb.Write(b[i : i+3])
					i += 3
					continue
				}
				hi = 0x9F
			}
		case c >= 0xF0 && c <= 0xF4:
			need = 3
			if c == 0xF0 {
				lo = 0x90
			} else if c == 0xF4 {
				hi = 0x8F
			}
		default:
			if !d.fail(i, i+1, "invalid start byte") {
				return false
			}
			i++
			continue
		}
		k := 1
		ok := true
		for ; k <= need; k++ {
			if i+k >= len(b) {
				if !d.fail(i, len(b), "unexpected end of data") {
					return false
				}
				ok = false
				k = len(b) - i
				break
			}
			x := b[i+k]
			l, h := byte(0x80), byte(0xBF)
			if k == 1 {
				l, h = lo, hi
			}
			if x < l || x > h {
				if !d.fail(i, i+k, "invalid continuation byte") {
					return false
				}
				ok = false
				break
			}
		}
		if ok {
			d.sb.Write(b[i : i+need+1])
			i += need + 1
		} else {
			i += k
		}
	}
	return true
}

func (d *decoder) utf16(i int, be bool) bool {
	b := d.b
	unit := func(j int) rune {
		if be {
			return rune(b[j])<<8 | rune(b[j+1])
		}
		return rune(b[j+1])<<8 | rune(b[j])
	}
	pass := d.errors == "surrogatepass"
	for i+1 < len(b) {
		u := unit(i)
		if u < 0xD800 || u > 0xDFFF {
			d.sb.WriteRune(u)
			i += 2
			continue
		}
		if u >= 0xDC00 {
			if pass {
				writeRuneWTF8(&d.sb, u)
			} else if !d.fail(i, i+2, "illegal encoding") {
				return false
			}
			i += 2
			continue
		}
		if i+3 >= len(b) {
			if pass && i+2 == len(b) {
				writeRuneWTF8(&d.sb, u)
			} else if !d.fail(i, len(b), "unexpected end of data") {
				return false
			}
			return true
		}
		u2 := unit(i + 2)
		if u2 >= 0xDC00 && u2 <= 0xDFFF {
			d.sb.WriteRune(0x10000 + (u-0xD800)<<10 + (u2 - 0xDC00))
			i += 4
			continue
		}
		if pass {
			writeRuneWTF8(&d.sb, u)
		} else if !d.fail(i, i+2, "illegal UTF-16 surrogate") {
			return false
		}
		i += 2
	}
	if i < len(b) {
		return d.fail(i, len(b), "truncated data")
	}
	return true
}

func (d *decoder) utf32(i int, be bool) bool {
	b := d.b
	for i+3 < len(b) {
		var u uint32
		if be {
			u = uint32(b[i])<<24 | uint32(b[i+1])<<16 | uint32(b[i+2])<<8 | uint32(b[i+3])
		} else {
			u = uint32(b[i+3])<<24 | uint32(b[i+2])<<16 | uint32(b[i+1])<<8 | uint32(b[i])
		}
		switch {
		case u > 0x10FFFF:
			if !d.fail(i, i+4, "code point not in range(0x110000)") {
				return false
			}
		case u >= 0xD800 && u <= 0xDFFF:
			if d.errors == "surrogatepass" {
				writeRuneWTF8(&d.sb, rune(u))
			} else if !d.fail(i, i+4, "code point in surrogate code point range(0xd800, 0xe000)") {
				return false
			}
		default:
			d.sb.WriteRune(rune(u))
		}
		i += 4
	}
	if i < len(b) {
		return d.fail(i, len(b), "truncated data")
	}
	return true
}

// EncodeString encodes s for other layers (io, os): ok false with the
// exception set.
func EncodeString(t *Thread, s *Str, encoding, errors string) ([]byte, bool) {
	return encodeStr(t, s, encoding, errors)
}

// DecodeBytes decodes b for other layers: Null with the exception set.
func DecodeBytes(t *Thread, b []byte, encoding, errors string) Value {
	return decodeBytes(t, b, encoding, errors)
}

// CodecKnown reports whether encoding names a codec implemented here.
func CodecKnown(encoding string) bool {
	_, ok := lookupCodec(encoding)
	return ok
}

// decodeWTF8 decodes one code point of WTF-8 (lone surrogates allowed).
func decodeWTF8(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	r, w := utf8.DecodeRuneInString(s)
	if w == 0 {
		w = 1
	}
	return r, w
}

// escapeEncode is the unicode_escape (raw: raw_unicode_escape) encoder.
func escapeEncode(s string, raw bool) []byte {
	out := make([]byte, 0, len(s)+8)
	const hexd = "0123456789abcdef"
	hexn := func(prefix string, r rune, n int) {
		out = append(out, prefix...)
		for k := n - 1; k >= 0; k-- {
			out = append(out, hexd[(r>>(4*k))&15])
		}
	}
	for i := 0; i < len(s); {
		r, w := decodeWTF8(s[i:])
		i += w
		switch {
		case raw && r < 0x100:
			out = append(out, byte(r))
		case r >= 0x10000:
			hexn(`\U`, r, 8)
		case r >= 0x100:
			hexn(`\u`, r, 4)
		case r == '\\':
			out = append(out, '\\', '\\')
		case r == '\t':
			out = append(out, '\\', 't')
		case r == '\n':
			out = append(out, '\\', 'n')
		case r == '\r':
			out = append(out, '\\', 'r')
		case r < 0x20 || r >= 0x7f:
			hexn(`\x`, r, 2)
		default:
			out = append(out, byte(r))
		}
	}
	return out
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// unicodeEscape decodes unicode_escape (raw: raw_unicode_escape) bytes.
func (d *decoder) unicodeEscape(raw bool) bool {
	b := d.b
	// hexEscape reads n hex digits after b[i:i+2]; ok false after the
	// error handler ran (next is where to continue).
	hexEscape := func(i, n int, what string) (r rune, next int, ok bool, handled bool) {
		j := i + 2
		for k := 0; k < n; k++ {
			if j >= len(b) || hexVal(b[j]) < 0 {
				if !d.fail(i, j, "truncated "+what+" escape") {
					return 0, 0, false, false
				}
				return 0, j, false, true
			}
			r = r<<4 | rune(hexVal(b[j]))
			j++
		}
		if r > 0x10FFFF {
			reason := "illegal Unicode character"
			if raw {
				reason = `\Uxxxxxxxx out of range`
			}
			if !d.fail(i, j, reason) {
				return 0, 0, false, false
			}
			return 0, j, false, true
		}
		return r, j, true, true
	}
	for i := 0; i < len(b); {
		c := b[i]
		if c != '\\' {
			d.sb.WriteRune(rune(c))
			i++
			continue
		}
		if raw {
			// Only \u and \U after an odd run of backslashes escape.
			j := i
			for j < len(b) && b[j] == '\\' {
				j++
			}
			run := j - i
			if run%2 == 0 || j >= len(b) || (b[j] != 'u' && b[j] != 'U') {
				d.sb.Write(b[i:j])
				i = j
				continue
			}
			d.sb.Write(b[i : j-1])
			i = j - 1
			n, what := 4, `\uXXXX`
			if b[j] == 'U' {
				n, what = 8, `\Uxxxxxxxx`
			}
			r, next, ok, handled := hexEscape(i, n, what)
			if !handled {
				return false
			}
			if ok {
				writeRuneWTF8(&d.sb, r)
			}
			i = next
			continue
		}
		if i+1 >= len(b) {
			return d.fail(i, len(b), `\ at end of string`)
		}
		e := b[i+1]
		switch e {
		case '\n':
			i += 2
		case '\\', '\'', '"':
			d.sb.WriteByte(e)
			i += 2
		case 'a', 'b', 'f', 'n', 'r', 't', 'v':
			d.sb.WriteByte("\a\b\f\n\r\t\v"[strings.IndexByte("abfnrtv", e)])
			i += 2
		case '0', '1', '2', '3', '4', '5', '6', '7':
			r, j := rune(0), i+1
			for k := 0; k < 3 && j < len(b) && b[j] >= '0' && b[j] <= '7'; k++ {
				r = r*8 + rune(b[j]-'0')
				j++
			}
			d.sb.WriteRune(r)
			i = j
		case 'x', 'u', 'U':
			n, what := 2, `\xXX`
			if e == 'u' {
				n, what = 4, `\uXXXX`
			} else if e == 'U' {
				n, what = 8, `\UXXXXXXXX`
			}
			r, next, ok, handled := hexEscape(i, n, what)
			if !handled {
				return false
			}
			if ok {
				writeRuneWTF8(&d.sb, r)
			}
			i = next
		case 'N':
			// No names table at this layer (see CharName).
			j := i + 2
			if j < len(b) && b[j] == '{' {
				for j < len(b) && b[j] != '}' {
					j++
				}
				if j < len(b) {
					if !d.fail(i, j+1, "unknown Unicode character name") {
						return false
					}
					i = j + 1
					continue
				}
			}
			if !d.fail(i, min(i+2, len(b)), `malformed \N character escape`) {
				return false
			}
			i = min(i+2, len(b))
		default:
			d.sb.WriteByte('\\')
			i++
		}
	}
	return true
}
