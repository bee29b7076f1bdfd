package compile

import (
	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
	"github.com/subpy/subpy/core/symtable"
)

// comprehension compiles a list (val == nil), set (c.setComp) or dict comprehension inlined
// into the enclosing code object, as CPython 3.13 does (PEP 709): the
// comprehension's own variables live in local slots of the enclosing code
// (hidden ones in module and class bodies), their outer bindings saved
// with LOAD_FAST_AND_CLEAR before and restored with STORE_FAST after.
//
//	<outermost iterable>  GET_ITER
//	LOAD_FAST_AND_CLEAR v; SWAP 2         (for each own variable v)
//	BUILD_LIST 0 / BUILD_MAP 0; SWAP 2     saved..., result, iter
//	loop: FOR_ITER end; <target>; <ifs>; <elt>; LIST_APPEND n+1; JUMP_BACKWARD loop
//	end:  SWAP 2; STORE_FAST v             (for each, in reverse)
//	JUMP done
//	cleanup: SWAP 2; STORE_FAST v (for each, in reverse); RERAISE 0
//	done:
//
// The loop is covered by cleanup, whose handler depth is anchored at the
// loop (saved..., result, iter → saved...): when the comprehension raises,
// the outer bindings are restored.
func (c *compiler) comprehension(e ast.Expr, gens []*ast.Comprehension, elt, val ast.Expr) {
	scope := c.table.Lookup(e)
	if scope == nil {
		c.unsupported(*e.(ast.Located).GetPos(), "comprehensions without a scope")
	}
	if !scope.CompInlined {
		// CPython 3.13 keeps a comprehension its own function where it
		// cannot be inlined (in a scope that sees a class namespace).
		c.compFunction(e, scope, gens, elt, val)
		return
	}
	if scope.Coroutine && !c.u.async {
		c.errorf(*e.(ast.Located).GetPos(), "asynchronous comprehension outside of an asynchronous function")
	}
	for _, g := range gens {
		if g.IsAsync != 0 && !c.u.async {
			c.errorf(*e.(ast.Located).GetPos(), "asynchronous comprehension outside of an asynchronous function")
		}
	}
	own := map[string]bool{}
	var names []string
	for _, s := range scope.Symbols {
		if s.Name == ".0" || (s.Scope != symtable.Local && s.Scope != symtable.Cell) {
			continue
		}
		own[s.Name] = s.Scope == symtable.Cell
		names = append(names, s.Name)
		kind := object.LocalPlain
		if s.Scope == symtable.Cell {
			kind = object.LocalCell
		}
		c.addLocal(s.Name, kind)
	}
	// The outermost iterable is evaluated in the enclosing scope.
	c.expr(gens[0].Iter)
	if gens[0].IsAsync != 0 {
		c.emit(opcode.GET_AITER, 0)
	} else {
		c.emit(opcode.GET_ITER, 0)
	}
	for _, n := range names {
		c.emit(opcode.LOAD_FAST_AND_CLEAR, c.u.localIndex[n])
		c.emit(opcode.SWAP, 2)
	}
	for _, n := range names {
		if own[n] {
			c.emit(opcode.MAKE_CELL, c.u.localIndex[n])
		}
	}
	isSet := c.setComp
	c.setComp = false
	switch {
	case isSet:
		c.emit(opcode.BUILD_SET, 0)
	case val == nil:
		c.emit(opcode.BUILD_LIST, 0)
	default:
		c.emit(opcode.BUILD_MAP, 0)
	}
	c.emit(opcode.SWAP, 2)
	outer := c.u.handler
	cleanup := c.newLabel()
	if len(names) > 0 {
		c.u.handler = handlerRef{label: cleanup, depth: -2, anchored: true, anchor: len(c.u.code)}
	}
	c.u.inlined = append(c.u.inlined, own)
	c.u.inlinedScopes = append(c.u.inlinedScopes, scope)
	c.setBody = append(c.setBody, isSet)
	savedGen := c.genBody // a comprehension inside a generator expression appends
	c.genBody = false
	c.compGenerator(gens, 0, elt, val)
	c.genBody = savedGen
	c.setBody = c.setBody[:len(c.setBody)-1]
	c.u.inlined = c.u.inlined[:len(c.u.inlined)-1]
	c.u.inlinedScopes = c.u.inlinedScopes[:len(c.u.inlinedScopes)-1]
	c.u.handler = outer
	restore := func() {
		for i := len(names) - 1; i >= 0; i-- {
			c.emit(opcode.SWAP, 2)
			c.emit(opcode.STORE_FAST, c.u.localIndex[names[i]])
		}
	}
	restore()
	if len(names) > 0 {
		done := c.newLabel()
		c.emit(opcode.JUMP, done)
		c.bind(cleanup)
		restore()
		c.emit(opcode.RERAISE, 0)
		c.bind(done)
	}
}

