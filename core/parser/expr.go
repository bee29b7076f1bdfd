package parser

import (
	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/scanner"
	"github.com/subpy/subpy/core/token"
)

// This file holds the expression rules, from star_expressions down to
// atom, in the grammar's order.

// starExpressions: star_expression (',' star_expression)* [','], a Tuple
// when there is a comma.
func (p *parser) starExpressions() ast.Expr {
	start := p.startPos()
	e := p.starExpression()
	if !p.at(token.COMMA) {
		return e
	}
	elts := []ast.Expr{e}
	defer p.restore(p.charge(costLaterElt))
	for p.got(token.COMMA) {
		if !p.startsExpression() {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &ast.Tuple{Pos: p.mkPos(start), Elts: elts, Ctx: ast.Load}
}

// startsExpression reports whether the current token can begin a
// (star_)expression; it is how the grammar's optional trailing commas end.
func (p *parser) startsExpression() bool {
	t := p.tok()
	switch t.Kind {
	case token.NAME:
		switch t.kw {
		case kwNone, kwFalse, kwNoneLit, kwTrue, kwNot, kwLambda, kwAwait, softMatch, softCase, softType, softUnderscore:
			return true
		}
		return false
	case token.NUMBER, token.STRING, token.FSTRING_START, token.LPAR, token.LSQB, token.LBRACE,
		token.MINUS, token.PLUS, token.TILDE, token.STAR, token.ELLIPSIS:
		return true
	}
	return false
}

// starExpression: '*' bitwise_or | expression.
func (p *parser) starExpression() ast.Expr {
	if p.at(token.STAR) {
		start := p.startPos()
		p.next()
		v := p.bitwiseOr()
		return &ast.Starred{Pos: p.mkPos(start), Value: v, Ctx: ast.Load}
	}
	return p.expression()
}

// starNamedExpression: '*' bitwise_or | named_expression.
func (p *parser) starNamedExpression() ast.Expr {
	if p.at(token.STAR) {
		start := p.startPos()
		p.next()
		v := p.bitwiseOr()
		return &ast.Starred{Pos: p.mkPos(start), Value: v, Ctx: ast.Load}
	}
	return p.namedExpression()
}

// expressions: expression (',' expression)* [','].
func (p *parser) expressions() ast.Expr {
	start := p.startPos()
	e := p.expression()
	if !p.at(token.COMMA) {
		return e
	}
	elts := []ast.Expr{e}
	for p.got(token.COMMA) {
		if !p.startsExpression() || p.at(token.STAR) {
			break
		}
		elts = append(elts, p.expression())
	}
	return &ast.Tuple{Pos: p.mkPos(start), Elts: elts, Ctx: ast.Load}
}

// namedExpression: NAME ':=' expression | expression !':='.
func (p *parser) namedExpression() ast.Expr {
	t := p.tok()
	if t.Kind == token.NAME && !t.kw.isHard() && p.peek(1).Kind == token.COLONEQUAL {
		start := t.Start
		name := p.name()
		name.Ctx = ast.Store
		p.next()
		defer p.restore(p.charge(costNamed))
		v := p.expression()
		return &ast.NamedExpr{Pos: p.mkPos(start), Target: name, Value: v}
	}
	start := t.Start
	e := p.expression()
	switch p.kind() {
	case token.COLONEQUAL:
		if p.noInvalid > 0 {
			break // invalid_named_expression is an error rule
		}
		save := p.pos
		p.next()
		v := p.exprNoFail()
		p.pos = save
		if v != nil {
			p.errorNode("cannot use assignment expressions with "+exprName(e), e)
		}
	case token.EQUAL:
		p.checkNamedEqual(start, e)
	}
	return e
}

// checkNamedEqual reports invalid_named_expression's "Maybe you meant
// '=='" errors for `a = b` where an expression is expected, when the
// right side is a bitwise_or not followed by '=' or ':='.
func (p *parser) checkNamedEqual(start token.Pos, e ast.Expr) {
	if p.noInvalid > 0 {
		return
	}
	save, far := p.pos, p.far
	defer func() { p.far = far }()
	p.next()
	if !p.startsExpression() || p.at(token.STAR) || p.atKw(kwNot) || p.atKw(kwLambda) {
		p.pos = save
		return
	}
	b := p.bitwiseOrNoFail()
	if b == nil {
		// PEG backtracking leaves the longest prefix that parses.
		p.pos = save + 1
		b = p.primaryPrefix()
	}
	if b == nil || p.at(token.EQUAL) || p.at(token.COLONEQUAL) {
		p.pos = save
		return
	}
	if n, ok := e.(*ast.Name); ok && p.toks[save-1].End == exprEnd(n) && exprStart(n) == start {
		p.errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, b)
	}
	switch e.(type) {
	case *ast.List, *ast.Tuple, *ast.GeneratorExp:
		if p.toks[p.tokIndexAt(start)].Kind == token.LSQB || p.toks[p.tokIndexAt(start)].Kind == token.LPAR {
			p.pos = save
			return
		}
	case *ast.Constant:
		switch p.toks[p.tokIndexAt(start)].kw {
		case kwTrue, kwFalse, kwNoneLit:
			p.pos = save
			return
		}
	}
	if !isBitwiseOrLevel(e) {
		p.pos = save
		return
	}
	p.errorNode("cannot assign to "+exprName(e)+" here. Maybe you meant '==' instead of '='?", e)
}

// tokIndexAt finds the index of the token starting at pos (searching back
// from the current token).
func (p *parser) tokIndexAt(pos token.Pos) int {
	for i := p.pos; i >= 0; i-- {
		if i < len(p.toks) && p.toks[i].Start == pos {
			return i
		}
	}
	return 0
}

// isBitwiseOrLevel reports whether e can be the result of the bitwise_or
// rule (it is not a comparison, not/and/or, conditional or lambda, unless
// parenthesized; parenthesized expressions have their start inside).
func isBitwiseOrLevel(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Compare, *ast.BoolOp, *ast.IfExp, *ast.Lambda:
		return false
	case *ast.UnaryOp:
		return e.(*ast.UnaryOp).Op != ast.Not
	}
	return true
}

