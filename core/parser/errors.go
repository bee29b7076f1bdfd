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

// errorFrom raises msg from start to the tokenizer's position, the end of
// the furthest token fetched (CPython's RAISE_SYNTAX_ERROR_STARTING_FROM:
// CURRENT_POS is a column already 1-based, so it gets no +1).
func (p *parser) errorFrom(msg string, start token.Pos) {
	end := p.fillTok().End
	if end.Col < 0 {
		// A NEWLINE without a column (single input without one at the
		// end): the tokenizer stands at the end of the line.
		end.Col = len(strings.TrimSuffix(p.sc.Line(end.Line), "\n"))
	}
	end.Col--
	p.errorAt(msg, start, end)
}

// errorLast raises msg at the furthest token looked at (CPython's
// RAISE_SYNTAX_ERROR without a location).
func (p *parser) errorLast(msg string) {
	p.errorTok(msg, p.farTok())
}

func (p *parser) farTok() *tok {
	return &p.toks[min(p.far, len(p.toks)-1)]
}

// fillTok is the furthest token ever looked at.
func (p *parser) fillTok() *tok {
	return &p.toks[min(p.fill, len(p.toks)-1)]
}

// errorTok raises msg over token t.
func (p *parser) errorTok(msg string, t *tok) { p.fail(p.tokError("SyntaxError", msg, t)) }

// tokError builds an error located at token t. INDENT and DEDENT tokens
// have no column in CPython: the error then stands where the tokenizer
// stopped, after the indentation (or at the end of the last line for the
// DEDENTs at the end of the input), with no +1.
func (p *parser) tokError(typ, msg string, t *tok) *scanner.Error {
	// Tokens at the end of input: the tokenizer is still on the last
	// line, past its newline. In exec mode the scanner puts them on the
	// line after; in the other modes the parser already moved them back
	// (and gave them no column).
	eof := (t.Kind == token.DEDENT || t.Kind == token.ENDMARKER) && t.End.Col == 0 && t.End.Line > 1 && p.atEOF(t)
	noCol := t.Start.Col < 0 && t.Start.Line > 0
	if t.Kind != token.INDENT && t.Kind != token.DEDENT && !eof && !noCol {
		return p.newError(typ, msg, t.Start, t.End)
	}
	lineNo, col := t.End.Line, t.End.Col
	switch {
	case noCol:
		lineNo = t.Start.Line
		col = len(p.lineText(lineNo))
		if !p.srcEndsNL && p.sc.Line(lineNo+1) == "" {
			col-- // the last line has no newline (not exec input)
		}
	case eof:
		lineNo = t.End.Line - 1
		col = len(p.lineText(lineNo))
	}
	line := p.lineText(lineNo)
	e := &scanner.Error{Type: typ, Msg: msg, Line: lineNo, EndLine: lineNo, Text: line}
	if col > 0 {
		e.Col = charOffset(line, col-1)
	}
	// An INDENT, a DEDENT, the ENDMARKER or a token the parser gave no
	// column has no end column either: CPython leaves it at -1.
	e.EndCol = -1
	return e
}

// atEOF reports whether only DEDENTs and the ENDMARKER follow token t.
func (p *parser) atEOF(t *tok) bool {
	for i := len(p.toks) - 1; i >= 0; i-- {
		k := p.toks[i].Kind
		if &p.toks[i] == t {
			return true
		}
		if k != token.DEDENT && k != token.ENDMARKER && k != token.NEWLINE {
			return false
		}
	}
	return false
}

// fail ends the parse with e, unless the tokenizer finds an error further
// on: CPython tokenizes the rest of the source after a parser error and
// prefers the tokenizer's error (an unclosed bracket only when it was
// opened on an earlier line than the parser's error).
func (p *parser) fail(e *scanner.Error) {
	if te := p.tokErr; te != nil && e.Type == "SyntaxError" {
		switch {
		case p.tokErrInFString:
			// An error inside an f-string does not replace the parser's.
		case p.sc.ErrDirect():
			if msg, ok := strings.CutPrefix(te.Msg, "(unicode error) "); ok {
				// A name that is not UTF-8 (CPython's E_DECODE): met
				// only while the rest of the source is tokenized, the
				// decoder's exception itself replaces the parser's.
				panic(bailout{&OtherError{"UnicodeDecodeError", msg}})
			}
			e = te
		case p.sc.ErrEOF():
			if _, pos, ok := p.sc.OpenBracket(); ok && p.toks[min(p.fill, len(p.toks)-1)].Start.Line > pos.Line {
				e = te
			}
		}
	}
	panic(bailout{e})
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
	if t.Kind == token.ENDMARKER && t.Start.Col == 0 && t.Start.Line > 1 {
		// CPython's ENDMARKER stands on the last line, with no column.
		// Column 0 to column 0, as for any token without a column.
		e := p.newError("SyntaxError", "invalid syntax", token.Pos{Line: t.Start.Line - 1, Col: -1}, token.Pos{Line: t.Start.Line - 1, Col: -1})
		e.EndCol = 0
		p.fail(e)
	}
	switch t.Kind {
	case token.INDENT:
		p.fail(p.tokError("IndentationError", "unexpected indent", t))
	case token.DEDENT:
		p.fail(p.tokError("IndentationError", "unexpected unindent", t))
	}
	e := p.newError("SyntaxError", "invalid syntax", t.Start, t.End)
	if t.Start.Col < 0 {
		// A token without a column (the end of eval or single input):
		// CPython reports it at column 0 to column 0.
		e.EndCol = 0
	}
	p.fail(e)
}
