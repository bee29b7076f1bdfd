package compile

import (
	"sort"
	"strings"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
	"github.com/subpy/subpy/core/symtable"
)

func (c *compiler) stmts(body []ast.Stmt) {
	for _, s := range body {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s ast.Stmt) {
	old := c.setPos(s)
	defer func() { c.u.pos = old }()
	switch s := s.(type) {
	case *ast.ExprStmt:
		c.expr(s.Value)
		c.emit(opcode.POP_TOP, 0)
	case *ast.Pass:
	case *ast.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emit(opcode.COPY, 1)
			}
			c.store(t)
		}
	case *ast.AugAssign:
		c.augAssign(s)
	case *ast.AnnAssign:
		c.annAssign(s)
	case *ast.If:
		end := c.newLabel()
		orelse := end
		if len(s.Orelse) > 0 {
			orelse = c.newLabel()
		}
		c.jumpIf(s.Test, false, orelse)
		c.stmts(s.Body)
		if len(s.Orelse) > 0 {
			c.emit(opcode.JUMP, end)
			c.bind(orelse)
			c.stmts(s.Orelse)
		}
		c.bind(end)
	case *ast.While:
		c.while(s)
	case *ast.For:
		c.forStmt(s)
	case *ast.Break:
		c.breakContinue(s.Pos, true)
	case *ast.Continue:
		c.breakContinue(s.Pos, false)
	case *ast.Return:
		if !c.u.scope.Kind.IsFunctionLike() {
			c.errorf(s.Pos, "'return' outside function")
		}
		if s.Value != nil && c.u.flags&object.CodeAsyncGenerator != 0 {
			c.errorf(s.Pos, "'return' with value in async generator")
		}
		if s.Value != nil {
			c.expr(s.Value)
		} else {
			c.emit(opcode.LOAD_CONST, c.addConst(object.None, constKey{"None", nil}))
		}
		if k, ok := s.Value.(*ast.Constant); ok {
			// CPython places the unwinding of `return <constant>` (and
			// its errors) at the constant.
			old := c.setPos(k)
			c.unwindAll(true)
			c.u.pos = old
		} else {
			c.unwindAll(true)
		}
		c.emit(opcode.RETURN_VALUE, 0)
	case *ast.FunctionDef:
		c.functionDef(s)
	case *ast.AsyncFunctionDef:
		c.funcDef(s, s.Pos, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s.TypeParams, true)
	case *ast.AsyncFor:
		if !c.u.async {
			c.errorf(s.Pos, "'async for' outside async function")
		}
		c.asyncFor(s)
	case *ast.AsyncWith:
		if !c.u.async {
			c.errorf(s.Pos, "'async with' outside async function")
		}
		c.withStmt(&ast.With{Pos: s.Pos, Items: s.Items, Body: s.Body}, 0, true)
	case *ast.ClassDef:
		c.classDef(s)
	case *ast.TypeAlias:
		c.typeAlias(s)
	case *ast.Global, *ast.Nonlocal:
	case *ast.Delete:
		for _, t := range s.Targets {
			c.del(t)
		}
	case *ast.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.emit(opcode.RAISE_VARARGS, n)
	case *ast.Try:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s)
		} else {
			c.tryExcept(s)
		}
	case *ast.TryStar:
		if len(s.Finalbody) > 0 {
			// try: <try/except*> finally: ..., as CPython nests them.
			inner := &ast.TryStar{Pos: s.Pos, Body: s.Body, Handlers: s.Handlers, Orelse: s.Orelse}
			c.tryFinally(&ast.Try{Pos: s.Pos, Body: []ast.Stmt{inner}, Finalbody: s.Finalbody})
		} else {
			c.tryStar(s)
		}
	case *ast.With:
		c.withStmt(s, 0, false)
	case *ast.Import:
		for _, a := range s.Names {
			c.loadConst(object.Int(0), constKey{"int", int64(0)})
			c.loadConst(object.None, constKey{"None", nil})
			c.emit(opcode.IMPORT_NAME, c.name(a.Name))
			if a.Asname == "" {
				top, _, _ := strings.Cut(a.Name, ".")
				c.storeName(top)
				continue
			}
			// import a.b.c as d binds the leaf: walk down with IMPORT_FROM.
			parts := strings.Split(a.Name, ".")
			for _, p := range parts[1:] {
				c.emit(opcode.IMPORT_FROM, c.name(p))
				c.emit(opcode.SWAP, 2)
				c.emit(opcode.POP_TOP, 0)
			}
			c.storeName(a.Asname)
		}
	case *ast.ImportFrom:
		if s.Module == "__future__" && s.Level == 0 && !c.future[s] {
			c.errorf(s.Pos, "from __future__ imports must occur at the beginning of the file")
		}
		names := make([]object.Value, len(s.Names))
		for i, a := range s.Names {
			names[i] = object.NewStr(a.Name).Value()
		}
		c.loadConst(object.Int(int64(s.Level)), constKey{"int", int64(s.Level)})
		c.loadConst(object.NewTuple(names).Value(), nil)
		c.emit(opcode.IMPORT_NAME, c.name(s.Module))
		if len(s.Names) == 1 && s.Names[0].Name == "*" {
			if c.u.scope.Kind.IsFunctionLike() {
				c.errorf(s.Pos, "import * only allowed at module level")
			}
			c.emit(opcode.IMPORT_STAR, 0)
			break
		}
		for _, a := range s.Names {
			c.emit(opcode.IMPORT_FROM, c.name(a.Name))
			if a.Asname != "" {
				c.storeName(a.Asname)
			} else {
				c.storeName(a.Name)
			}
		}
		c.emit(opcode.POP_TOP, 0)
	case *ast.Assert:
		end := c.newLabel()
		c.jumpIf(s.Test, true, end)
		// The builtin AssertionError whatever the name is bound to
		// (CPython's LOAD_COMMON_CONSTANT); the raise points at the test.
		c.emit(opcode.LOAD_CONST, c.addConst(object.AssertionErrorType.Value(), constKey{"AssertionError", nil}))
		if s.Msg != nil {
			c.emit(opcode.PUSH_NULL, 0)
			c.expr(s.Msg)
			c.emit(opcode.CALL, 1)
		}
		old := c.setPos(s.Test)
		c.emit(opcode.RAISE_VARARGS, 1)
		c.u.pos = old
		c.bind(end)
	case *ast.Match:
		c.match(s)
	default:
		c.unsupported(*s.(ast.Located).GetPos(), nodeName(s))
	}
}

