package globalsaudit

import (
	"bytes"
	"unicode/utf8"
)

// Preprocessed glibc and Python headers are about 40% __attribute__ tokens
// (__nothrow__, __leaf__, __nonnull__ on every prototype), and tokenizing is
// most of cc/v4's time. dropAttributes removes the attribute specifiers that
// cannot change what the audit sees: those whose every attribute is in
// inertAttributes. Anything else (aligned, packed, mode, vector_size,
// transparent_union, cleanup, section, ...) stays for cc/v4 to handle.
// Newlines inside a removed specifier are kept, so line numbers stay right.

// inertAttributes change diagnostics, optimization or linkage details, never
// a type, a size, or which objects a declaration defines.
var inertAttributes = map[string]bool{
	"nothrow": true, "leaf": true, "nonnull": true, "pure": true, "const": true,
	"malloc": true, "warn_unused_result": true, "deprecated": true, "format": true,
	"format_arg": true, "access": true, "returns_nonnull": true, "noreturn": true,
	"cold": true, "hot": true, "unused": true, "used": true, "always_inline": true,
	"noinline": true, "artificial": true, "gnu_inline": true, "visibility": true,
	"alloc_size": true, "alloc_align": true, "sentinel": true, "warning": true,
	"error": true, "nonstring": true, "fd_arg": true, "fd_arg_read": true,
	"fd_arg_write": true, "returns_twice": true, "unavailable": true,
	"no_instrument_function": true, "no_sanitize_address": true, "flatten": true,
	"externally_visible": true, "optimize": true, "target": true, "weak": true,
	"null_terminated_string_arg": true, "fallthrough": true, "noclone": true,
	"no_reorder": true, "tainted_args": true, "assume_aligned": true,
}

// dropAttributes returns src without its inert __attribute__ specifiers
// and without its asm labels (`__asm__ ("" "name")`: only string literals
// inside, as on glibc's prototypes; an asm statement without operands goes
// too, and it writes nothing). It understands string and character
// literals; anything it does not recognize is copied unchanged.
func dropAttributes(src []byte) []byte {
	out := make([]byte, 0, len(src))
	i := 0
	for {
		j, kw := indexWords(src, i, "__attribute__", "__asm__")
		if j < 0 {
			return append(out, src[i:]...)
		}
		var end int
		var ok bool
		if kw == "__asm__" {
			end, ok = asmLabel(src, j+len(kw))
		} else {
			end, ok = inertSpecifier(src, j+len(kw))
		}
		if !ok {
			out = append(out, src[i:j+len(kw)]...)
			i = j + len(kw)
			continue
		}
		out = append(out, src[i:j]...)
		out = append(out, ' ')
		for _, b := range src[j:end] {
			if b == '\n' {
				out = append(out, '\n')
			}
		}
		i = end
	}
}

// indexWords finds the next occurrence of one of the words at or after
// from that is a whole identifier outside string and character literals.
func indexWords(src []byte, from int, words ...string) (int, string) {
	for i := from; i < len(src); {
		switch b := src[i]; {
		case b == '"' || b == '\'':
			i = skipLiteral(src, i)
		case isIdentByte(b):
			j := i
			for j < len(src) && isIdentByte(src[j]) {
				j++
			}
			for _, w := range words {
				if string(src[i:j]) == w {
					return i, w
				}
			}
			i = j
		default:
			i++
		}
	}
	return -1, ""
}

// asmLabel parses `( "..." "..." )` at i.
func asmLabel(src []byte, i int) (end int, ok bool) {
	i = skipSpace(src, i)
	if i >= len(src) || src[i] != '(' {
		return 0, false
	}
	for i = skipSpace(src, i+1); i < len(src) && src[i] == '"'; i = skipSpace(src, i) {
		i = skipLiteral(src, i)
		if i > len(src) || src[i-1] != '"' {
			return 0, false
		}
	}
	if i >= len(src) || src[i] != ')' {
		return 0, false
	}
	return i + 1, true
}

func skipLiteral(src []byte, i int) int {
	q := src[i]
	for i++; i < len(src) && src[i] != q && src[i] != '\n'; i++ {
		if src[i] == '\\' {
			i++
		}
	}
	return i + 1
}

func skipSpace(src []byte, i int) int {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r') {
		i++
	}
	return i
}

// inertSpecifier parses `((a, b(args), ...))` at i and reports where it
// ends and whether every attribute named in it is inert.
func inertSpecifier(src []byte, i int) (end int, ok bool) {
	i = skipSpace(src, i)
	if i >= len(src) || src[i] != '(' {
		return 0, false
	}
	i = skipSpace(src, i+1)
	if i >= len(src) || src[i] != '(' {
		return 0, false
	}
	i++
	depth := 2
	expectName := true
	for i < len(src) && depth > 0 {
		b := src[i]
		switch {
		case b == '"' || b == '\'':
			i = skipLiteral(src, i)
			continue
		case b == '(':
			depth++
		case b == ')':
			depth--
		case b == ',' && depth == 2:
			expectName = true
		case isIdentByte(b) && !(b >= '0' && b <= '9'):
			j := i
			for j < len(src) && isIdentByte(src[j]) {
				j++
			}
			if depth == 2 && expectName {
				name := src[i:j]
				if len(name) > 4 && bytes.HasPrefix(name, []byte("__")) && bytes.HasSuffix(name, []byte("__")) {
					name = name[2 : len(name)-2]
				}
				if !inertAttributes[string(name)] {
					return 0, false
				}
				expectName = false
			}
			i = j
			continue
		}
		i++
	}
	if depth != 0 {
		return 0, false
	}
	return i, true
}

// decodeUCNs turns universal character names in identifiers (\u00e8,
// \U0000043f), which gcc -E writes for extended characters, back into
// UTF-8: cc/v4 reads UTF-8 identifiers but not UCNs. String and character
// literals are left alone.
func decodeUCNs(src []byte) []byte {
	if !bytes.Contains(src, []byte(`\u`)) && !bytes.Contains(src, []byte(`\U`)) {
		return src
	}
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); {
		b := src[i]
		switch {
		case b == '"' || b == '\'':
			j := skipLiteral(src, i)
			if j > len(src) {
				j = len(src)
			}
			out = append(out, src[i:j]...)
			i = j
		case b == '\\' && i+1 < len(src) && (src[i+1] == 'u' || src[i+1] == 'U'):
			n := 4
			if src[i+1] == 'U' {
				n = 8
			}
			r, ok := parseHex(src[i+2:], n)
			if !ok || !utf8.ValidRune(r) || r < 0x80 {
				out = append(out, b)
				i++
				continue
			}
			out = utf8.AppendRune(out, r)
			i += 2 + n
		default:
			out = append(out, b)
			i++
		}
	}
	return out
}

func parseHex(s []byte, n int) (rune, bool) {
	if len(s) < n {
		return 0, false
	}
	var r rune
	for _, c := range s[:n] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}
