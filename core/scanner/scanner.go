package scanner

import (
	"strings"
	"unicode/utf8"

	"github.com/subpy/subpy/core/token"
)

// Limits of CPython 3.13's tokenizer.
const (
	maxIndent       = 100 // MAXINDENT: indentation levels
	maxLevel        = 200 // MAXLEVEL: nested brackets
	maxFStringLevel = 150 // MAXFSTRINGLEVEL: nested f-strings
	maxExprNesting  = 3   // MAX_EXPR_NESTING: nested replacement fields
	tabSize         = 8
)

const eof = -1

// Options select the scanner's output. The zero value gives the token
// stream CPython's parser sees.
type Options struct {
	// TypeComments makes the scanner emit TYPE_COMMENT and TYPE_IGNORE
	// tokens, as ast.parse(..., type_comments=True) does.
	TypeComments bool
	// Comments makes the scanner behave as CPython's tokenize module (the
	// C tokenizer with extra tokens): it emits COMMENT tokens and NL
	// tokens for non-logical newlines, and like tokenize it does not check
	// identifiers' characters, closing brackets against opening ones, or
	// what follows a number. The parser never asks for this mode.
	Comments bool
	// NoFinalNewline keeps the source as it is at its end. CPython adds a
	// newline to source that lacks one only for exec (file) input; set
	// this for the eval, single and func_type modes, where a final
	// backslash, for one, is then "unexpected character after line
	// continuation character" instead of "unexpected EOF while parsing",
	// and no NEWLINE token ends an unterminated last line.
	NoFinalNewline bool
	// SingleInput reproduces what CPython's parser does to the token
	// stream in single (interactive statement) mode: the first ENDMARKER
	// after other tokens becomes a NEWLINE (Text "") and every open
	// indentation level is closed by DEDENTs that follow it; the next
	// ENDMARKER is real (or, after those DEDENTs, once more a NEWLINE).
	// TYPE_IGNORE tokens do not count. Use it with NoFinalNewline.
	SingleInput bool
}

// Scanner tokenizes one source file. It belongs to one goroutine.
//
// Token positions are those of CPython's tokenize module (the C tokenizer
// with extra tokens): INDENT spans the indentation, DEDENT is empty at the
// first character of the line, NEWLINE ends one column after its start
// (also for the implicit newline CPython adds at the end of a file, whose
// Text is ""), and the DEDENTs and ENDMARKER at the end of input sit at
// (last line + 1, 0). CPython's parser gives INDENT, DEDENT and ENDMARKER
// no column (-1); the parser maps that where an error needs it.
type Scanner struct {
	src      string // decoded source, newlines translated, ends with "\n" unless empty
	filename string
	opts     Options
	implicit bool // the final newline was added by us

	// The reading position, modelled on CPython's tok_state: cur is the
	// next byte; the "loaded" line is [lineStart, lineEnd) and lineno its
	// number. A line is loaded when its first byte is read.
	cur       int
	lineStart int
	lineEnd   int
	lineno    int
	lines     []int // start offset of each loaded line (lines[n-1] for line n)
	// bufStart models CPython's tok->buf: the start of the line being
	// read, except that it stays put while a token is being read across
	// lines (a multi-line string, a backslash continuation). inToken is
	// CPython's tok->start != NULL.
	bufStart int
	inToken  bool

	start     int // start of the current token
	startLine int
	startCol  int

	atBOL     bool
	blankLine bool // the current line holds only whitespace/comments
	commentNL bool // a COMMENT on a blank line was emitted: its newline is NL
	indents   []int
	altInds   []int
	pending   int // >0: INDENTs to emit, <0: DEDENTs to emit
	parens    []paren
	modes     []fmode // f-string modes; len 0 = regular mode

	err       *Error
	errDirect bool // err was raised by the C tokenizer itself (not via tok->done)
	errEOF    bool // err is CPython's E_EOF (unexpected EOF / unclosed bracket)
	done      bool
	started   bool // SingleInput: a token was returned since the last substitution
}

type paren struct {
	ch        byte
	line, col int // col is a byte offset
}

// fmode is one entry of the f-string mode stack (CPython's tokenizer_mode).
type fmode struct {
	regular        bool // in an expression part (TOK_REGULAR_MODE)
	quote          byte
	quoteSize      int
	raw            bool
	start          int // offset of the f-string's first prefix byte
	startLineStart int
	startLine      int
	bracketDepth   int // curly_bracket_depth
	exprStartDepth int // curly_bracket_expr_start_depth
	inFormatSpec   bool
	debug          bool
}