// bitwiseOrNoFail parses a bitwise_or, returning nil instead of raising a
// generic syntax error (used for lookahead in error rules).
func (p *parser) bitwiseOrNoFail() ast.Expr { return p.noFail(p.bitwiseOr) }

// noFail runs parse for an error rule's lookahead: a generic "invalid
// syntax" bailout restores the position and gives nil; any other error
// propagates.
func (p *parser) noFail(parse func() ast.Expr) (e ast.Expr) {
	save, far := p.pos, p.far
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			if se, ok := b.err.(*scanner.Error); ok && se.Msg == "invalid syntax" {
				p.pos, p.far = save, far
				e = nil
				return
			}
			panic(r)
		}
	}()
	return parse()
}

// expression: disjunction ['if' disjunction 'else' expression] | lambdef.
func (p *parser) expression() ast.Expr {
	if p.atKw(kwLambda) {
		return p.lambdef()
	}
	start := p.startPos()
	startIdx := p.pos
	var e ast.Expr
	if p.noInvalid == 0 {
		if failed := p.try(true, func() { e = p.disjunction() }); failed != nil {
			p.trailerComma(startIdx)
			panic(*failed)
		}
	} else {
		e = p.disjunction()
	}
	if p.noInvalid == 0 && p.startsExpression() && !p.at(token.STAR) {
		p.missingComma(startIdx, e)
	}
	if p.atKw(kwIf) {
		p.next()
		var test ast.Expr
		afterIf := p.pos
		if failed := p.try(true, func() { test = p.disjunction() }); failed != nil {
			if p.noInvalid > 0 {
				// PEG: the conditional fails, the disjunction stands.
				p.pos = afterIf - 1
				return e
			}
			{
				p.pos = afterIf
				if b := p.primaryPrefix(); b != nil && !p.atKw(kwElse) && !p.at(token.COLON) {
					end := exprEnd(b)
					if d := p.disjunctionPrefix(afterIf, failed); d != nil {
						end = exprEnd(d)
					}
					p.errorAt("expected 'else' after 'if' expression", start, end)
				}
			}
			panic(*failed)
		}
		if !p.atKw(kwElse) {
			if p.noInvalid > 0 {
				p.pos = afterIf - 1
				return e
			}
			if !p.at(token.COLON) {
				p.errorAt("expected 'else' after 'if' expression", start, exprEnd(test))
			}
			p.syntaxError()
		}
		p.next()
		d := p.charge(costIfElse)
		orelse := p.expression()
		p.restore(d)
		return &ast.IfExp{Pos: p.mkPos(start), Test: test, Body: e, Orelse: orelse}
	}
	return e
}

func (p *parser) disjunction() ast.Expr {
	start := p.startPos()
	e := p.conjunction()
	if !p.atKw(kwOr) {
		return e
	}
	vals := []ast.Expr{e}
	d := p.charge(costBoolOp)
	for p.gotKw(kwOr) {
		vals = append(vals, p.conjunction())
	}
	p.restore(d)
	return &ast.BoolOp{Pos: p.mkPos(start), Op: ast.Or, Values: vals}
}

func (p *parser) conjunction() ast.Expr {
	start := p.startPos()
	e := p.inversion()
	if !p.atKw(kwAnd) {
		return e
	}
	vals := []ast.Expr{e}
	d := p.charge(costBoolOp)
	for p.gotKw(kwAnd) {
		vals = append(vals, p.inversion())
	}
	p.restore(d)
	return &ast.BoolOp{Pos: p.mkPos(start), Op: ast.And, Values: vals}
}

func (p *parser) inversion() ast.Expr {
	if p.atKw(kwNot) {
		defer p.restore(p.charge(costUnary))
		start := p.startPos()
		p.next()
		e := p.inversion()
		return &ast.UnaryOp{Pos: p.mkPos(start), Op: ast.Not, Operand: e}
	}
	return p.comparison()
}

