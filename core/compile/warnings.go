package compile

import (
	"fmt"
	"strings"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/object"
)

// Compile-time SyntaxWarnings, as CPython 3.13 issues them when it
// compiles a module: first the parser's (invalid escape sequences in
// string and bytes literals, at the line where the literal starts), then
// the code generator's, in source order: `is` with a literal, calling or
// subscripting a literal ("perhaps you missed a comma?") and asserting a
// non-empty tuple.

// Warning is one SyntaxWarning.
type Warning struct {
	Lineno int
	Msg    string
}

// WarnFunc issues a warning; false stops compilation (the warning was
// turned into an error, which is set on the caller's thread).
type WarnFunc func(lineno int, msg string) bool

// CompileWarn compiles mod as Compile does after issuing its compile-time
// warnings through warn (src is the module's source text, for the escape
// sequences; nil skips them). When warn returns false (a filter made the
// warning an error), compilation stops with the SyntaxError CPython
// raises instead: the warning's message at its line.
func CompileWarn(mod ast.Mod, filename string, src []byte, warn WarnFunc) (*object.Code, error) {
	if warn != nil {
		for _, w := range Warnings(mod, src) {
			if !warn(w.Lineno, w.Msg) {
				return nil, &Error{Filename: filename, Pos: ast.Pos{Lineno: w.Lineno, EndLineno: w.Lineno}, Msg: w.Msg}
			}
		}
	}
	return Compile(mod, filename)
}

// Warnings returns the compile-time warnings of mod in CPython's order.
func Warnings(mod ast.Mod, src []byte) []Warning {
	var ws []Warning
	if src != nil {
		lines := lineStarts(src)
		var visit func(n ast.Node)
		visit = func(n ast.Node) {
			switch e := n.(type) {
			case *ast.Constant:
				switch e.Value.(type) {
				case string, ast.Bytes:
					ws = escapeWarnings(ws, src, lines, e.Pos)
				}
				return
			case *ast.JoinedStr:
				ws = escapeWarnings(ws, src, lines, e.Pos)
				// The expressions inside the braces hold their own literals.
				for _, v := range e.Values {
					if fv, ok := v.(*ast.FormattedValue); ok {
						visit(fv.Value)
					}
				}
				return
			}
			ast.Children(n, visit)
		}
		visit(mod)
	}
	var visit func(n ast.Node)
	visit = func(n ast.Node) {
		switch e := n.(type) {
		case *ast.Compare:
			ws = checkCompare(ws, e)
		case *ast.Call:
			if t := literalType(e.Func); t != "" {
				ws = append(ws, Warning{posOf(e.Func).Lineno, fmt.Sprintf("'%s' object is not callable; perhaps you missed a comma?", t)})
			}
		case *ast.Subscript:
			if e.Ctx == ast.Load {
				ws = checkSubscript(ws, e)
			}
		case *ast.Assert:
			if t, ok := e.Test.(*ast.Tuple); ok && len(t.Elts) > 0 {
				ws = append(ws, Warning{e.Pos.Lineno, "assertion is always true, perhaps remove parentheses?"})
			}
		}
		ast.Children(n, visit)
	}
	visit(mod)
	return ws
}

// constType returns the type name of the constant e folds to ("" when e
// is not a constant): CPython warns after its AST optimizer folded
// negative numbers and tuples of constants.
func constType(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Constant:
		switch e.Value.(type) {
		case nil:
			return "NoneType"
		case bool:
			return "bool"
		case ast.EllipsisValue:
			return "ellipsis"
		case string:
			return "str"
		case ast.Bytes:
			return "bytes"
		case float64:
			return "float"
		case complex128:
			return "complex"
		}
		if isIntConst(e.Value) {
			return "int"
		}
	case *ast.UnaryOp:
		if e.Op != ast.Not {
			switch t := constType(e.Operand); t {
			case "int", "float", "complex":
				return t
			case "bool":
				return "int"
			}
		}
	case *ast.Tuple:
		for _, x := range e.Elts {
			if constType(x) == "" {
				return ""
			}
		}
		return "tuple"
	}
	return ""
}

