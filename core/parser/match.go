package parser

import (
	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/token"
)

// looksLikeMatch reports whether the soft keyword "match" at the current
// token starts a match statement: "match" subject_expr ':' NEWLINE must
// parse (speculatively; the tokens are not consumed).
func (p *parser) looksLikeMatch() (ok bool) {
	nt := p.peek(1)
	switch nt.Kind {
	case token.NEWLINE, token.EQUAL, token.DOT, token.COLON, token.COMMA, token.RPAR, token.SEMI:
		return false
	}
	if _, aug := augOp(nt.Kind); aug {
		return false
	}
	save := p.pos
	defer func() {
		if r := recover(); r != nil {
			if _, isB := r.(bailout); !isB {
				panic(r)
			}
			ok = false
		}
		p.pos = save
	}()
	p.next()
	p.subjectExpr()
	if p.at(token.NEWLINE) {
		// invalid_match_stmt: "expected ':'", unless the line is a
		// valid simple statement.
		p.pos = save
		return !p.parsesAsSimpleStmts()
	}
	return p.at(token.COLON) && p.peek(1).Kind == token.NEWLINE
}

// parsesAsSimpleStmts reports whether the line at the current token
// parses as simple statements (without consuming it).
func (p *parser) parsesAsSimpleStmts() (ok bool) {
	save, far := p.pos, p.far
	defer func() {
		if r := recover(); r != nil {
			if _, isB := r.(bailout); !isB {
				panic(r)
			}
			ok = false
		}
		p.pos, p.far = save, far
	}()
	p.simpleStmts(nil)
	return true
}