// compFunction compiles a list, set or dict comprehension as a nested
// function of one argument (.0, the outermost iterator), called at once:
//
//	BUILD_LIST 0 (BUILD_SET, BUILD_MAP); LOAD_FAST .0; <loops>; RETURN_VALUE
func (c *compiler) compFunction(e ast.Expr, scope *symtable.Scope, gens []*ast.Comprehension, elt, val ast.Expr) {
	isSet := c.setComp
	c.setComp = false
	if scope.Coroutine && !c.u.async {
		c.errorf(*e.(ast.Located).GetPos(), "asynchronous comprehension outside of an asynchronous function")
	}
	name := "<listcomp>"
	switch {
	case isSet:
		name = "<setcomp>"
	case val != nil:
		name = "<dictcomp>"
	}
	pos := *e.(ast.Located).GetPos()
	c.enter(scope, name, c.qualname(name), pos.Lineno)
	c.u.argc = [3]int{1, 0, 0}
	c.emit(opcode.RESUME, 0)
	switch {
	case isSet:
		c.emit(opcode.BUILD_SET, 0)
	case val == nil:
		c.emit(opcode.BUILD_LIST, 0)
	default:
		c.emit(opcode.BUILD_MAP, 0)
	}
	c.emit(opcode.LOAD_FAST, c.u.localIndex[".0"])
	c.setBody = append(c.setBody, isSet)
	savedGen := c.genBody
	c.genBody = false
	c.compGenerator(gens, 0, elt, val)
	c.genBody = savedGen
	c.setBody = c.setBody[:len(c.setBody)-1]
	c.emit(opcode.RETURN_VALUE, 0)
	code := c.leave()
	c.makeFunction(code, &ast.Arguments{})
	c.emit(opcode.PUSH_NULL, 0)
	c.expr(gens[0].Iter)
	if gens[0].IsAsync != 0 {
		c.emit(opcode.GET_AITER, 0)
	} else {
		c.emit(opcode.GET_ITER, 0)
	}
	c.emit(opcode.CALL, 1)
}

// generatorExp compiles a generator expression as CPython does: a nested
// generator function of one argument (.0, the outermost iterator) called
// with iter(outermost iterable).
func (c *compiler) generatorExp(e *ast.GeneratorExp) {
	scope := c.table.Lookup(e)
	async := scope.Coroutine
	for _, g := range e.Generators {
		if g.IsAsync != 0 {
			async = true
		}
	}
	qual := c.qualname("<genexpr>")
	c.enter(scope, "<genexpr>", qual, e.Pos.Lineno)
	c.u.argc = [3]int{1, 0, 0}
	c.u.flags |= object.CodeGenerator
	if async {
		// An asynchronous generator expression (PEP 530).
		c.u.async = true
		c.u.flags |= object.CodeAsyncGenerator
	}
	c.emit(opcode.RESUME, 0)
	c.emit(opcode.LOAD_FAST, c.u.localIndex[".0"])
	savedGen := c.genBody
	c.genBody = true
	c.compGenerator(e.Generators, 0, e.Elt, nil)
	c.genBody = savedGen
	c.emitReturnNone()
	code := c.leave()
	c.makeFunction(code, &ast.Arguments{})
	c.emit(opcode.PUSH_NULL, 0)
	c.expr(e.Generators[0].Iter)
	if e.Generators[0].IsAsync != 0 {
		c.emit(opcode.GET_AITER, 0)
	} else {
		c.emit(opcode.GET_ITER, 0)
	}
	c.emit(opcode.CALL, 1)
}

// compGenerator compiles the i-th `for ... in ... if ...` clause; the
// iterator of clause 0 is already on the stack.
func (c *compiler) compGenerator(gens []*ast.Comprehension, i int, elt, val ast.Expr) {
	g := gens[i]
	async := g.IsAsync != 0
	if i > 0 {
		c.expr(g.Iter)
		if async {
			c.emit(opcode.GET_AITER, 0)
		} else {
			c.emit(opcode.GET_ITER, 0)
		}
	}
	start, end := c.newLabel(), c.newLabel()
	c.bind(start)
	if async {
		// async for: END_ASYNC_FOR at end gets the exception of
		// __anext__ (the handler keeps the iterator: anchored depth).
		outer := c.u.handler
		c.u.handler = handlerRef{label: end, depth: 0, anchored: true, anchor: len(c.u.code)}
		c.emit(opcode.GET_ANEXT, 0)
		c.emit(opcode.GET_AWAITABLE, 0)
		c.yieldFromLoop(3)
		c.u.handler = outer
	} else {
		old := c.setPos(g.Iter)
		c.emit(opcode.FOR_ITER, end)
		c.u.pos = old
	}
	c.store(g.Target)
	for _, cond := range g.Ifs {
		c.jumpIf(cond, false, start)
	}
	if i+1 < len(gens) {
		c.compGenerator(gens, i+1, elt, val)
	} else if c.genBody {
		c.expr(elt)
		if c.u.flags&object.CodeAsyncGenerator != 0 {
			c.emit(opcode.CALL_INTRINSIC_1, opcode.INTRINSIC_ASYNC_GEN_WRAP)
		}
		c.emit(opcode.YIELD_VALUE, 0)
		c.emit(opcode.RESUME, 1)
		c.emit(opcode.POP_TOP, 0)
	} else if val == nil {
		c.expr(elt)
		if c.setBody[len(c.setBody)-1] {
			c.emit(opcode.SET_ADD, len(gens)+1)
		} else {
			c.emit(opcode.LIST_APPEND, len(gens)+1)
		}
	} else {
		c.expr(elt)
		c.expr(val)
		c.emit(opcode.MAP_ADD, len(gens)+1)
	}
	c.emit(opcode.JUMP_BACKWARD, start)
	c.bind(end)
	if async {
		c.emit(opcode.END_ASYNC_FOR, 0)
	}
}
