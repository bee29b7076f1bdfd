// Package parser owns Python 3.13's grammar: it turns the tokens of
// core/scanner into the syntax tree of core/ast, with CPython 3.13's node
// positions and its SyntaxError messages and locations (including the
// specialised messages of the grammar's invalid_* rules), and bounds the
// nesting depth as CPython does.
//
// It must not touch anything else: it is layer 3 and imports only
// core/scanner, core/ast and core/token from the engine. It holds no
// mutable package-level state; each call of ParseFile uses its own parser.
//
// The parser is hand-written recursive descent with precedence climbing
// over a buffer holding all the tokens of the source, so where the PEG
// grammar needs backtracking (assignment targets, generator expressions,
// parenthesized with-items, the soft keywords match, case and type) it
// marks a token index and resets to it.
//
// Syntax errors follow CPython's two passes without running two passes:
// the generic "invalid syntax" stands at the furthest token the parser
// looked at (CPython's first pass); the specialised messages of the
// grammar's invalid_* rules are raised where this parser fails or sees
// their pattern (errors.go, and the rules next to the constructs they
// concern); a tokenizer error anywhere in the source replaces a parser
// error as CPython's full-source check does. Nesting is bounded in
// CPython's own units (depth.go).
package parser

import (
	"fmt"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/scanner"
	"github.com/subpy/subpy/core/token"
)

// Mode selects the start rule, as the mode argument of ast.parse.
type Mode uint8

// The modes.
const (
	Exec     Mode = iota // a module: ast.Module
	Eval                 // an expression: ast.Expression
	Single               // one interactive statement: ast.Interactive
	FuncType             // a function type comment: ast.FunctionType
)

// ParseMode returns the Mode named as ast.parse names it ("exec", "eval",
// "single", "func_type").
func ParseMode(s string) (Mode, bool) {
	switch s {
	case "exec":
		return Exec, true
	case "eval":
		return Eval, true
	case "single":
		return Single, true
	case "func_type":
		return FuncType, true
	}
	return 0, false
}

// Options are the parse options; the zero value is ast.parse's default.
type Options struct {
	// TypeComments is ast.parse's type_comments=True.
	TypeComments bool
}

// Error is the error type of ParseFile for syntax errors: CPython's
// SyntaxError, IndentationError or TabError. Other errors CPython raises
// from ast.parse (MemoryError for a source too complex to parse, for
// instance) are *OtherError.
type Error = scanner.Error

// OtherError is an exception ast.parse raises that is not a SyntaxError:
// Type is its class name ("MemoryError", "RecursionError", ...).
type OtherError struct {
	Type, Msg string
}

func (e *OtherError) Error() string { return e.Type + ": " + e.Msg }

// ParseFile parses src, the raw bytes of a file (a BOM and a PEP 263
// declaration are honoured), as ast.parse(src, filename, mode,
// type_comments=opts.TypeComments) does under CPython 3.13. It returns an
// *ast.Module, *ast.Expression, *ast.Interactive or *ast.FunctionType, or
// an error: *Error for syntax errors, *OtherError for other exceptions.
func ParseFile(filename string, src []byte, mode Mode, opts Options) (mod ast.Mod, err error) {
	sc, serr := scanner.New(filename, src, scanner.Options{TypeComments: opts.TypeComments,
		NoFinalNewline: mode != Exec, SingleInput: mode == Single})
	if serr != nil {
		return nil, serr
	}
	p := newParser(sc, src, mode, opts)
	return p.run()
}

// bailout is the panic value that carries an error to ParseFile.
type bailout struct{ err error }