func (p *parser) comparison() ast.Expr {
	start := p.startPos()
	e := p.bitwiseOr()
	var ops []ast.CmpOperator
	var cmps []ast.Expr
	for {
		t := p.tok()
		var op ast.CmpOperator
		switch t.Kind {
		case token.EQEQUAL:
			op = ast.Eq
		case token.NOTEQUAL:
			if t.Text == "<>" {
				p.errorTok("invalid syntax", t)
			}
			op = ast.NotEq
		case token.LESS:
			op = ast.Lt
		case token.LESSEQUAL:
			op = ast.LtE
		case token.GREATER:
			op = ast.Gt
		case token.GREATEREQUAL:
			op = ast.GtE
		case token.NAME:
			switch t.kw {
			case kwIn:
				op = ast.In
			case kwIs:
				op = ast.Is
				if p.peek(1).kw == kwNot {
					p.next()
					op = ast.IsNot
				}
			case kwNot:
				if p.peek(1).kw != kwIn {
					goto done
				}
				p.next()
				op = ast.NotIn
			default:
				goto done
			}
		default:
			goto done
		}
		p.next()
		ops = append(ops, op)
		d := p.charge(costCmpRight)
		cmps = append(cmps, p.bitwiseOr())
		p.restore(d)
	}
done:
	if ops == nil {
		return e
	}
	return &ast.Compare{Pos: p.mkPos(start), Left: e, Ops: ops, Comparators: cmps}
}

// binop returns the operator and precedence of a binary operator token
// (0 when the token is not one).
func binop(k token.Kind) (ast.Operator, int) {
	switch k {
	case token.VBAR:
		return ast.BitOr, 1
	case token.CIRCUMFLEX:
		return ast.BitXor, 2
	case token.AMPER:
		return ast.BitAnd, 3
	case token.LEFTSHIFT:
		return ast.LShift, 4
	case token.RIGHTSHIFT:
		return ast.RShift, 4
	case token.PLUS:
		return ast.Add, 5
	case token.MINUS:
		return ast.Sub, 5
	case token.STAR:
		return ast.Mult, 6
	case token.SLASH:
		return ast.Div, 6
	case token.DOUBLESLASH:
		return ast.FloorDiv, 6
	case token.PERCENT:
		return ast.Modulo, 6
	case token.AT:
		return ast.MatMult, 6
	}
	return 0, 0
}

func (p *parser) bitwiseOr() ast.Expr { return p.binary(1) }

// binary parses the binary operator levels from bitwise_or (1) to term (6)
// by precedence climbing; every BinOp starts where its leftmost operand's
// rule started.
func (p *parser) binary(minPrec int) ast.Expr {
	defer p.chainEnd(p.chain)
	start := p.startPos()
	left := p.factor()
	for {
		op, prec := binop(p.kind())
		if prec < minPrec || prec == 0 {
			return left
		}
		p.next()
		p.notAfterOperator()
		right := p.binary(prec + 1)
		left = &ast.BinOp{Pos: p.mkPos(start), Left: left, Op: op, Right: right}
		p.chainStep()
	}
}

// factor: ('+' | '-' | '~') factor | power.
func (p *parser) factor() ast.Expr {
	var op ast.UnaryOperator
	switch p.kind() {
	case token.PLUS:
		op = ast.UAdd
	case token.MINUS:
		op = ast.USub
	case token.TILDE:
		op = ast.Invert
	default:
		return p.power()
	}
	defer p.restore(p.charge(costUnary))
	start := p.startPos()
	p.next()
	p.notAfterOperator()
	e := p.factor()
	return &ast.UnaryOp{Pos: p.mkPos(start), Op: op, Operand: e}
}

// power: await_primary ['**' factor].
func (p *parser) power() ast.Expr {
	start := p.startPos()
	e := p.awaitPrimary()
	if p.got(token.DOUBLESTAR) {
		defer p.restore(p.charge(costPower))
		r := p.factor()
		return &ast.BinOp{Pos: p.mkPos(start), Left: e, Op: ast.Pow, Right: r}
	}
	return e
}

func (p *parser) awaitPrimary() ast.Expr {
	if p.atKw(kwAwait) {
		defer p.restore(p.charge(costUnary))
		start := p.startPos()
		p.next()
		e := p.primary()
		return &ast.Await{Pos: p.mkPos(start), Value: e}
	}
	return p.primary()
}

// primary: atom followed by attribute references, calls and subscripts.
func (p *parser) primary() ast.Expr {
	start := p.startPos()
	startIdx := p.pos
	e := p.atom()
	defer p.chainEnd(p.chain)
	for {
		ne, ok := p.trailer(start, startIdx, e)
		if !ok {
			return e
		}
		e = ne
	}
}

