package compile

import (
	"math"
	"math/big"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
	"github.com/subpy/subpy/core/symtable"
)

// cmpOps maps ast.CmpOperator to the instruction that implements it.
func (c *compiler) compareOp(op ast.CmpOperator) {
	switch op {
	case ast.Eq:
		c.emit(opcode.COMPARE_OP, opcode.CMP_EQ)
	case ast.NotEq:
		c.emit(opcode.COMPARE_OP, opcode.CMP_NE)
	case ast.Lt:
		c.emit(opcode.COMPARE_OP, opcode.CMP_LT)
	case ast.LtE:
		c.emit(opcode.COMPARE_OP, opcode.CMP_LE)
	case ast.Gt:
		c.emit(opcode.COMPARE_OP, opcode.CMP_GT)
	case ast.GtE:
		c.emit(opcode.COMPARE_OP, opcode.CMP_GE)
	case ast.Is:
		c.emit(opcode.IS_OP, 0)
	case ast.IsNot:
		c.emit(opcode.IS_OP, 1)
	case ast.In:
		c.emit(opcode.CONTAINS_OP, 0)
	case ast.NotIn:
		c.emit(opcode.CONTAINS_OP, 1)
	}
}

func (c *compiler) loadConst(v object.Value, key any) {
	c.emit(opcode.LOAD_CONST, c.addConst(v, key))
}

// constant converts an ast constant to a value and its dedup key.
func constant(v ast.Value) (object.Value, any) {
	switch v := v.(type) {
	case nil:
		return object.None, constKey{"None", nil}
	case bool:
		return object.Bool(v), constKey{"bool", v}
	case int64:
		return object.Int(v), constKey{"int", v}
	case *big.Int:
		return object.NewIntFromBig(v), constKey{"bigint", v.String()}
	case float64:
		return object.Float(v), constKey{"float", math.Float64bits(v)}
	case string:
		return object.NewStr(v).Value(), constKey{"str", v}
	case ast.EllipsisValue:
		return object.Ellipsis, constKey{"...", nil}
	case ast.Bytes:
		return object.NewBytes(string(v)).Value(), constKey{"bytes", string(v)}
	case complex128:
		return object.NewComplex(real(v), imag(v)), constKey{"complex", [2]uint64{math.Float64bits(real(v)), math.Float64bits(imag(v))}}
	}
	return object.Null, nil
}

