package scanner

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/subpy/subpy/core/token"
)

// tokenError positions msg on the whole token, as CPython's
// RAISE_SYNTAX_ERROR_KNOWN_LOCATION(p, token, ...) does: 1-based character
// offsets of the token's start and end, both converted (and clipped to its
// length + 1) against the token's first line, as CPython converts them.
func tokenError(tok token.Token, msg string) *Error {
	startLine := tokenLine(tok, tok.Start.Line)
	return &Error{
		Type:    "SyntaxError",
		Msg:     msg,
		Line:    tok.Start.Line,
		Col:     byteToCharOffset(startLine, tok.Start.Col+1),
		EndLine: tok.End.Line,
		EndCol:  byteToCharOffset(startLine, tok.End.Col+1),
		Text:    startLine,
	}
}

// tokenLine reconstructs what the token reveals of source line n: the
// token's own text gives its columns' bytes; the bytes before its start
// column are unknown, so ASCII placeholders stand for them (character
// offsets before the token then count bytes; the parser, which knows the
// lines, may recompute them with ErrorAt).
func tokenLine(tok token.Token, n int) string {
	text := tok.Text
	if n == tok.Start.Line {
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			text = text[:i]
		}
		return strings.Repeat(" ", tok.Start.Col) + text
	}
	// A later line of a multi-line token: its text after the last newline
	// before line n.
	lines := strings.Split(text, "\n")
	k := n - tok.Start.Line
	if k >= 0 && k < len(lines) {
		return lines[k]
	}
	return ""
}

// Reposition recomputes a literal error's character offsets from the real
// source lines (line(n) returns line n without its newline): the decoding
// functions see only the token, so non-ASCII text before the token on its
// first line would shift CPython's character offsets. Scanner's methods of
// the same names do this for you.
func (e *Error) Reposition(tok token.Token, line func(int) string) {
	if line == nil || e.Col == 0 {
		return
	}
	start := line(tok.Start.Line)
	e.Col = byteToCharOffset(start, tok.Start.Col+1)
	e.EndCol = byteToCharOffset(start, tok.End.Col+1)
	e.Text = start
}

// splitString separates a STRING token's prefix flags and body.
func splitString(text string) (body string, isBytes, raw bool) {
	i := 0
	for ; i < len(text); i++ {
		c := text[i]
		if c == '\'' || c == '"' {
			break
		}
		switch c {
		case 'b', 'B':
			isBytes = true
		case 'r', 'R':
			raw = true
		}
	}
	q := 1
	if len(text)-i >= 6 && text[i+1] == text[i] && text[i+2] == text[i] {
		q = 3
	}
	if len(text)-i < 2*q {
		return "", isBytes, raw
	}
	return text[i+q : len(text)-q], isBytes, raw
}

func decodeString(tok token.Token) (string, bool, *Error) {
	body, isBytes, raw := splitString(tok.Text)
	if isBytes {
		for i := 0; i < len(body); i++ {
			if body[i] >= utf8.RuneSelf {
				return "", true, tokenError(tok, "bytes can only contain ASCII literal characters")
			}
		}
		if raw || strings.IndexByte(body, '\\') < 0 {
			return body, true, nil
		}
		v, msg := decodeBytesEscapes(body)
		if msg != "" {
			return "", true, tokenError(tok, "(value error) "+msg)
		}
		return v, true, nil
	}
	if raw || strings.IndexByte(body, '\\') < 0 {
		if msg, bad := utf8Error(body); bad {
			return "", false, tokenError(tok, "(unicode error) "+msg)
		}
		return body, false, nil
	}
	v, msg := decodeUnicodeEscapes(body)
	if msg != "" {
		return "", false, tokenError(tok, "(unicode error) "+msg)
	}
	return v, false, nil
}

func decodeFStringMiddle(tok token.Token, raw bool) (string, *Error) {
	body := tok.Text
	if raw || strings.IndexByte(body, '\\') < 0 {
		if msg, bad := utf8Error(body); bad {
			return "", tokenError(tok, "(unicode error) "+msg)
		}
		return body, nil
	}
	v, msg := decodeUnicodeEscapes(body)
	if msg != "" {
		return "", tokenError(tok, "(unicode error) "+msg)
	}
	return v, nil
}