// trailer parses one '.' NAME, call or subscript after e; ok is false
// when the current token starts none.
func (p *parser) trailer(start token.Pos, startIdx int, e ast.Expr) (ast.Expr, bool) {
	switch p.kind() {
	case token.DOT:
		p.next()
		name := p.expectName()
		e = &ast.Attribute{Pos: p.mkPos(start), Value: e, Attr: name, Ctx: ast.Load}
	case token.LPAR:
		e = p.call(start, startIdx, e)
	case token.LSQB:
		cost := costSubscr - p.discount(startIdx)
		d := p.charge(cost)
		restoreRules := p.bracketRules()
		p.next()
		p.parenLvl++
		s := p.slices()
		p.parenLvl--
		restoreRules()
		p.restore(d)
		p.expect(token.RSQB)
		e = &ast.Subscript{Pos: p.mkPos(start), Value: e, Slice: s, Ctx: ast.Load}
	default:
		return e, false
	}
	p.chainStep()
	return e, true
}

// try runs f; a generic syntax error in it (not a specialised one, not
// the tokenizer's) is returned, with the position restored, instead of
// ending the parse. The furthest token looked at is kept only when
// keepFar is set.
func (p *parser) try(keepFar bool, f func()) (failed *bailout) {
	save, far, noInv, paren, depth := p.pos, p.far, p.noInvalid, p.parenLvl, p.depth
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			se, isSE := b.err.(*scanner.Error)
			if !isSE || se.Msg != "invalid syntax" || b.err == p.tokErr {
				panic(r)
			}
			p.pos, p.noInvalid, p.parenLvl, p.depth = save, noInv, paren, depth
			if !keepFar {
				p.far = far
			}
			failed = &b
		}
	}()
	f()
	return nil
}

// primaryPrefix parses, for an error rule's lookahead, the longest
// atom-and-trailers prefix at the current token that parses (what PEG
// backtracking leaves of a primary whose later trailer fails), without
// the error rules; nil if not even the atom parses.
func (p *parser) primaryPrefix() ast.Expr {
	far := p.far
	defer func() { p.far = far }()
	start, startIdx := p.startPos(), p.pos
	var e ast.Expr
	p.noInvalid++
	defer func() { p.noInvalid-- }()
	if p.try(false, func() { e = p.atom() }) != nil {
		return nil
	}
	for {
		var ne ast.Expr
		ok := false
		if p.try(false, func() { ne, ok = p.trailer(start, startIdx, e) }) != nil || !ok {
			return e
		}
		e = ne
	}
}

// disjunctionPrefix is, for an error rule's range, the longest disjunction
// at token index at that ends before the token where parsing one failed
// (what PEG backtracking leaves of it); nil if there is none. Each shorter
// prefix is tried by standing a NEWLINE in for the token after it.
func (p *parser) disjunctionPrefix(at int, failed *bailout) ast.Expr {
	save, far := p.pos, p.far
	defer func() { p.pos, p.far = save, far }()
	p.noInvalid++
	defer func() { p.noInvalid-- }()
	limit := min(p.far, len(p.toks)-1)
	if failed == nil || limit-at > 64 {
		return nil
	}
	for cut := limit; cut > at; cut-- {
		orig := p.toks[cut]
		p.toks[cut].Kind, p.toks[cut].Text, p.toks[cut].kw = token.NEWLINE, "", 0
		p.pos = at
		var d ast.Expr
		err := p.try(false, func() { d = p.disjunction() })
		ok := err == nil && p.pos == cut
		p.toks[cut] = orig
		if ok {
			return d
		}
	}
	return nil
}

// slices: slice !',' | ','.(slice | starred_expression)+ [','].
func (p *parser) slices() ast.Expr {
	start := p.startPos()
	var first ast.Expr
	if p.at(token.STAR) {
		first = p.starredArg()
	} else {
		first = p.slice()
		if !p.at(token.COMMA) {
			return first
		}
	}
	elts := []ast.Expr{first}
	for p.got(token.COMMA) {
		if p.at(token.RSQB) {
			break
		}
		if p.at(token.STAR) {
			elts = append(elts, p.starredArg())
		} else {
			elts = append(elts, p.slice())
		}
	}
	return &ast.Tuple{Pos: p.mkPos(start), Elts: elts, Ctx: ast.Load}
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression.
func (p *parser) slice() ast.Expr {
	start := p.startPos()
	var lower ast.Expr
	if !p.at(token.COLON) {
		lower = p.namedExpression()
		if !p.at(token.COLON) {
			return lower
		}
		if _, ok := lower.(*ast.NamedExpr); ok && p.toks[p.tokIndexAt(start)].Kind != token.LPAR {
			p.syntaxError()
		}
	}
	p.next() // ':'
	var upper, step ast.Expr
	if p.startsExpression() && !p.at(token.STAR) {
		upper = p.expression()
	}
	if p.got(token.COLON) {
		if p.startsExpression() && !p.at(token.STAR) {
			step = p.expression()
		}
	}
	return &ast.Slice{Pos: p.mkPos(start), Lower: lower, Upper: upper, Step: step}
}

// starredExpression: '*' expression.
func (p *parser) starredExpression() ast.Expr {
	start := p.startPos()
	p.expect(token.STAR)
	v := p.expression()
	return &ast.Starred{Pos: p.mkPos(start), Value: v, Ctx: ast.Load}
}

// name parses a NAME that is not a hard keyword.
func (p *parser) name() *ast.Name {
	t := p.tok()
	if t.Kind != token.NAME || t.kw.isHard() {
		p.syntaxError()
	}
	p.next()
	return &ast.Name{Pos: tokPos(t), ID: identifier(t.Text), Ctx: ast.Load}
}

// expectName consumes a NAME (not a hard keyword) and returns its
// normalized identifier.
func (p *parser) expectName() string {
	t := p.tok()
	if t.Kind != token.NAME || t.kw.isHard() {
		p.syntaxError()
	}
	p.next()
	return identifier(t.Text)
}

// identifier normalizes a NAME's text (NFKC for non-ASCII names).
func identifier(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return scanner.NormalizeIdentifier(s)
		}
	}
	return s
}