// New returns a scanner over src, the raw bytes of a source file. It
// handles the UTF-8 BOM and a PEP 263 coding declaration, decoding other
// encodings to UTF-8, and translates \r\n and \r to \n as CPython does. A
// decoding problem is returned as an *Error shaped as CPython raises it.
func New(filename string, src []byte, opts Options) (*Scanner, error) {
	text, err := decodeSource(src, opts)
	if err != nil {
		return nil, err
	}
	return newScanner(filename, text, opts), nil
}

// NewString returns a scanner over already decoded UTF-8 source text (no
// BOM or coding declaration processing), as compile() does for str input.
func NewString(filename, src string, opts Options) (*Scanner, error) {
	if strings.IndexByte(src, 0) >= 0 {
		return nil, nullBytesError()
	}
	if !utf8.ValidString(src) {
		return nil, decodeError(src)
	}
	return newScanner(filename, translateNewlines(src), opts), nil
}

func newScanner(filename, text string, opts Options) *Scanner {
	s := &Scanner{filename: filename, opts: opts, atBOL: true}
	if text != "" && text[len(text)-1] != '\n' && !opts.NoFinalNewline {
		text += "\n"
		s.implicit = true
	}
	s.src = text
	s.indents = append(make([]int, 0, 16), 0)
	s.altInds = append(make([]int, 0, 16), 0)
	s.lines = make([]int, 0, strings.Count(text, "\n")+1)
	return s
}

// Err returns the error that made Next return ERRORTOKEN, or nil.
func (s *Scanner) Err() *Error { return s.err }

// ErrDirect reports whether Err was raised by CPython's tokenizer itself
// (it set the exception: bad literals, characters, brackets, unterminated
// strings, f-string errors), as opposed to the errors CPython's parser
// builds from the tokenizer's state (unexpected EOF, unclosed bracket at
// EOF, unindent mismatch, TabError, too deep indentation, bad line
// continuation). After a parser syntax error, CPython tokenizes the rest
// of the source and lets only direct errors replace it.
func (s *Scanner) ErrDirect() bool { return s.errDirect }

// ErrEOF reports whether Err is CPython's E_EOF: end of input inside
// brackets ("'(' was never closed") or after a line continuation
// ("unexpected EOF while parsing").
func (s *Scanner) ErrEOF() bool { return s.errEOF }

// OpenBracket returns the innermost unclosed bracket and its position
// (Col a 0-based byte offset), ok false if none is open.
func (s *Scanner) OpenBracket() (ch byte, pos token.Pos, ok bool) {
	if len(s.parens) == 0 {
		return 0, token.Pos{}, false
	}
	p := s.parens[len(s.parens)-1]
	return p.ch, token.Pos{Line: p.line, Col: p.col}, true
}

// InFString reports whether the scanner is inside an f-string.
func (s *Scanner) InFString() bool { return len(s.modes) > 0 }

// Filename returns the name given to New.
func (s *Scanner) Filename() string { return s.filename }

// Source returns the decoded source text (UTF-8, newlines translated, a
// final newline added if missing).
func (s *Scanner) Source() string { return s.src }

// Line returns source line n (1-based) without its newline, "" if the
// scanner has not reached it or it does not exist.
func (s *Scanner) Line(n int) string {
	if n < 1 {
		return ""
	}
	if n > len(s.lines) {
		// Not loaded yet: find it.
		off := 0
		if len(s.lines) > 0 {
			off = s.lines[len(s.lines)-1]
			n -= len(s.lines) - 1
		}
		for ; n > 1; n-- {
			i := strings.IndexByte(s.src[off:], '\n')
			if i < 0 {
				return ""
			}
			off += i + 1
		}
		if off >= len(s.src) {
			return ""
		}
		return lineAt(s.src, off)
	}
	return lineAt(s.src, s.lines[n-1])
}

func lineAt(src string, off int) string {
	i := strings.IndexByte(src[off:], '\n')
	if i < 0 {
		return src[off:]
	}
	return src[off : off+i]
}

// Slice returns the source text between two positions of this scanner's
// tokens (from inclusive, to exclusive), e.g. the text of an f-string
// replacement field for `=`. Lines must have been reached by the scanner.
func (s *Scanner) Slice(from, to token.Pos) string {
	a, b := s.offset(from), s.offset(to)
	if a < 0 || b < a {
		return ""
	}
	return s.src[a:b]
}

func (s *Scanner) offset(p token.Pos) int {
	if p.Line < 1 || p.Line > len(s.lines) {
		if p.Line == len(s.lines)+1 && p.Col == 0 {
			return len(s.src)
		}
		return -1
	}
	o := s.lines[p.Line-1] + p.Col
	if o > len(s.src) {
		return -1
	}
	return o
}

