package parser

import (
	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/scanner"
	"github.com/subpy/subpy/core/token"
)

// call parses '(' [arguments] ')' after the primary e, including the
// primary genexp form f(x for x in y).
func (p *parser) call(start token.Pos, startIdx int, fn ast.Expr) ast.Expr {
	return p.callArgs(start, startIdx, fn, true)
}

// callArgs parses a call's arguments; genexp allows the f(x for x in y)
// form (a class's bases do not).
func (p *parser) callArgs(start token.Pos, startIdx int, fn ast.Expr, genexp bool) ast.Expr {
	cost := costCall - p.discount(startIdx)
	defer p.restore(p.charge(cost))
	defer p.bracketRules()()
	open := p.next()
	p.parenLvl++
	defer func() { p.parenLvl-- }()
	var args []ast.Expr
	var kws []*ast.Keyword
	sawKw, sawDoubleStar := false, false
	later := false
	for !p.at(token.RPAR) {
		if later {
			p.charge(costLaterArg) // undone with the call's charge
			later = false
		}
		t := p.tok()
		switch {
		case t.Kind == token.STAR:
			a := p.starredArg()
			if p.at(token.EQUAL) {
				p.next()
				v := p.exprNoFail()
				if v == nil {
					p.syntaxError()
				}
				p.errorAt("cannot assign to iterable argument unpacking", t.Start, exprEnd(v))
			}
			if sawDoubleStar {
				comma := &p.toks[p.tokIndexAt(t.Start)-1]
				p.errorAt("iterable argument unpacking follows keyword argument unpacking", comma.Start, p.lastEnd())
			}
			args = append(args, a)
		case t.Kind == token.DOUBLESTAR:
			p.next()
			d := p.charge(costStarArg)
			v := p.expression()
			p.restore(d)
			if p.at(token.EQUAL) {
				p.next()
				w := p.exprNoFail()
				if w == nil {
					p.syntaxError()
				}
				p.errorAt("cannot assign to keyword argument unpacking", t.Start, exprEnd(w))
			}
			kws = append(kws, &ast.Keyword{Pos: p.mkPos(t.Start), Value: v})
			sawDoubleStar = true
		case t.Kind == token.NAME && (!t.kw.isHard() || t.kw == kwTrue || t.kw == kwFalse || t.kw == kwNoneLit) && p.peek(1).Kind == token.EQUAL:
			if t.kw.isHard() {
				p.errorAt("cannot assign to "+t.Text, t.Start, p.peek(1).End)
			}
			p.next()
			eq := p.next()
			if p.at(token.COMMA) || p.at(token.RPAR) {
				p.errorAt("expected argument value expression", t.Start, eq.End)
			}
			d := p.charge(costStarArg)
			v := p.expression()
			p.restore(d)
			if p.atKw(kwFor) {
				p.errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t.Start, eq.End)
			}
			kws = append(kws, &ast.Keyword{Pos: p.mkPos(t.Start), Arg: identifier(t.Text), Value: v})
			sawKw = true
		default:
			var a ast.Expr
			if sawKw || sawDoubleStar {
				// No rule of CPython's first pass parses a positional
				// argument after keyword ones (only invalid_arguments
				// does): its furthest token, where "invalid syntax"
				// stands, is the argument's first.
				argStart := p.pos
				if p.try(false, func() { a = p.namedExpressionArg() }) != nil {
					// PEG backtracking: invalid_arguments' args still
					// matches the argument's longest prefix that parses.
					p.pos = argStart
					if b := p.primaryPrefix(); b != nil && !p.at(token.EQUAL) {
						p.errorTok(posAfterKwMsg(sawDoubleStar), p.fillTok())
					}
					p.pos = argStart
					p.syntaxError()
				}
				p.legacyLookahead(a)
			} else {
				a = p.namedExpressionArg()
			}
			first := len(args) == 0 && len(kws) == 0
			if genexp && (first && (p.atKw(kwFor) || p.atKw(kwAsync) && p.peek(1).kw == kwFor) || !first && p.atForSecondPass()) {
				var gens []*ast.Comprehension
				if first {
					gens = p.forIfClauses()
				} else if p.try(false, func() { gens = p.forIfClauses() }) != nil {
					// Only invalid_arguments parses the clauses of a
					// later argument: the first pass stopped at 'for'.
					if sawKw || sawDoubleStar {
						p.errorTok(posAfterKwMsg(sawDoubleStar), p.fillTok())
					}
					p.syntaxError()
				}
				if len(args) == 0 && len(kws) == 0 && p.at(token.RPAR) {
					p.next()
					g := &ast.GeneratorExp{Pos: p.mkPos(open.Start), Elt: a, Generators: gens}
					return &ast.Call{Pos: p.mkPos(start), Func: fn, Args: []ast.Expr{g}}
				}
				if p.at(token.COMMA) {
					p.peek(1) // CPython's rule looks past the comma
				}
				p.errorAt("Generator expression must be parenthesized", exprStart(a), p.lastEnd())
			}
			if _, walrus := a.(*ast.NamedExpr); p.at(token.EQUAL) && !(walrus && p.toks[p.tokIndexAt(exprStart(a))].Kind == token.NAME) {
				eq := p.tok()
				p.errorAt("expression cannot contain assignment, perhaps you meant \"==\"?", exprStart(a), eq.End)
			}
			if sawDoubleStar {
				p.argsAfter("positional argument follows keyword argument unpacking")
			}
			if sawKw {
				p.argsAfter("positional argument follows keyword argument")
			}
			args = append(args, a)
		}
		if !p.got(token.COMMA) {
			break
		}
		if len(args)+len(kws) == 1 {
			later = true
		}
	}
	if !p.at(token.RPAR) {
		p.syntaxError()
	}
	p.next()
	return &ast.Call{Pos: p.mkPos(start), Func: fn, Args: args, Keywords: kws}
}