func nodeName(n ast.Node) string {
	s := ""
	switch n.(type) {
	case *ast.With:
		s = "with"
	case *ast.Import, *ast.ImportFrom:
		s = "import"
	case *ast.AsyncFunctionDef, *ast.AsyncFor, *ast.AsyncWith, *ast.Await:
		s = "async"
	case *ast.Match:
		s = "match"
	case *ast.TryStar:
		s = "try/except*"
	case *ast.Yield, *ast.YieldFrom:
		s = "yield"
	default:
		s = "this construct"
	}
	return s
}

func (c *compiler) augAssign(s *ast.AugAssign) {
	op := int(s.Op) // ast.Operator order: Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
	nb := binopNB[op] + opcode.NB_INPLACE_ADD
	switch t := s.Target.(type) {
	case *ast.Name:
		c.loadName(t.ID)
		c.expr(s.Value)
		c.emit(opcode.BINARY_OP, nb)
		old := c.setPos(t)
		c.storeName(t.ID)
		c.u.pos = old
	case *ast.Attribute:
		c.expr(t.Value)
		c.emit(opcode.COPY, 1)
		c.emit(opcode.LOAD_ATTR, c.name(c.mangle(t.Attr))<<1)
		c.expr(s.Value)
		c.emit(opcode.BINARY_OP, nb)
		c.emit(opcode.SWAP, 2)
		c.emit(opcode.STORE_ATTR, c.name(c.mangle(t.Attr)))
	case *ast.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.emit(opcode.COPY, 2)
		c.emit(opcode.COPY, 2)
		old := c.setPos(t) // CPython 3.13 places the load at the target
		c.emit(opcode.BINARY_SUBSCR, 0)
		c.u.pos = old
		c.expr(s.Value)
		c.emit(opcode.BINARY_OP, nb)
		c.emit(opcode.SWAP, 3)
		c.emit(opcode.SWAP, 2)
		c.emit(opcode.STORE_SUBSCR, 0)
	default:
		c.errorf(s.Pos, "illegal expression for augmented assignment")
	}
}

// binopNB maps ast.Operator to opcode.NB_*.
var binopNB = [...]int{
	ast.Add: opcode.NB_ADD, ast.Sub: opcode.NB_SUBTRACT, ast.Mult: opcode.NB_MULTIPLY,
	ast.MatMult: opcode.NB_MATRIX_MULTIPLY, ast.Div: opcode.NB_TRUE_DIVIDE, ast.Modulo: opcode.NB_REMAINDER,
	ast.Pow: opcode.NB_POWER, ast.LShift: opcode.NB_LSHIFT, ast.RShift: opcode.NB_RSHIFT,
	ast.BitOr: opcode.NB_OR, ast.BitXor: opcode.NB_XOR, ast.BitAnd: opcode.NB_AND, ast.FloorDiv: opcode.NB_FLOOR_DIVIDE,
}

