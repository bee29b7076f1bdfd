package vm

import (
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/parser"
)

// PrintException writes exc with its traceback and its chained causes and
// contexts as CPython 3.13 prints an uncaught exception (no colour).
func (t *Thread) PrintException(w io.Writer, exc *object.Exception) {
	var b strings.Builder
	sources := map[string][]string{}
	for name, lines := range t.interp.LineCache {
		sources[name] = lines
	}
	p := &tePrinter{t: t, b: &b, sources: sources} // traceback_group.go
	p.format(buildTE(exc))
	io.WriteString(w, b.String())
}

// exceptionLine is the last line: "Type: message".
func (t *Thread) exceptionLine(exc *object.Exception) string {
	typ := exc.Type()
	name := typ.QualName
	if typ.Module != "builtins" && typ.Module != "__main__" && typ.Module != "" {
		name = typ.Module + "." + name
	}
	s := object.StrOf(&t.Thread, exc.Value())
	if s.IsNull() {
		t.Clear()
		return name + ": <exception str() failed>\n"
	}
	str, _ := object.AsStr(s)
	if str.String() == "" {
		return name + "\n"
	}
	return name + ": " + str.String() + "\n"
}

func writeTracebackEntry(b *strings.Builder, tb *object.Traceback, sources map[string][]string) {
	code := tb.Code
	var pos object.Position
	if tb.PC >= 0 && tb.PC < len(code.Positions) {
		pos = code.Positions[tb.PC]
	}
	b.WriteString("  File \"" + code.Filename + "\", line " + strconv.Itoa(int(pos.Line)) + ", in " + code.Name + "\n")
	lines, ok := sources[code.Filename]
	if !ok {
		if data, err := os.ReadFile(code.Filename); err == nil {
			lines = strings.Split(string(data), "\n")
		}
		sources[code.Filename] = lines
	}
	if pos.Line <= 0 || int(pos.Line) > len(lines) {
		return
	}
	line := strings.TrimRight(lines[pos.Line-1], " \t\r\f")
	stripped := strings.TrimLeft(line, " \t\f")
	indent := len(line) - len(stripped)
	b.WriteString("    " + stripped + "\n")
	if pos.EndLine != pos.Line || pos.Col < 0 || pos.EndCol < 0 || int(pos.EndCol) > len(line) || pos.Col >= pos.EndCol {
		return
	}
	if wholeCall(stripped, int(pos.Col)-indent, int(pos.EndCol)-indent) {
		return
	}
	if carets := caretLine(line, int(pos.Col), int(pos.EndCol)); carets != "" {
		// Columns are byte offsets; the caret line counts characters.
		lead := utf8.RuneCountInString(line[indent:pos.Col])
		b.WriteString("    " + strings.Repeat(" ", lead) + carets + "\n")
	}
}

// wholeCall reports CPython 3.13's exception to caret display (its
// traceback._should_show_carets): `return f(...)`, `x = f(...)` or
// `x = name.method(...)` whose call is exactly the failing range.
func wholeCall(stmt string, start, end int) bool {
	mod, err := parser.ParseFile("<line>", []byte(stmt), parser.Exec, parser.Options{})
	if err != nil {
		return false
	}
	m, ok := mod.(*ast.Module)
	if !ok || len(m.Body) == 0 {
		return false
	}
	var call *ast.Call
	switch s := m.Body[0].(type) {
	case *ast.Return:
		// return f(...): a plain name only.
		if c, ok := s.Value.(*ast.Call); ok {
			if _, ok := c.Func.(*ast.Name); ok {
				call = c
			}
		}
	case *ast.Assign:
		// x = f(...) or x = name.method(...).
		if c, ok := s.Value.(*ast.Call); ok {
			switch fn := c.Func.(type) {
			case *ast.Name:
				call = c
			case *ast.Attribute:
				if _, ok := fn.Value.(*ast.Name); ok {
					call = c
				}
			}
		}
	}
	if call == nil {
		return false
	}
	return call.Pos.Lineno == 1 && call.Pos.EndLineno == 1 && call.Pos.ColOffset == start && call.Pos.EndColOffset == end
}

// caretLine returns the ~~~^^^ line under line[start:end], or "" when
// CPython 3.13 shows none (the range is the whole line and has no
// anchors).
func caretLine(line string, start, end int) string {
	seg := line[start:end]
	n := utf8.RuneCountInString(seg)
	primStart, primEnd, anchored := anchors(seg)
	if !anchored {
		if strings.TrimSpace(line[:start]) == "" && strings.TrimSpace(line[end:]) == "" {
			return ""
		}
		return strings.Repeat("^", n)
	}
	var b strings.Builder
	for i := range seg {
		if i >= len(seg) {
			break
		}
		if i >= primStart && i < primEnd {
			b.WriteByte('^')
		} else {
			b.WriteByte('~')
		}
	}
	_ = n
	return b.String()
}

// anchors finds the primary range of a segment that is a binary
// operation (the operator), a subscript (the brackets) or a call (the
// parentheses), in byte offsets of seg.
func anchors(seg string) (int, int, bool) {
	mod, err := parser.ParseFile("<segment>", []byte(seg), parser.Exec, parser.Options{})
	if err != nil {
		return 0, 0, false
	}
	m, ok := mod.(*ast.Module)
	if !ok || len(m.Body) != 1 {
		return 0, 0, false
	}
	es, ok := m.Body[0].(*ast.ExprStmt)
	if !ok {
		return 0, 0, false
	}
	switch e := es.Value.(type) {
	case *ast.BinOp:
		l := e.Left.(ast.Located).GetPos()
		i := l.EndColOffset
		// Skip closing parentheses and whitespace to the operator.
		for i < len(seg) && (seg[i] == ' ' || seg[i] == ')' || seg[i] == '\t') {
			i++
		}
		j := i + 1
		if j < len(seg) && strings.ContainsRune("*/<>=", rune(seg[j])) && strings.ContainsRune("*/<>", rune(seg[i])) {
			j++
		}
		return i, j, true
	case *ast.Subscript:
		v := e.Value.(ast.Located).GetPos()
		i := v.EndColOffset
		for i < len(seg) && seg[i] != '[' {
			i++
		}
		return i, e.Pos.EndColOffset, true
	case *ast.Call:
		v := e.Func.(ast.Located).GetPos()
		i := v.EndColOffset
		for i < len(seg) && seg[i] != '(' {
			i++
		}
		return i, e.Pos.EndColOffset, true
	}
	return 0, 0, false
}