// atom parses the grammar's atom rule.
func (p *parser) atom() ast.Expr {
	t := p.tok()
	switch t.Kind {
	case token.NAME:
		switch t.kw {
		case kwTrue:
			p.next()
			return &ast.Constant{Pos: tokPos(t), Value: true}
		case kwFalse:
			p.next()
			return &ast.Constant{Pos: tokPos(t), Value: false}
		case kwNoneLit:
			p.next()
			return &ast.Constant{Pos: tokPos(t), Value: nil}
		}
		if t.kw.isHard() {
			p.syntaxError()
		}
		p.next()
		return &ast.Name{Pos: tokPos(t), ID: identifier(t.Text), Ctx: ast.Load}
	case token.NUMBER:
		p.next()
		return &ast.Constant{Pos: tokPos(t), Value: p.number(t)}
	case token.STRING, token.FSTRING_START:
		return p.strings()
	case token.ELLIPSIS:
		p.next()
		return &ast.Constant{Pos: tokPos(t), Value: ast.EllipsisValue{}}
	case token.LPAR:
		return p.parenAtom()
	case token.LSQB:
		return p.listAtom()
	case token.LBRACE:
		return p.braceAtom()
	}
	p.syntaxError()
	return nil
}

func (p *parser) number(t *tok) ast.Value {
	n, err := scanner.ParseNumber(t.Token)
	if err != nil {
		p.fail(err)
	}
	switch n.Kind {
	case scanner.Float:
		return n.Float
	case scanner.Imag:
		return complex(0, n.Float)
	}
	if n.Big != nil {
		return n.Big
	}
	return n.Small
}

// parenAtom: tuple | group | genexp (and yield inside parentheses).
func (p *parser) parenAtom() ast.Expr {
	defer p.restore(p.charge(p.bracketCost(costParen, p.pos)))
	defer p.bracketRules()()
	open := p.next()
	start := open.Start
	p.parenLvl++
	defer func() { p.parenLvl-- }()
	if p.at(token.RPAR) {
		p.next()
		return &ast.Tuple{Pos: p.mkPos(start), Ctx: ast.Load}
	}
	if p.atKw(kwYield) {
		e := p.yieldExpr()
		p.expect(token.RPAR)
		return e
	}
	if p.at(token.DOUBLESTAR) && p.noInvalid == 0 {
		// invalid_group: '(' '**' expression ')'.
		ds := p.tok()
		save := p.pos
		far := p.far
		p.next()
		if p.try(false, func() { p.expression() }) == nil && p.at(token.RPAR) {
			p.errorTok("cannot use double starred expression here", ds)
		}
		p.pos, p.far = save, far
	}
	p.starAfterBracket()
	e := p.starNamedExpression()
	switch {
	case p.atKw(kwFor) || p.atKw(kwAsync) && p.peek(1).kw == kwFor:
		if _, ok := e.(*ast.Starred); ok {
			p.errorNode("iterable unpacking cannot be used in comprehension", e)
		}
		gens := p.forIfClauses()
		p.closeParen(open)
		return &ast.GeneratorExp{Pos: p.mkPos(start), Elt: e, Generators: gens}
	case p.at(token.COMMA):
		p.charge(costTuple)
		elts := []ast.Expr{e}
		for p.got(token.COMMA) {
			if p.at(token.RPAR) {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		p.closeParen(open)
		return &ast.Tuple{Pos: p.mkPos(start), Elts: elts, Ctx: ast.Load}
	}
	if s, ok := e.(*ast.Starred); ok && p.at(token.RPAR) {
		p.errorNode("cannot use starred expression here", s)
	}
	p.closeParen(open)
	return e
}

// closeParen expects the closing bracket; when something else follows an
// expression inside brackets, CPython suggests a missing comma.
func (p *parser) closeParen(open *tok) {
	want := token.RPAR
	switch open.Kind {
	case token.LSQB:
		want = token.RSQB
	case token.LBRACE:
		want = token.RBRACE
	}
	if p.at(want) {
		p.next()
		return
	}
	p.syntaxError()
}

// missingComma raises CPython's "invalid syntax. Perhaps you forgot a
// comma?" (invalid_expression) when, inside brackets, the expression a
// that started at token startIdx is directly followed by another one.
// An expression starting with a soft keyword, or with NAME STRING (a bad
// string prefix), does not count.
func (p *parser) missingComma(startIdx int, a ast.Expr) {
	if p.noInvalid > 0 {
		return
	}
	first := &p.toks[startIdx]
	if softKeywordToken(first) {
		return
	}
	if first.Kind == token.NAME && (p.toks[startIdx+1].Kind == token.STRING || p.toks[startIdx+1].Kind == token.FSTRING_START) {
		return
	}
	inBrackets := p.parenLvl > 0
	b := p.exprNoFail()
	if b == nil && !p.offInBrackets {
		p.setAfterExpr()
	}
	if b == nil {
		// PEG backtracking: a primary whose trailer fails still
		// matches as the bare atom.
		save := p.pos
		b = p.primaryPrefix()
		p.pos = save
		if b == nil {
			return
		}
	}
	if inBrackets {
		p.errorRange("invalid syntax. Perhaps you forgot a comma?", a, b)
	}
}

// exprNoFail parses an expression for an error rule's lookahead: on a
// generic syntax error it restores the position and returns nil.
func (p *parser) exprNoFail() (e ast.Expr) {
	save, far, noInv, paren, depth := p.pos, p.far, p.noInvalid, p.parenLvl, p.depth
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			if se, ok := b.err.(*scanner.Error); ok && se.Msg == "invalid syntax" {
				p.pos, p.far = save, far
				p.noInvalid, p.parenLvl, p.depth = noInv, paren, depth
				e = nil
				return
			}
			panic(r)
		}
	}()
	p.noInvalid++
	e = p.expression()
	p.noInvalid--
	p.pos, p.far = save, far
	return e
}

