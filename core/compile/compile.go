// Package compile owns code generation: from a syntax tree (core/ast) and
// its symbol table (core/symtable) it emits code objects (core/object)
// for subpy's instruction set (core/opcode): instructions, constants,
// names, local-slot layout, inline-cache slots, the exception table and
// the position table.
//
// It does not parse, resolve scopes (core/symtable does) or run code
// (core/vm). It may import core/object, core/opcode, core/ast,
// core/symtable, core/token and core/scanner, and holds no mutable
// package-level state: each Compile works on its own compiler.
package compile

import (
	"fmt"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
	"github.com/subpy/subpy/core/symtable"
)

// Error is a compile-time error (a SyntaxError, or a construct the
// compiler does not support yet).
type Error struct {
	Filename string
	Pos      ast.Pos
	Msg      string
	// Unsupported marks constructs not implemented yet (not SyntaxErrors).
	Unsupported bool
	// Internal marks a compiler bug caught at the package boundary: callers
	// raise SystemError (Unsupported is set too, so older callers raise
	// NotImplementedError); never a Go panic reaching the host.
	Internal bool
}

// ExceptionType names the Python exception a caller raises for e.
func (e *Error) ExceptionType() string {
	switch {
	case e.Internal:
		return "SystemError"
	case e.Unsupported:
		return "NotImplementedError"
	}
	return "SyntaxError"
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Filename, e.Pos.Lineno, e.Pos.ColOffset+1, e.Msg)
}

// Compile compiles a module (ast.Module) to its code object.
func Compile(mod ast.Mod, filename string) (code *object.Code, err error) {
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(*Error)
			if !ok {
				ce = &Error{Filename: filename, Msg: fmt.Sprintf("internal compiler error: %v", r), Unsupported: true, Internal: true}
			}
			code, err = nil, ce
		}
	}()
	table, err := symtable.Build(mod, filename)
	if err != nil {
		return nil, err
	}
	c := &compiler{filename: filename, table: table}
	if e, ok := mod.(*ast.Expression); ok {
		// eval mode (the eval()/compile() builtins): the expression's value
		// is the code's return value.
		c.enter(table.Top, "<module>", "<module>", 1)
		c.emit(opcode.RESUME, 0)
		c.expr(e.Body)
		c.emit(opcode.RETURN_VALUE, 0)
		return c.leave(), nil
	}
	m, ok := mod.(*ast.Module)
	if !ok {
		return nil, &Error{Filename: filename, Msg: fmt.Sprintf("compile: %T not supported yet", mod), Unsupported: true}
	}
	c.future = c.checkFuture(m.Body)
	c.enter(table.Top, "<module>", "<module>", 1)
	c.emit(opcode.RESUME, 0)
	if len(m.Body) > 0 { // the module docstring: __doc__
		if es, ok := m.Body[0].(*ast.ExprStmt); ok {
			if k, ok := es.Value.(*ast.Constant); ok {
				if doc, ok := k.Value.(string); ok {
					old := c.setPos(es)
					doc = object.CleanDoc(doc)
					c.loadConst(object.NewStr(doc).Value(), constKey{"str", doc})
					c.emit(opcode.STORE_NAME, c.name("__doc__"))
					c.u.pos = old
				}
			}
		}
	}
	c.setupAnnotations(m.Body)
	c.stmts(m.Body)
	c.emitReturnNone()
	return c.leave(), nil
}

// compiler holds the state of one compilation.
type compiler struct {
	filename string
	// asyncDef: the next functionBody is an async def's (a coroutine).
	asyncDef bool
	// starredDefault: the next functionBody is a TypeVarTuple default's,
	// where *X is allowed.
	starredDefault bool
	table          *symtable.Table
	u              *unit   // the code object being emitted
	stack          []*unit // enclosing units
	// genBody: compGenerator is emitting a generator expression's body
	// (yield the element instead of appending it).
	genBody bool
	// setComp asks comprehension for a set comprehension; setBody says,
	// per comprehension being emitted, whether it is one.
	setComp bool
	setBody []bool
	// future holds the module's leading future imports (the only place
	// `from __future__ import` may appear).
	future map[*ast.ImportFrom]bool
	// constSets are the folded set displays' frozensets so far, with
	// their items' constant keys (constset.go): CPython's constant cache
	// merges equal ones across the compilation.
	constSets []constSetEntry
}