// nextc returns the next byte, or eof; like CPython's tok_nextc it loads
// a new line (advancing lineno) when reading its first byte.
func (s *Scanner) nextc() int {
	if s.cur < s.lineEnd {
		c := s.src[s.cur]
		s.cur++
		return int(c)
	}
	if s.cur >= len(s.src) {
		return eof
	}
	s.lineStart = s.cur
	i := strings.IndexByte(s.src[s.cur:], '\n')
	if i < 0 {
		s.lineEnd = len(s.src)
	} else {
		s.lineEnd = s.cur + i + 1
	}
	s.lineno++
	s.lines = append(s.lines, s.cur)
	if !s.inToken {
		s.bufStart = s.cur
	}
	c := s.src[s.cur]
	s.cur++
	return int(c)
}

// backup undoes the last nextc (c is what it returned).
func (s *Scanner) backup(c int) {
	if c != eof {
		s.cur--
	}
}

// Next returns the next token. On an error it returns an ERRORTOKEN (at
// the error position) and Err tells what went wrong; after ENDMARKER or
// ERRORTOKEN it keeps returning the same kind.
func (s *Scanner) Next() token.Token {
	t := s.next()
	if s.opts.SingleInput && t.Kind != token.TYPE_IGNORE {
		if t.Kind == token.ENDMARKER && s.started {
			s.started = false
			t.Kind = token.NEWLINE
			if n := len(s.indents) - 1; n > 0 {
				s.pending = -n
				s.indents = s.indents[:1]
				s.altInds = s.altInds[:1]
			}
			s.done = false
			return t
		}
		s.started = true
	}
	return t
}

func (s *Scanner) next() token.Token {
	if s.err != nil {
		return token.Token{Kind: token.ERRORTOKEN, Start: s.errPos(), End: s.errPos()}
	}
	if s.done {
		p := token.Pos{Line: s.lineno + 1}
		return token.Token{Kind: token.ENDMARKER, Start: p, End: p}
	}
	if n := len(s.modes); n > 0 && !s.modes[n-1].regular {
		return s.fstringMode(&s.modes[n-1])
	}
	return s.regular()
}

func (s *Scanner) errPos() token.Pos {
	return token.Pos{Line: s.lineno, Col: s.cur - s.lineStart}
}

// tok builds a token from s.start (at startLine/startCol) to s.cur.
func (s *Scanner) tok(k token.Kind) token.Token {
	return token.Token{
		Kind:  k,
		Start: token.Pos{Line: s.startLine, Col: s.startCol},
		End:   token.Pos{Line: s.lineno, Col: s.cur - s.lineStart},
		Text:  s.src[s.start:s.cur],
	}
}

// markStart records the current token's start at offset off, which lies
// on the loaded line.
func (s *Scanner) markStart(off int) {
	s.inToken = true
	s.start = off
	s.startLine = s.lineno
	s.startCol = off - s.lineStart
}

func (s *Scanner) errTok() token.Token {
	return token.Token{Kind: token.ERRORTOKEN, Start: s.errPos(), End: s.errPos()}
}

func (s *Scanner) regular() token.Token {
	var c int
nextline:
	s.inToken = false
	s.blankLine = false
	if s.atBOL {
		if t, ok := s.indentation(); !ok {
			return t
		}
	}
	s.markStart(s.cur)
	if s.pending != 0 {
		if s.pending < 0 {
			s.pending++
			if s.cur >= len(s.src) {
				p := token.Pos{Line: s.lineno + 1}
				return token.Token{Kind: token.DEDENT, Start: p, End: p}
			}
			t := s.tok(token.DEDENT)
			t.Text = ""
			return t
		}
		s.pending--
		s.start = s.lineStart
		s.startCol = 0
		return s.tok(token.INDENT)
	}
again:
	s.inToken = false
	for s.cur < s.lineEnd && (s.src[s.cur] == ' ' || s.src[s.cur] == '\t' || s.src[s.cur] == '\f') {
		s.cur++
	}
	for {
		c = s.nextc()
		if c != ' ' && c != '\t' && c != '\f' {
			break
		}
	}
	if c == eof {
		s.markStart(s.cur)
	} else {
		s.markStart(s.cur - 1)
	}

	if c == '#' {
		// The comment runs to the end of the loaded line.
		if s.cur < s.lineEnd {
			s.cur = s.lineEnd - 1
		}
		for c != eof && c != '\n' {
			c = s.nextc()
		}
		if s.opts.TypeComments {
			if t, ok := s.typeComment(c); ok {
				return t
			}
		}
		if s.opts.Comments {
			s.backup(c)
			s.commentNL = s.blankLine
			return s.tok(token.COMMENT)
		}
	}

	if c == eof {
		if len(s.parens) > 0 {
			s.unclosed()
			return s.errTok()
		}
		s.done = true
		p := token.Pos{Line: s.lineno + 1}
		return token.Token{Kind: token.ENDMARKER, Start: p, End: p}
	}

	if c < utf8.RuneSelf && isIdentStart[c] || c >= utf8.RuneSelf {
		return s.name(c)
	}

	if c == '\n' {
		s.atBOL = true
		if s.blankLine || len(s.parens) > 0 {
			if s.opts.Comments {
				s.commentNL = false
				return s.nl(token.NL)
			}
			goto nextline
		}
		if s.commentNL && s.opts.Comments {
			s.commentNL = false
			return s.nl(token.NL)
		}
		return s.nl(token.NEWLINE)
	}

	if c == '.' {
		c = s.nextc()
		if isDigit(c) {
			return s.number('.', c)
		}
		if c == '.' {
			c = s.nextc()
			if c == '.' {
				return s.tok(token.ELLIPSIS)
			}
			s.backup(c)
			s.backup('.')
		} else {
			s.backup(c)
		}
		return s.tok(token.DOT)
	}

	if isDigit(c) {
		return s.number(c, 0)
	}

	if c == '\'' || c == '"' {
		return s.str(c)
	}

	if c == '\\' {
		if !s.continuation() {
			return s.errTok()
		}
		goto again
	}

	return s.operator(c)
}

