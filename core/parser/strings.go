package parser

import (
	"strings"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/scanner"
	"github.com/subpy/subpy/core/token"
)

// strings parses a run of adjacent string and f-string literals and
// concatenates them as CPython's _PyPegen_concatenate_strings does.
func (p *parser) strings() ast.Expr {
	start := p.startPos()
	first := p.tok()
	// Fast path: one plain string.
	if first.Kind == token.STRING {
		nx := p.peek(1).Kind
		if nx != token.STRING && nx != token.FSTRING_START {
			p.next()
			s, isBytes, err := scanner.DecodeString(first.Token)
			if err != nil {
				p.fail(err)
			}
			c := &ast.Constant{Pos: tokPos(first)}
			if isBytes {
				c.Value = ast.Bytes(s)
			} else {
				c.Value = s
				c.Kind = stringKind(first.Text)
			}
			return c
		}
	}
	// parts holds Constants (one per STRING token, one per FSTRING_MIDDLE)
	// and FormattedValues, in order.
	var parts []ast.Expr
	sawF, sawBytes, sawStr := false, false, false
	for {
		t := p.tok()
		if t.Kind == token.STRING {
			p.next()
			s, isBytes, err := scanner.DecodeString(t.Token)
			if err != nil {
				p.fail(err)
			}
			if isBytes {
				sawBytes = true
				parts = append(parts, &ast.Constant{Pos: tokPos(t), Value: ast.Bytes(s)})
			} else {
				sawStr = true
				parts = append(parts, &ast.Constant{Pos: tokPos(t), Value: s, Kind: stringKind(t.Text)})
			}
			continue
		}
		if t.Kind == token.FSTRING_START {
			sawF = true
			sawStr = true
			js := p.fstring()
			parts = append(parts, js.Values...)
			continue
		}
		break
	}
	if sawBytes && sawStr {
		p.errorTok("cannot mix bytes and nonbytes literals", p.tok())
	}
	pos := p.mkPos(start)
	if !sawF {
		// Plain strings or bytes: one Constant.
		var b strings.Builder
		for _, x := range parts {
			switch v := x.(*ast.Constant).Value.(type) {
			case string:
				b.WriteString(v)
			case ast.Bytes:
				b.WriteString(string(v))
			}
		}
		c := &ast.Constant{Pos: pos, Kind: parts[0].(*ast.Constant).Kind}
		if sawBytes {
			c.Value = ast.Bytes(b.String())
		} else {
			c.Value = b.String()
		}
		return c
	}
	return &ast.JoinedStr{Pos: pos, Values: mergeConstants(parts)}
}

// stringKind is a Constant's kind: "u" for a string with a lower-case u
// prefix (CPython gives an upper-case U no kind).
func stringKind(text string) string {
	if text != "" && text[0] == 'u' {
		return "u"
	}
	return ""
}

// mergeConstants joins adjacent str Constants into one spanning them all
// and drops empty ones, as CPython does in f-strings.
func mergeConstants(parts []ast.Expr) []ast.Expr {
	var out []ast.Expr
	for i := 0; i < len(parts); {
		if _, ok := parts[i].(*ast.Constant); !ok {
			out = append(out, parts[i])
			i++
			continue
		}
		j := i
		var b strings.Builder
		var firstC, lastC *ast.Constant
		for ; j < len(parts); j++ {
			cj, ok := parts[j].(*ast.Constant)
			if !ok {
				break
			}
			s := cj.Value.(string)
			if s == "" {
				continue
			}
			if firstC == nil {
				firstC = cj
			}
			lastC = cj
			b.WriteString(s)
		}
		if firstC != nil {
			if firstC == lastC {
				out = append(out, firstC)
			} else {
				out = append(out, &ast.Constant{
					Pos: ast.Pos{Lineno: firstC.Lineno, ColOffset: firstC.ColOffset,
						EndLineno: lastC.EndLineno, EndColOffset: lastC.EndColOffset},
					Value: b.String(), Kind: firstC.Kind})
			}
		}
		i = j
	}
	return out
}