// decodeUnicodeEscapes evaluates the escapes of a str literal body, as
// CPython's decode_unicode_with_escapes: error positions count in its
// intermediate buffer, where each non-ASCII character takes 10 bytes
// (\UXXXXXXXX) and a backslash before one (or at the end) takes 6
// (\u005c), so messages name the same positions.
func decodeUnicodeEscapes(s string) (string, string) {
	var b strings.Builder
	b.Grow(len(s))
	vpos := 0 // position in CPython's intermediate buffer
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			j := i
			for j < len(s) && s[j] >= utf8.RuneSelf {
				j++
			}
			run := s[i:j]
			if msg, bad := utf8Error(run); bad {
				return "", msg
			}
			b.WriteString(run)
			vpos += 10 * utf8.RuneCountInString(run)
			i = j
			continue
		}
		if c != '\\' {
			b.WriteByte(c)
			vpos++
			i++
			continue
		}
		start := vpos
		i++
		if i >= len(s) || s[i] >= utf8.RuneSelf {
			b.WriteByte('\\') // \u005c
			vpos += 6
			continue
		}
		c = s[i]
		i++
		vpos += 2
		switch c {
		case '\n': // a backslash-newline joins lines: nothing
		case '\\', '\'', '"', 'b', 'f', 't', 'n', 'r', 'v', 'a':
			b.WriteByte(simpleEscapes[c])
		case '0', '1', '2', '3', '4', '5', '6', '7':
			ch := rune(c - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				ch = ch<<3 + rune(s[i]-'0')
				i++
				vpos++
			}
			b.WriteRune(ch)
		case 'x', 'u', 'U':
			count, msg := 2, `truncated \xXX escape`
			if c == 'u' {
				count, msg = 4, `truncated \uXXXX escape`
			} else if c == 'U' {
				count, msg = 8, `truncated \UXXXXXXXX escape`
			}
			var ch uint32
			for ; count > 0; count-- {
				if i >= len(s) || !isXDigit(int(s[i])) {
					return "", escapeError(s, start, vpos, msg)
				}
				ch = ch<<4 + uint32(hexVal(s[i]))
				i++
				vpos++
			}
			if ch > utf8.MaxRune {
				return "", escapeError(s, start, vpos, "illegal Unicode character")
			}
			writeCodePoint(&b, ch)
		case 'N':
			msg := `malformed \N character escape`
			if i >= len(s) || s[i] != '{' {
				return "", escapeError(s, start, vpos, msg)
			}
			i++
			vpos++
			j := i
			for j < len(s) && s[j] != '}' {
				j++
			}
			// Names are ASCII in valid input; count the rest as CPython's
			// buffer does.
			nameV := virtualLen(s, i, j)
			if j >= len(s) {
				return "", escapeError(s, start, vpos+nameV, msg)
			}
			if j == i {
				return "", escapeError(s, start, vpos, msg)
			}
			r, ok := lookupName(s[i:j])
			vpos += nameV + 1
			i = j + 1
			if !ok {
				return "", escapeError(s, start, vpos, "unknown Unicode character name")
			}
			b.WriteRune(r)
		default:
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	return b.String(), ""
}

// writeCodePoint writes a code point from an escape.
func writeCodePoint(b *strings.Builder, ch uint32) {
	switch {
	case ch < utf8.RuneSelf:
		b.WriteByte(byte(ch))
	case ch >= 0xD800 && ch <= 0xDFFF:
		// A lone surrogate: Go strings cannot hold it as a rune, so it is
		// kept in its generalized UTF-8 form (WTF-8, bytes ED A0..BF xx).
		b.WriteByte(byte(0xE0 | ch>>12))
		b.WriteByte(byte(0x80 | (ch>>6)&0x3F))
		b.WriteByte(byte(0x80 | ch&0x3F))
	default:
		b.WriteRune(rune(ch))
	}
}

// virtualLen is the length in CPython's intermediate buffer of s[i:j], a
// part of the literal body s: a non-ASCII character takes 10 bytes and a
// backslash followed by one (or ending the body) 6.
func virtualLen(s string, i, j int) int {
	n := 0
	for k := i; k < j; {
		c := s[k]
		switch {
		case c >= utf8.RuneSelf:
			_, size := utf8.DecodeRuneInString(s[k:])
			n += 10
			k += size
			continue
		case c == '\\' && (k+1 >= len(s) || s[k+1] >= utf8.RuneSelf):
			n += 6
		default:
			n++
		}
		k++
	}
	return n
}

func escapeError(s string, start, end int, msg string) string {
	if end-start == 1 {
		return "'unicodeescape' codec can't decode byte 0x5c in position " + strconv.Itoa(start) + ": " + msg
	}
	return "'unicodeescape' codec can't decode bytes in position " + strconv.Itoa(start) + "-" + strconv.Itoa(end-1) + ": " + msg
}