// unclosed reports end of input inside brackets (CPython's E_EOF with a
// non-zero level): "'(' was never closed" at the innermost open bracket.
func (s *Scanner) unclosed() {
	p := s.parens[len(s.parens)-1]
	s.fail(false, true, "SyntaxError", "'"+string(rune(p.ch))+"' was never closed",
		p.line, s.charCol(p.line, p.col)+1, p.line, 0)
}

// nl returns a NEWLINE or NL token for the '\n' just read.
func (s *Scanner) nl(k token.Kind) token.Token {
	t := s.tok(k)
	if s.implicit && s.cur == len(s.src) {
		t.Text = ""
	}
	return t
}

// indentation handles the start of a line (CPython's atbol block): it
// measures the indentation and queues INDENT/DEDENT tokens. ok is false
// with an ERRORTOKEN on an indentation error.
func (s *Scanner) indentation() (token.Token, bool) {
	s.atBOL = false
	col, altcol, contCol := 0, 0, 0
	var c int
	for {
		c = s.nextc()
		if c == ' ' {
			col++
			altcol++
		} else if c == '\t' {
			col = (col/tabSize + 1) * tabSize
			altcol++
		} else if c == '\f' {
			col, altcol = 0, 0
		} else if c == '\\' {
			if contCol == 0 {
				contCol = col
			}
			if !s.continuation() {
				return s.errTok(), false
			}
		} else {
			break
		}
	}
	s.backup(c)
	if c == '#' || c == '\n' {
		s.blankLine = true
	}
	if s.blankLine || len(s.parens) > 0 {
		return token.Token{}, true
	}
	if contCol != 0 {
		col, altcol = contCol, contCol
	}
	top := len(s.indents) - 1
	switch {
	case col == s.indents[top]:
		if altcol != s.altInds[top] {
			return s.tabError(), false
		}
	case col > s.indents[top]:
		if top+1 >= maxIndent {
			s.cur = s.lineEnd
			s.fail(false, false, "IndentationError", "too many levels of indentation", s.lineno, 1, s.lineno, 0)
			return s.errTok(), false
		}
		if altcol <= s.altInds[top] {
			return s.tabError(), false
		}
		s.pending++
		s.indents = append(s.indents, col)
		s.altInds = append(s.altInds, altcol)
	default:
		for top > 0 && col < s.indents[top] {
			s.pending--
			top--
		}
		s.indents = s.indents[:top+1]
		s.altInds = s.altInds[:top+1]
		if col != s.indents[top] {
			s.cur = s.lineEnd
			line := s.src[s.lineStart:s.lineEnd]
			s.fail(false, false, "IndentationError", "unindent does not match any outer indentation level",
				s.lineno, utf8.RuneCountInString(line), s.lineno, -1)
			return s.errTok(), false
		}
		if altcol != s.altInds[top] {
			return s.tabError(), false
		}
	}
	return token.Token{}, true
}

func (s *Scanner) tabError() token.Token {
	s.cur = s.lineEnd
	s.fail(false, false, "TabError", "inconsistent use of tabs and spaces in indentation", s.lineno, 1, s.lineno, 0)
	return s.errTok()
}