// fstring parses FSTRING_START ... FSTRING_END into a JoinedStr.
func (p *parser) fstring() *ast.JoinedStr {
	startTok := p.next()
	raw := strings.ContainsAny(startTok.Text, "rR")
	p.inFString++
	defer func() { p.inFString-- }()
	var parts []ast.Expr
	// decErr is the first FSTRING_MIDDLE that does not decode: CPython
	// decodes them in the action of the whole f-string, so a syntax error
	// in a later replacement field comes first, and the error stands at
	// the last token fetched (the FSTRING_END, or further).
	var decErr *scanner.Error
	for {
		t := p.tok()
		switch t.Kind {
		case token.FSTRING_MIDDLE:
			p.next()
			s, err := scanner.DecodeFStringMiddle(t.Token, raw)
			if err != nil && decErr == nil {
				decErr = err
			}
			parts = append(parts, &ast.Constant{Pos: p.middlePos(t), Value: s})
		case token.LBRACE:
			parts = append(parts, p.replacementField(raw)...)
		case token.FSTRING_END:
			p.next()
			if decErr != nil {
				p.fail(p.tokError("SyntaxError", decErr.Msg, &p.toks[min(max(p.fill, p.pos-1), len(p.toks)-1)]))
			}
			return &ast.JoinedStr{Pos: p.mkPos(startTok.Start), Values: mergeConstants(parts)}
		default:
			p.syntaxError()
		}
	}
}

// replacementField parses '{' expr ['='] ['!' NAME] [':' spec] '}' and
// returns the FormattedValue, preceded by the debug text Constant for
// the '=' form.
func (p *parser) replacementField(raw bool) []ast.Expr {
	cost := costFString
	if p.fstringStartIdx() == p.stmtStart {
		cost -= bracketDiscount
	}
	defer p.restore(p.charge(cost))
	defer p.bracketRules()()
	open := p.next()
	p.parenLvl++
	var e ast.Expr
	if p.at(token.RBRACE) || p.at(token.EXCLAMATION) || p.at(token.COLON) || p.at(token.EQUAL) {
		t := p.tok()
		p.fstringRuleError("f-string: valid expression required before '"+t.Text+"'", t)
	}
	e = p.fieldExpr()
	var out []ast.Expr
	conv := -1
	debug := false
	eqIdx := 0
	var convTok *tok
	if p.at(token.EQUAL) {
		eqIdx = p.pos
		p.next()
		debug = true
		if !(p.at(token.EXCLAMATION) || p.at(token.COLON) || p.at(token.RBRACE)) {
			p.fstringRuleError("f-string: expecting '!', or ':', or '}'", p.tok())
		}
	} else if !(p.at(token.EXCLAMATION) || p.at(token.COLON) || p.at(token.RBRACE)) {
		p.fstringRuleError("f-string: expecting '=', or '!', or ':', or '}'", p.tok())
	}
	if p.at(token.EXCLAMATION) {
		bang := p.next()
		t := p.tok()
		if t.Kind == token.COLON || t.Kind == token.RBRACE {
			p.fstringRuleError("f-string: missing conversion character", t)
		}
		if t.Kind != token.NAME || t.kw.isHard() {
			p.fstringRuleError("f-string: invalid conversion character", t)
		}
		if t.Start != bang.End {
			p.errorAt("f-string: conversion type must come right after the exclamanation mark", bang.Start, t.End)
		}
		p.next()
		if !(p.at(token.COLON) || p.at(token.RBRACE)) {
			p.fstringRuleError("f-string: expecting ':' or '}'", p.tok())
		}
		convTok = t
		conv = int(t.Text[0])
	}
	var spec *ast.JoinedStr
	if p.at(token.COLON) {
		colon := p.next()
		var sparts []ast.Expr
	loop:
		for {
			t := p.tok()
			switch t.Kind {
			case token.FSTRING_MIDDLE:
				p.next()
				s, err := scanner.DecodeFStringMiddle(t.Token, raw)
				if err != nil {
					// CPython decodes a format spec in its own action
					// and lets the codec's exception through.
					panic(bailout{&OtherError{"UnicodeDecodeError", strings.TrimPrefix(err.Msg, "(unicode error) ")}})
				}
				sparts = append(sparts, &ast.Constant{Pos: p.middlePos(t), Value: s})
			case token.LBRACE:
				sparts = append(sparts, p.replacementField(raw)...)
			default:
				break loop
			}
		}
		spec = &ast.JoinedStr{Pos: p.mkPos(colon.Start), Values: mergeConstants(sparts)}
	}
	closeTok := p.tok()
	if closeTok.Kind != token.RBRACE {
		if spec != nil {
			p.fstringRuleError("f-string: expecting '}', or format specs", closeTok)
		}
		p.fstringRuleError("f-string: expecting '}'", closeTok)
	}
	if convTok != nil {
		switch convTok.Text {
		case "r", "s", "a":
		default:
			p.errorTok("f-string: invalid conversion character '"+convTok.Text+"': expected 's', 'r', or 'a'", convTok)
		}
	}
	if debug {
		if conv == -1 && spec == nil {
			conv = 'r'
		}
		end := p.toks[eqIdx+1].Start
		text := p.debugText(open.End, end)
		out = append(out, &ast.Constant{Pos: posOf(open.End, end), Value: text})
	}
	p.next()
	p.parenLvl--
	fv := &ast.FormattedValue{Pos: p.mkPos(open.Start), Value: e, Conversion: conv}
	if spec != nil {
		fv.FormatSpec = spec
	}
	out = append(out, fv)
	return out
}