func (c *compiler) while(s *ast.While) {
	top, end, orelse := c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(top)
	c.jumpIf(s.Test, false, orelse)
	c.pushBlock(fblock{kind: fbWhile, cont: top, brk: end})
	c.stmts(s.Body)
	c.popBlock()
	c.emit(opcode.JUMP_BACKWARD, top)
	c.bind(orelse)
	c.stmts(s.Orelse)
	c.bind(end)
}

func (c *compiler) forStmt(s *ast.For) {
	top, end, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	old := c.setPos(s.Iter) // CPython 3.13 places GET_ITER and FOR_ITER at the iterable
	c.emit(opcode.GET_ITER, 0)
	c.bind(top)
	c.emit(opcode.FOR_ITER, cleanup)
	c.u.pos = old
	c.u.depth++
	c.pushBlock(fblock{kind: fbFor, cont: top, brk: end})
	c.store(s.Target)
	c.stmts(s.Body)
	c.popBlock()
	c.emit(opcode.JUMP_BACKWARD, top)
	c.u.depth--
	c.bind(cleanup)
	c.stmts(s.Orelse)
	c.bind(end)
}

func (c *compiler) pushBlock(b fblock) {
	b.saved = c.u.handler
	c.u.blocks = append(c.u.blocks, b)
}

func (c *compiler) popBlock() { c.u.blocks = c.u.blocks[:len(c.u.blocks)-1] }

func (c *compiler) breakContinue(pos ast.Pos, isBreak bool) {
	saved := c.u.handler
	savedDepth := c.u.depth
	for i := len(c.u.blocks) - 1; i >= 0; i-- {
		b := c.u.blocks[i]
		if b.kind == fbWhile || b.kind == fbFor {
			if isBreak {
				if b.kind == fbFor {
					c.emit(opcode.POP_TOP, 0)
				}
				c.emit(opcode.JUMP, b.brk)
			} else {
				c.emit(opcode.JUMP_BACKWARD, b.cont)
			}
			c.u.handler, c.u.depth = saved, savedDepth
			return
		}
		c.unwindBlock(i, false)
	}
	c.u.handler, c.u.depth = saved, savedDepth
	if isBreak {
		c.errorf(pos, "'break' outside loop")
	}
	c.errorf(pos, "'continue' not properly in loop")
}

// unwindAll emits the unwinding of every enclosing block for a return
// (the return value on top of the stack when preserveTop).
func (c *compiler) unwindAll(preserveTop bool) {
	saved := c.u.handler
	savedDepth := c.u.depth
	for i := len(c.u.blocks) - 1; i >= 0; i-- {
		c.unwindBlock(i, preserveTop)
	}
	c.u.handler, c.u.depth = saved, savedDepth
}

// unwindBlock emits what leaving block i early needs.
func (c *compiler) unwindBlock(i int, preserveTop bool) {
	b := c.u.blocks[i]
	switch b.kind {
	case fbExceptStar:
		c.errorf(c.u.pos, "'break', 'continue' and 'return' cannot appear in an except* block")
	case fbFor:
		if preserveTop {
			c.emit(opcode.SWAP, 2)
		}
		c.emit(opcode.POP_TOP, 0)
	case fbTryExcept:
		c.u.handler = b.saved
	case fbFinallyTry:
		c.u.handler = b.saved
		// Run the finally body without the block itself in force.
		// A return value held on the stack meanwhile is popped by a
		// break/continue/return inside the finally body.
		blocks := c.u.blocks
		c.u.blocks = blocks[:i:i]
		if preserveTop {
			c.u.blocks = append(c.u.blocks, fblock{kind: fbPopValue, saved: c.u.handler})
			c.u.depth++
		}
		c.stmts(b.final)
		if preserveTop {
			c.u.depth--
		}
		c.u.blocks = blocks
	case fbPopValue:
		if preserveTop {
			c.emit(opcode.SWAP, 2)
		}
		c.emit(opcode.POP_TOP, 0)
	case fbFinallyEnd:
		if preserveTop {
			c.emit(opcode.SWAP, 2)
		}
		c.emit(opcode.POP_TOP, 0) // the exception
		if preserveTop {
			c.emit(opcode.SWAP, 2)
		}
		c.emit(opcode.POP_EXCEPT, 0)
		c.u.handler = b.saved
	case fbWith, fbAsyncWith:
		// Leaving the with block early: exit(None, None, None).
		c.u.handler = b.saved
		if preserveTop {
			c.emit(opcode.SWAP, 2)
		}
		c.callExitNone(b.kind == fbAsyncWith)
	case fbHandlerCleanup:
		if preserveTop {
			c.emit(opcode.SWAP, 2)
		}
		c.emit(opcode.POP_EXCEPT, 0)
		c.u.handler = b.saved
		if b.name != "" {
			c.emit(opcode.LOAD_CONST, c.addConst(object.None, constKey{"None", nil}))
			c.storeName(b.name)
			c.delName(b.name)
		}
	}
}