// continuation handles a backslash just read (CPython's
// tok_continuation_line); false after setting the error.
func (s *Scanner) continuation() bool {
	c := s.nextc()
	if c != '\n' {
		// E_LINECONT: CPython's offset is (cur - buf - 1) + 1, converted
		// to characters against the buffer's text (buf may lie on an
		// earlier line than cur).
		text := s.src[s.bufStart:s.lineEnd]
		off := s.cur - s.bufStart - 1
		if off < 0 {
			off = 0
		}
		s.fail(false, false, "SyntaxError", "unexpected character after line continuation character",
			s.lineno, byteToCharOffset(text, off+1), s.lineno, 0)
		return false
	}
	c = s.nextc()
	if c == eof {
		s.cur = s.lineEnd
		if len(s.parens) > 0 {
			s.unclosed()
			return false
		}
		line := s.src[s.lineStart:s.lineEnd]
		s.fail(false, true, "SyntaxError", "unexpected EOF while parsing",
			s.lineno, utf8.RuneCountInString(line), s.lineno, -1)
		return false
	}
	s.backup(c)
	return true
}

// byteToCharOffset converts a 1-based byte offset into line to a 1-based
// character offset, as CPython's _PyPegen_byte_offset_to_character_offset:
// the line is first decoded with replacement (invalid bytes become U+FFFD,
// three bytes each in its UTF-8), the offset clipped to its length + 1,
// and the characters of the first off bytes counted (a cut-off character
// counts as one).
func byteToCharOffset(line string, off int) int {
	if off <= 0 {
		return off
	}
	line = replaceInvalid(line)
	if off > len(line)+1 {
		off = len(line) + 1
	}
	if off > len(line) {
		return utf8.RuneCountInString(line) + off - len(line)
	}
	n := 0
	for i := 0; i < off; {
		r, size := utf8.DecodeRuneInString(line[i:off])
		n++
		if r == utf8.RuneError && size == 1 && !utf8.FullRuneInString(line[i:off]) {
			break
		}
		i += size
	}
	return n
}

// charCol converts a 0-based byte column of a loaded line to a 0-based
// character column.
func (s *Scanner) charCol(line, col int) int {
	if line < 1 || line > len(s.lines) {
		return col
	}
	start := s.lines[line-1]
	end := start + col
	if end > len(s.src) {
		end = len(s.src)
	}
	return utf8.RuneCountInString(s.src[start:end])
}

// fail records an error. direct tells whether CPython's tokenizer raised
// it itself; atEOF marks E_EOF.
func (s *Scanner) fail(direct, atEOF bool, typ, msg string, line, col, endLine, endCol int) {
	s.err = &Error{Type: typ, Msg: msg, Line: line, Col: col, EndLine: endLine, EndCol: endCol, Text: s.Line(line)}
	s.errDirect = direct
	s.errEOF = atEOF
}

// syntaxError raises msg at the current position, as CPython's
// _PyTokenizer_syntaxerror: the offset counts the characters from the
// line start to cur.
func (s *Scanner) syntaxError(msg string) token.Token {
	col := utf8.RuneCountInString(s.src[s.lineStart:s.cur])
	s.fail(true, false, "SyntaxError", msg, s.lineno, col, s.lineno, col)
	s.err.Text = strings.TrimSuffix(s.err.Text, "\n")
	return s.errTok()
}

// syntaxErrorRange raises msg with explicit 1-based offsets (CPython's
// _PyTokenizer_syntaxerror_known_range).
func (s *Scanner) syntaxErrorRange(msg string, col, endCol int) token.Token {
	s.fail(true, false, "SyntaxError", msg, s.lineno, col, s.lineno, endCol)
	return s.errTok()
}

// typeComment recognizes "# type: ..." comments (the comment was read up
// to c, the newline or eof). ok is false for an ordinary comment.
func (s *Scanner) typeComment(c int) (token.Token, bool) {
	const prefix = "# type: "
	p := s.start
	i := 0
	for i < len(prefix) && p < s.cur {
		if prefix[i] == ' ' {
			for p < s.cur && (s.src[p] == ' ' || s.src[p] == '\t') {
				p++
			}
		} else if prefix[i] == s.src[p] {
			p++
		} else {
			break
		}
		i++
	}
	if i < len(prefix) {
		return token.Token{}, false
	}
	s.backup(c)
	end := s.cur
	ignoreEnd := p + 6
	isIgnore := end >= ignoreEnd && s.src[p:ignoreEnd] == "ignore" &&
		!(end > ignoreEnd && (s.src[ignoreEnd] >= utf8.RuneSelf || isAlnum(int(s.src[ignoreEnd]))))
	if isIgnore {
		t := token.Token{
			Kind:  token.TYPE_IGNORE,
			Start: token.Pos{Line: s.lineno, Col: ignoreEnd - s.lineStart},
			End:   token.Pos{Line: s.lineno, Col: end - s.lineStart},
			Text:  s.src[ignoreEnd:end],
		}
		if s.blankLine {
			// The only thing on its line: CPython consumes the newline too,
			// and it ends up in the tag.
			s.nextc()
			s.atBOL = true
			t.Text = s.src[ignoreEnd:s.cur]
		}
		return t, true
	}
	return token.Token{
		Kind:  token.TYPE_COMMENT,
		Start: token.Pos{Line: s.lineno, Col: p - s.lineStart},
		End:   token.Pos{Line: s.lineno, Col: end - s.lineStart},
		Text:  s.src[p:end],
	}, true
}