func (c *compiler) expr(e ast.Expr) {
	old := c.setPos(e)
	defer func() { c.u.pos = old }()
	switch e := e.(type) {
	case *ast.Constant:
		v, key := constant(e.Value)
		if v.IsNull() {
			c.unsupported(e.Pos, "this constant type")
		}
		c.loadConst(v, key)
	case *ast.Name:
		c.loadName(e.ID)
	case *ast.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
		c.emit(opcode.BINARY_OP, binopNB[e.Op])
	case *ast.UnaryOp:
		c.expr(e.Operand)
		switch e.Op {
		case ast.USub:
			c.emit(opcode.UNARY_NEGATIVE, 0)
		case ast.UAdd:
			c.emit(opcode.UNARY_POSITIVE, 0)
		case ast.Invert:
			c.emit(opcode.UNARY_INVERT, 0)
		case ast.Not:
			c.emit(opcode.UNARY_NOT, 0)
		}
	case *ast.BoolOp:
		end := c.newLabel()
		for i, v := range e.Values {
			c.expr(v)
			if i < len(e.Values)-1 {
				c.emit(opcode.COPY, 1)
				if e.Op == ast.And {
					c.emit(opcode.POP_JUMP_IF_FALSE, end)
				} else {
					c.emit(opcode.POP_JUMP_IF_TRUE, end)
				}
				c.emit(opcode.POP_TOP, 0)
			}
		}
		c.bind(end)
	case *ast.Compare:
		c.compare(e)
	case *ast.IfExp:
		orelse, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, false, orelse)
		c.expr(e.Body)
		c.emit(opcode.JUMP, end)
		c.bind(orelse)
		c.expr(e.Orelse)
		c.bind(end)
	case *ast.Call:
		c.call(e)
	case *ast.Attribute:
		c.expr(e.Value)
		c.setPos(e)
		c.emit(opcode.LOAD_ATTR, c.name(c.mangle(e.Attr))<<1)
	case *ast.Subscript:
		c.expr(e.Value)
		c.expr(e.Slice)
		c.setPos(e)
		c.emit(opcode.BINARY_SUBSCR, 0)
	case *ast.Slice:
		n := 2
		c.optExpr(e.Lower)
		c.optExpr(e.Upper)
		if e.Step != nil {
			c.expr(e.Step)
			n = 3
		}
		c.emit(opcode.BUILD_SLICE, n)
	case *ast.Tuple:
		if c.starred(e.Elts, opcode.BUILD_LIST) {
			c.emit(opcode.LIST_TO_TUPLE, 0)
			return
		}
		c.exprs(e.Elts)
		c.emit(opcode.BUILD_TUPLE, len(e.Elts))
	case *ast.List:
		if c.starred(e.Elts, opcode.BUILD_LIST) {
			return
		}
		c.exprs(e.Elts)
		c.emit(opcode.BUILD_LIST, len(e.Elts))
	case *ast.Dict:
		hasSplat := false
		for _, k := range e.Keys {
			hasSplat = hasSplat || k == nil
		}
		if !hasSplat {
			for i, k := range e.Keys {
				c.expr(k)
				c.expr(e.Values[i])
			}
			c.emit(opcode.BUILD_MAP, len(e.Keys))
			break
		}
		c.emit(opcode.BUILD_MAP, 0)
		for i, k := range e.Keys {
			if k == nil {
				c.expr(e.Values[i])
				c.emit(opcode.DICT_UPDATE, 1)
				continue
			}
			c.expr(k)
			c.expr(e.Values[i])
			c.emit(opcode.MAP_ADD, 1)
		}
	case *ast.Lambda:
		c.checkDebugArgs(e.Args)
		scope := c.table.Lookup(e)
		code := c.functionBody(scope, "<lambda>", e.Args, nil, e.Body, e.Pos.Lineno)
		c.makeFunction(code, e.Args)
	case *ast.ListComp:
		c.comprehension(e, e.Generators, e.Elt, nil)
	case *ast.DictComp:
		c.comprehension(e, e.Generators, e.Key, e.Value)
	case *ast.SetComp:
		c.setComp = true
		c.comprehension(e, e.Generators, e.Elt, nil)
	case *ast.Set:
		if c.starred(e.Elts, opcode.BUILD_SET) || c.constSet(e.Elts) {
			return
		}
		c.exprs(e.Elts)
		c.emit(opcode.BUILD_SET, len(e.Elts))
	case *ast.GeneratorExp:
		c.generatorExp(e)
	case *ast.Yield:
		if !c.u.scope.Kind.IsFunctionLike() {
			c.errorf(e.Pos, "'yield' outside function")
		}
		c.optExpr(e.Value)
		if c.u.async {
			// An async generator's own yield, told apart from the values
			// its awaits pass up.
			c.emit(opcode.CALL_INTRINSIC_1, opcode.INTRINSIC_ASYNC_GEN_WRAP)
		}
		c.emit(opcode.YIELD_VALUE, 0)
		c.emit(opcode.RESUME, 1)
	case *ast.YieldFrom:
		if !c.u.scope.Kind.IsFunctionLike() {
			c.errorf(e.Pos, "'yield' outside function")
		}
		c.expr(e.Value)
		if c.u.async {
			c.errorf(e.Pos, "'yield from' inside async function")
		}
		c.emit(opcode.GET_YIELD_FROM_ITER, 0)
		c.yieldFromLoop(2)
	case *ast.Await:
		if !c.u.scope.Kind.IsFunctionLike() {
			c.errorf(e.Pos, "'await' outside function")
		}
		if !c.u.async {
			c.errorf(e.Pos, "'await' outside async function")
		}
		c.expr(e.Value)
		c.emit(opcode.GET_AWAITABLE, 0)
		c.yieldFromLoop(3)
	case *ast.NamedExpr:
		c.expr(e.Value)
		c.emit(opcode.COPY, 1)
		c.store(e.Target)
	case *ast.JoinedStr:
		for _, v := range e.Values {
			c.expr(v)
		}
		if len(e.Values) != 1 {
			c.emit(opcode.BUILD_STRING, len(e.Values))
		}
	case *ast.FormattedValue:
		c.expr(e.Value)
		switch e.Conversion {
		case 's':
			c.emit(opcode.CONVERT_VALUE, 1)
		case 'r':
			c.emit(opcode.CONVERT_VALUE, 2)
		case 'a':
			c.emit(opcode.CONVERT_VALUE, 3)
		}
		if e.FormatSpec != nil {
			c.expr(e.FormatSpec)
			c.emit(opcode.FORMAT_WITH_SPEC, 0)
		} else {
			c.emit(opcode.FORMAT_SIMPLE, 0)
		}
	case *ast.Starred:
		c.errorf(e.Pos, "can't use starred expression here")
	default:
		c.unsupported(*e.(ast.Located).GetPos(), nodeName(e))
	}
}