// namedExpressionArg: assignment_expression | expression !':='.
func (p *parser) namedExpressionArg() ast.Expr {
	t := p.tok()
	if t.Kind == token.NAME && !t.kw.isHard() && p.peek(1).Kind == token.COLONEQUAL {
		return p.namedExpression()
	}
	return p.expression()
}

// parameters parses a def's (lambda=false, up to ')') or a lambda's
// (lambda=true, up to ':') parameter list into an arguments node.
func (p *parser) parameters(lambda bool, end token.Kind) *ast.Arguments {
	a := &ast.Arguments{}
	var params []*ast.Arg // positional (before /, then after)
	var defaults []ast.Expr
	sawSlash, sawStar := false, false
	for !p.at(end) {
		t := p.tok()
		switch t.Kind {
		case token.SLASH:
			if sawSlash {
				p.errorTok("/ may appear only once", t)
			}
			if sawStar {
				p.errorTok("/ must be ahead of *", t)
			}
			if len(params) == 0 {
				if p.toks[min(p.pos+1, len(p.toks)-1)].Kind == token.COMMA {
					p.errorTok("at least one argument must precede /", t)
				}
				p.syntaxError()
			}
			p.next()
			if p.at(token.STAR) {
				p.errorTok("expected comma between / and *", p.tok())
			}
			sawSlash = true
			a.Posonlyargs = params
			params = nil
		case token.STAR:
			if sawStar {
				p.errorTok("* argument may appear only once", t)
			}
			p.next()
			sawStar = true
			if p.at(token.COMMA) || p.at(end) {
				if p.at(token.COMMA) && p.peek(1).Kind == token.TYPE_COMMENT {
					p.errorLast("bare * has associated type comment")
				}
				if p.at(end) || p.peek(1).Kind == token.DOUBLESTAR || p.peek(1).Kind == end {
					if lambda {
						p.errorLast("named arguments must follow bare *")
					}
					p.errorTok("named arguments must follow bare *", t)
				}
				break
			}
			if p.at(token.EQUAL) {
				p.errorTok("var-positional argument cannot have default value", p.tok())
			}
			a.Vararg = p.param(lambda, true)
			if p.at(token.EQUAL) {
				p.errorTok("var-positional argument cannot have default value", p.tok())
			}
		case token.DOUBLESTAR:
			p.next()
			a.Kwarg = p.param(lambda, false)
			if p.at(token.EQUAL) {
				p.errorTok("var-keyword argument cannot have default value", p.tok())
			}
			p.got(token.COMMA)
			p.typeComment(a.Kwarg)
			if !p.at(end) {
				t := p.tok()
				if t.Kind == token.NAME || t.Kind == token.STAR || t.Kind == token.DOUBLESTAR || t.Kind == token.SLASH {
					p.errorTok("arguments cannot follow var-keyword argument", t)
				}
				p.syntaxError()
			}
			goto done
		case token.LPAR:
			// invalid_parameters: only after plain parameters
			// (param_no_default* '(' ...).
			if !sawStar && !sawSlash && len(defaults) == 0 {
				p.parenthesizedParams(lambda)
			}
			p.syntaxError()
		default:
			arg := p.param(lambda, false)
			var def ast.Expr
			if p.at(token.EQUAL) {
				eq := p.next()
				if p.at(token.COMMA) || !lambda && p.at(end) {
					p.errorTok("expected default value expression", eq)
				}
				d := p.charge(costDefault)
				def = p.expression()
				p.restore(d)
			}
			if sawStar {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				if def == nil && len(defaults) > 0 {
					p.errorNode("parameter without a default follows parameter with a default", arg)
				}
				if def != nil {
					defaults = append(defaults, def)
				}
				params = append(params, arg)
			}
			if !p.at(token.COMMA) {
				p.typeComment(arg)
			}
			if p.at(token.COMMA) {
				p.next()
				p.typeComment(arg)
				continue
			}
			goto done
		}
		if !p.got(token.COMMA) {
			break
		}
		if a.Vararg != nil {
			p.typeComment(a.Vararg)
		}
	}
done:
	a.Args = params
	a.Defaults = defaults
	return a
}