// name scans an identifier, keyword or string prefix whose first byte c
// was read.
func (s *Scanner) name(c int) token.Token {
	sawB, sawR, sawU, sawF := false, false, false, false
	for {
		switch {
		case !(sawB || sawU || sawF) && (c == 'b' || c == 'B'):
			sawB = true
		case !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'):
			sawU = true
		case !(sawR || sawU) && (c == 'r' || c == 'R'):
			sawR = true
		case !(sawF || sawB || sawU) && (c == 'f' || c == 'F'):
			sawF = true
		default:
			goto ident
		}
		c = s.nextc()
		if c == '"' || c == '\'' {
			if sawF {
				return s.fstringStart(c)
			}
			return s.str(c)
		}
	}
ident:
	nonASCII := false
	// Fast path: ASCII identifier bytes on the loaded line.
	if c >= 0 && c < utf8.RuneSelf && isIdentChar[c] {
		for s.cur < s.lineEnd {
			b := s.src[s.cur]
			if b >= utf8.RuneSelf || !isIdentChar[b] {
				break
			}
			s.cur++
		}
		c = s.nextc()
	}
	for {
		if c < utf8.RuneSelf {
			if c == eof || !isIdentChar[c] {
				break
			}
		} else {
			nonASCII = true
		}
		c = s.nextc()
	}
	s.backup(c)
	if nonASCII && !s.opts.Comments { // the tokenize module does not verify names
		if t, ok := s.verifyIdentifier(); !ok {
			return t
		}
	}
	return s.tok(token.NAME)
}

// verifyIdentifier checks a non-ASCII identifier against XID_Start and
// XID_Continue, raising CPython's invalid character errors.
func (s *Scanner) verifyIdentifier() (token.Token, bool) {
	text := s.src[s.start:s.cur]
	if msg, bad := utf8Error(text); bad {
		// CPython's E_DECODE: the decoder's message, at the end of the
		// name, no end offset.
		line := replaceInvalid(s.src[s.lineStart:s.lineEnd])
		col := byteToCharOffset(line, s.cur-s.lineStart)
		s.fail(true, false, "SyntaxError", "(unicode error) "+msg, s.lineno, col, s.lineno, -1)
		return s.errTok(), false
	}
	for i, r := range text {
		ok := isXIDContinue(r)
		if i == 0 {
			ok = r == '_' || isXIDStart(r)
		}
		if ok {
			continue
		}
		s.cur = s.start + i + utf8.RuneLen(r)
		if isPrintable(r) {
			return s.syntaxError("invalid character '" + string(r) + "' (U+" + hex4(r) + ")"), false
		}
		return s.syntaxError("invalid non-printable character U+" + hex4(r)), false
	}
	return token.Token{}, true
}

// replaceInvalid decodes line as Python's "replace" error handler does:
// each maximal subpart of an ill-formed UTF-8 sequence (a lead byte and
// the continuation bytes that may follow it, or a lone invalid byte)
// becomes one U+FFFD, as CPython does to a source line before converting
// byte offsets to character offsets.
func replaceInvalid(line string) string {
	if utf8.ValidString(line) {
		return line
	}
	var b strings.Builder
	for i := 0; i < len(line); {
		c := line[i]
		if c < utf8.RuneSelf {
			b.WriteByte(c)
			i++
			continue
		}
		if r, size := utf8.DecodeRuneInString(line[i:]); r != utf8.RuneError || size > 1 {
			b.WriteString(line[i : i+size])
			i += size
			continue
		}
		b.WriteRune(utf8.RuneError)
		i += illFormedPrefix(line[i:])
	}
	return b.String()
}

// illFormedPrefix is the length of the maximal subpart at the start of
// s, an ill-formed UTF-8 sequence: its lead byte and the continuation
// bytes that could still have completed it (at least one byte).
func illFormedPrefix(s string) int {
	c := s[0]
	var n int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		n = 1
	case c == 0xE0:
		n, lo = 2, 0xA0
	case c == 0xED:
		n, hi = 2, 0x9F
	case c >= 0xE1 && c <= 0xEF:
		n = 2
	case c == 0xF0:
		n, lo = 3, 0x90
	case c == 0xF4:
		n, hi = 3, 0x8F
	case c >= 0xF1 && c <= 0xF3:
		n = 3
	default:
		return 1
	}
	i := 1
	for ; i <= n && i < len(s); i++ {
		if s[i] < lo || s[i] > hi {
			break
		}
		lo, hi = 0x80, 0xBF
	}
	return i
}