// noteStaticAttr records `self.NAME = ...` for the innermost enclosing
// class (CPython 3.13's __static_attributes__).
func (c *compiler) noteStaticAttr(t *ast.Attribute) {
	if n, ok := t.Value.(*ast.Name); !ok || n.ID != "self" {
		return
	}
	for i := len(c.stack) - 1; i >= 0; i-- {
		if u := c.stack[i]; u.scope.Kind == symtable.ClassScope {
			if u.staticAttrs == nil {
				u.staticAttrs = map[string]bool{}
			}
			u.staticAttrs[t.Attr] = true
			return
		}
	}
}

// mangle applies private-name mangling to an attribute name inside a
// class body (and the functions nested in it).
func (c *compiler) mangle(name string) string {
	if c.u.private == "" {
		return name
	}
	return symtable.Mangle(c.u.private, name)
}

// checkKeywords reports a keyword argument given twice in one call or
// class statement (CPython checks this at compile time).
func (c *compiler) checkKeywords(kws []*ast.Keyword) {
	for i, k := range kws {
		if k.Arg == "" {
			continue
		}
		c.forbidden(k.Arg, k.Pos, false)
		for _, o := range kws[i+1:] {
			if o.Arg == k.Arg {
				c.errorf(o.Pos, "keyword argument repeated: %s", k.Arg)
			}
		}
	}
}

// forbidden reports binding or deleting __debug__ (a SyntaxError).
func (c *compiler) forbidden(name string, pos ast.Pos, del bool) {
	if name != "__debug__" {
		return
	}
	if del {
		c.errorf(pos, "cannot delete __debug__")
	}
	c.errorf(pos, "cannot assign to __debug__")
}

// checkDebugArgs reports a parameter named __debug__.
func (c *compiler) checkDebugArgs(args *ast.Arguments) {
	if args == nil {
		return
	}
	check := func(a *ast.Arg) {
		if a != nil {
			c.forbidden(a.Arg, a.Pos, false)
		}
	}
	for _, a := range args.Posonlyargs {
		check(a)
	}
	for _, a := range args.Args {
		check(a)
	}
	check(args.Vararg)
	for _, a := range args.Kwonlyargs {
		check(a)
	}
	check(args.Kwarg)
}

func (c *compiler) optExpr(e ast.Expr) {
	if e == nil {
		c.loadConst(object.None, constKey{"None", nil})
		return
	}
	c.expr(e)
}

func (c *compiler) exprs(es []ast.Expr) {
	for _, e := range es {
		c.expr(e)
	}
}

// starred compiles a display with *items into a list (build is
// BUILD_LIST) or a set (BUILD_SET), item by item, and reports whether it
// did (false: no starred item, nothing emitted).
func (c *compiler) starred(elts []ast.Expr, build opcode.Opcode) bool {
	has := false
	for _, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			has = true
		}
	}
	if !has {
		return false
	}
	add, extend := opcode.LIST_APPEND, opcode.LIST_EXTEND
	if build == opcode.BUILD_SET {
		add, extend = opcode.SET_ADD, opcode.SET_UPDATE
	}
	c.emit(build, 0)
	for _, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			c.expr(s.Value)
			c.emit(extend, 1)
		} else {
			c.expr(e)
			c.emit(add, 1)
		}
	}
	return true
}