// subjectExpr: star_named_expression ',' star_named_expressions? | named_expression.
func (p *parser) subjectExpr() ast.Expr {
	start := p.startPos()
	e := p.starNamedExpression()
	if !p.at(token.COMMA) {
		if _, ok := e.(*ast.Starred); ok {
			p.syntaxError()
		}
		return e
	}
	elts := []ast.Expr{e}
	for p.got(token.COMMA) {
		if p.at(token.COLON) {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return &ast.Tuple{Pos: p.mkPos(start), Elts: elts, Ctx: ast.Load}
}

func (p *parser) matchStmt() ast.Stmt {
	t := p.next()
	d := p.charge(1)
	subject := p.subjectExpr()
	p.restore(d)
	p.colon()
	p.expect(token.NEWLINE)
	if !p.at(token.INDENT) {
		p.fail(p.tokError("IndentationError", "expected an indented block after 'match' statement on line "+itoa(t.Start.Line), p.tok()))
	}
	p.next()
	var cases []*ast.MatchCase
	for !p.at(token.DEDENT) && !p.at(token.ENDMARKER) {
		if !p.atKw(softCase) {
			p.syntaxError()
		}
		ct := p.next()
		pat := p.patterns()
		var guard ast.Expr
		if p.gotKw(kwIf) {
			guard = p.namedExpression()
		}
		p.colon()
		body := p.block("'case' statement", ct.Start.Line)
		cases = append(cases, &ast.MatchCase{Pattern: pat, Guard: guard, Body: body})
	}
	p.got(token.DEDENT)
	return &ast.Match{Pos: p.mkPos(t.Start), Subject: subject, Cases: cases}
}

func itoa(n int) string {
	var b [20]byte
	return string(appendInt(b[:0], n))
}

func appendInt(b []byte, n int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var tmp [20]byte
	i := len(tmp)
	for {
		i--
		tmp[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(b, tmp[i:]...)
}

// patterns: open_sequence_pattern | pattern.
func (p *parser) patterns() ast.Pattern {
	start := p.startPos()
	first := p.maybeStarPattern()
	if !p.at(token.COMMA) {
		if _, ok := first.(*ast.MatchStar); ok {
			return &ast.MatchSequence{Pos: p.mkPos(start), Patterns: []ast.Pattern{first}}
		}
		return first
	}
	pats := []ast.Pattern{first}
	for p.got(token.COMMA) {
		if p.at(token.COLON) || p.atKw(kwIf) {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &ast.MatchSequence{Pos: p.mkPos(start), Patterns: pats}
}

func (p *parser) maybeStarPattern() ast.Pattern {
	if p.at(token.STAR) {
		t := p.next()
		n := p.tok()
		if n.Kind != token.NAME || n.kw.isHard() {
			p.syntaxError()
		}
		p.next()
		name := ""
		if n.kw != softUnderscore {
			name = identifier(n.Text)
		}
		return &ast.MatchStar{Pos: p.mkPos(t.Start), Name: name}
	}
	return p.pattern()
}

// pattern: or_pattern ['as' pattern_capture_target].
func (p *parser) pattern() ast.Pattern {
	defer p.restore(p.charge(costPattern))
	start := p.startPos()
	pat := p.orPattern()
	if p.gotKw(kwAs) {
		n := p.tok()
		if n.Kind != token.NAME || n.kw.isHard() {
			if e := p.exprNoFail(); e != nil {
				p.errorNode("invalid pattern target", e)
			}
			p.syntaxError()
		}
		if n.kw == softUnderscore {
			p.errorTok("cannot use '_' as a target", n)
		}
		if nk := p.peek(1).Kind; nk == token.DOT || nk == token.LPAR || nk == token.EQUAL {
			p.syntaxError()
		}
		p.next()
		return &ast.MatchAs{Pos: p.mkPos(start), Pattern: pat, Name: identifier(n.Text)}
	}
	return pat
}

func (p *parser) orPattern() ast.Pattern {
	start := p.startPos()
	first := p.closedPattern()
	if !p.at(token.VBAR) {
		return first
	}
	pats := []ast.Pattern{first}
	for p.got(token.VBAR) {
		pats = append(pats, p.closedPattern())
	}
	return &ast.MatchOr{Pos: p.mkPos(start), Patterns: pats}
}

func (p *parser) closedPattern() ast.Pattern {
	t := p.tok()
	start := t.Start
	switch t.Kind {
	case token.NUMBER, token.MINUS:
		v := p.signedNumberExpr()
		return &ast.MatchValue{Pos: p.mkPos(start), Value: v}
	case token.STRING, token.FSTRING_START:
		v := p.strings()
		return &ast.MatchValue{Pos: p.mkPos(start), Value: v}
	case token.LPAR:
		p.next()
		p.parenLvl++
		defer func() { p.parenLvl-- }()
		if p.got(token.RPAR) {
			return &ast.MatchSequence{Pos: p.mkPos(start)}
		}
		first := p.maybeStarPattern()
		if p.got(token.RPAR) {
			if _, ok := first.(*ast.MatchStar); ok {
				return &ast.MatchSequence{Pos: p.mkPos(start), Patterns: []ast.Pattern{first}}
			}
			return first
		}
		if !p.at(token.COMMA) {
			p.syntaxError()
		}
		pats := []ast.Pattern{first}
		for p.got(token.COMMA) {
			if p.at(token.RPAR) {
				break
			}
			pats = append(pats, p.maybeStarPattern())
		}
		p.expect(token.RPAR)
		return &ast.MatchSequence{Pos: p.mkPos(start), Patterns: pats}
	case token.LSQB:
		p.next()
		p.parenLvl++
		defer func() { p.parenLvl-- }()
		var pats []ast.Pattern
		for !p.at(token.RSQB) {
			pats = append(pats, p.maybeStarPattern())
			if !p.got(token.COMMA) {
				break
			}
		}
		p.expect(token.RSQB)
		return &ast.MatchSequence{Pos: p.mkPos(start), Patterns: pats}
	case token.LBRACE:
		return p.mappingPattern()
	case token.NAME:
		switch t.kw {
		case kwNoneLit:
			p.next()
			return &ast.MatchSingleton{Pos: tokPos(t), Value: nil}
		case kwTrue:
			p.next()
			return &ast.MatchSingleton{Pos: tokPos(t), Value: true}
		case kwFalse:
			p.next()
			return &ast.MatchSingleton{Pos: tokPos(t), Value: false}
		}
		if t.kw.isHard() {
			p.syntaxError()
		}
		nk := p.peek(1).Kind
		if nk != token.DOT && nk != token.LPAR {
			if nk == token.EQUAL {
				p.syntaxError()
			}
			p.next()
			if t.kw == softUnderscore {
				return &ast.MatchAs{Pos: tokPos(t)}
			}
			return &ast.MatchAs{Pos: tokPos(t), Name: identifier(t.Text)}
		}
		// name_or_attr
		var e ast.Expr = p.name()
		for p.at(token.DOT) {
			p.next()
			attr := p.expectName()
			e = &ast.Attribute{Pos: p.mkPos(start), Value: e, Attr: attr, Ctx: ast.Load}
		}
		if p.at(token.LPAR) {
			return p.classPattern(start, e)
		}
		if _, ok := e.(*ast.Name); ok || p.at(token.EQUAL) {
			p.syntaxError()
		}
		return &ast.MatchValue{Pos: p.mkPos(start), Value: e}
	}
	p.syntaxError()
	return nil
}

// signedNumberExpr: signed_number | complex_number (as a literal expression).
func (p *parser) signedNumberExpr() ast.Expr {
	start := p.startPos()
	var real ast.Expr
	if p.at(token.MINUS) {
		p.next()
		n := p.expect(token.NUMBER)
		c := &ast.Constant{Pos: tokPos(n), Value: p.number(n)}
		real = &ast.UnaryOp{Pos: p.mkPos(start), Op: ast.USub, Operand: c}
	} else {
		n := p.expect(token.NUMBER)
		real = &ast.Constant{Pos: tokPos(n), Value: p.number(n)}
	}
	if p.at(token.PLUS) || p.at(token.MINUS) {
		op := ast.Add
		if p.at(token.MINUS) {
			op = ast.Sub
		}
		// The real part must be real, the second an imaginary number.
		if isImag(real) {
			p.errorNode("real number required in complex literal", real)
		}
		p.next()
		n := p.expect(token.NUMBER)
		imag := &ast.Constant{Pos: tokPos(n), Value: p.number(n)}
		if !isImag(imag) {
			p.errorNode("imaginary number required in complex literal", imag)
		}
		return &ast.BinOp{Pos: p.mkPos(start), Left: real, Op: op, Right: imag}
	}
	return real
}

func isImag(e ast.Expr) bool {
	if u, ok := e.(*ast.UnaryOp); ok {
		e = u.Operand
	}
	c, ok := e.(*ast.Constant)
	if !ok {
		return false
	}
	_, im := c.Value.(complex128)
	return im
}

func (p *parser) mappingPattern() ast.Pattern {
	open := p.next()
	p.parenLvl++
	defer func() { p.parenLvl-- }()
	var keys []ast.Expr
	var pats []ast.Pattern
	rest := ""
	for !p.at(token.RBRACE) {
		if p.at(token.DOUBLESTAR) {
			p.next()
			n := p.tok()
			if n.Kind != token.NAME || n.kw.isHard() || n.kw == softUnderscore {
				p.syntaxError()
			}
			p.next()
			rest = identifier(n.Text)
			p.got(token.COMMA)
			if !p.at(token.RBRACE) {
				p.syntaxError()
			}
			break
		}
		var key ast.Expr
		t := p.tok()
		switch {
		case t.Kind == token.NUMBER || t.Kind == token.MINUS:
			key = p.signedNumberExpr()
		case t.Kind == token.STRING || t.Kind == token.FSTRING_START:
			key = p.strings()
		case t.kw == kwNoneLit:
			p.next()
			key = &ast.Constant{Pos: tokPos(t), Value: nil}
		case t.kw == kwTrue:
			p.next()
			key = &ast.Constant{Pos: tokPos(t), Value: true}
		case t.kw == kwFalse:
			p.next()
			key = &ast.Constant{Pos: tokPos(t), Value: false}
		case t.Kind == token.NAME && !t.kw.isHard():
			var e ast.Expr = p.name()
			if !p.at(token.DOT) {
				p.syntaxError()
			}
			for p.at(token.DOT) {
				p.next()
				attr := p.expectName()
				e = &ast.Attribute{Pos: p.mkPos(t.Start), Value: e, Attr: attr, Ctx: ast.Load}
			}
			key = e
		default:
			p.syntaxError()
		}
		p.expect(token.COLON)
		keys = append(keys, key)
		pats = append(pats, p.pattern())
		if !p.got(token.COMMA) {
			break
		}
	}
	p.expect(token.RBRACE)
	return &ast.MatchMapping{Pos: p.mkPos(open.Start), Keys: keys, Patterns: pats, Rest: rest}
}

func (p *parser) classPattern(start token.Pos, cls ast.Expr) ast.Pattern {
	p.next() // '('
	p.parenLvl++
	defer func() { p.parenLvl-- }()
	var pats, kwPats []ast.Pattern
	var kwAttrs []string
	for !p.at(token.RPAR) {
		t := p.tok()
		if t.Kind == token.NAME && !t.kw.isHard() && p.peek(1).Kind == token.EQUAL {
			p.next()
			p.next()
			kwAttrs = append(kwAttrs, identifier(t.Text))
			kwPats = append(kwPats, p.pattern())
		} else {
			pat := p.pattern()
			if len(kwAttrs) > 0 {
				// invalid_class_argument_pattern reads all the
				// positional patterns that follow.
				last := pat
				for p.at(token.COMMA) {
					p.next()
					var next ast.Pattern
					if p.try(true, func() { next = p.pattern() }) != nil {
						break
					}
					last = next
				}
				p.errorRange("positional patterns follow keyword patterns", pat, last)
			}
			pats = append(pats, pat)
		}
		if !p.got(token.COMMA) {
			break
		}
	}
	p.expect(token.RPAR)
	return &ast.MatchClass{Pos: p.mkPos(start), Cls: cls, Patterns: pats, KwdAttrs: kwAttrs, KwdPatterns: kwPats}
}

func binopTok(k token.Kind) bool {
	_, prec := binop(k)
	return prec > 0
}