type parser struct {
	sc       *scanner.Scanner
	filename string
	mode     Mode
	opts     Options

	toks []tok // every token of the source, ENDMARKER or ERRORTOKEN last
	pos  int   // index of the current token
	far  int   // furthest token index looked at (for "invalid syntax")
	// fill is the furthest token index ever looked at, error rules'
	// lookahead included (CPython's p->fill: never reset).
	fill int

	tokErr *scanner.Error // the scanner's error, at toks[len-1]
	// tokErrInFString: the scanner failed inside an f-string.
	tokErrInFString bool
	depth           int // CPython rule levels open (depth.go)
	stmtStart       int // token index where the current simple statement starts
	rhsStart        int // token index where the current assignment value starts
	// discountParen is the index of a '(' that started a statement (-1).
	discountParen int
	parenLvl      int // open brackets around the current position
	inFString     int
	noInvalid     int  // >0 inside an error rule's lookahead: no invalid rules
	srcEndsNL     bool // the raw source ends with a line break
	// offInBrackets: the error rules are off inside brackets (see
	// legacyCheck).
	offInBrackets bool
	// chain is the length of the left-nested chains (BinOp, Call,
	// Attribute, Subscript built by loops) open along the current path;
	// maxChain its maximum. Only chains make trees deeper than the
	// parser's own nesting.
	chain, maxChain int
	// inCall and friends drive context-specific checks.
	typeIgnores []*ast.TypeIgnore
}

type tok struct {
	token.Token
	kw kw // keyword class of a NAME
}

func newParser(sc *scanner.Scanner, src []byte, mode Mode, opts Options) *parser {
	p := &parser{sc: sc, filename: sc.Filename(), mode: mode, opts: opts, stmtStart: -1, rhsStart: -1, discountParen: -1,
		srcEndsNL: endsWithNewline(src)}
	p.toks = make([]tok, 0, len(src)/4+16)
	for {
		t := sc.Next()
		if t.Kind == token.OP {
			if k, ok := token.LookupOp(t.Text); ok {
				t.Kind = k
			}
		}
		switch t.Kind {
		case token.COMMENT, token.NL, token.ENCODING:
			continue
		case token.TYPE_IGNORE:
			if opts.TypeComments {
				p.typeIgnores = append(p.typeIgnores, &ast.TypeIgnore{Lineno: t.Start.Line, Tag: t.Text})
			}
			continue
		case token.TYPE_COMMENT:
			if !opts.TypeComments {
				continue
			}
		}
		if t.Kind == token.ENDMARKER && mode != Exec {
			// CPython's ENDMARKER has no column and stays on the last
			// line.
			if t.Start.Line > 1 && t.Start.Col == 0 {
				t.Start.Line--
				t.End.Line--
			}
			t.Start.Col, t.End.Col = -1, -1
		}
		if t.Kind == token.NEWLINE && mode == Single && t.Text == "" && t.Start.Col == 0 && t.End == t.Start {
			// The NEWLINE the scanner makes of an ENDMARKER
			// (Options.SingleInput; a real NEWLINE spans a column) is
			// CPython's ENDMARKER turned NEWLINE: no column, on the
			// last line.
			if t.Start.Line > 1 {
				t.Start.Line--
				t.End.Line--
			}
			t.Start.Col, t.End.Col = -1, -1
		}
		if t.Kind == token.DEDENT && mode == Single && len(p.toks) > 0 {
			if last := p.toks[len(p.toks)-1]; (last.Kind == token.NEWLINE || last.Kind == token.DEDENT) && last.Start.Col == -1 {
				// The DEDENTs CPython's parser releases after the
				// NEWLINE it made of the end: no column, on the last
				// line.
				t.Start, t.End = last.Start, last.End
			}
		}
		k := kwNone
		if t.Kind == token.NAME {
			k = lookupKw(t.Text)
		}
		p.toks = append(p.toks, tok{t, k})
		if t.Kind == token.ENDMARKER {
			break
		}
		if t.Kind == token.ERRORTOKEN {
			p.tokErr = sc.Err()
			p.tokErrInFString = sc.InFString()
			break
		}
	}
	return p
}

func (p *parser) run() (mod ast.Mod, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				// A bug: never let it escape to the caller as a panic.
				mod, err = nil, &OtherError{"SystemError", fmt.Sprintf("subpy parser: internal error: %v", r)}
				return
			}
			mod, err = nil, b.err
		}
	}()
	switch p.mode {
	case Eval:
		mod = p.evalInput()
	case Single:
		mod = p.interactive()
	case FuncType:
		mod = p.funcTypeInput()
	default:
		mod = p.fileInput()
	}
	// ast.parse converts the tree to Python objects recursively, with a
	// recursion limit; only long left-nested chains can get that deep.
	if p.maxChain > astRecursionLimit-maxStack-200 && ast.Depth(mod)+astStartDepth > astRecursionLimit {
		return nil, &OtherError{"RecursionError", "maximum recursion depth exceeded during ast construction"}
	}
	return mod, nil
}