// literalType is CPython's infer_type for the literals the
// missed-comma checks look at ("" for anything else).
func literalType(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Constant:
		return constType(e)
	case *ast.Tuple:
		return "tuple"
	case *ast.List, *ast.ListComp:
		return "list"
	case *ast.Dict, *ast.DictComp:
		return "dict"
	case *ast.Set, *ast.SetComp:
		return "set"
	case *ast.GeneratorExp:
		return "generator"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "str"
	}
	return ""
}

// inferType is CPython's infer_type (also lambdas).
func inferType(e ast.Expr) string {
	if _, ok := e.(*ast.Lambda); ok {
		return "function"
	}
	if t := constType(e); t != "" {
		return t
	}
	return literalType(e)
}

func checkCompare(ws []Warning, e *ast.Compare) []Warning {
	isArg := func(x ast.Expr) bool {
		switch constType(x) {
		case "", "NoneType", "bool", "ellipsis":
			return true
		}
		return false
	}
	left := e.Left
	leftOK := isArg(left)
	for i, op := range e.Ops {
		right := e.Comparators[i]
		rightOK := isArg(right)
		if (op == ast.Is || op == ast.IsNot) && (!leftOK || !rightOK) {
			lit := right
			if !leftOK {
				lit = left
			}
			msg := "\"is\" with '%s' literal. Did you mean \"==\"?"
			if op == ast.IsNot {
				msg = "\"is not\" with '%s' literal. Did you mean \"!=\"?"
			}
			return append(ws, Warning{e.Pos.Lineno, fmt.Sprintf(msg, constType(lit))})
		}
		left, leftOK = right, rightOK
	}
	return ws
}

func checkSubscript(ws []Warning, e *ast.Subscript) []Warning {
	line := posOf(e.Value).Lineno
	switch v := e.Value.(type) {
	case *ast.Constant:
		switch constType(v) {
		case "NoneType", "ellipsis", "int", "float", "complex", "bool":
			return append(ws, Warning{line, fmt.Sprintf("'%s' object is not subscriptable; perhaps you missed a comma?", constType(v))})
		}
	case *ast.Set, *ast.SetComp, *ast.GeneratorExp, *ast.Lambda:
		return append(ws, Warning{line, fmt.Sprintf("'%s' object is not subscriptable; perhaps you missed a comma?", inferType(v))})
	}
	idx := inferType(e.Slice)
	if _, ok := e.Slice.(*ast.Slice); ok || idx == "" || idx == "int" || idx == "bool" {
		return ws
	}
	switch v := e.Value.(type) {
	case *ast.Constant:
		switch constType(v) {
		case "str", "bytes", "tuple":
		default:
			return ws
		}
	case *ast.Tuple, *ast.List, *ast.ListComp, *ast.JoinedStr, *ast.FormattedValue:
	default:
		return ws
	}
	return append(ws, Warning{line, fmt.Sprintf("%s indices must be integers or slices, not %s; perhaps you missed a comma?", inferType(e.Value), idx)})
}

// lineStarts returns the byte offset of each line's start (index 0: line 1).
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

func offsetOf(lines []int, line, col int) int {
	if line < 1 || line > len(lines) {
		return -1
	}
	return lines[line-1] + col
}