// typeComment attaches a TYPE_COMMENT token that follows a parameter.
func (p *parser) typeComment(arg *ast.Arg) {
	if p.at(token.TYPE_COMMENT) {
		arg.TypeComment = p.next().Text
	}
}

// param: NAME [':' expression] (no annotation in a lambda; a star
// annotation `*args: *Ts` when star is set).
func (p *parser) param(lambda, star bool) *ast.Arg {
	t := p.tok()
	if t.Kind != token.NAME || t.kw.isHard() {
		p.syntaxError()
	}
	p.next()
	arg := &ast.Arg{Arg: identifier(t.Text)}
	if !lambda && p.got(token.COLON) {
		if star && p.at(token.STAR) {
			arg.Annotation = p.starExpression()
		} else {
			arg.Annotation = p.expression()
		}
	}
	arg.Pos = p.mkPos(t.Start)
	return arg
}

// starredArg: '*' expression in a call, with CPython's "Invalid star
// expression" when no expression follows the star.
func (p *parser) starredArg() ast.Expr {
	start := p.startPos()
	defer p.restore(p.charge(costStarArg))
	p.next()
	if !p.startsExpression() || p.at(token.STAR) {
		p.tok()
		p.errorLast("Invalid star expression")
	}
	v := p.starredValue()
	return &ast.Starred{Pos: p.mkPos(start), Value: v, Ctx: ast.Load}
}

// starredValue parses the expression after a star; a generic failure
// becomes CPython's "Invalid star expression" at the furthest token.
func (p *parser) starredValue() ast.Expr {
	after := p.pos
	defer func() {
		if r := recover(); r != nil {
			b, isB := r.(bailout)
			if !isB {
				panic(r)
			}
			if se, ok := b.err.(*scanner.Error); ok && se.Msg == "invalid syntax" && b.err != p.tokErr {
				p.pos = after
				if p.primaryPrefix() == nil {
					p.errorLast("Invalid star expression")
				}
			}
			panic(r)
		}
	}()
	return p.expression()
}

// parenthesizedParams: `def f((a, b))` (invalid_parameters).
func (p *parser) parenthesizedParams(lambda bool) {
	open := p.tok()
	i := p.pos + 1
	n := 0
	for {
		t := &p.toks[i]
		if t.Kind != token.NAME || t.kw.isHard() {
			return
		}
		n++
		i++
		if !lambda && p.toks[i].Kind == token.COLON {
			return // annotations: not this rule's shape
		}
		if p.toks[i].Kind == token.COMMA {
			i++
		}
		if p.toks[i].Kind == token.RPAR {
			break
		}
	}
	msg := "Function parameters cannot be parenthesized"
	if lambda {
		msg = "Lambda expression parameters cannot be parenthesized"
	}
	p.errorAt(msg, open.Start, p.toks[i].End)
}

// argsAfter raises msg after consuming, as CPython's `args ',' args`
// error rule does, the arguments that still parse; the error stands at
// the furthest token looked at.
// posAfterKwMsg is _PyPegen_arguments_parsing_error's message.
func posAfterKwMsg(sawDoubleStar bool) string {
	if sawDoubleStar {
		return "positional argument follows keyword argument unpacking"
	}
	return "positional argument follows keyword argument"
}

// legacyLookahead is the lookahead of invalid_legacy_expression (NAME
// !'(' star_expressions) where it raises nothing (the name is not print
// or exec) but still fetches tokens: after a soft keyword or before a
// string, where invalid_expression did not already suggest a comma.
func (p *parser) legacyLookahead(e ast.Expr) {
	if _, ok := e.(*ast.Name); !ok || p.noInvalid > 0 || !p.startsExpression() || p.at(token.LPAR) {
		return
	}
	save, far := p.pos, p.far
	p.noInvalid++
	p.starExpressionsNoFail()
	p.noInvalid--
	p.pos, p.far = save, far
}

func (p *parser) argsAfter(msg string) {
	for p.got(token.COMMA) {
		if p.at(token.RPAR) {
			break
		}
		if p.try(true, func() {
			switch {
			case p.at(token.STAR):
				p.next()
				p.expression()
			case p.at(token.DOUBLESTAR):
				p.next()
				p.expression()
			case p.at(token.NAME) && p.peek(1).Kind == token.EQUAL:
				p.next()
				p.next()
				p.expression()
			default:
				p.expression()
			}
		}) != nil {
			break
		}
	}
	p.tok()
	// RAISE_SYNTAX_ERROR: at the last token fetched, by any rule.
	p.errorTok(msg, p.fillTok())
}