// unit is one code object under construction.
type unit struct {
	scope    *symtable.Scope
	async    bool // an async def's body: await, async with/for allowed
	name     string
	qualname string
	firstLn  int
	// private is the innermost enclosing class's name, for private-name
	// mangling ("" outside classes).
	private string
	// staticAttrs (class bodies): the names its methods assign as
	// self.NAME, for __static_attributes__.
	staticAttrs map[string]bool

	code      []uint32
	handlers  []handlerRef // per instruction: the exception handler covering it
	positions []object.Position
	labels    []int // label → instruction index (-1: unbound)
	jumps     []int // instructions whose argument is a label

	consts     []object.Value
	constIndex map[any]int
	names      []*object.Str
	nameIndex  map[string]int

	localNames []string
	localKinds []uint8
	localIndex map[string]int
	nfree      int
	ncaches    int

	pos     ast.Pos    // the position new instructions get
	handler handlerRef // the handler in force
	blocks  []fblock   // enclosing loops/try blocks, innermost last
	depth   int        // stack items held by enclosing blocks
	argc    [3]int     // positional, pos-only, kw-only parameter counts
	// inlined holds, for each inlined comprehension being compiled
	// (innermost last), its own variables: name → is a cell.
	inlined []map[string]bool
	// inlinedScopes are those comprehensions' scopes.
	inlinedScopes []*symtable.Scope
	flags         object.CodeFlags
}

// handlerRef is the exception handler instructions are covered by.
type handlerRef struct {
	label int // -1: none
	depth int
	lasti bool
	// anchored: the depth is relative to the stack depth at instruction
	// anchor, which assemble computes (an inlined comprehension does not
	// know how many expression temporaries lie below it).
	anchored bool
	anchor   int
}

// fblock is an enclosing block break/continue/return must unwind.
type fblock struct {
	kind      fblockKind
	cont, brk int        // loops: labels
	final     []ast.Stmt // finallyTry: the finally body
	name      string     // handlerCleanup: the bound exception name
	saved     handlerRef // the handler to restore when leaving the block
}

type fblockKind uint8

const (
	fbWhile fblockKind = iota
	fbFor
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbHandlerCleanup
	fbWith
	fbAsyncWith
	fbExceptStar // the body of an except* clause
	fbPopValue   // a return value held while a finally body runs inline
)

