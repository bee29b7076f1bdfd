package compile

import (
	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
	"github.com/subpy/subpy/core/symtable"
)

// PEP 695 generics, compiled as CPython 3.13 does: a generic def, class
// or type alias runs inside a hidden function (the type-parameter scope,
// "<generic parameters of NAME>") that creates the type parameters as its
// locals, so the definition's annotations, bases and body see them as
// closure variables; the outer code calls that function at once.

// typeParams emits the creation of the type parameters, each stored in
// its name, and leaves the tuple of them on the stack.
func (c *compiler) typeParams(params []ast.TypeParam) {
	for _, p := range params {
		var name string
		switch p := p.(type) {
		case *ast.TypeVar:
			name = p.Name
			c.loadConst(object.NewStr(name).Value(), constKey{"str", name})
			if p.Bound != nil {
				c.lazyValue(c.table.LookupRole(p, symtable.RoleBound), name, p.Bound)
				if _, ok := p.Bound.(*ast.Tuple); ok {
					c.emit(opcode.CALL_INTRINSIC_2, opcode.INTRINSIC2_TYPEVAR_WITH_CONSTRAINTS)
				} else {
					c.emit(opcode.CALL_INTRINSIC_2, opcode.INTRINSIC2_TYPEVAR_WITH_BOUND)
				}
			} else {
				c.emit(opcode.CALL_INTRINSIC_1, opcode.INTRINSIC_TYPEVAR)
			}
		case *ast.ParamSpec:
			name = p.Name
			c.loadConst(object.NewStr(name).Value(), constKey{"str", name})
			c.emit(opcode.CALL_INTRINSIC_1, opcode.INTRINSIC_PARAMSPEC)
		case *ast.TypeVarTuple:
			name = p.Name
			c.loadConst(object.NewStr(name).Value(), constKey{"str", name})
			c.emit(opcode.CALL_INTRINSIC_1, opcode.INTRINSIC_TYPEVARTUPLE)
		}
		if d := typeParamDefault(p); d != nil {
			_, c.starredDefault = p.(*ast.TypeVarTuple)
			c.lazyValue(c.table.LookupRole(p, symtable.RoleDefault), name, d)
			c.emit(opcode.CALL_INTRINSIC_2, opcode.INTRINSIC2_SET_TYPEPARAM_DEFAULT)
		}
		c.emit(opcode.COPY, 1)
		old := c.setPos(p)
		c.storeName(name)
		c.u.pos = old
	}
	c.emit(opcode.BUILD_TUPLE, len(params))
}

// typeParamDefault returns a type parameter's default (PEP 696), or nil.
func typeParamDefault(p ast.TypeParam) ast.Expr {
	switch p := p.(type) {
	case *ast.TypeVar:
		return p.DefaultValue
	case *ast.ParamSpec:
		return p.DefaultValue
	case *ast.TypeVarTuple:
		return p.DefaultValue
	}
	return nil
}

// lazyValue pushes a function of no arguments that evaluates e in scope
// (a TypeVar's bound or constraints, a type alias's value).
func (c *compiler) lazyValue(scope *symtable.Scope, name string, e ast.Expr) {
	code := c.functionBody(scope, name, &ast.Arguments{}, nil, e, posOf(e).Lineno)
	c.makeFunction(code, &ast.Arguments{})
}

func posOf(n ast.Node) ast.Pos {
	if l, ok := n.(ast.Located); ok {
		return *l.GetPos()
	}
	return ast.Pos{}
}

// enterTypeParams starts the hidden function of a generic definition.
func (c *compiler) enterTypeParams(node ast.Node, name string, line int) {
	scope := c.table.LookupRole(node, symtable.RoleTypeParams)
	n := "<generic parameters of " + name + ">"
	c.enter(scope, n, c.qualname(n), line)
	c.emit(opcode.RESUME, 0)
}

// callTypeParams makes the hidden function from its code and calls it
// with nargs arguments pushed by args.
func (c *compiler) callTypeParams(code *object.Code, nargs int, args func()) {
	c.makeFunction(code, &ast.Arguments{})
	c.emit(opcode.PUSH_NULL, 0)
	if args != nil {
		args()
	}
	c.emit(opcode.CALL, nargs)
}

// genericFuncDef compiles a generic def (decorators already pushed).
func (c *compiler) genericFuncDef(node ast.Node, pos ast.Pos, name string, args *ast.Arguments, body []ast.Stmt, returns ast.Expr, typeParams []ast.TypeParam, async bool) {
	hasDefaults := len(args.Defaults) > 0
	hasKw := false
	for _, d := range args.KwDefaults {
		if d != nil {
			hasKw = true
		}
	}
	nargs := 0
	if hasDefaults {
		nargs++
	}
	if hasKw {
		nargs++
	}
	c.enterTypeParams(node, name, pos.Lineno)
	c.u.argc = [3]int{nargs, 0, 0}
	c.typeParams(typeParams)
	for i := 0; i < nargs; i++ {
		c.emit(opcode.LOAD_FAST, i)
	}
	scope := c.table.Lookup(node)
	c.asyncDef = async
	code := c.functionBody(scope, name, args, body, nil, pos.Lineno)
	c.makeFunctionWith(code, args, func() bool { return c.funcAnnotations(args, returns) }, true)
	c.emit(opcode.SWAP, 2)
	c.emit(opcode.CALL_INTRINSIC_2, opcode.INTRINSIC2_SET_FUNCTION_TYPE_PARAMS)
	c.emit(opcode.RETURN_VALUE, 0)
	tp := c.leave()
	c.callTypeParams(tp, nargs, func() {
		if hasDefaults {
			c.exprs(args.Defaults)
			c.emit(opcode.BUILD_TUPLE, len(args.Defaults))
		}
		if hasKw {
			c.kwDefaults(args)
		}
	})
}

// typeAlias compiles `type X[params] = value`.
func (c *compiler) typeAlias(s *ast.TypeAlias) {
	name := s.Name.(*ast.Name).ID
	generic := len(s.TypeParams) > 0
	if generic {
		c.enterTypeParams(s, name, s.Pos.Lineno)
		c.loadConst(object.NewStr(name).Value(), constKey{"str", name})
		c.typeParams(s.TypeParams)
	} else {
		c.loadConst(object.NewStr(name).Value(), constKey{"str", name})
		c.emit(opcode.LOAD_CONST, c.addConst(object.None, constKey{"None", nil}))
	}
	c.lazyValue(c.table.Lookup(s), name, s.Value)
	c.emit(opcode.BUILD_TUPLE, 3)
	c.emit(opcode.CALL_INTRINSIC_1, opcode.INTRINSIC_TYPEALIAS)
	if generic {
		c.emit(opcode.RETURN_VALUE, 0)
		c.callTypeParams(c.leave(), 0, nil)
	}
	c.storeName(name)
}
