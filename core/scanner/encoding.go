package scanner

import (
	"bytes"
	"compress/flate"
	"embed"
	"io"
	"strconv"
	"strings"
)

// decodeSource turns the raw bytes of a source file into the text the
// tokenizer reads, as CPython's decode_str does for bytes given to
// compile(): reject NUL bytes, strip a UTF-8 BOM, honour a PEP 263
// declaration on line 1 or 2 (line 2 only if line 1 holds no code; a
// declaration counts only if a newline follows it), decode, and translate
// \r\n and \r to \n. Without a declaration the bytes are kept as they are:
// like CPython, invalid UTF-8 is reported only where a token needs
// decoding (identifiers, string literals), not in comments.
func decodeSource(b []byte, opts Options) (string, error) {
	if bytes.IndexByte(b, 0) >= 0 {
		return "", nullBytesError()
	}
	bom := false
	if bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
		b = b[3:]
		bom = true
	}
	name, found := codingSpec(b)
	if found {
		if bom && name != "utf-8" {
			return "", initError("encoding problem: " + name + " with BOM")
		}
		if name != "utf-8" {
			// CPython translates newlines (and adds the final one for
			// exec input) before decoding.
			b = []byte(translateNewlines(string(b)))
			if len(b) > 0 && b[len(b)-1] != '\n' && !opts.NoFinalNewline {
				b = append(b, '\n')
			}
			return decodeWith(name, b)
		}
	}
	return translateNewlines(string(b)), nil
}

func nullBytesError() *Error {
	return &Error{Type: "SyntaxError", Msg: "source code string cannot contain null bytes",
		Line: None, Col: None, EndLine: None, EndCol: None}
}

// initError is a SyntaxError raised while setting up the tokenizer: CPython
// gives it lineno 0, offset -1 and no end or text.
func initError(msg string) *Error {
	return &Error{Type: "SyntaxError", Msg: msg, Line: 0, Col: -1, EndLine: None, EndCol: None}
}

// decodeError is CPython's error for str input that is not valid UTF-8
// (only reachable through NewString with invalid Go strings).
func decodeError(src string) *Error {
	msg, _ := utf8Error(src)
	return initError("(unicode error) " + msg)
}

// translateNewlines converts \r\n and lone \r to \n.
func translateNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// codingSpec looks for a coding declaration on the first two lines.
func codingSpec(b []byte) (name string, found bool) {
	nl := bytes.IndexByte(b, '\n')
	if nl < 0 {
		return "", false
	}
	line1 := b[:nl+1]
	if name, ok := codingLine(line1); ok {
		return name, true
	}
	if !commentOrBlank(line1) {
		return "", false
	}
	rest := b[nl+1:]
	nl2 := bytes.IndexByte(rest, '\n')
	if nl2 < 0 {
		return "", false
	}
	return codingLine(rest[:nl2+1])
}

// commentOrBlank reports whether line holds only whitespace and maybe a
// comment (CPython then also checks the second line).
func commentOrBlank(line []byte) bool {
	for _, c := range line {
		switch c {
		case '#', '\n', '\r':
			return true
		case ' ', '\t', '\f':
		default:
			return false
		}
	}
	return true
}

// codingLine implements CPython's get_coding_spec for one line: optional
// whitespace, '#', then "coding" followed by ':' or '=', spaces, and a name
// of letters, digits, '-', '_' and '.'.
func codingLine(line []byte) (string, bool) {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f') {
		i++
	}
	if i == len(line) || line[i] != '#' {
		return "", false
	}
	for ; i+6 < len(line); i++ {
		if string(line[i:i+6]) != "coding" {
			continue
		}
		j := i + 6
		if line[j] != ':' && line[j] != '=' {
			continue
		}
		j++
		for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
		k := j
		for k < len(line) && (isAlnum(int(line[k])) || line[k] == '-' || line[k] == '_' || line[k] == '.') {
			k++
		}
		if k > j {
			return normalName(string(line[j:k])), true
		}
	}
	return "", false
}