func (c *compiler) errorf(pos ast.Pos, format string, args ...any) {
	panic(&Error{Filename: c.filename, Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

func (c *compiler) unsupported(pos ast.Pos, what string) {
	panic(&Error{Filename: c.filename, Pos: pos, Msg: what + " is not supported by the compiler yet", Unsupported: true})
}

// enter starts a code object for scope.
func (c *compiler) enter(scope *symtable.Scope, name, qualname string, firstLn int) {
	if c.u != nil {
		c.stack = append(c.stack, c.u)
	}
	u := &unit{scope: scope, name: name, qualname: qualname, firstLn: firstLn,
		constIndex: map[any]int{}, nameIndex: map[string]int{}, localIndex: map[string]int{},
		handler: handlerRef{label: -1}}
	if c.u != nil {
		u.private = c.u.private
	}
	if scope.Kind == symtable.ClassScope {
		u.private = name
	}
	c.u = u
	optimized := scope.Kind.IsFunctionLike()
	if optimized {
		u.flags |= object.CodeOptimized | object.CodeNewLocals
		for _, v := range scope.Varnames {
			c.addLocal(v, object.LocalPlain)
		}
		for _, s := range scope.Symbols {
			if s.Scope == symtable.Local {
				c.addLocal(s.Name, object.LocalPlain)
			}
		}
	}
	if scope.Nested {
		u.flags |= object.CodeNested
	}
	if !optimized {
		// The hidden locals of the comprehensions inlined into a module or
		// class body get their slots now: free variables must stay last.
		var addComp func(cs []*symtable.Scope)
		addComp = func(cs []*symtable.Scope) {
			for _, comp := range cs {
				for _, s := range comp.Symbols {
					if s.Name == ".0" || (s.Scope != symtable.Local && s.Scope != symtable.Cell) {
						continue
					}
					kind := object.LocalPlain
					if s.Scope == symtable.Cell {
						kind = object.LocalCell
					}
					c.addLocal(s.Name, kind)
				}
				addComp(comp.Inlined)
			}
		}
		addComp(scope.Inlined)
	}
	for _, s := range scope.Symbols {
		if s.Scope == symtable.Cell {
			if i, ok := u.localIndex[s.Name]; ok {
				u.localKinds[i] |= object.LocalCell
			} else {
				c.addLocal(s.Name, object.LocalCell)
			}
		}
	}
	if scope.Kind == symtable.ClassScope && scope.NeedsClassClosure {
		// The implicit __class__ cell of methods using super() (the
		// symtable does not list it as a symbol of the class).
		c.addLocal("__class__", object.LocalCell)
	}
	if scope.Kind == symtable.ClassScope && scope.NeedsClassDict {
		// The class namespace, read by the annotation, type-parameter
		// and type-alias scopes nested in the body.
		c.addLocal("__classdict__", object.LocalCell)
	}
	// Free variables come last (MAKE_FUNCTION's closure is their cells).
	for _, s := range scope.Symbols {
		// Free variables, and in a class body the names its methods take
		// from an enclosing function even when the class binds them too
		// (DEF_FREE_CLASS): they pass through the class body's closure.
		if s.Name == "__classdict__" && scope.Kind == symtable.ClassScope && scope.NeedsClassDict {
			continue // the class's own cell (below)
		}
		if s.Scope == symtable.Free || (scope.Kind == symtable.ClassScope && s.Flags&symtable.DefFreeClass != 0 && s.Scope != symtable.Cell) {
			c.addLocal(s.Name, object.LocalFree)
			u.nfree++
		}
	}
	c.u.pos = ast.Pos{Lineno: firstLn, EndLineno: firstLn, ColOffset: -1, EndColOffset: -1}
	// Prologue: make the cells, copy the closure.
	for i, k := range u.localKinds {
		if k&object.LocalCell != 0 {
			c.emit(opcode.MAKE_CELL, i)
		}
	}
	if u.nfree > 0 {
		c.emit(opcode.COPY_FREE_VARS, u.nfree)
	}
}

func (c *compiler) addLocal(name string, kind uint8) {
	if _, ok := c.u.localIndex[name]; ok {
		return
	}
	c.u.localIndex[name] = len(c.u.localNames)
	c.u.localNames = append(c.u.localNames, name)
	c.u.localKinds = append(c.u.localKinds, kind)
}

// leave finishes the current unit and returns its code object.
func (c *compiler) leave() *object.Code {
	code := c.assemble()
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
	return code
}

// newLabel returns a fresh unbound label.
func (c *compiler) newLabel() int {
	c.u.labels = append(c.u.labels, -1)
	return len(c.u.labels) - 1
}

// bind binds label l to the next instruction.
func (c *compiler) bind(l int) { c.u.labels[l] = len(c.u.code) }

// emit appends an instruction (and its CACHE unit when cacheable).
func (c *compiler) emit(op opcode.Opcode, arg int) {
	if arg < 0 || arg > opcode.MaxArg {
		c.errorf(c.u.pos, "instruction argument out of range")
	}
	u := c.u
	info := opcode.Lookup(op)
	if info.Jump {
		u.jumps = append(u.jumps, len(u.code))
	}
	u.code = append(u.code, opcode.Make(op, arg))
	u.handlers = append(u.handlers, u.handler)
	u.positions = append(u.positions, c.position())
	if info.Cacheable {
		u.code = append(u.code, opcode.Make(opcode.CACHE, u.ncaches))
		u.ncaches++
		u.handlers = append(u.handlers, u.handler)
		u.positions = append(u.positions, c.position())
	}
}

func (c *compiler) position() object.Position {
	p := c.u.pos
	return object.Position{Line: int32(p.Lineno), EndLine: int32(p.EndLineno), Col: int32(p.ColOffset), EndCol: int32(p.EndColOffset)}
}

// setPos makes n's position the current one and returns the previous.
func (c *compiler) setPos(n ast.Node) ast.Pos {
	old := c.u.pos
	if l, ok := n.(ast.Located); ok {
		c.u.pos = *l.GetPos()
	}
	return old
}

// constKey identifies equal constants of the same type (1 and 1.0 and
// True stay distinct, -0.0 and 0.0 too).
type constKey struct {
	kind string
	v    any
}

func (c *compiler) addConst(v object.Value, key any) int {
	if key != nil {
		if i, ok := c.u.constIndex[key]; ok {
			return i
		}
		c.u.constIndex[key] = len(c.u.consts)
	}
	c.u.consts = append(c.u.consts, v)
	return len(c.u.consts) - 1
}

func (c *compiler) name(s string) int {
	if i, ok := c.u.nameIndex[s]; ok {
		return i
	}
	c.u.nameIndex[s] = len(c.u.names)
	c.u.names = append(c.u.names, object.NewStr(s))
	return len(c.u.names) - 1
}

func (c *compiler) emitReturnNone() {
	c.emit(opcode.RETURN_CONST, c.addConst(object.None, constKey{"None", nil}))
}

// assemble resolves labels, computes the stack size and builds the code
// object.
func (c *compiler) assemble() *object.Code {
	u := c.u
	for _, at := range u.jumps {
		op := opcode.Op(u.code[at])
		target := u.labels[opcode.Arg(u.code[at])]
		if target < 0 {
			panic("compile: unbound label")
		}
		u.code[at] = opcode.Make(op, target)
	}
	code := object.NewCode()
	code.Name, code.QualName, code.Filename, code.FirstLineno = u.name, u.qualname, c.filename, u.firstLn
	code.Units = u.code
	code.Consts = u.consts
	code.Names = u.names
	code.LocalNames = u.localNames
	code.LocalKinds = u.localKinds
	code.NFree = u.nfree
	code.Caches = make([]object.InlineCache, u.ncaches)
	code.Positions = u.positions
	code.ArgCount, code.PosOnlyArgCount, code.KwOnlyArgCount = u.argc[0], u.argc[1], u.argc[2]
	code.Flags = u.flags
	// Exception table: runs of instructions with the same handler.
	var anchored, anchors []int
	for i := 0; i < len(u.handlers); {
		h := u.handlers[i]
		j := i + 1
		for j < len(u.handlers) && u.handlers[j] == h {
			j++
		}
		if h.label >= 0 {
			code.ExcTable = append(code.ExcTable, object.ExcEntry{Start: int32(i), End: int32(j),
				Target: int32(u.labels[h.label]), Depth: int32(h.depth), Lasti: h.lasti})
			if h.anchored {
				anchored = append(anchored, len(code.ExcTable)-1)
				anchors = append(anchors, h.anchor)
			}
		}
		i = j
	}
	if len(anchored) > 0 {
		// The stack depths computed without the unresolved anchored
		// handlers give the depths of the anchors they reach; resolving
		// some makes more code reachable (an async comprehension's loop
		// ends through its handler), so repeat until all are resolved.
		all := code.ExcTable
		pending := map[int]int{} // ExcTable index → anchor
		for n, k := range anchored {
			pending[k] = anchors[n]
		}
		for len(pending) > 0 {
			code.ExcTable = nil
			for k, e := range all {
				if _, ok := pending[k]; !ok {
					code.ExcTable = append(code.ExcTable, e)
				}
			}
			depth, _ := c.stackDepths(code)
			progress := false
			for k, anchor := range pending {
				if depth[anchor] >= 0 {
					all[k].Depth += int32(depth[anchor])
					delete(pending, k)
					progress = true
				}
			}
			if !progress {
				// Dead code (after a return...): any depth will do.
				for k := range pending {
					all[k].Depth = max(all[k].Depth, 0)
				}
				break
			}
		}
		code.ExcTable = all
	}
	_, code.StackSize = c.stackDepths(code)
	return code
}

// stackDepths computes the stack depth before each instruction (-1:
// unreachable) and the stack size (the maximum depth + 1) by walking every
// path.
func (c *compiler) stackDepths(code *object.Code) ([]int, int) {
	n := len(code.Units)
	depth := make([]int, n+1)
	for i := range depth {
		depth[i] = -1
	}
	var work []int
	push := func(at, d int) {
		if at <= n && depth[at] < d {
			depth[at] = d
			work = append(work, at)
		}
	}
	push(0, 0)
	for _, e := range code.ExcTable {
		d := int(e.Depth) + 1
		if e.Lasti {
			d++
		}
		push(int(e.Target), d)
	}
	maxDepth := 0
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[pc]
		for pc < n {
			u := code.Units[pc]
			op, arg := opcode.Op(u), opcode.Arg(u)
			if op == opcode.CACHE {
				pc++
				continue
			}
			info := opcode.Lookup(op)
			if info.Jump {
				jd := d + opcode.StackEffect(op, arg, true)
				maxDepth = max(maxDepth, jd)
				push(arg, jd)
			}
			d += opcode.StackEffect(op, arg, false)
			maxDepth = max(maxDepth, d)
			if op == opcode.JUMP || op == opcode.JUMP_BACKWARD || op == opcode.RETURN_VALUE ||
				op == opcode.RETURN_CONST || op == opcode.RAISE_VARARGS || op == opcode.RERAISE {
				break
			}
			pc++
			if depth[pc] >= d {
				break
			}
			depth[pc] = d
		}
	}
	return depth, maxDepth + 1
}