// compare compiles a (possibly chained) comparison.
func (c *compiler) compare(e *ast.Compare) {
	c.expr(e.Left)
	if len(e.Ops) == 1 {
		c.expr(e.Comparators[0])
		c.compareOp(e.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i, op := range e.Ops {
		c.expr(e.Comparators[i])
		if i < len(e.Ops)-1 {
			c.emit(opcode.SWAP, 2)
			c.emit(opcode.COPY, 2)
			c.compareOp(op)
			c.emit(opcode.COPY, 1)
			c.emit(opcode.POP_JUMP_IF_FALSE, cleanup)
			c.emit(opcode.POP_TOP, 0)
		} else {
			c.compareOp(op)
		}
	}
	c.emit(opcode.JUMP, end)
	c.bind(cleanup)
	c.emit(opcode.SWAP, 2)
	c.emit(opcode.POP_TOP, 0)
	c.bind(end)
}

// jumpIf compiles a test that jumps to target when its truth equals cond.
func (c *compiler) jumpIf(test ast.Expr, cond bool, target int) {
	switch t := test.(type) {
	case *ast.UnaryOp:
		if t.Op == ast.Not {
			c.jumpIf(t.Operand, !cond, target)
			return
		}
	case *ast.BoolOp:
		// and: jump-if-false on any false; or: jump-if-true on any true.
		isAnd := t.Op == ast.And
		if isAnd != cond {
			// and with cond=false (or or with cond=true): any operand decides.
			for _, v := range t.Values {
				c.jumpIf(v, cond, target)
			}
			return
		}
		next := c.newLabel()
		for i, v := range t.Values {
			if i < len(t.Values)-1 {
				c.jumpIf(v, !cond, next)
			} else {
				c.jumpIf(v, cond, target)
			}
		}
		c.bind(next)
		return
	}
	c.expr(test)
	if cond {
		c.emit(opcode.POP_JUMP_IF_TRUE, target)
	} else {
		c.emit(opcode.POP_JUMP_IF_FALSE, target)
	}
}

// call compiles a call: method calls use LOAD_ATTR's method form.
func (c *compiler) call(e *ast.Call) {
	c.checkKeywords(e.Keywords)
	for _, a := range e.Args {
		if _, ok := a.(*ast.Starred); ok {
			c.callEx(e)
			return
		}
	}
	for _, k := range e.Keywords {
		if k.Arg == "" {
			c.callEx(e)
			return
		}
	}
	switch f := e.Func.(type) {
	case *ast.Attribute:
		c.expr(f.Value)
		old := c.setPos(f)
		c.emit(opcode.LOAD_ATTR, c.name(c.mangle(f.Attr))<<1|1)
		c.u.pos = old
	case *ast.Name:
		if c.nameOp(c.u.scope.MaybeMangle(c.u.private, f.ID)) == opGlobal && !c.u.scope.CanSeeClassScope {
			old := c.setPos(f)
			c.emit(opcode.LOAD_GLOBAL, c.name(c.u.scope.MaybeMangle(c.u.private, f.ID))<<1|1)
			c.u.pos = old
			break
		}
		c.expr(f)
		c.emit(opcode.PUSH_NULL, 0)
	default:
		c.expr(f)
		c.emit(opcode.PUSH_NULL, 0)
	}
	c.exprs(e.Args)
	if len(e.Keywords) > 0 {
		names := make([]object.Value, len(e.Keywords))
		for i, k := range e.Keywords {
			c.expr(k.Value)
			names[i] = object.NewStr(k.Arg).Value()
		}
		c.loadConst(object.NewTuple(names).Value(), nil)
		c.emit(opcode.CALL_KW, len(e.Args)+len(e.Keywords))
		return
	}
	c.emit(opcode.CALL, len(e.Args))
}

// callEx compiles a call with *args or **kwargs.
func (c *compiler) callEx(e *ast.Call) {
	c.expr(e.Func)
	c.emit(opcode.PUSH_NULL, 0)
	c.emit(opcode.BUILD_LIST, 0)
	c.callExArgs(e.Args, e.Keywords)
}

// callExArgs compiles the arguments of a call with *args or **kwargs
// onto the list of positional arguments on top of the stack, and the
// CALL_FUNCTION_EX.
func (c *compiler) callExArgs(args []ast.Expr, keywords []*ast.Keyword) {
	for _, a := range args {
		if s, ok := a.(*ast.Starred); ok {
			c.expr(s.Value)
			c.emit(opcode.LIST_EXTEND, 1)
		} else {
			c.expr(a)
			c.emit(opcode.LIST_APPEND, 1)
		}
	}
	if len(keywords) == 0 {
		c.emit(opcode.CALL_FUNCTION_EX, 0)
		return
	}
	// Every keyword goes through DICT_MERGE, which reports repeats: runs
	// of plain keywords as one dict, each **mapping on its own.
	c.emit(opcode.BUILD_MAP, 0)
	run := 0
	flush := func() {
		if run > 0 {
			c.emit(opcode.BUILD_MAP, run)
			c.emit(opcode.DICT_MERGE, 1)
			run = 0
		}
	}
	for _, k := range keywords {
		if k.Arg == "" {
			flush()
			c.expr(k.Value)
			c.emit(opcode.DICT_MERGE, 1)
			continue
		}
		c.loadConst(object.NewStr(k.Arg).Value(), constKey{"str", k.Arg})
		c.expr(k.Value)
		run++
	}
	flush()
	c.emit(opcode.CALL_FUNCTION_EX, 1)
}

// Name operations.

type nameOpKind uint8

const (
	opFast nameOpKind = iota
	opDeref
	opGlobal
	opName
	opClassDeref // a free variable read in a class body: the namespace first
)

func (c *compiler) nameOp(name string) nameOpKind {
	for i := len(c.u.inlined) - 1; i >= 0; i-- {
		if cell, ok := c.u.inlined[i][name]; ok {
			if cell {
				return opDeref
			}
			return opFast
		}
	}
	scope := c.u.scope
	if n := len(c.u.inlinedScopes); n > 0 && scope.Kind == symtable.ClassScope {
		// A comprehension inlined into a class body does not see the
		// class namespace: its names resolve as in a function.
		switch c.u.inlinedScopes[n-1].ScopeOf(name) {
		case symtable.GlobalImplicit, symtable.GlobalExplicit:
			return opGlobal
		case symtable.Free:
			if _, ok := c.u.localIndex[name]; ok {
				return opDeref
			}
		}
	}
	optimized := scope.Kind.IsFunctionLike()
	switch scope.ScopeOf(name) {
	case symtable.Free, symtable.Cell:
		if scope.Kind == symtable.ClassScope && scope.ScopeOf(name) == symtable.Free {
			return opClassDeref
		}
		return opDeref
	case symtable.Local:
		if optimized {
			return opFast
		}
	case symtable.GlobalImplicit:
		if optimized {
			return opGlobal
		}
	case symtable.GlobalExplicit:
		return opGlobal
	}
	return opName
}

func (c *compiler) loadName(name string) {
	name = c.u.scope.MaybeMangle(c.u.private, name)
	op := c.nameOp(name)
	if c.u.scope.CanSeeClassScope && name != "__classdict__" && len(c.u.inlined) == 0 {
		// A class body's annotation, type-parameter or type-alias scope
		// sees the class namespace first.
		if cd, ok := c.u.localIndex["__classdict__"]; ok {
			switch {
			case op == opGlobal && c.u.scope.ScopeOf(name) == symtable.GlobalImplicit:
				c.emit(opcode.LOAD_DEREF, cd)
				c.emit(opcode.LOAD_FROM_DICT_OR_GLOBALS, c.name(name))
				return
			case op == opDeref:
				c.emit(opcode.LOAD_DEREF, cd)
				c.emit(opcode.LOAD_MAPPING_OR_DEREF, c.u.localIndex[name])
				return
			}
		}
	}
	switch op {
	case opFast:
		c.emit(opcode.LOAD_FAST, c.u.localIndex[name])
	case opDeref:
		c.emit(opcode.LOAD_DEREF, c.u.localIndex[name])
	case opClassDeref:
		c.emit(opcode.LOAD_FROM_DICT_OR_DEREF, c.u.localIndex[name])
	case opGlobal:
		c.emit(opcode.LOAD_GLOBAL, c.name(name)<<1)
	default:
		c.emit(opcode.LOAD_NAME, c.name(name))
	}
}

func (c *compiler) storeName(name string) {
	c.forbidden(name, c.u.pos, false)
	name = c.u.scope.MaybeMangle(c.u.private, name)
	switch c.nameOp(name) {
	case opFast:
		c.emit(opcode.STORE_FAST, c.u.localIndex[name])
	case opDeref:
		c.emit(opcode.STORE_DEREF, c.u.localIndex[name])
	case opClassDeref:
		c.emit(opcode.STORE_NAME, c.name(name))
	case opGlobal:
		c.emit(opcode.STORE_GLOBAL, c.name(name))
	default:
		c.emit(opcode.STORE_NAME, c.name(name))
	}
}

func (c *compiler) delName(name string) {
	c.forbidden(name, c.u.pos, true)
	name = c.u.scope.MaybeMangle(c.u.private, name)
	switch c.nameOp(name) {
	case opFast:
		c.emit(opcode.DELETE_FAST, c.u.localIndex[name])
	case opDeref:
		c.emit(opcode.DELETE_DEREF, c.u.localIndex[name])
	case opGlobal:
		c.emit(opcode.DELETE_GLOBAL, c.name(name))
	default:
		c.emit(opcode.DELETE_NAME, c.name(name))
	}
}

// store compiles an assignment to target of the value on top.
func (c *compiler) store(target ast.Expr) {
	old := c.setPos(target)
	defer func() { c.u.pos = old }()
	switch t := target.(type) {
	case *ast.Name:
		c.storeName(t.ID)
	case *ast.Attribute:
		c.forbidden(t.Attr, t.Pos, false)
		c.noteStaticAttr(t)
		c.expr(t.Value)
		c.setPos(t)
		c.emit(opcode.STORE_ATTR, c.name(c.mangle(t.Attr)))
	case *ast.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.setPos(t)
		c.emit(opcode.STORE_SUBSCR, 0)
	case *ast.Tuple:
		c.unpack(t.Elts)
	case *ast.List:
		c.unpack(t.Elts)
	case *ast.Starred:
		c.errorf(t.Pos, "starred assignment target must be in a list or tuple")
	default:
		c.errorf(*target.(ast.Located).GetPos(), "cannot assign to expression")
	}
}

func (c *compiler) unpack(elts []ast.Expr) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			if star >= 0 {
				c.errorf(*e.(ast.Located).GetPos(), "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	if star < 0 {
		c.emit(opcode.UNPACK_SEQUENCE, len(elts))
	} else {
		after := len(elts) - star - 1
		if star > 0xff || after > 0xffff {
			c.errorf(*elts[0].(ast.Located).GetPos(), "too many expressions in star-unpacking assignment")
		}
		c.emit(opcode.UNPACK_EX, star|after<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			c.store(s.Value)
			continue
		}
		c.store(e)
	}
}

func (c *compiler) del(target ast.Expr) {
	old := c.setPos(target)
	defer func() { c.u.pos = old }()
	switch t := target.(type) {
	case *ast.Name:
		c.delName(t.ID)
	case *ast.Attribute:
		c.expr(t.Value)
		c.emit(opcode.DELETE_ATTR, c.name(c.mangle(t.Attr)))
	case *ast.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.emit(opcode.DELETE_SUBSCR, 0)
	case *ast.Tuple:
		for _, e := range t.Elts {
			c.del(e)
		}
	case *ast.List:
		for _, e := range t.Elts {
			c.del(e)
		}
	default:
		c.errorf(*target.(ast.Located).GetPos(), "cannot delete expression")
	}
}

// yieldFromLoop delegates to the iterator on top of the stack (PEP 380;
// resume is 2 for yield from, 3 for await) and leaves its return value:
//
//	LOAD_CONST None
//	loop: SEND exit          receiver, yielded | value
//	YIELD_VALUE; RESUME resume    receiver, sent
//	JUMP_BACKWARD loop
//	exit:
//
// throw() and close() of the delegating generator reach the delegate
// through RESUME 2/3 (vm/generator.go), which also finishes the loop when
// the delegate returns from a throw.
func (c *compiler) yieldFromLoop(resume int) {
	loop, exit := c.newLabel(), c.newLabel()
	c.emit(opcode.LOAD_CONST, c.addConst(object.None, constKey{"None", nil}))
	c.bind(loop)
	c.emit(opcode.SEND, exit)
	c.emit(opcode.YIELD_VALUE, 0)
	c.emit(opcode.RESUME, resume)
	c.emit(opcode.JUMP_BACKWARD, loop)
	c.bind(exit)
}
