package globalsaudit

import (
	"bytes"
	"os"
)

// columnFixer finds identifiers in original source lines. It caches the
// files it reads for one unit.
type columnFixer struct {
	files map[string][][]byte
}

// fix returns the 1-based column of the n-th (0-based) occurrence of the
// identifier name on the given line of path, outside comments and literals,
// or fallback when the line does not spell it that often (a macro made the
// name) or n < 0 (unknown).
func (c *columnFixer) fix(path string, line, fallback int, name string, n int) int {
	if c.files == nil {
		c.files = map[string][][]byte{}
	}
	lines, ok := c.files[path]
	if !ok {
		b, err := os.ReadFile(path)
		if err == nil {
			lines = bytes.Split(b, []byte{'\n'})
		}
		c.files[path] = lines
	}
	if line < 1 || line > len(lines) || n < 0 {
		return fallback
	}
	if col := findIdent(lines[line-1], name, n); col > 0 {
		return col
	}
	return fallback
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