// sourceBetween returns the source text from a to b.
func (p *parser) sourceBetween(a, b token.Pos) string {
	if a.Line == b.Line {
		l := p.lineText(a.Line)
		if b.Col > len(l) || a.Col > b.Col {
			return ""
		}
		return l[a.Col:b.Col]
	}
	var sb strings.Builder
	l := p.lineText(a.Line)
	if a.Col <= len(l) {
		sb.WriteString(l[a.Col:])
	}
	for n := a.Line + 1; n < b.Line; n++ {
		sb.WriteString(p.lineText(n))
	}
	l = p.lineText(b.Line)
	if b.Col <= len(l) {
		sb.WriteString(l[:b.Col])
	}
	return sb.String()
}

// middlePos is the position CPython gives the text of an FSTRING_MIDDLE
// token: the token stops before the second brace of a doubled "{{" or
// "}}", but the Constant spans it.
func (p *parser) middlePos(t *tok) ast.Pos {
	pos := tokPos(t)
	if n := len(t.Text); n > 0 && (t.Text[n-1] == '{' || t.Text[n-1] == '}') {
		l := p.lineText(t.End.Line)
		if t.End.Col < len(l) && l[t.End.Col] == t.Text[n-1] {
			pos.EndColOffset++
		}
	}
	return pos
}

// debugText is the source of a `{expr=}` field from a to b, without the
// comments it contains (CPython's tokenizer leaves them out).
func (p *parser) debugText(a, b token.Pos) string {
	src := p.sourceBetween(a, b)
	if strings.IndexByte(src, '#') < 0 {
		return src
	}
	var sb strings.Builder
	var quote byte
	triple := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case quote != 0:
			sb.WriteByte(c)
			if c == '\\' && i+1 < len(src) {
				i++
				sb.WriteByte(src[i])
			} else if c == quote {
				if !triple {
					quote = 0
				} else if strings.HasPrefix(src[i:], string([]byte{c, c, c})) {
					sb.WriteString(src[i+1 : i+3])
					i += 2
					quote = 0
				}
			}
		case c == '\'' || c == '"':
			quote = c
			triple = strings.HasPrefix(src[i:], string([]byte{c, c, c}))
			sb.WriteByte(c)
			if triple {
				sb.WriteString(src[i+1 : i+3])
				i += 2
			}
		case c == '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			i--
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// fieldExpr parses the expression of a replacement field: (yield_expr |
// star_expressions), with "f-string: expecting a valid expression after
// '{'" when none parses.
func (p *parser) fieldExpr() (e ast.Expr) {
	first := p.tok()
	firstIdx := p.pos
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			if se, ok := b.err.(*scanner.Error); ok && se.Msg == "invalid syntax" && b.err != p.tokErr {
				// PEG: a shorter expression may still parse; what
				// follows it is then the problem.
				p.pos = firstIdx
				if p.primaryPrefix() != nil {
					if !(p.at(token.EQUAL) || p.at(token.EXCLAMATION) || p.at(token.COLON) || p.at(token.RBRACE)) {
						p.fstringRuleError("f-string: expecting '=', or '!', or ':', or '}'", p.tok())
					}
					panic(r)
				}
				p.fstringRuleError("f-string: expecting a valid expression after '{'", first)
			}
			panic(r)
		}
	}()
	if p.atKw(kwYield) {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// fstringStartIdx returns the index of the FSTRING_START of the
// innermost f-string around the current token.
func (p *parser) fstringStartIdx() int {
	level := 0
	for i := p.pos; i >= 0; i-- {
		switch p.toks[i].Kind {
		case token.FSTRING_END:
			level++
		case token.FSTRING_START:
			if level == 0 {
				return i
			}
			level--
		}
	}
	return -1
}

// fstringRuleError raises one of invalid_replacement_field's errors, or
// a generic one inside an error rule's lookahead (where CPython's error
// rules are off).
func (p *parser) fstringRuleError(msg string, t *tok) {
	if p.noInvalid > 0 {
		p.syntaxError()
	}
	p.errorTok(msg, t)
}
