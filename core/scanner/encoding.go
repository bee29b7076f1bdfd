package scanner

import (
	"bytes"
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
func decodeSource(b []byte) (string, error) {
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
			text, err := decodeWith(name, b)
			if err != nil {
				return "", err
			}
			return translateNewlines(text), nil
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
// and Python's single-byte (charmap) codecs, with CPython's messages for
// undecodable bytes and unknown names. Multi-byte codecs (CJK, UTF-16) are
// not supported and report "unknown encoding".
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