// normalName is CPython's get_normal_name: utf-8 and latin-1 spellings
// (first 12 characters, '_' as '-', any case, optionally followed by '-'
// and more) become "utf-8" and "iso-8859-1".
func normalName(s string) string {
	t := s
	if len(t) > 12 {
		t = t[:12]
	}
	t = strings.ReplaceAll(strings.ToLower(t), "_", "-")
	matches := func(name string) bool {
		return t == name || strings.HasPrefix(t, name+"-")
	}
	switch {
	case matches("utf-8"):
		return "utf-8"
	case matches("latin-1"), matches("iso-8859-1"), matches("iso-latin-1"):
		return "iso-8859-1"
	}
	return s
}

// normalizeEncoding is Python's encodings.normalize_encoding followed by
// the lower-casing codecs.lookup does: runs of characters other than
// letters, digits and '.' become one '_', trimmed at both ends.
func normalizeEncoding(name string) string {
	var b strings.Builder
	pending := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if isAlnum(int(c)) || c == '.' {
			if pending && b.Len() > 0 {
				b.WriteByte('_')
			}
			pending = false
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		} else {
			pending = true
		}
	}
	return b.String()
}

// decodeWith decodes b with the Python codec name: UTF-8, ASCII, Latin-1
// Python's single-byte (charmap) codecs and its two-byte CJK codecs (big5,
// cp932, cp949, cp950, euc_kr, gb2312, gbk, shift_jis), with CPython's
// messages for undecodable bytes and unknown names. Other codecs (euc_jp,
// gb18030, the ISO-2022 family, UTF-16/32) report "unknown encoding".
func decodeWith(name string, b []byte) (string, error) {
	key := normalizeEncoding(name)
	if a, ok := codecAliases[key]; ok {
		key = a
	}
	switch key {
	case "utf_8":
		if msg, bad := utf8Error(string(b)); bad {
			return "", initError(msg)
		}
		return string(b), nil
	case "ascii":
		for i, c := range b {
			if c >= 0x80 {
				return "", initError("'ascii' codec can't decode byte 0x" + hex2(c) +
					" in position " + strconv.Itoa(i) + ": ordinal not in range(128)")
			}
		}
		return string(b), nil
	case "latin_1":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return string(r), nil
	}
	table, ok := charmaps[key]
	if !ok {
		if z, err := cjkTables.ReadFile("cjk/" + key + ".z"); err == nil {
			return decodeCJK(key, z, b)
		}
		return "", initError("unknown encoding: " + name)
	}
	var out strings.Builder
	out.Grow(len(b))
	for i, c := range b {
		r := table[c]
		if r == 0xFFFE {
			return "", initError("'charmap' codec can't decode byte 0x" + hex2(c) +
				" in position " + strconv.Itoa(i) + ": character maps to <undefined>")
		}
		out.WriteRune(rune(r))
	}
	return out.String(), nil
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}

// cjkTables holds the deflated decoding grids of Python's two-byte CJK
// codecs (see gen_unicode.go): uint16 little-endian code points, 256 for
// single bytes, then 256 trail bytes for each lead byte 0x80-0xFF; 0xFFFF
// marks none.
//
//go:embed cjk/*.z
var cjkTables embed.FS

// decodeCJK decodes b with a two-byte codec whose deflated grid is z. The
// grid is inflated for each call: files declaring these codecs are rare.
func decodeCJK(name string, z, b []byte) (string, error) {
	raw, err := io.ReadAll(flate.NewReader(bytes.NewReader(z)))
	if err != nil || len(raw) != 2*(256+128*256) {
		return "", initError("unknown encoding: " + name)
	}
	at := func(i int) rune { return rune(raw[2*i]) | rune(raw[2*i+1])<<8 }
	var out strings.Builder
	out.Grow(len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c < 0x80 {
			out.WriteByte(c)
			continue
		}
		if r := at(int(c)); r != 0xFFFF {
			out.WriteRune(r)
			continue
		}
		if i+1 >= len(b) {
			return "", initError("'" + name + "' codec can't decode byte 0x" + hex2(c) +
				" in position " + strconv.Itoa(i) + ": incomplete multibyte sequence")
		}
		r := at(256 + int(c-0x80)*256 + int(b[i+1]))
		if r == 0xFFFF {
			return "", initError("'" + name + "' codec can't decode byte 0x" + hex2(c) +
				" in position " + strconv.Itoa(i) + ": illegal multibyte sequence")
		}
		out.WriteRune(r)
		i++
	}
	return out.String(), nil
}
