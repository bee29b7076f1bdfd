package globalsaudit

import (
	"bytes"
	"os"
)

// columnFixer finds identifiers in original source lines. It caches the
// files it reads for one unit.
type columnFixer struct {
	files map[string]sourceLines
}

type sourceLines struct {
	lines [][]byte
	bom   bool // the file starts with a UTF-8 byte order mark (not in lines)
}

// utf8BOM is the UTF-8 byte order mark. Like gcc and editors, columns do not
// count it: it is not a character of line 1.
const utf8BOM = "\xef\xbb\xbf"

func (c *columnFixer) read(path string) sourceLines {
	if c.files == nil {
		c.files = map[string]sourceLines{}
	}
	f, ok := c.files[path]
	if !ok {
		if b, err := os.ReadFile(path); err == nil {
			f.bom = bytes.HasPrefix(b, []byte(utf8BOM))
			f.lines = bytes.Split(bytes.TrimPrefix(b, []byte(utf8BOM)), []byte{'\n'})
		}
		c.files[path] = f
	}
	return f
}

// fix returns the 1-based column of the declarator's identifier name on
// the given line of path. pre is the preprocessed text and off the
// identifier's offset in it. When the source line spells name as often as
// the preprocessed line, the identifier is the k-th occurrence of name on
// both (tags, typedef names, extern declarations and uses can spell it
// too). Otherwise macros made or removed occurrences: the tokens of the two
// lines are aligned (alignColumn), and a name a macro made gets the column of
// the invocation, as cc/v4's preprocessor reports it. fallback when neither
// finds it.
func (c *columnFixer) fix(path string, line, fallback int, name string, pre []byte, off int) int {
	lines := c.read(path).lines
	if line < 1 || line > len(lines) {
		return fallback
	}
	src := lines[line-1]
	n := ordinalAt(pre, off, name)
	if n < 0 {
		return fallback
	}
	start := bytes.LastIndexByte(pre[:off], '\n') + 1
	end := len(pre)
	if i := bytes.IndexByte(pre[off:], '\n'); i >= 0 {
		end = off + i
	}
	if countIdent(pre[start:end], name) == countIdent(src, name) {
		if col := findIdent(src, name, n); col > 0 {
			return col
		}
	}
	if col := alignColumn(pre[start:end], off-start, src); col > 0 {
		return col
	}
	if col := findIdent(src, name, n); col > 0 {
		return col
	}
	return fallback
}

// ordinalAt counts the occurrences of the identifier name on the line of src
// before byte offset off (the declarator's identifier): the declarator is
// the next one. -1 when off is not at that identifier.
func ordinalAt(src []byte, off int, name string) int {
	if off < 0 || off+len(name) > len(src) || string(src[off:off+len(name)]) != name {
		return -1
	}
	start := bytes.LastIndexByte(src[:off], '\n') + 1
	return countIdent(src[start:off], name)
}

// ppToken is a token of one line: an identifier, a number, a literal or a
// punctuator character, at byte offset at.
type ppToken struct {
	text  string
	at    int
	ident bool
}

// lineTokens splits one line of C into tokens, comments left out.
func lineTokens(s []byte) []ppToken {
	var r []ppToken
	for i := 0; i < len(s); {
		b := s[i]
		switch {
		case b == '/' && i+1 < len(s) && s[i+1] == '/':
			return r
		case b == '/' && i+1 < len(s) && s[i+1] == '*':
			end := bytes.Index(s[i+2:], []byte("*/"))
			if end < 0 {
				return r
			}
			i += end + 4
		case b == '"' || b == '\'':
			j := i + 1
			for j < len(s) && s[j] != b {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j+1, len(s))
			r = append(r, ppToken{text: string(s[i:j]), at: i})
			i = j
		case isIdentByte(b) || isUCN(s, i):
			j := i
			ucn := false
			for j < len(s) {
				if isUCN(s, j) {
					ucn = true
					j += 2
					continue
				}
				if !isIdentByte(s[j]) {
					break
				}
				j++
			}
			text := s[i:j]
			if ucn {
				text = decodeUCNs(text) // as the prefilter spells it
			}
			r = append(r, ppToken{text: string(text), at: i, ident: !(b >= '0' && b <= '9')})
			i = j
		case b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v':
			i++
		default:
			r = append(r, ppToken{text: string(b), at: i})
			i++
		}
	}
	return r
}