// hex4 formats r as CPython's %04X.
func hex4(r rune) string {
	const digits = "0123456789ABCDEF"
	var b [8]byte
	i := len(b)
	for v := uint32(r); v > 0 || i > len(b)-4; v >>= 4 {
		i--
		b[i] = digits[v&15]
	}
	return string(b[i:])
}

// str scans a string literal whose opening quote was read (any prefix is
// already behind s.start).
func (s *Scanner) str(quote int) token.Token {
	firstLine, firstLineStart := s.startLine, s.lineStart
	quoteSize, endQuote := 1, 0
	escapedQuote := false // a backslash escaped the quote character
	c := s.nextc()
	if c == quote {
		c = s.nextc()
		if c == quote {
			quoteSize = 3
		} else {
			endQuote = 1
		}
	}
	if c != quote {
		s.backup(c)
	}
	for endQuote != quoteSize {
		if endQuote == 0 {
			// Fast path: plain bytes on the loaded line.
			for s.cur < s.lineEnd {
				b := s.src[s.cur]
				if int(b) == quote || b == '\\' || b == '\n' {
					break
				}
				s.cur++
			}
		}
		c = s.nextc()
		if c == eof || (quoteSize == 1 && c == '\n') {
			detected := s.lineno
			// Report from the opening quote character.
			s.lineno = firstLine
			s.lineStart = firstLineStart
			s.cur = s.start + 1
			if n := len(s.modes); n > 0 {
				m := &s.modes[n-1]
				if int(m.quote) == quote && m.quoteSize == quoteSize {
					return s.syntaxError("f-string: expecting '}'")
				}
			}
			if quoteSize == 3 {
				return s.syntaxError("unterminated triple-quoted string literal (detected at line " + itoa(detected) + ")")
			}
			if escapedQuote {
				return s.syntaxError("unterminated string literal (detected at line " + itoa(detected) + "); perhaps you escaped the end quote?")
			}
			return s.syntaxError("unterminated string literal (detected at line " + itoa(detected) + ")")
		}
		if c == quote {
			endQuote++
		} else {
			endQuote = 0
			if c == '\\' {
				if s.nextc() == quote {
					escapedQuote = true
				}
			}
		}
	}
	return s.tok(token.STRING)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [24]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// operator scans punctuation starting with c, tracking brackets and the
// f-string state.
func (s *Scanner) operator(c int) token.Token {
	if n := len(s.modes); n > 0 && (c == ':' || c == '}' || c == '!' || c == '{') {
		m := &s.modes[n-1]
		if m.exprStartDepth >= 0 { // inside an expression part
			// CPython also records the expression's text here for `=`;
			// the parser takes it with Slice instead.
			cursor := m.bracketDepth
			if c != '{' {
				cursor--
			}
			if c == ':' && cursor == m.exprStartDepth {
				m.regular = false
				m.inFormatSpec = true
				return s.tok(token.COLON)
			}
		}
	}

	// Two- and three-character operators.
	c2 := s.nextc()
	if k := twoChars(c, c2); k != token.OP {
		c3 := s.nextc()
		if k3 := threeChars(c, c2, c3); k3 != token.OP {
			k = k3
		} else {
			s.backup(c3)
		}
		return s.tok(k)
	}
	s.backup(c2)

	switch c {
	case '(', '[', '{':
		if len(s.parens) >= maxLevel {
			return s.syntaxError("too many nested parentheses")
		}
		s.parens = append(s.parens, paren{ch: byte(c), line: s.lineno, col: s.start - s.lineStart})
		if n := len(s.modes); n > 0 {
			s.modes[n-1].bracketDepth++
		}
	case ')', ']', '}':
		n := len(s.modes)
		var m *fmode
		if n > 0 {
			m = &s.modes[n-1]
		}
		if m != nil && m.bracketDepth == 0 && c == '}' {
			return s.syntaxError("f-string: single '}' is not allowed")
		}
		if len(s.parens) == 0 {
			if !s.opts.Comments {
				return s.syntaxError("unmatched '" + string(rune(c)) + "'")
			}
		} else {
			p := s.parens[len(s.parens)-1]
			s.parens = s.parens[:len(s.parens)-1]
			open := int(p.ch)
			if !s.opts.Comments && !(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}') {
				if m != nil && open == '{' && m.bracketDepth-1 == m.exprStartDepth {
					return s.syntaxError("f-string: unmatched '" + string(rune(c)) + "'")
				}
				if p.line != s.lineno {
					return s.syntaxError("closing parenthesis '" + string(rune(c)) + "' does not match opening parenthesis '" + string(rune(open)) + "' on line " + itoa(p.line))
				}
				return s.syntaxError("closing parenthesis '" + string(rune(c)) + "' does not match opening parenthesis '" + string(rune(open)) + "'")
			}
		}
		if m != nil {
			m.bracketDepth--
			if m.bracketDepth < 0 {
				return s.syntaxError("f-string: unmatched '" + string(rune(c)) + "'")
			}
			if c == '}' && m.bracketDepth == m.exprStartDepth {
				m.exprStartDepth--
				m.regular = false
				m.inFormatSpec = false
				m.debug = false
			}
		}
	}
	if c < 0x20 || c == 0x7f {
		return s.syntaxError("invalid non-printable character U+" + hex4(rune(c)))
	}
	if c == '=' {
		if n := len(s.modes); n > 0 && s.modes[n-1].exprStartDepth >= 0 {
			s.modes[n-1].debug = true
		}
	}
	return s.tok(oneChar(c))
}

