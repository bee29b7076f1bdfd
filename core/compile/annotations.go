package compile

import (
	"slices"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
	"github.com/subpy/subpy/core/scanner"
	"github.com/subpy/subpy/core/symtable"
)

// Annotations as CPython 3.13 compiles them (PEP 526, PEP 563):
//   - a module or class body holding an annotated assignment anywhere in
//     its statements (not in nested scopes) starts with SETUP_ANNOTATIONS,
//     and `x: T` there stores T in __annotations__['x'];
//   - a function's parameter and return annotations are evaluated when
//     the def runs, into a dict handed to SET_FUNCTION_ATTRIBUTE;
//   - under `from __future__ import annotations` each annotation is the
//     string Unparse gives instead of being evaluated.

// futureFeatures are the names `from __future__ import` accepts.
var futureFeatures = []string{"nested_scopes", "generators", "division", "absolute_import",
	"with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"}

// checkFuture validates the module's future imports as CPython's
// future.c does and returns the ones in the leading position (after an
// optional docstring): the only places they may appear.
func (c *compiler) checkFuture(body []ast.Stmt) map[*ast.ImportFrom]bool {
	leading := map[*ast.ImportFrom]bool{}
	for i, s := range body {
		if i == 0 {
			if e, ok := s.(*ast.ExprStmt); ok {
				if k, ok := e.Value.(*ast.Constant); ok {
					if _, ok := k.Value.(string); ok {
						continue
					}
				}
			}
		}
		imp, ok := s.(*ast.ImportFrom)
		if !ok || imp.Module != "__future__" || imp.Level != 0 {
			break
		}
		leading[imp] = true
		for _, a := range imp.Names {
			switch {
			case a.Name == "braces":
				c.errorf(pointAt(imp.Pos), "not a chance")
			case !slices.Contains(futureFeatures, a.Name):
				c.errorf(pointAt(imp.Pos), "future feature %s is not defined", a.Name)
			}
		}
	}
	return leading
}

// pointAt is the position CPython's future.c gives its errors: p's start,
// the end line, no end column (end_offset None).
func pointAt(p ast.Pos) ast.Pos {
	return ast.Pos{Lineno: p.Lineno, ColOffset: p.ColOffset, EndLineno: p.Lineno, EndColOffset: scanner.None - 1}
}

// findAnn reports an annotated assignment among stmts, looking into
// compound statements but not into nested functions or classes.
func findAnn(stmts []ast.Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *ast.AnnAssign:
			return true
		case *ast.For:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.AsyncFor:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.While:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.If:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.With:
			if findAnn(s.Body) {
				return true
			}
		case *ast.AsyncWith:
			if findAnn(s.Body) {
				return true
			}
		case *ast.Try:
			if findAnn(s.Body) || findAnn(s.Orelse) || findAnn(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
		case *ast.TryStar:
			if findAnn(s.Body) || findAnn(s.Orelse) || findAnn(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
		case *ast.Match:
			for _, m := range s.Cases {
				if findAnn(m.Body) {
					return true
				}
			}
		}
	}
	return false
}

// setupAnnotations emits SETUP_ANNOTATIONS when a module or class body
// needs __annotations__.
func (c *compiler) setupAnnotations(body []ast.Stmt) {
	if findAnn(body) {
		c.emit(opcode.SETUP_ANNOTATIONS, 0)
	}
}

// annotation pushes an annotation's value: the expression, or its text
// under `from __future__ import annotations`.
func (c *compiler) annotation(e ast.Expr) {
	if c.table.FutureAnnotations {
		s := Unparse(e)
		c.loadConst(object.NewStr(s).Value(), constKey{"str", s})
		return
	}
	c.expr(e)
}

// annAssign compiles `target: annotation [= value]`.
func (c *compiler) annAssign(s *ast.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.store(s.Target)
	}
	moduleOrClass := c.u.scope.Kind == symtable.ModuleScope || c.u.scope.Kind == symtable.ClassScope
	switch t := s.Target.(type) {
	case *ast.Name:
		c.forbidden(t.ID, s.Pos, false)
		if s.Simple != 0 && moduleOrClass {
			c.annotation(s.Annotation)
			c.emit(opcode.LOAD_NAME, c.name("__annotations__"))
			key := c.u.scope.MaybeMangle(c.u.private, t.ID)
			c.loadConst(object.NewStr(key).Value(), constKey{"str", key})
			c.emit(opcode.STORE_SUBSCR, 0)
		}
	case *ast.Attribute:
		if s.Value == nil {
			c.checkAnnExpr(t.Value)
		}
	case *ast.Subscript:
		if s.Value == nil {
			c.checkAnnExpr(t.Value)
			c.checkAnnSubscr(t.Slice)
		}
	}
	// The annotation of a complex target is evaluated (and dropped) last,
	// in modules and classes only.
	if s.Simple == 0 && !c.table.FutureAnnotations && moduleOrClass {
		c.checkAnnExpr(s.Annotation)
	}
}

func (c *compiler) checkAnnExpr(e ast.Expr) {
	c.expr(e)
	c.emit(opcode.POP_TOP, 0)
}

func (c *compiler) checkAnnSubscr(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Slice:
		for _, x := range []ast.Expr{e.Lower, e.Upper, e.Step} {
			if x != nil {
				c.checkAnnExpr(x)
			}
		}
	case *ast.Tuple:
		for _, x := range e.Elts {
			c.checkAnnSubscr(x)
		}
	default:
		c.checkAnnExpr(e)
	}
}

// funcAnnotations pushes the dict of a def's annotations and reports
// whether it did (no annotations: nothing pushed). CPython's order:
// the positional parameters, then the positional-only ones, *args, the
// keyword-only ones, **kwargs, 'return'.
func (c *compiler) funcAnnotations(args *ast.Arguments, returns ast.Expr) bool {
	n := 0
	one := func(name string, ann ast.Expr) {
		if ann == nil {
			return
		}
		key := c.u.scope.MaybeMangle(c.u.private, name)
		c.loadConst(object.NewStr(key).Value(), constKey{"str", key})
		if st, ok := ann.(*ast.Starred); ok && !c.table.FutureAnnotations {
			// *args: *Ts is the unpacked form of Ts.
			c.expr(st.Value)
			c.emit(opcode.UNPACK_SEQUENCE, 1)
		} else {
			c.annotation(ann)
		}
		n++
	}
	for _, a := range args.Args {
		one(a.Arg, a.Annotation)
	}
	for _, a := range args.Posonlyargs {
		one(a.Arg, a.Annotation)
	}
	if args.Vararg != nil {
		one(args.Vararg.Arg, args.Vararg.Annotation)
	}
	for _, a := range args.Kwonlyargs {
		one(a.Arg, a.Annotation)
	}
	if args.Kwarg != nil {
		one(args.Kwarg.Arg, args.Kwarg.Annotation)
	}
	one("return", returns)
	if n == 0 {
		return false
	}
	c.emit(opcode.BUILD_MAP, n)
	return true
}