// exprParses reports whether an expression parses at the current token,
// keeping the furthest token it looked at (CPython's first pass does).
func (p *parser) exprParses() (ok bool) {
	save, noInv := p.pos, p.noInvalid
	defer func() {
		if r := recover(); r != nil {
			b, isB := r.(bailout)
			if !isB {
				panic(r)
			}
			if se, isSE := b.err.(*scanner.Error); isSE && se.Msg == "invalid syntax" {
				p.pos, p.noInvalid = save, noInv
				ok = false
				return
			}
			panic(r)
		}
	}()
	p.noInvalid++
	p.expression()
	p.pos, p.noInvalid = save, noInv
	return true
}

// listAtom: list | listcomp.
func (p *parser) listAtom() ast.Expr {
	defer p.restore(p.charge(p.bracketCost(costList, p.pos)))
	defer p.bracketRules()()
	open := p.next()
	start := open.Start
	p.parenLvl++
	defer func() { p.parenLvl-- }()
	if p.at(token.RSQB) {
		p.next()
		return &ast.List{Pos: p.mkPos(start), Ctx: ast.Load}
	}
	p.starAfterBracket()
	e := p.starNamedExpression()
	if p.atKw(kwFor) || p.atKw(kwAsync) && p.peek(1).kw == kwFor {
		if _, ok := e.(*ast.Starred); ok {
			p.errorNode("iterable unpacking cannot be used in comprehension", e)
		}
		gens := p.forIfClauses()
		p.closeParen(open)
		return &ast.ListComp{Pos: p.mkPos(start), Elt: e, Generators: gens}
	}
	elts := []ast.Expr{e}
	for p.got(token.COMMA) {
		if p.at(token.RSQB) || p.atKw(kwFor) || p.atKw(kwAsync) && p.peek(1).kw == kwFor {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	p.comprehensionTarget(elts)
	p.closeParen(open)
	return &ast.List{Pos: p.mkPos(start), Elts: elts, Ctx: ast.Load}
}

// braceAtom: dict | set | dictcomp | setcomp.
func (p *parser) braceAtom() ast.Expr {
	defer p.restore(p.charge(p.bracketCost(costBrace, p.pos)))
	defer p.bracketRules()()
	open := p.next()
	start := open.Start
	p.parenLvl++
	defer func() { p.parenLvl-- }()
	if p.at(token.RBRACE) {
		p.next()
		return &ast.Dict{Pos: p.mkPos(start)}
	}
	if p.at(token.DOUBLESTAR) {
		return p.dictRest(open, nil, nil)
	}
	p.starAfterBracket()
	k := p.starNamedExpression()
	if p.at(token.COLON) {
		if _, ok := k.(*ast.Starred); ok {
			p.syntaxError()
		}
		colon := p.next()
		if p.at(token.RBRACE) || p.at(token.COMMA) {
			p.errorTok("expression expected after dictionary key and ':'", colon)
		}
		if p.at(token.STAR) {
			p.starredDictValue()
		}
		v := p.expression()
		if p.atKw(kwFor) || p.atKw(kwAsync) && p.peek(1).kw == kwFor {
			gens := p.forIfClauses()
			p.closeParen(open)
			return &ast.DictComp{Pos: p.mkPos(start), Key: k, Value: v, Generators: gens}
		}
		return p.dictRest(open, []ast.Expr{k}, []ast.Expr{v})
	}
	if p.atKw(kwFor) || p.atKw(kwAsync) && p.peek(1).kw == kwFor {
		if _, ok := k.(*ast.Starred); ok {
			p.errorNode("iterable unpacking cannot be used in comprehension", k)
		}
		gens := p.forIfClauses()
		p.closeParen(open)
		return &ast.SetComp{Pos: p.mkPos(start), Elt: k, Generators: gens}
	}
	elts := []ast.Expr{k}
	for p.got(token.COMMA) {
		if p.at(token.RBRACE) || p.atKw(kwFor) || p.atKw(kwAsync) && p.peek(1).kw == kwFor {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	p.comprehensionTarget(elts)
	p.closeParen(open)
	return &ast.Set{Pos: p.mkPos(start), Elts: elts}
}

// dictRest parses the remaining items of a dict display.
func (p *parser) dictRest(open *tok, keys, vals []ast.Expr) ast.Expr {
	first := keys == nil
	for {
		if !first {
			if !p.got(token.COMMA) {
				break
			}
			if p.at(token.RBRACE) {
				break
			}
		}
		first = false
		if p.at(token.DOUBLESTAR) {
			st := p.next()
			keys = append(keys, nil)
			vals = append(vals, p.bitwiseOr())
			if len(keys) == 1 && (p.atKw(kwFor) || p.atKw(kwAsync) && p.peek(1).kw == kwFor) {
				p.errorAt("dict unpacking cannot be used in dict comprehension", st.Start, st.End)
			}
			continue
		}
		if len(keys) > 0 {
			p.kvpairKey()
		}
		k := p.expression()
		if !p.at(token.COLON) {
			if p.at(token.RBRACE) || p.at(token.COMMA) {
				p.kvKeyError(k)
			}
			p.syntaxError()
		}
		colon := p.next()
		if p.at(token.RBRACE) || p.at(token.COMMA) {
			p.errorTok("expression expected after dictionary key and ':'", colon)
		}
		if p.at(token.STAR) {
			p.starredDictValue()
		}
		keys = append(keys, k)
		vals = append(vals, p.expression())
	}
	p.closeParen(open)
	return &ast.Dict{Pos: p.mkPos(open.Start), Keys: keys, Values: vals}
}

// kvpairKey is invalid_kvpair (a=expression !':') after earlier items of
// a dict display: CPython reaches it with the key expression as its
// first pass left it, without the error rules, so a key that parses in
// part (PEG backtracking: `a b`, `f(a b)`, `a if b`) but is not followed
// by ':' is reported before any error inside it. A key that does not
// parse at all (`[a b]`) gets the error rules' message.
func (p *parser) kvpairKey() {
	save, far := p.pos, p.far
	var k ast.Expr
	p.noInvalid++
	if p.try(false, func() { k = p.expression() }) != nil {
		k = nil
		p.pos = save
		k = p.primaryPrefix()
	}
	p.noInvalid--
	if k != nil && !p.at(token.COLON) {
		p.kvKeyError(k)
	}
	p.pos, p.far = save, far
}

// starredDictValue raises invalid_kvpair's error at a '*' value: from the
// '*' to the tokenizer's position once the bitwise_or after it is parsed
// (the generic error when none parses).
func (p *parser) starredDictValue() {
	const msg = "cannot use a starred expression in a dictionary value"
	st := p.next()
	p.tok()
	if p.bitwiseOrNoFail() == nil {
		p.syntaxError()
	}
	p.errorFrom(msg, st.Start)
}

// kvKeyError raises invalid_kvpair's error where CPython puts it: on the
// key's line, at its last byte, with an end column of -1 that the +1 of
// RAISE_ERROR_KNOWN_LOCATION makes 0.
func (p *parser) kvKeyError(k ast.Expr) {
	ps := k.(ast.Located).GetPos()
	e := p.newError("SyntaxError", "':' expected after dictionary key", token.Pos{Line: ps.Lineno, Col: ps.EndColOffset - 1}, token.Pos{Line: ps.EndLineno, Col: -1})
	e.EndCol = 0
	p.fail(e)
}

// forIfClauses: (['async'] 'for' star_targets 'in' disjunction ('if'
// disjunction)*)+.
func (p *parser) forIfClauses() []*ast.Comprehension {
	var gens []*ast.Comprehension
	for {
		isAsync := 0
		if p.atKw(kwAsync) && p.peek(1).kw == kwFor {
			p.next()
			isAsync = 1
		} else if !p.atKw(kwFor) {
			return gens
		}
		p.next()
		target := p.targetList(kwIn)
		if !p.atKw(kwIn) {
			p.errorLast("'in' expected after for-loop variables")
		}
		p.setStore(target, false)
		p.next()
		d := p.charge(-2)
		iter := p.disjunction()
		p.restore(d)
		var ifs []ast.Expr
		for p.gotKw(kwIf) {
			ifs = append(ifs, p.disjunction())
		}
		gens = append(gens, &ast.Comprehension{Target: target, Iter: iter, Ifs: ifs, IsAsync: isAsync})
	}
}

// lambdef: 'lambda' [lambda_params] ':' expression.
func (p *parser) lambdef() ast.Expr {
	start := p.startPos()
	defer p.restore(p.charge(costLambda))
	p.next()
	args := p.parameters(true, token.COLON)
	colon := p.expect(token.COLON)
	if p.inFString > 0 && p.at(token.FSTRING_MIDDLE) {
		p.errorAt("f-string: lambda expressions are not allowed without parentheses", start, colon.End)
	}
	body := p.expression()
	return &ast.Lambda{Pos: p.mkPos(start), Args: args, Body: body}
}

// yieldExpr: 'yield' 'from' expression | 'yield' [star_expressions].
func (p *parser) yieldExpr() ast.Expr {
	start := p.startPos()
	p.next()
	if p.gotKw(kwFrom) {
		v := p.expression()
		return &ast.YieldFrom{Pos: p.mkPos(start), Value: v}
	}
	var v ast.Expr
	if p.startsExpression() {
		v = p.starExpressions()
	}
	return &ast.Yield{Pos: p.mkPos(start), Value: v}
}

// comprehensionTarget: `[a, b for ...]` (invalid_comprehension).
func (p *parser) comprehensionTarget(elts []ast.Expr) {
	if !p.atForSecondPass() {
		return
	}
	const msg = "did you forget parentheses around the comprehension target?"
	// The rule needs its for_if_clauses to parse (their own errors, like
	// "'in' expected", come first).
	// The first pass stopped at 'for': only this rule looks further.
	save := p.pos
	if p.try(false, func() { p.forIfClauses() }) != nil {
		p.syntaxError()
	}
	p.pos = save
	if len(elts) == 1 {
		comma := &p.toks[p.pos-1]
		p.errorAt(msg, exprStart(elts[0]), comma.End)
	}
	p.errorRange(msg, elts[0], elts[len(elts)-1])
}

// atForSecondPass reports whether a for_if_clause starts here, where
// only an error rule looks for one: the token after 'async' is then
// beyond the first pass's furthest token.
func (p *parser) atForSecondPass() bool {
	if p.atKw(kwFor) {
		return true
	}
	if !p.atKw(kwAsync) {
		return false
	}
	far := p.far
	ok := p.peek(1).kw == kwFor
	p.far = far
	return ok
}

// notAfterOperator: `a + not b` (invalid_arithmetic, invalid_factor).
func (p *parser) notAfterOperator() {
	if !p.atKw(kwNot) {
		return
	}
	start := p.startPos()
	save, far := p.pos, p.far
	p.next()
	b := p.exprNoFailInversion()
	if b == nil {
		p.pos, p.far = save, far
		return
	}
	p.errorAt("'not' after an operator must be parenthesized", start, exprEnd(b))
}

func (p *parser) exprNoFailInversion() ast.Expr { return p.noFail(p.inversion) }

// starAfterBracket: '[' '*' with no expression after the star
// (invalid_comprehension's starred_expression).
func (p *parser) starAfterBracket() {
	if p.at(token.STAR) && p.noInvalid == 0 {
		if nt := p.peek(1); !p.startsAt(nt) {
			p.errorLast("Invalid star expression")
		}
	}
}

// startsAt reports whether token t can begin an expression.
func (p *parser) startsAt(t *tok) bool {
	save := p.pos
	p.pos++
	ok := p.startsExpression() && !p.at(token.STAR)
	p.pos = save
	return ok && t != nil
}

// trailerComma: `a[]` or `f (yield x)` whose trailer fails parses in
// CPython as the bare primary followed by a display or a group (PEG
// backtracking), and invalid_expression then, inside brackets, suggests a
// comma between them.
func (p *parser) trailerComma(startIdx int) {
	first := &p.toks[startIdx]
	if softKeywordToken(first) || first.Kind == token.NAME && (p.toks[startIdx+1].Kind == token.STRING || p.toks[startIdx+1].Kind == token.FSTRING_START) {
		return
	}
	save, far := p.pos, p.far
	p.pos = startIdx
	a := p.primaryPrefix()
	if a != nil && (p.at(token.LSQB) || p.at(token.LPAR)) {
		// Outside brackets the rule raises nothing, but its lookahead
		// still meets a tokenizer error (f(yield at the end of input:
		// "'(' was never closed").
		if b := p.exprNoFail(); b != nil && p.parenLvl > 0 {
			p.errorRange("invalid syntax. Perhaps you forgot a comma?", a, b)
		}
	}
	p.pos, p.far = save, far
}