func hexVal(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// decodeBytesEscapes evaluates the escapes of a bytes literal body (ASCII),
// as CPython's _PyBytes_DecodeEscape.
func decodeBytesEscapes(s string) (string, string) {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			b.WriteByte(c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(s) {
			return "", "Trailing \\ in string"
		}
		c = s[i]
		i++
		switch c {
		case '\n': // a backslash-newline joins lines: nothing
		case '\\', '\'', '"', 'b', 'f', 't', 'n', 'r', 'v', 'a':
			b.WriteByte(simpleEscapes[c])
		case '0', '1', '2', '3', '4', '5', '6', '7':
			ch := int(c - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				ch = ch<<3 + int(s[i]-'0')
				i++
			}
			b.WriteByte(byte(ch))
		case 'x':
			if i+1 < len(s) && isXDigit(int(s[i])) && isXDigit(int(s[i+1])) {
				b.WriteByte(hexVal(s[i])<<4 | hexVal(s[i+1]))
				i += 2
				continue
			}
			return "", "invalid \\x escape at position " + strconv.Itoa(start)
		default:
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	return b.String(), ""
}

// utf8Error checks s as CPython's UTF-8 decoder does and returns its
// UnicodeDecodeError message for the first problem.
func utf8Error(s string) (string, bool) {
	if utf8.ValidString(s) {
		return "", false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			i++
			continue
		}
		n, kind := utf8Check(s[i:])
		switch kind {
		case 0:
			i += n
			continue
		case 1:
			return decodeMsg(s, i, i+1, "invalid start byte"), true
		case 2:
			return decodeMsg(s, i, len(s), "unexpected end of data"), true
		default:
			return decodeMsg(s, i, i+n, "invalid continuation byte"), true
		}
	}
	return "", false
}

func isCont(c byte) bool { return c&0xC0 == 0x80 }

// utf8Check classifies the sequence at the start of s: kind 0 valid (n
// bytes), 1 invalid start byte, 2 unexpected end of data, 3 invalid
// continuation after n bytes.
func utf8Check(s string) (n, kind int) {
	c := s[0]
	switch {
	case c < 0xC2:
		return 1, 1
	case c < 0xE0:
		if len(s) < 2 {
			return 0, 2
		}
		if !isCont(s[1]) {
			return 1, 3
		}
		return 2, 0
	case c < 0xF0:
		second := func(c2 byte) bool {
			return isCont(c2) && !(c == 0xE0 && c2 < 0xA0) && !(c == 0xED && c2 >= 0xA0)
		}
		if len(s) < 3 {
			if len(s) >= 2 && !second(s[1]) {
				return 1, 3
			}
			return 0, 2
		}
		if !second(s[1]) {
			return 1, 3
		}
		if !isCont(s[2]) {
			return 2, 3
		}
		return 3, 0
	case c < 0xF5:
		second := func(c2 byte) bool {
			return isCont(c2) && !(c == 0xF0 && c2 < 0x90) && !(c == 0xF4 && c2 >= 0x90)
		}
		if len(s) < 4 {
			if len(s) >= 2 && !second(s[1]) {
				return 1, 3
			}
			if len(s) >= 3 && !isCont(s[2]) {
				return 2, 3
			}
			return 0, 2
		}
		if !second(s[1]) {
			return 1, 3
		}
		if !isCont(s[2]) {
			return 2, 3
		}
		if !isCont(s[3]) {
			return 3, 3
		}
		return 4, 0
	}
	return 1, 1
}

func decodeMsg(s string, start, end int, reason string) string {
	if end-start == 1 {
		return "'utf-8' codec can't decode byte 0x" + hex2(s[start]) + " in position " + strconv.Itoa(start) + ": " + reason
	}
	return "'utf-8' codec can't decode bytes in position " + strconv.Itoa(start) + "-" + strconv.Itoa(end-1) + ": " + reason
}

// maxStrDigits is CPython's default sys.int_info.default_max_str_digits.
const maxStrDigits = 4300

func parseNumber(tok token.Token) (Number, *Error) {
	text := tok.Text
	if strings.IndexByte(text, '_') >= 0 {
		text = strings.ReplaceAll(text, "_", "")
	}
	if text == "" {
		return Number{}, tokenError(tok, "invalid number")
	}
	last := text[len(text)-1]
	if last == 'j' || last == 'J' {
		f, err := strconv.ParseFloat(text[:len(text)-1], 64)
		if err != nil && !isRange(err) {
			return Number{}, tokenError(tok, "invalid imaginary literal")
		}
		return Number{Kind: Imag, Float: f}, nil
	}
	base := 10
	digits := text
	if len(text) > 1 && text[0] == '0' {
		switch text[1] {
		case 'x', 'X':
			base, digits = 16, text[2:]
		case 'o', 'O':
			base, digits = 8, text[2:]
		case 'b', 'B':
			base, digits = 2, text[2:]
		}
	}
	if base == 10 && strings.ContainsAny(text, ".eE") {
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !isRange(err) {
			return Number{}, tokenError(tok, "invalid float literal")
		}
		return Number{Kind: Float, Float: f}, nil
	}
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return Number{Kind: Int, Small: v}, nil
	}
	if base == 10 && len(digits) > maxStrDigits {
		// CPython converts the ValueError into a SyntaxError at the
		// token's line with offsets 0.
		return Number{}, &Error{Type: "SyntaxError", Line: tok.Start.Line, EndLine: tok.Start.Line, Msg: "Exceeds the limit (" + strconv.Itoa(maxStrDigits) +
			" digits) for integer string conversion: value has " + strconv.Itoa(len(digits)) +
			" digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."}
	}
	z, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return Number{}, tokenError(tok, "invalid integer literal")
	}
	return Number{Kind: Int, Big: z}, nil
}

func isRange(err error) bool {
	e, ok := err.(*strconv.NumError)
	return ok && e.Err == strconv.ErrRange
}

// simpleEscapes maps the character after a backslash to the byte it
// stands for, for the one-character escapes strings and bytes share.
var simpleEscapes = [256]byte{
	'\\': '\\', '\'': '\'', '"': '"', 'b': '\b', 'f': '\f',
	't': '\t', 'n': '\n', 'r': '\r', 'v': '\v', 'a': '\a',
}
