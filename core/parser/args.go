package parser

import (
	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/token"
)

// call parses '(' [arguments] ')' after the primary e, including the
// primary genexp form f(x for x in y).
func (p *parser) call(start token.Pos, fn ast.Expr) ast.Expr {
	p.enter()
	defer p.leave()
	open := p.next()
	p.parenLvl++
	defer func() { p.parenLvl-- }()
	var args []ast.Expr
	var kws []*ast.Keyword
	sawKw, sawDoubleStar := false, false
	for !p.at(token.RPAR) {
		t := p.tok()
		switch {
		case t.Kind == token.STAR:
			a := p.starredExpression()
			if sawDoubleStar {
				comma := &p.toks[p.tokIndexAt(t.Start)-1]
				p.errorAt("iterable argument unpacking follows keyword argument unpacking", comma.Start, p.lastEnd())
			}
			args = append(args, a)
		case t.Kind == token.DOUBLESTAR:
			p.next()
			v := p.expression()
			kws = append(kws, &ast.Keyword{Pos: p.mkPos(t.Start), Value: v})
			sawDoubleStar = true
		case t.Kind == token.NAME && p.peek(1).Kind == token.EQUAL:
			if t.kw.isHard() {
				switch t.kw {
				case kwTrue, kwFalse, kwNoneLit:
					p.errorAt("cannot assign to "+t.Text, t.Start, p.peek(1).End)
				}
				p.syntaxError()
			}
			p.next()
			eq := p.next()
			if !p.startsExpression() || p.at(token.STAR) {
				p.errorAt("expected argument value expression", t.Start, eq.End)
			}
			v := p.expression()
			if p.atKw(kwFor) {
				p.errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t.Start, eq.End)
			}
			kws = append(kws, &ast.Keyword{Pos: p.mkPos(t.Start), Arg: identifier(t.Text), Value: v})
			sawKw = true
		default:
			a := p.namedExpressionArg()
			if p.atKw(kwFor) || p.atKw(kwAsync) && p.peek(1).kw == kwFor {
				gens := p.forIfClauses()
				if len(args) == 0 && len(kws) == 0 && p.at(token.RPAR) {
					p.next()
					g := &ast.GeneratorExp{Pos: p.mkPos(open.Start), Elt: a, Generators: gens}
					return &ast.Call{Pos: p.mkPos(start), Func: fn, Args: []ast.Expr{g}}
				}
				p.errorAt("Generator expression must be parenthesized", exprStart(a), p.lastEnd())
			}
			if p.at(token.EQUAL) {
				eq := p.tok()
				p.errorAt("expression cannot contain assignment, perhaps you meant \"==\"?", exprStart(a), eq.End)
			}
			if sawDoubleStar {
				p.errorLast("positional argument follows keyword argument unpacking")
			}
			if sawKw {
				p.errorLast("positional argument follows keyword argument")
			}
			args = append(args, a)
		}
		if !p.got(token.COMMA) {
			break
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
	e := p.expression()
	if p.at(token.COLONEQUAL) {
		p.errorNode("cannot use assignment expressions with "+exprName(e), e)
	}
	return e
}

// parameters parses a def's (lambda=false, up to ')') or a lambda's
// (lambda=true, up to ':') parameter list into an arguments node.
func (p *parser) parameters(lambda bool, end token.Kind) *ast.Arguments {
	a := &ast.Arguments{}
	var params []*ast.Arg // positional (before /, then after)
	var defaults []ast.Expr
	sawSlash, sawStar := false, false
	var starTok *tok
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
				if p.peek(1).Kind == token.COMMA {
					p.errorTok("at least one argument must precede /", t)
				}
				p.syntaxError()
			}
			p.next()
			sawSlash = true
			a.Posonlyargs = params
			params = nil
		case token.STAR:
			if sawStar {
				p.errorTok("* argument may appear only once", t)
			}
			p.next()
			sawStar = true
			starTok = t
			if p.at(token.COMMA) || p.at(end) {
				if p.at(end) || p.peek(1).Kind == token.DOUBLESTAR || p.peek(1).Kind == end {
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
		default:
			arg := p.param(lambda, false)
			var def ast.Expr
			if p.got(token.EQUAL) {
				def = p.expression()
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
	_ = starTok
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
