package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/scanner"
	"github.com/subpy/subpy/core/token"
)

// lineText returns source line n with its newline, as CPython's error
// machinery sees it.
func (p *parser) lineText(n int) string {
	s := p.sc.Line(n)
	if !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	return s
}

// charOffset converts a 0-based byte column of line into SyntaxError's
// 1-based character offset, as CPython's
// _PyPegen_byte_offset_to_character_offset does (clamped to the line, the
// terminating NUL counting as one more character).
func charOffset(line string, col int) int {
	n := col + 1
	if n > len(line)+1 {
		n = len(line) + 1
	}
	if n <= len(line) {
		return utf8.RuneCountInString(line[:n])
	}
	return utf8.RuneCountInString(line) + 1
}

// newError builds a SyntaxError of type typ at [start, end) (byte columns).
func (p *parser) newError(typ, msg string, start, end token.Pos) *scanner.Error {
	line := p.lineText(start.Line)
	e := &scanner.Error{Type: typ, Msg: msg, Line: start.Line, EndLine: end.Line, Text: line}
	e.Col = charOffset(line, start.Col)
	if start.Col < 0 {
		e.Col = 0
	}
	if end.Col >= 0 {
		e.EndCol = charOffset(line, end.Col)
	} else {
		e.EndCol = end.Col
	}
	return e
}

// errorAt raises msg at [start, end).
func (p *parser) errorAt(msg string, start, end token.Pos) {
	p.fail(p.newError("SyntaxError", msg, start, end))
}

// errorNode raises msg over node n.
func (p *parser) errorNode(msg string, n ast.Node) {
	ps := n.(ast.Located).GetPos()
	p.errorAt(msg, token.Pos{Line: ps.Lineno, Col: ps.ColOffset}, token.Pos{Line: ps.EndLineno, Col: ps.EndColOffset})
}

// errorRange raises msg from the start of a to the end of b.
func (p *parser) errorRange(msg string, a, b ast.Node) {
	pa := a.(ast.Located).GetPos()
	pb := b.(ast.Located).GetPos()
	p.errorAt(msg, token.Pos{Line: pa.Lineno, Col: pa.ColOffset}, token.Pos{Line: pb.EndLineno, Col: pb.EndColOffset})
}

// errorLast raises msg at the furthest token looked at (CPython's
// RAISE_SYNTAX_ERROR without a location).
func (p *parser) errorLast(msg string) {
	t := &p.toks[min(p.far, len(p.toks)-1)]
	p.errorAt(msg, t.Start, t.End)
}

// errorTok raises msg over token t.
func (p *parser) errorTok(msg string, t *tok) { p.errorAt(msg, t.Start, t.End) }

// fail ends the parse with e, unless the tokenizer finds an error further
// on: CPython tokenizes the rest of the source after a parser error and
// prefers the tokenizer's error (an unclosed bracket only when it was
// opened on an earlier line than the parser's error).
func (p *parser) fail(e *scanner.Error) {
	if te := p.tokErr; te != nil && e.Type == "SyntaxError" {
		if !isUnclosed(te) || (te.Line != scanner.None && e.Line > te.Line) {
			e = te
		}
	}
	panic(bailout{e})
}

func isUnclosed(e *scanner.Error) bool {
	return strings.HasSuffix(e.Msg, "was never closed")
}

// raiseTokErr raises the scanner's error when the parser reaches it.
func (p *parser) raiseTokErr() {
	panic(bailout{p.tokErr})
}

// syntaxError raises the generic "invalid syntax" at the furthest token
// the parser looked at (CPython's last filled token), or the indentation
// errors CPython reports when that token is an INDENT or DEDENT.
func (p *parser) syntaxError() {
	i := p.far
	if i >= len(p.toks) {
		i = len(p.toks) - 1
	}
	t := &p.toks[i]
	if t.Kind == token.ERRORTOKEN {
		p.raiseTokErr()
	}
	switch t.Kind {
	case token.INDENT, token.DEDENT:
		// CPython's INDENT and DEDENT tokens have no column: the error
		// is placed where the tokenizer stands, after the indentation.
		msg := "unexpected indent"
		if t.Kind == token.DEDENT {
			msg = "unexpected unindent"
		}
		e := p.newError("IndentationError", msg, t.Start, t.End)
		line := p.lineText(t.End.Line)
		e.Line, e.EndLine = t.End.Line, t.End.Line
		e.Col = charOffset(line, t.End.Col-1)
		e.EndCol = e.Col
		p.fail(e)
	}
	p.fail(p.newError("SyntaxError", "invalid syntax", t.Start, t.End))
}