// tryExcept compiles try/except/else (no finally).
func (c *compiler) tryExcept(s *ast.Try) {
	handler, end, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	outer := c.u.handler
	c.u.handler = handlerRef{label: handler, depth: c.u.depth}
	c.pushBlock(fblock{kind: fbTryExcept})
	c.u.blocks[len(c.u.blocks)-1].saved = outer
	c.stmts(s.Body)
	c.popBlock()
	c.u.handler = outer
	c.stmts(s.Orelse)
	c.emit(opcode.JUMP, end)

	// The handler: stack is cut to depth, then exc pushed.
	c.bind(handler)
	c.u.handler = handlerRef{label: cleanup, depth: c.u.depth + 1, lasti: true}
	c.emit(opcode.PUSH_EXC_INFO, 0) // prev, exc
	c.u.depth++                     // prev stays under the handler bodies
	for i, h := range s.Handlers {
		old := c.setPos(h)
		next := c.newLabel()
		if h.Type == nil && i != len(s.Handlers)-1 {
			c.errorf(h.Pos, "default 'except:' must be last")
		}
		if h.Type != nil {
			c.expr(h.Type)
			c.emit(opcode.CHECK_EXC_MATCH, 0)
			c.emit(opcode.POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			c.storeName(h.Name)
		} else {
			c.emit(opcode.POP_TOP, 0)
		}
		if h.Name != "" {
			// try: body finally: name = None; del name
			body, nameCleanup := c.newLabel(), c.newLabel()
			_ = body
			inner := c.u.handler
			c.u.handler = handlerRef{label: nameCleanup, depth: c.u.depth, lasti: false}
			c.pushBlock(fblock{kind: fbHandlerCleanup, name: h.Name})
			c.u.blocks[len(c.u.blocks)-1].saved = inner
			c.stmts(h.Body)
			c.popBlock()
			c.u.handler = inner
			c.emit(opcode.POP_EXCEPT, 0)
			c.emit(opcode.LOAD_CONST, c.addConst(object.None, constKey{"None", nil}))
			c.storeName(h.Name)
			c.delName(h.Name)
			c.emit(opcode.JUMP, end)
			// exception inside the named handler body: clear the name, re-raise.
			c.bind(nameCleanup)
			c.emit(opcode.LOAD_CONST, c.addConst(object.None, constKey{"None", nil}))
			c.storeName(h.Name)
			c.delName(h.Name)
			c.emit(opcode.RERAISE, 0)
		} else {
			c.pushBlock(fblock{kind: fbHandlerCleanup})
			c.stmts(h.Body)
			c.popBlock()
			c.emit(opcode.POP_EXCEPT, 0)
			c.emit(opcode.JUMP, end)
		}
		c.bind(next)
		c.u.pos = old
	}
	c.u.depth--
	// No handler matched: re-raise (exc on top, prev below).
	c.emit(opcode.RERAISE, 0)
	c.bind(cleanup)
	c.u.handler = outer
	c.emit(opcode.COPY, 3)
	c.emit(opcode.POP_EXCEPT, 0)
	c.emit(opcode.RERAISE, 1)
	c.bind(end)
}

// with compiles the items[i:] of a with statement (one item per level).
//
//	<mgr> BEFORE_WITH                       exit, enter_result
//	<store target | POP_TOP>                (protected by the handler below)
//	<body | the next item>
//	PUSH_NULL; LOAD_CONST None ×3; CALL 3; POP_TOP      normal exit
//	JUMP end
//	handler: (exit, lasti, exc) PUSH_EXC_INFO            exit, lasti, prev, exc
//	WITH_EXCEPT_START; POP_JUMP_IF_TRUE suppress; RERAISE 0
//	suppress: POP_TOP; POP_EXCEPT; POP_TOP; POP_TOP; JUMP end
//	cleanup: COPY 3; POP_EXCEPT; RERAISE 1
//
// async with (PEP 492): BEFORE_ASYNC_WITH, and the results of __aenter__()
// and of each __aexit__ call are awaited (GET_AWAITABLE + the yield-from
// loop).
func (c *compiler) withStmt(s *ast.With, i int, async bool) {
	item := s.Items[i]
	handler, cleanup, suppress, end := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	old := c.setPos(item.ContextExpr)
	c.expr(item.ContextExpr)
	kind := fbWith
	if async {
		kind = fbAsyncWith
		c.emit(opcode.BEFORE_ASYNC_WITH, 0)
		c.emit(opcode.GET_AWAITABLE, 1)
		c.yieldFromLoop(3)
	} else {
		c.emit(opcode.BEFORE_WITH, 0)
	}
	c.u.pos = old
	outer := c.u.handler
	c.u.depth++ // exit stays under the body
	c.u.handler = handlerRef{label: handler, depth: c.u.depth, lasti: true}
	c.pushBlock(fblock{kind: kind})
	c.u.blocks[len(c.u.blocks)-1].saved = outer
	if item.OptionalVars != nil {
		c.store(item.OptionalVars)
	} else {
		c.emit(opcode.POP_TOP, 0)
	}
	if i+1 < len(s.Items) {
		c.withStmt(s, i+1, async)
	} else {
		c.stmts(s.Body)
	}
	c.popBlock()
	c.u.handler = outer
	c.u.depth--
	c.setPos(item.ContextExpr) // CPython: the exit call is located at the item
	c.callExitNone(async)
	c.emit(opcode.JUMP, end)

	c.bind(handler)
	c.u.handler = handlerRef{label: cleanup, depth: c.u.depth + 3, lasti: true}
	c.emit(opcode.PUSH_EXC_INFO, 0)
	c.emit(opcode.WITH_EXCEPT_START, 0)
	if async {
		c.emit(opcode.GET_AWAITABLE, 2)
		c.yieldFromLoop(3)
	}
	c.emit(opcode.POP_JUMP_IF_TRUE, suppress)
	c.emit(opcode.RERAISE, 0)
	c.bind(suppress)
	c.emit(opcode.POP_TOP, 0)
	c.emit(opcode.POP_EXCEPT, 0)
	c.u.handler = outer
	c.emit(opcode.POP_TOP, 0)
	c.emit(opcode.POP_TOP, 0)
	c.emit(opcode.JUMP, end)
	c.bind(cleanup)
	c.emit(opcode.COPY, 3)
	c.emit(opcode.POP_EXCEPT, 0)
	c.emit(opcode.RERAISE, 1)
	c.bind(end)
	c.u.pos = old
}

// callExitNone calls the exit function on top: exit(None, None, None).
func (c *compiler) callExitNone(async bool) {
	none := c.addConst(object.None, constKey{"None", nil})
	c.emit(opcode.PUSH_NULL, 0)
	c.emit(opcode.LOAD_CONST, none)
	c.emit(opcode.LOAD_CONST, none)
	c.emit(opcode.LOAD_CONST, none)
	c.emit(opcode.CALL, 3)
	if async {
		c.emit(opcode.GET_AWAITABLE, 2)
		c.yieldFromLoop(3)
	}
	c.emit(opcode.POP_TOP, 0)
}

// tryFinally compiles try/[except/else/]finally.
func (c *compiler) tryFinally(s *ast.Try) {
	final, end, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	outer := c.u.handler
	c.u.handler = handlerRef{label: final, depth: c.u.depth}
	c.pushBlock(fblock{kind: fbFinallyTry, final: s.Finalbody})
	c.u.blocks[len(c.u.blocks)-1].saved = outer
	if len(s.Handlers) > 0 {
		c.tryExcept(&ast.Try{Pos: s.Pos, Body: s.Body, Handlers: s.Handlers, Orelse: s.Orelse})
	} else {
		c.stmts(s.Body)
	}
	c.popBlock()
	c.u.handler = outer
	c.stmts(s.Finalbody)
	c.emit(opcode.JUMP, end)

	c.bind(final)
	c.u.handler = handlerRef{label: cleanup, depth: c.u.depth + 1, lasti: true}
	c.emit(opcode.PUSH_EXC_INFO, 0)
	c.u.depth += 2
	c.pushBlock(fblock{kind: fbFinallyEnd})
	c.u.blocks[len(c.u.blocks)-1].saved = outer
	c.stmts(s.Finalbody)
	c.popBlock()
	c.u.depth -= 2
	c.emit(opcode.RERAISE, 0)
	c.bind(cleanup)
	c.u.handler = outer
	c.emit(opcode.COPY, 3)
	c.emit(opcode.POP_EXCEPT, 0)
	c.emit(opcode.RERAISE, 1)
	c.bind(end)
}

// functionDef compiles def: defaults, the code object, closure,
// decorators, and the binding.
func (c *compiler) functionDef(s *ast.FunctionDef) {
	c.funcDef(s, s.Pos, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s.TypeParams, false)
}

// funcDef compiles a def or (async) an async def statement.
func (c *compiler) funcDef(node ast.Node, pos ast.Pos, name string, args *ast.Arguments, body []ast.Stmt, decorators []ast.Expr, returns ast.Expr, typeParams []ast.TypeParam, async bool) {
	c.checkDebugArgs(args)
	for _, d := range decorators {
		c.expr(d)
		c.emit(opcode.PUSH_NULL, 0)
	}
	if len(typeParams) > 0 {
		c.genericFuncDef(node, pos, name, args, body, returns, typeParams, async)
	} else {
		scope := c.table.Lookup(node)
		c.asyncDef = async
		ann := func() bool { return c.funcAnnotations(args, returns) }
		code := c.functionBody(scope, name, args, body, nil, pos.Lineno)
		c.makeFunctionAnn(code, args, ann)
	}
	for range decorators {
		c.emit(opcode.CALL, 1)
	}
	c.storeName(name)
}

// qualname computes a nested scope's __qualname__.
func (c *compiler) qualname(name string) string {
	u := c.u
	if u.scope.Kind == symtable.TypeParamsScope && len(c.stack) > 0 {
		// The hidden function of a generic does not show in names.
		u = c.stack[len(c.stack)-1]
	}
	if u.scope.Kind == symtable.ModuleScope {
		return name
	}
	if u.scope.Kind == symtable.FunctionScope {
		return u.qualname + ".<locals>." + name
	}
	return u.qualname + "." + name
}

// functionBody compiles a function's body into a code object (lambda
// bodies are an expression).
func (c *compiler) functionBody(scope *symtable.Scope, name string, args *ast.Arguments, body []ast.Stmt, expr ast.Expr, line int) *object.Code {
	async := c.asyncDef
	c.asyncDef = false
	starred := c.starredDefault
	c.starredDefault = false
	if scope.Coroutine && !async && scope.Comprehension != symtable.NoComprehension {
		c.unsupported(ast.Pos{Lineno: line}, "asynchronous comprehensions")
	}
	qual := c.qualname(name)
	c.enter(scope, name, qual, line)
	if async {
		c.u.async = true
		if scope.Generator {
			// An asynchronous generator (PEP 525).
			c.u.flags |= object.CodeAsyncGenerator | object.CodeGenerator
		} else {
			c.u.flags |= object.CodeCoroutine | object.CodeGenerator
		}
	}
	c.u.argc = [3]int{len(args.Posonlyargs) + len(args.Args), len(args.Posonlyargs), len(args.Kwonlyargs)}
	if args.Vararg != nil {
		c.u.flags |= object.CodeVarargs
	}
	if args.Kwarg != nil {
		c.u.flags |= object.CodeVarkw
	}
	if scope.Generator {
		c.u.flags |= object.CodeGenerator
	}
	c.emit(opcode.RESUME, 0)
	if expr != nil {
		old := c.setPos(expr)
		if st, ok := expr.(*ast.Starred); ok && starred {
			// A TypeVarTuple's default *X: the one item X unpacks to.
			c.expr(st.Value)
			c.emit(opcode.UNPACK_SEQUENCE, 1)
		} else {
			c.expr(expr)
		}
		c.emit(opcode.RETURN_VALUE, 0)
		c.u.pos = old
	} else {
		c.stmts(body)
		c.emitReturnNone()
	}
	code := c.leave()
	if len(body) > 0 {
		// The docstring: function.__doc__ (object.Code.Doc).
		if es, ok := body[0].(*ast.ExprStmt); ok {
			if k, ok := es.Value.(*ast.Constant); ok {
				if s, ok := k.Value.(string); ok {
					code.Doc = object.NewStr(object.CleanDoc(s)).Value()
				}
			}
		}
	}
	return code
}

// makeFunction emits the making of a function from code with the
// defaults of args (evaluated in the enclosing scope).
func (c *compiler) makeFunction(code *object.Code, args *ast.Arguments) {
	c.makeFunctionWith(code, args, nil, false)
}

// makeFunctionAnn is makeFunction with the annotations dict pushed by
// ann (nil or false: none) after the defaults.
func (c *compiler) makeFunctionAnn(code *object.Code, args *ast.Arguments, ann func() bool) {
	c.makeFunctionWith(code, args, ann, false)
}

// kwDefaults pushes the dict of args' keyword-only defaults and reports
// whether there are any (none: nothing pushed).
func (c *compiler) kwDefaults(args *ast.Arguments) bool {
	nkw := 0
	for i, d := range args.KwDefaults {
		if d != nil {
			c.loadConst(object.NewStr(args.Kwonlyargs[i].Arg).Value(), constKey{"str", args.Kwonlyargs[i].Arg})
			c.expr(d)
			nkw++
		}
	}
	if nkw > 0 {
		c.emit(opcode.BUILD_MAP, nkw)
	}
	return nkw > 0
}

// makeFunctionWith emits the making of a function: its defaults (already
// on the stack when preloaded: a generic def's), its annotations (ann),
// closure and code.
func (c *compiler) makeFunctionWith(code *object.Code, args *ast.Arguments, ann func() bool, preloaded bool) {
	flags := 0
	if len(args.Defaults) > 0 {
		if !preloaded {
			for _, d := range args.Defaults {
				c.expr(d)
			}
			c.emit(opcode.BUILD_TUPLE, len(args.Defaults))
		}
		flags |= opcode.FuncDefaults
	}
	if preloaded {
		for _, d := range args.KwDefaults {
			if d != nil {
				flags |= opcode.FuncKwDefaults
			}
		}
	} else if c.kwDefaults(args) {
		flags |= opcode.FuncKwDefaults
	}
	if ann != nil && ann() {
		flags |= opcode.FuncAnnotations
	}
	if code.NFree > 0 {
		for _, name := range code.LocalNames[len(code.LocalNames)-code.NFree:] {
			i, ok := c.u.localIndex[name]
			if !ok {
				panic("compile: free variable " + name + " has no cell in the enclosing scope")
			}
			c.emit(opcode.LOAD_CLOSURE, i)
		}
		c.emit(opcode.BUILD_TUPLE, code.NFree)
		flags |= opcode.FuncClosure
	}
	c.emit(opcode.LOAD_CONST, c.addConst(code.Value(), nil))
	c.emit(opcode.MAKE_FUNCTION, 0)
	for _, f := range []int{opcode.FuncClosure, opcode.FuncAnnotations, opcode.FuncKwDefaults, opcode.FuncDefaults} {
		if flags&f != 0 {
			c.emit(opcode.SET_FUNCTION_ATTRIBUTE, f)
		}
	}
}

// classDef compiles class: __build_class__(body_function, name, *bases,
// **keywords).
func (c *compiler) classDef(s *ast.ClassDef) {
	for _, d := range s.DecoratorList {
		c.expr(d)
		c.emit(opcode.PUSH_NULL, 0)
	}
	generic := len(s.TypeParams) > 0
	bases := s.Bases
	if generic {
		c.enterTypeParams(s, s.Name, s.Pos.Lineno)
		c.u.private = s.Name
		c.typeParams(s.TypeParams)
		c.storeName(".type_params")
		c.loadName(".type_params")
		c.emit(opcode.CALL_INTRINSIC_1, opcode.INTRINSIC_SUBSCRIPT_GENERIC)
		c.storeName(".generic_base")
		bases = append(bases[:len(bases):len(bases)], &ast.Name{Pos: s.Pos, ID: ".generic_base", Ctx: ast.Load})
	}
	scope := c.table.Lookup(s)
	qual := c.qualname(s.Name)
	c.enter(scope, s.Name, qual, s.Pos.Lineno)
	c.emit(opcode.RESUME, 0)
	c.emit(opcode.LOAD_NAME, c.name("__name__"))
	c.emit(opcode.STORE_NAME, c.name("__module__"))
	c.loadConst(object.NewStr(qual).Value(), constKey{"str", qual})
	c.emit(opcode.STORE_NAME, c.name("__qualname__"))
	first := s.Pos.Lineno
	if len(s.DecoratorList) > 0 {
		first = posOf(s.DecoratorList[0]).Lineno
	}
	c.loadConst(object.Int(int64(first)), constKey{"int", int64(first)})
	c.emit(opcode.STORE_NAME, c.name("__firstlineno__"))
	if scope.NeedsClassDict {
		c.emit(opcode.LOAD_LOCALS, 0)
		c.emit(opcode.STORE_DEREF, c.u.localIndex["__classdict__"])
	}
	if generic {
		c.loadName(".type_params")
		c.emit(opcode.STORE_NAME, c.name("__type_params__"))
	}
	// SETUP_ANNOTATIONS comes first, then the docstring (CPython's
	// order: __annotations__ precedes __doc__ in the class namespace).
	c.setupAnnotations(s.Body)
	if len(s.Body) > 0 { // the docstring: __doc__ in the namespace
		if es, ok := s.Body[0].(*ast.ExprStmt); ok {
			if k, ok := es.Value.(*ast.Constant); ok {
				if doc, ok := k.Value.(string); ok {
					doc = object.CleanDoc(doc)
					c.loadConst(object.NewStr(doc).Value(), constKey{"str", doc})
					c.emit(opcode.STORE_NAME, c.name("__doc__"))
				}
			}
		}
	}
	c.stmts(s.Body)
	attrs := make([]string, 0, len(c.u.staticAttrs))
	for a := range c.u.staticAttrs {
		attrs = append(attrs, a)
	}
	sort.Strings(attrs)
	items := make([]object.Value, len(attrs))
	for i, a := range attrs {
		items[i] = object.NewStr(a).Value()
	}
	c.loadConst(object.NewTuple(items).Value(), nil)
	c.emit(opcode.STORE_NAME, c.name("__static_attributes__"))
	if scope.NeedsClassClosure {
		// Hand the cell to __build_class__, which fills it with the class.
		c.emit(opcode.LOAD_CLOSURE, c.u.localIndex["__class__"])
		c.emit(opcode.STORE_NAME, c.name("__classcell__"))
	}
	c.emitReturnNone()
	code := c.leave()

	c.emit(opcode.LOAD_BUILD_CLASS, 0)
	c.emit(opcode.PUSH_NULL, 0)
	c.makeFunction(code, &ast.Arguments{})
	c.loadConst(object.NewStr(s.Name).Value(), constKey{"str", s.Name})
	c.checkKeywords(s.Keywords)
	if classNeedsEx(bases, s.Keywords) {
		c.emit(opcode.BUILD_LIST, 2)
		c.callExArgs(bases, s.Keywords)
	} else {
		c.exprs(bases)
		if len(s.Keywords) > 0 {
			names := make([]object.Value, len(s.Keywords))
			for i, k := range s.Keywords {
				c.expr(k.Value)
				names[i] = object.NewStr(k.Arg).Value()
			}
			c.loadConst(object.NewTuple(names).Value(), nil)
			c.emit(opcode.CALL_KW, 2+len(bases)+len(s.Keywords))
		} else {
			c.emit(opcode.CALL, 2+len(bases))
		}
	}
	if generic {
		c.emit(opcode.RETURN_VALUE, 0)
		c.callTypeParams(c.leave(), 0, nil)
	}
	for range s.DecoratorList {
		c.emit(opcode.CALL, 1)
	}
	c.storeName(s.Name)
}

// classNeedsEx reports a class statement with *bases or **keywords.
func classNeedsEx(bases []ast.Expr, keywords []*ast.Keyword) bool {
	for _, b := range bases {
		if _, ok := b.(*ast.Starred); ok {
			return true
		}
	}
	for _, k := range keywords {
		if k.Arg == "" {
			return true
		}
	}
	return false
}

// asyncFor compiles async for (PEP 492):
//
//	<iter> GET_AITER
//	loop: GET_ANEXT; GET_AWAITABLE 0; <yield-from loop>   (handler: stop)
//	<target>; <body>; JUMP_BACKWARD loop
//	stop: END_ASYNC_FOR                                    (aiter, exc → )
//	<orelse>
//	end:
func (c *compiler) asyncFor(s *ast.AsyncFor) {
	top, end, stop := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	old := c.setPos(s.Iter)
	c.emit(opcode.GET_AITER, 0)
	c.bind(top)
	outer := c.u.handler
	c.u.handler = handlerRef{label: stop, depth: c.u.depth + 1}
	c.emit(opcode.GET_ANEXT, 0)
	c.emit(opcode.GET_AWAITABLE, 0)
	c.yieldFromLoop(3)
	c.u.handler = outer
	c.u.pos = old
	c.u.depth++
	c.pushBlock(fblock{kind: fbFor, cont: top, brk: end})
	c.store(s.Target)
	c.stmts(s.Body)
	c.popBlock()
	c.emit(opcode.JUMP_BACKWARD, top)
	c.u.depth--
	c.bind(stop)
	c.emit(opcode.END_ASYNC_FOR, 0)
	c.stmts(s.Orelse)
	c.bind(end)
}