// CPython 3.13's ast2obj recursion limit (Py_C_RECURSION_LIMIT) and the
// depth already used when ast.parse starts converting.
const (
	astRecursionLimit = 10000
	astStartDepth     = 3
)

// --- token access -----------------------------------------------------

func (p *parser) tok() *tok {
	if p.pos > p.far {
		p.far = p.pos
		if p.far > p.fill {
			p.fill = p.far
		}
	}
	if p.pos >= len(p.toks) {
		return &p.toks[len(p.toks)-1]
	}
	t := &p.toks[p.pos]
	if t.Kind == token.ERRORTOKEN {
		p.raiseTokErr()
	}
	return t
}

// peek returns the token n positions ahead of the current one.
func (p *parser) peek(n int) *tok {
	i := p.pos + n
	if i > p.far {
		p.far = i
		if i > p.fill {
			p.fill = i
		}
	}
	if i >= len(p.toks) {
		i = len(p.toks) - 1
	}
	t := &p.toks[i]
	if t.Kind == token.ERRORTOKEN {
		p.raiseTokErr()
	}
	return t
}

func (p *parser) kind() token.Kind { return p.tok().Kind }

func (p *parser) next() *tok {
	t := p.tok()
	if p.pos < len(p.toks)-1 {
		p.pos++
	}
	return t
}

func (p *parser) at(k token.Kind) bool { return p.tok().Kind == k }

func (p *parser) atKw(k kw) bool { return p.tok().kw == k }

func (p *parser) got(k token.Kind) bool {
	if p.tok().Kind == k {
		p.next()
		return true
	}
	return false
}

func (p *parser) gotKw(k kw) bool {
	if p.tok().kw == k {
		p.next()
		return true
	}
	return false
}

// expect consumes a token of kind k or fails with "expected 'x'" when
// CPython's grammar has a forced token (&&) there, else "invalid syntax".
func (p *parser) expect(k token.Kind) *tok {
	if p.tok().Kind != k {
		p.syntaxError()
	}
	return p.next()
}

// expectForced is the grammar's &&'x': failure says "expected 'x'".
func (p *parser) expectForced(k token.Kind, text string) *tok {
	if p.tok().Kind != k {
		t := p.tok()
		p.errorAt("expected '"+text+"'", t.Start, t.End)
	}
	return p.next()
}

// lastEnd is the end of the last consumed token that is not NEWLINE,
// INDENT, DEDENT or ENDMARKER (CPython's EXTRA end position).
func (p *parser) lastEnd() token.Pos {
	for i := p.pos - 1; i >= 0; i-- {
		k := p.toks[i].Kind
		if k != token.ENDMARKER && (k < token.NEWLINE || k > token.DEDENT) {
			return p.toks[i].End
		}
	}
	return token.Pos{Line: 1, Col: 0}
}

func (p *parser) startPos() token.Pos { return p.tok().Start }

func (p *parser) mkPos(start token.Pos) ast.Pos {
	e := p.lastEnd()
	return ast.Pos{Lineno: start.Line, ColOffset: start.Col, EndLineno: e.Line, EndColOffset: e.Col}
}

func posOf(start, end token.Pos) ast.Pos {
	return ast.Pos{Lineno: start.Line, ColOffset: start.Col, EndLineno: end.Line, EndColOffset: end.Col}
}

func tokPos(t *tok) ast.Pos { return posOf(t.Start, t.End) }

func exprStart(e ast.Expr) token.Pos {
	ps := e.(ast.Located).GetPos()
	return token.Pos{Line: ps.Lineno, Col: ps.ColOffset}
}

func exprEnd(e ast.Expr) token.Pos {
	ps := e.(ast.Located).GetPos()
	return token.Pos{Line: ps.EndLineno, Col: ps.EndColOffset}
}

// endsWithNewline reports whether the raw source ends with a line break.
func endsWithNewline(src []byte) bool {
	n := len(src)
	return n > 0 && (src[n-1] == '\n' || src[n-1] == '\r')
}