// isUCN reports whether a universal character name (\uXXXX, \UXXXXXXXX)
// starts at s[i]; its hex digits are identifier bytes.
func isUCN(s []byte, i int) bool {
	return s[i] == '\\' && i+1 < len(s) && (s[i+1] == 'u' || s[i+1] == 'U')
}

// alignColumn finds the token at offset off of the preprocessed line pre in
// the source line src. The identifiers of src that pre does not spell are
// macro invocations (a function-like one with its parenthesized
// arguments); the other tokens of src are copied into pre in order, between
// the expansions. The result is the 1-based column of the copied token, or
// of the invocation whose expansion holds the token; 0 when there is none.
func alignColumn(pre []byte, off int, src []byte) int {
	ptoks, stoks := lineTokens(pre), lineTokens(src)
	p := -1
	spelled := map[string]bool{}
	for i, t := range ptoks {
		if t.at == off {
			p = i
		}
		if t.ident {
			spelled[t.text] = true
		}
	}
	if p < 0 {
		return 0
	}
	col, e := 0, 0
	for j := 0; j < len(stoks); j++ {
		t := stoks[j]
		if t.ident && !spelled[t.text] {
			if e > p {
				break
			}
			col = t.at + 1 // an invocation: its expansion starts at ptoks[e]
			if j+1 < len(stoks) && stoks[j+1].text == "(" {
				for depth := 0; j+1 < len(stoks); {
					j++
					switch stoks[j].text {
					case "(":
						depth++
					case ")":
						depth--
					}
					if depth == 0 {
						break
					}
				}
			}
			continue
		}
		// Copied: the first equal token from here on.
		k := e
		for k < len(ptoks) && ptoks[k].text != t.text {
			k++
		}
		switch {
		case k == len(ptoks):
			continue
		case k == p:
			return t.at + 1
		case k > p:
			return col // p is in the expansion of the last invocation
		}
		e = k + 1
	}
	return col
}

// bomShift is what a column on line of path that counts a leading byte
// order mark must lose: cc/v4's own preprocessor counts it.
func (c *columnFixer) bomShift(path string, line int) int {
	if line == 1 && c.read(path).bom {
		return len(utf8BOM)
	}
	return 0
}

func isIdentByte(b byte) bool {
	return b == '_' || b == '$' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// countIdent counts the occurrences of the identifier name in s, outside
// comments and literals.
func countIdent(s []byte, name string) int {
	n := 0
	scanIdents(s, func(i, j int) bool {
		if string(s[i:j]) == name {
			n++
		}
		return true
	})
	return n
}

// findIdent scans one C source line and returns the 1-based byte column of
// the n-th occurrence of the identifier name, skipping comments, string and
// character literals; 0 when there is none.
func findIdent(s []byte, name string, n int) int {
	col := 0
	scanIdents(s, func(i, j int) bool {
		if string(s[i:j]) == name {
			if n == 0 {
				col = i + 1
				return false
			}
			n--
		}
		return true
	})
	return col
}

// scanIdents calls f with the bounds s[i:j] of every identifier of a C
// source line, outside comments, string and character literals (numbers
// are skipped), until f returns false.
func scanIdents(s []byte, f func(i, j int) bool) {
	for i := 0; i < len(s); {
		b := s[i]
		switch {
		case b == '/' && i+1 < len(s) && s[i+1] == '/':
			return
		case b == '/' && i+1 < len(s) && s[i+1] == '*':
			end := bytes.Index(s[i+2:], []byte("*/"))
			if end < 0 {
				return
			}
			i += end + 4
		case b == '"' || b == '\'':
			i++
			for i < len(s) && s[i] != b {
				if s[i] == '\\' {
					i++
				}
				i++
			}
			i++
		case isIdentByte(b):
			j := i
			for j < len(s) && isIdentByte(s[j]) {
				j++
			}
			if !(b >= '0' && b <= '9') && !f(i, j) {
				return
			}
			i = j
		default:
			i++
		}
	}
}