func oneChar(c int) token.Kind {
	switch c {
	case '!':
		return token.EXCLAMATION
	case '%':
		return token.PERCENT
	case '&':
		return token.AMPER
	case '(':
		return token.LPAR
	case ')':
		return token.RPAR
	case '*':
		return token.STAR
	case '+':
		return token.PLUS
	case ',':
		return token.COMMA
	case '-':
		return token.MINUS
	case '.':
		return token.DOT
	case '/':
		return token.SLASH
	case ':':
		return token.COLON
	case ';':
		return token.SEMI
	case '<':
		return token.LESS
	case '=':
		return token.EQUAL
	case '>':
		return token.GREATER
	case '@':
		return token.AT
	case '[':
		return token.LSQB
	case ']':
		return token.RSQB
	case '^':
		return token.CIRCUMFLEX
	case '{':
		return token.LBRACE
	case '|':
		return token.VBAR
	case '}':
		return token.RBRACE
	case '~':
		return token.TILDE
	}
	return token.OP
}

func twoChars(c1, c2 int) token.Kind {
	switch c1 {
	case '!':
		if c2 == '=' {
			return token.NOTEQUAL
		}
	case '%':
		if c2 == '=' {
			return token.PERCENTEQUAL
		}
	case '&':
		if c2 == '=' {
			return token.AMPEREQUAL
		}
	case '*':
		switch c2 {
		case '*':
			return token.DOUBLESTAR
		case '=':
			return token.STAREQUAL
		}
	case '+':
		if c2 == '=' {
			return token.PLUSEQUAL
		}
	case '-':
		switch c2 {
		case '=':
			return token.MINEQUAL
		case '>':
			return token.RARROW
		}
	case '/':
		switch c2 {
		case '/':
			return token.DOUBLESLASH
		case '=':
			return token.SLASHEQUAL
		}
	case ':':
		if c2 == '=' {
			return token.COLONEQUAL
		}
	case '<':
		switch c2 {
		case '<':
			return token.LEFTSHIFT
		case '=':
			return token.LESSEQUAL
		case '>':
			return token.NOTEQUAL
		}
	case '=':
		if c2 == '=' {
			return token.EQEQUAL
		}
	case '>':
		switch c2 {
		case '=':
			return token.GREATEREQUAL
		case '>':
			return token.RIGHTSHIFT
		}
	case '@':
		if c2 == '=' {
			return token.ATEQUAL
		}
	case '^':
		if c2 == '=' {
			return token.CIRCUMFLEXEQUAL
		}
	case '|':
		if c2 == '=' {
			return token.VBAREQUAL
		}
	}
	return token.OP
}

func threeChars(c1, c2, c3 int) token.Kind {
	if c3 != '=' {
		if c1 == '.' && c2 == '.' && c3 == '.' {
			return token.ELLIPSIS
		}
		return token.OP
	}
	switch {
	case c1 == '*' && c2 == '*':
		return token.DOUBLESTAREQUAL
	case c1 == '/' && c2 == '/':
		return token.DOUBLESLASHEQUAL
	case c1 == '<' && c2 == '<':
		return token.LEFTSHIFTEQUAL
	case c1 == '>' && c2 == '>':
		return token.RIGHTSHIFTEQUAL
	}
	return token.OP
}

func isDigit(c int) bool  { return c >= '0' && c <= '9' }
func isXDigit(c int) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
func isAlnum(c int) bool {
	return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// isIdentStart and isIdentChar classify ASCII bytes.
var isIdentStart, isIdentChar = func() (start, char [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		start[c] = c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		char[c] = start[c] || isDigit(c)
	}
	return
}()