// escapeWarnings scans the string literal tokens in the source span of a
// Constant or JoinedStr for invalid escape sequences.
func escapeWarnings(ws []Warning, src []byte, lines []int, p ast.Pos) []Warning {
	start := offsetOf(lines, p.Lineno, p.ColOffset)
	end := offsetOf(lines, p.EndLineno, p.EndColOffset)
	if start < 0 || end < start || end > len(src) {
		return ws
	}
	lineAt := func(off int) int {
		lo, hi := 0, len(lines)
		for lo+1 < hi {
			mid := (lo + hi) / 2
			if lines[mid] <= off {
				lo = mid
			} else {
				hi = mid
			}
		}
		return lo + 1
	}
	i := start
	for i < end {
		c := src[i]
		switch {
		case c == '#':
			for i < end && src[i] != '\n' {
				i++
			}
			continue
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\\' || c == '\f' || c == '(' || c == ')':
			i++
			continue
		}
		// A string token: prefix, quotes.
		j := i
		for j < end && strings.IndexByte("rRbBuUfF", src[j]) >= 0 {
			j++
		}
		if j >= end || (src[j] != '\'' && src[j] != '"') {
			return ws
		}
		prefix := strings.ToLower(string(src[i:j]))
		raw := strings.Contains(prefix, "r")
		isBytes := strings.Contains(prefix, "b")
		isF := strings.Contains(prefix, "f")
		q := src[j]
		triple := j+2 < len(src) && src[j+1] == q && src[j+2] == q
		k := j + 1
		if triple {
			k = j + 3
		}
		tokLine := lineAt(i)
		depth := 0
		// CPython warns once per decoded piece (a token, or an f-string's
		// literal part between replacement fields), for its first bad escape.
		warned := false
		for k < len(src) {
			ch := src[k]
			if depth == 0 {
				if ch == q && (!triple || (k+2 < len(src) && src[k+1] == q && src[k+2] == q)) {
					if triple {
						k += 3
					} else {
						k++
					}
					break
				}
				if ch == '\\' && k+1 < len(src) {
					if !raw {
						if msg := badEscape(src[k+1:], isBytes); msg != "" && !warned {
							ws = append(ws, Warning{tokLine, msg})
							warned = true
						}
					}
					k += 2
					continue
				}
				if isF && ch == '{' {
					if k+1 < len(src) && src[k+1] == '{' {
						k += 2
						continue
					}
					depth = 1
				}
				k++
				continue
			}
			// Inside an f-string's replacement field: nested literals are
			// their own tokens (visited as Constants), skip them.
			switch ch {
			case '{':
				depth++
			case '}':
				if depth--; depth == 0 {
					warned = false
				}
			case '\'', '"':
				k = skipString(src, k)
				continue
			}
			k++
		}
		i = k
	}
	return ws
}

// skipString returns the offset after the quoted string starting at k.
func skipString(src []byte, k int) int {
	q := src[k]
	triple := k+2 < len(src) && src[k+1] == q && src[k+2] == q
	if triple {
		k += 3
	} else {
		k++
	}
	for k < len(src) {
		switch {
		case src[k] == '\\':
			k += 2
			continue
		case src[k] == q && (!triple || (k+2 < len(src) && src[k+1] == q && src[k+2] == q)):
			if triple {
				return k + 3
			}
			return k + 1
		}
		k++
	}
	return k
}

// badEscape returns the warning for the escape whose text (after the
// backslash) starts rest, or "".
func badEscape(rest []byte, isBytes bool) string {
	c := rest[0]
	switch c {
	case '\n', '\\', '\'', '"', 'a', 'b', 'f', 'n', 'r', 't', 'v', 'x', '\r':
		return ""
	case 'N', 'u', 'U':
		if !isBytes {
			return ""
		}
	}
	if c >= '0' && c <= '7' {
		n := 0
		v := 0
		for n < 3 && n < len(rest) && rest[n] >= '0' && rest[n] <= '7' {
			v = v*8 + int(rest[n]-'0')
			n++
		}
		if v > 0o377 {
			return fmt.Sprintf("invalid octal escape sequence '\\%s'", string(rest[:n]))
		}
		return ""
	}
	// The escaped character as written (one code point).
	r := []rune(string(rest[:min(len(rest), 4)]))
	ch := string(c)
	if len(r) > 0 && c >= 0x80 {
		ch = string(r[0])
	}
	return fmt.Sprintf("invalid escape sequence '\\%s'", ch)
}
