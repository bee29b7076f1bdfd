package parser

import (
	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/token"
)

// starTargets parses the targets of a for loop or comprehension (up to
// the 'in' keyword) and gives them the Store context.
func (p *parser) starTargets(stop kw) ast.Expr {
	e := p.targetList(stop)
	p.setStore(e, false)
	return e
}

// targetList parses star_targets without checking them.
func (p *parser) targetList(stop kw) ast.Expr {
	start := p.startPos()
	e := p.starTarget()
	if p.at(token.COMMA) {
		elts := []ast.Expr{e}
		for p.got(token.COMMA) {
			if p.atKw(stop) || !p.startsExpression() {
				break
			}
			elts = append(elts, p.starTarget())
		}
		e = &ast.Tuple{Pos: p.mkPos(start), Elts: elts, Ctx: ast.Load}
	}
	return e
}

func (p *parser) starTarget() ast.Expr {
	if p.at(token.STAR) {
		start := p.startPos()
		p.next()
		if p.at(token.STAR) {
			p.syntaxError()
		}
		v := p.starTarget()
		return &ast.Starred{Pos: p.mkPos(start), Value: v, Ctx: ast.Load}
	}
	var e ast.Expr
	startIdx := p.pos
	if failed := p.try(false, func() { e = p.bitwiseOr() }); failed != nil {
		// CPython's star_targets stops after the target's primary and
		// fails on the next token: that is where the error stands.
		p.pos = startIdx
		if p.primaryPrefix() != nil {
			p.far = p.pos
		} else if k := p.toks[startIdx].Kind; k == token.LPAR || k == token.LSQB || k == token.LBRACE {
			// t_primary first parses the bracket as an atom (an
			// expression): the first pass gets as far as that goes.
			p.pos = startIdx
			p.noInvalid++
			p.try(true, func() { p.atom() })
			p.noInvalid--
		}
		p.syntaxError()
	}
	return e
}

// invalidTarget returns the first sub-expression of e that cannot be
// assigned to (or deleted, when del is set), as CPython's
// _PyPegen_get_invalid_target finds it, or nil.
func invalidTarget(e ast.Expr, del bool) ast.Expr {
	switch x := e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return nil
	case *ast.Starred:
		if del {
			return e
		}
		return invalidTarget(x.Value, del)
	case *ast.List:
		for _, el := range x.Elts {
			if t := invalidTarget(el, del); t != nil {
				return t
			}
		}
		return nil
	case *ast.Tuple:
		for _, el := range x.Elts {
			if t := invalidTarget(el, del); t != nil {
				return t
			}
		}
		return nil
	case *ast.Compare:
		// `for x in y` parsed as a comparison: the target is the left
		// side when the first operator is 'in' (CPython's special case).
		if !del && x.Ops[0] == ast.In {
			return invalidTarget(x.Left, del)
		}
		return e
	}
	return e
}

// setStore checks that e is a valid assignment target and gives it the
// Store context, raising CPython's "cannot assign to ..." otherwise.
func (p *parser) setStore(e ast.Expr, del bool) {
	if t := invalidTarget(e, del); t != nil {
		if del {
			p.errorNode("cannot delete "+exprName(t), t)
		}
		p.errorNode("cannot assign to "+exprName(t), t)
	}
	ctx := ast.Store
	if del {
		ctx = ast.Del
	}
	setCtx(e, ctx)
}

func setCtx(e ast.Expr, ctx ast.ExprContext) {
	switch x := e.(type) {
	case *ast.Name:
		x.Ctx = ctx
	case *ast.Attribute:
		x.Ctx = ctx
	case *ast.Subscript:
		x.Ctx = ctx
	case *ast.Starred:
		x.Ctx = ctx
		setCtx(x.Value, ctx)
	case *ast.List:
		x.Ctx = ctx
		for _, el := range x.Elts {
			setCtx(el, ctx)
		}
	case *ast.Tuple:
		x.Ctx = ctx
		for _, el := range x.Elts {
			setCtx(el, ctx)
		}
	}
}

// exprName is CPython's _PyPegen_get_expr_name: how error messages name
// an expression.
func exprName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		return "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Await:
		return "await expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.Constant:
		switch v := x.Value.(type) {
		case nil:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case ast.EllipsisValue:
			return "ellipsis"
		}
		return "literal"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	}
	return "expression"
}
