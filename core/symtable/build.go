package symtable

import (
	"fmt"
	"strings"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/scanner"
)

// Build runs the symbol-table pass over mod (an *ast.Module,
// *ast.Expression or *ast.Interactive) as CPython 3.13's
// _PySymtable_Build does. The error is a *scanner.Error with Type
// "SyntaxError" for the errors the symtable raises; its Text is "" (CPython
// fills it from the file named filename when that file exists, which is
// the caller's business).
func Build(mod ast.Mod, filename string) (*Table, error) {
	return BuildWith(mod, filename, Options{})
}

// BuildWith is Build with options.
func BuildWith(mod ast.Mod, filename string, opts Options) (t *Table, err error) {
	b := &builder{filename: filename}
	b.t = &Table{Filename: filename, nodes: make(map[key]*Scope)}
	b.future = opts.FutureAnnotations || hasFutureAnnotations(mod)
	b.t.FutureAnnotations = b.future
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(bailout); ok {
				t, err = nil, e.err
				return
			}
			panic(r)
		}
	}()
	top := b.enter("top", ModuleScope, mod, RoleBody, ast.Pos{})
	b.t.Top = top
	switch m := mod.(type) {
	case *ast.Module:
		b.stmts(m.Body)
	case *ast.Interactive:
		b.stmts(m.Body)
	case *ast.Expression:
		b.expr(m.Body)
	default:
		return nil, fmt.Errorf("symtable: cannot build a table for %T", mod)
	}
	b.exit()
	b.analyze()
	for _, s := range b.t.All {
		s.directives = nil
	}
	return b.t, nil
}

// hasFutureAnnotations reports `from __future__ import annotations` among
// the module's leading future imports (after an optional docstring), as
// CPython's future.c finds them.
func hasFutureAnnotations(mod ast.Mod) bool {
	var body []ast.Stmt
	switch m := mod.(type) {
	case *ast.Module:
		body = m.Body
	case *ast.Interactive:
		body = m.Body
	default:
		return false
	}
	for i, s := range body {
		if i == 0 {
			if e, ok := s.(*ast.ExprStmt); ok {
				if c, ok := e.Value.(*ast.Constant); ok {
					if _, ok := c.Value.(string); ok {
						continue
					}
				}
			}
		}
		imp, ok := s.(*ast.ImportFrom)
		if !ok || imp.Module != "__future__" || imp.Level != 0 {
			return false
		}
		for _, a := range imp.Names {
			if a.Name == "annotations" {
				return true
			}
		}
	}
	return false
}

type bailout struct{ err error }

// directive is where a global or nonlocal declaration (or a walrus that
// acts as one) of a name appears: analysis errors point there.
type directive struct {
	name string
	pos  ast.Pos
}

type builder struct {
	t        *Table
	filename string
	future   bool
	stack    []*Scope
	cur      *Scope
	top      *Scope
	// private is the enclosing class's name for private-name mangling
	// ("" outside classes).
	private string
}

func (b *builder) errorAt(p ast.Pos, format string, args ...any) {
	panic(bailout{&scanner.Error{
		Type:    "SyntaxError",
		Msg:     fmt.Sprintf(format, args...),
		Line:    p.Lineno,
		Col:     p.ColOffset + 1,
		EndLine: p.EndLineno,
		EndCol:  p.EndColOffset + 1,
		Late:    true,
	}})
}

func posOf(n ast.Node) ast.Pos {
	if l, ok := n.(ast.Located); ok {
		return *l.GetPos()
	}
	return ast.Pos{}
}

// newScope creates a scope (CPython's ste_new) without entering it.
func (b *builder) newScope(name string, kind ScopeKind, n ast.Node, role Role, p ast.Pos) *Scope {
	s := &Scope{Kind: kind, Name: name, Lineno: p.Lineno, ColOffset: p.ColOffset,
		EndLineno: p.EndLineno, EndColOffset: p.EndColOffset, index: make(map[string]int32)}
	if b.cur != nil && (b.cur.Nested || b.cur.Kind.IsFunctionLike()) {
		s.Nested = true
	}
	if b.cur != nil && b.cur.Kind == ClassScope && kind == FunctionScope {
		s.Method = true
	}
	b.t.All = append(b.t.All, s)
	if n != nil {
		b.t.nodes[key{n, role}] = s
	}
	return s
}

// enterExisting pushes s (CPython's symtable_enter_existing_block).
func (b *builder) enterExisting(s *Scope) {
	prev := b.cur
	b.stack = append(b.stack, s)
	if prev != nil {
		s.compIterExpr = prev.compIterExpr
		if prev.mangled != nil && s.Kind != ClassScope {
			s.mangled = prev.mangled
		}
	}
	b.cur = s
	if b.future && s.Kind == AnnotationScope {
		// Under `from __future__ import annotations` the annotation
		// scope is visited for its errors but stays out of the tree.
		s.Parent = prev
		return
	}
	if s.Kind == ModuleScope {
		b.top = s
	}
	if prev != nil {
		s.Parent = prev
		prev.Children = append(prev.Children, s)
	}
}

func (b *builder) enter(name string, kind ScopeKind, n ast.Node, role Role, p ast.Pos) *Scope {
	s := b.newScope(name, kind, n, role, p)
	b.enterExisting(s)
	return s
}

func (b *builder) exit() {
	b.stack = b.stack[:len(b.stack)-1]
	b.cur = nil
	if len(b.stack) > 0 {
		b.cur = b.stack[len(b.stack)-1]
	}
}

// mangle applies private-name mangling to a name seen in scope s.
func (b *builder) mangle(s *Scope, name string) string {
	return s.MaybeMangle(b.private, name)
}

// MaybeMangle returns name as CPython 3.13's _Py_MaybeMangle stores it
// when it appears in scope s inside class private (the innermost enclosing
// class's name, "" for none): Mangle(private, name), except in the
// type-parameter scope of a generic class and the scopes nested in it,
// where only the type parameters' own names are mangled. The compiler
// must look names up through it.
func (s *Scope) MaybeMangle(private, name string) string {
	if s.mangled != nil && !s.mangled[name] {
		return name
	}
	return Mangle(private, name)
}

// Mangle returns name as CPython 3.13 mangles a private name inside class
// className: "__x" becomes "_className__x" (leading underscores of the
// class name stripped); dunder names, dotted names, names not starting
// with two underscores and classes named only with underscores are left
// alone.
func Mangle(className, name string) string {
	if className == "" || len(name) < 2 || name[0] != '_' || name[1] != '_' {
		return name
	}
	if strings.HasSuffix(name, "__") || strings.IndexByte(name, '.') >= 0 {
		return name
	}
	stripped := strings.TrimLeft(className, "_")
	if stripped == "" {
		return name
	}
	return "_" + stripped + name
}

func (s *Scope) flagsOf(name string) Flag {
	if i, ok := s.index[name]; ok {
		return s.Symbols[i].Flags
	}
	return 0
}

// setFlags sets a name's flags, adding the symbol at the end if new.
func (s *Scope) setFlags(name string, f Flag) {
	if i, ok := s.index[name]; ok {
		s.Symbols[i].Flags = f
		return
	}
	s.index[name] = int32(len(s.Symbols))
	s.Symbols = append(s.Symbols, Symbol{Name: name, Flags: f})
}

func (s *Scope) remove(name string) {
	i, ok := s.index[name]
	if !ok {
		return
	}
	s.Symbols = append(s.Symbols[:i], s.Symbols[i+1:]...)
	delete(s.index, name)
	for j := int(i); j < len(s.Symbols); j++ {
		s.index[s.Symbols[j].Name] = int32(j)
	}
}

func (b *builder) lookupIn(s *Scope, name string) Flag {
	return s.flagsOf(b.mangle(s, name))
}

// addDefIn records flag for name in scope s (symtable_add_def_helper).
func (b *builder) addDefIn(s *Scope, name string, flag Flag, p ast.Pos) {
	mangled := b.mangle(b.cur, name)
	val := flag
	if i, ok := s.index[mangled]; ok {
		old := s.Symbols[i].Flags
		if flag&DefParam != 0 && old&DefParam != 0 {
			b.errorAt(p, "duplicate argument '%s' in function definition", name)
		}
		if flag&DefTypeParam != 0 && old&DefTypeParam != 0 {
			b.errorAt(p, "duplicate type parameter '%s'", name)
		}
		val = old | flag
	}
	if s.compIterTarget {
		if val&(DefGlobal|DefNonlocal) != 0 {
			b.errorAt(p, "comprehension inner loop cannot rebind assignment expression target '%s'", name)
		}
		val |= DefCompIter
	}
	s.setFlags(mangled, val)
	if flag&DefParam != 0 {
		s.Varnames = append(s.Varnames, mangled)
	} else if flag&DefGlobal != 0 {
		b.top.setFlags(mangled, b.top.flagsOf(mangled)|flag)
	}
}

func (b *builder) addDef(name string, flag Flag, p ast.Pos) {
	if flag&DefTypeParam != 0 && b.cur.mangled != nil {
		b.cur.mangled[name] = true
	}
	b.addDefIn(b.cur, name, flag, p)
}

func (b *builder) recordDirective(name string, p ast.Pos) {
	b.cur.directives = append(b.cur.directives, directive{b.mangle(b.cur, name), p})
}

func (b *builder) enterTypeParams(name string, n ast.Node, hasDefaults, hasKwDefaults, isClass bool, p ast.Pos) {
	parentKind := b.cur.Kind
	b.enter(name, TypeParamsScope, n, RoleTypeParams, p)
	if parentKind == ClassScope {
		b.cur.CanSeeClassScope = true
		b.addDef("__classdict__", Use, p)
	}
	if isClass {
		b.addDef(".type_params", DefLocal, p)
		b.addDef(".type_params", Use, p)
		b.addDef(".generic_base", DefLocal, p)
		b.addDef(".generic_base", Use, p)
	}
	if hasDefaults {
		b.addDef(".defaults", DefParam, p)
	}
	if hasKwDefaults {
		b.addDef(".kwdefaults", DefParam, p)
	}
}

func (b *builder) stmts(list []ast.Stmt) {
	for _, s := range list {
		b.stmt(s)
	}
}

func (b *builder) exprs(list []ast.Expr) {
	for _, e := range list {
		if e != nil {
			b.expr(e)
		}
	}
}

func hasKwDefaults(a *ast.Arguments) bool {
	for _, d := range a.KwDefaults {
		if d != nil {
			return true
		}
	}
	return false
}

// funcDef handles FunctionDef and AsyncFunctionDef.
func (b *builder) funcDef(n ast.Stmt, p ast.Pos, name string, args *ast.Arguments, body []ast.Stmt,
	decorators []ast.Expr, returns ast.Expr, typeParams []ast.TypeParam, async bool) {
	b.addDef(name, DefLocal, p)
	b.exprs(args.Defaults)
	b.exprs(args.KwDefaults)
	b.exprs(decorators)
	if len(typeParams) > 0 {
		// CPython tests the defaults sequence for NULL, and its parser
		// never leaves it NULL: every generic function gets ".defaults".
		b.enterTypeParams(name, n, true, hasKwDefaults(args), false, p)
		b.typeParams(typeParams)
	}
	b.annotations(n, p, args, returns)
	b.enter(name, FunctionScope, n, RoleBody, p)
	if async {
		b.cur.Coroutine = true
	}
	b.arguments(args)
	b.stmts(body)
	b.exit()
	if len(typeParams) > 0 {
		b.exit()
	}
}

func (b *builder) stmt(s ast.Stmt) {
	switch n := s.(type) {
	case *ast.FunctionDef:
		b.funcDef(n, n.Pos, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, n.TypeParams, false)
	case *ast.AsyncFunctionDef:
		b.funcDef(n, n.Pos, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, n.TypeParams, true)
	case *ast.ClassDef:
		b.addDef(n.Name, DefLocal, n.Pos)
		b.exprs(n.DecoratorList)
		saved := b.private
		if len(n.TypeParams) > 0 {
			b.enterTypeParams(n.Name, n, false, false, true, n.Pos)
			b.private = n.Name
			b.cur.mangled = make(map[string]bool)
			b.typeParams(n.TypeParams)
		}
		b.exprs(n.Bases)
		for _, k := range n.Keywords {
			b.expr(k.Value)
		}
		b.enter(n.Name, ClassScope, n, RoleBody, n.Pos)
		b.private = n.Name
		if len(n.TypeParams) > 0 {
			b.addDef("__type_params__", DefLocal, n.Pos)
			b.addDef(".type_params", Use, n.Pos)
		}
		b.stmts(n.Body)
		b.exit()
		if len(n.TypeParams) > 0 {
			b.exit()
		}
		b.private = saved
	case *ast.TypeAlias:
		b.expr(n.Name)
		name := n.Name.(*ast.Name).ID
		inClass := b.cur.Kind == ClassScope
		generic := len(n.TypeParams) > 0
		if generic {
			b.enterTypeParams(name, n, false, false, false, n.Pos)
			b.typeParams(n.TypeParams)
		}
		b.enter(name, TypeAliasScope, n, RoleBody, n.Pos)
		b.cur.CanSeeClassScope = inClass
		if inClass {
			b.addDef("__classdict__", Use, posOf(n.Value))
		}
		b.expr(n.Value)
		b.exit()
		if generic {
			b.exit()
		}
	case *ast.Return:
		if n.Value != nil {
			b.expr(n.Value)
			b.cur.ReturnsValue = true
		}
	case *ast.Delete:
		b.exprs(n.Targets)
	case *ast.Assign:
		b.exprs(n.Targets)
		b.expr(n.Value)
	case *ast.AnnAssign:
		if t, ok := n.Target.(*ast.Name); ok {
			cur := b.lookupIn(b.cur, t.ID)
			if cur&(DefGlobal|DefNonlocal) != 0 && b.cur != b.top && n.Simple != 0 {
				if cur&DefGlobal != 0 {
					b.errorAt(n.Pos, "annotated name '%s' can't be global", t.ID)
				}
				b.errorAt(n.Pos, "annotated name '%s' can't be nonlocal", t.ID)
			}
			if n.Simple != 0 {
				b.addDef(t.ID, DefAnnot|DefLocal, t.Pos)
			} else if n.Value != nil {
				b.addDef(t.ID, DefLocal, t.Pos)
			}
		} else {
			b.expr(n.Target)
		}
		b.annotation(n.Annotation, n)
		if n.Value != nil {
			b.expr(n.Value)
		}
	case *ast.AugAssign:
		b.expr(n.Target)
		b.expr(n.Value)
	case *ast.For:
		b.expr(n.Target)
		b.expr(n.Iter)
		b.stmts(n.Body)
		b.stmts(n.Orelse)
	case *ast.AsyncFor:
		b.expr(n.Target)
		b.expr(n.Iter)
		b.stmts(n.Body)
		b.stmts(n.Orelse)
	case *ast.While:
		b.expr(n.Test)
		b.stmts(n.Body)
		b.stmts(n.Orelse)
	case *ast.If:
		b.expr(n.Test)
		b.stmts(n.Body)
		b.stmts(n.Orelse)
	case *ast.Match:
		b.expr(n.Subject)
		for _, c := range n.Cases {
			b.pattern(c.Pattern)
			if c.Guard != nil {
				b.expr(c.Guard)
			}
			b.stmts(c.Body)
		}
	case *ast.Raise:
		if n.Exc != nil {
			b.expr(n.Exc)
			if n.Cause != nil {
				b.expr(n.Cause)
			}
		}
	case *ast.Try:
		b.stmts(n.Body)
		b.handlers(n.Handlers)
		b.stmts(n.Orelse)
		b.stmts(n.Finalbody)
	case *ast.TryStar:
		b.stmts(n.Body)
		b.handlers(n.Handlers)
		b.stmts(n.Orelse)
		b.stmts(n.Finalbody)
	case *ast.Assert:
		b.expr(n.Test)
		if n.Msg != nil {
			b.expr(n.Msg)
		}
	case *ast.Import:
		for _, a := range n.Names {
			b.alias(a)
		}
	case *ast.ImportFrom:
		for _, a := range n.Names {
			b.alias(a)
		}
	case *ast.Global:
		b.declare(n.Names, n.Pos, DefGlobal, "global")
	case *ast.Nonlocal:
		b.declare(n.Names, n.Pos, DefNonlocal, "nonlocal")
	case *ast.ExprStmt:
		b.expr(n.Value)
	case *ast.Pass, *ast.Break, *ast.Continue:
	case *ast.With:
		b.withItems(n.Items)
		b.stmts(n.Body)
	case *ast.AsyncWith:
		b.withItems(n.Items)
		b.stmts(n.Body)
	default:
		panic(fmt.Sprintf("symtable: unexpected statement %T", s))
	}
}

func (b *builder) declare(names []string, p ast.Pos, flag Flag, what string) {
	for _, name := range names {
		cur := b.lookupIn(b.cur, name)
		if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
			var msg string
			switch {
			case cur&DefParam != 0:
				msg = "name '%s' is parameter and " + what
			case cur&Use != 0:
				msg = "name '%s' is used prior to " + what + " declaration"
			case cur&DefAnnot != 0:
				msg = "annotated name '%s' can't be " + what
			default:
				msg = "name '%s' is assigned to before " + what + " declaration"
			}
			b.errorAt(p, msg, name)
		}
		b.addDef(name, flag, p)
		b.recordDirective(name, p)
	}
}

func (b *builder) handlers(hs []*ast.ExceptHandler) {
	for _, h := range hs {
		if h.Type != nil {
			b.expr(h.Type)
		}
		if h.Name != "" {
			b.addDef(h.Name, DefLocal, h.Pos)
		}
		b.stmts(h.Body)
	}
}

func (b *builder) withItems(items []*ast.Withitem) {
	for _, it := range items {
		b.expr(it.ContextExpr)
		if it.OptionalVars != nil {
			b.expr(it.OptionalVars)
		}
	}
}

func (b *builder) alias(a *ast.Alias) {
	name := a.Name
	if a.Asname != "" {
		name = a.Asname
	}
	if name == "*" {
		if b.cur.Kind != ModuleScope {
			b.errorAt(a.Pos, "import * only allowed at module level")
		}
		return
	}
	if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[:i]
	}
	b.addDef(name, DefImport, a.Pos)
}

func (b *builder) pattern(p ast.Pattern) {
	switch n := p.(type) {
	case *ast.MatchValue:
		b.expr(n.Value)
	case *ast.MatchSingleton:
	case *ast.MatchSequence:
		for _, q := range n.Patterns {
			b.pattern(q)
		}
	case *ast.MatchStar:
		if n.Name != "" {
			b.addDef(n.Name, DefLocal, n.Pos)
		}
	case *ast.MatchMapping:
		b.exprs(n.Keys)
		for _, q := range n.Patterns {
			b.pattern(q)
		}
		if n.Rest != "" {
			b.addDef(n.Rest, DefLocal, n.Pos)
		}
	case *ast.MatchClass:
		b.expr(n.Cls)
		for _, q := range n.Patterns {
			b.pattern(q)
		}
		for _, q := range n.KwdPatterns {
			b.pattern(q)
		}
	case *ast.MatchAs:
		if n.Pattern != nil {
			b.pattern(n.Pattern)
		}
		if n.Name != "" {
			b.addDef(n.Name, DefLocal, n.Pos)
		}
	case *ast.MatchOr:
		for _, q := range n.Patterns {
			b.pattern(q)
		}
	}
}

func (b *builder) typeParams(tps []ast.TypeParam) {
	for _, tp := range tps {
		switch n := tp.(type) {
		case *ast.TypeVar:
			b.addDef(n.Name, DefTypeParam|DefLocal, n.Pos)
			info := ""
			if n.Bound != nil {
				info = "a TypeVar bound"
				if _, ok := n.Bound.(*ast.Tuple); ok {
					info = "a TypeVar constraint"
				}
			}
			b.typeVarExpr(n.Bound, n.Name, n, RoleBound, info)
			b.typeVarExpr(n.DefaultValue, n.Name, n, RoleDefault, "a TypeVar default")
		case *ast.TypeVarTuple:
			b.addDef(n.Name, DefTypeParam|DefLocal, n.Pos)
			b.typeVarExpr(n.DefaultValue, n.Name, n, RoleDefault, "a TypeVarTuple default")
		case *ast.ParamSpec:
			b.addDef(n.Name, DefTypeParam|DefLocal, n.Pos)
			b.typeVarExpr(n.DefaultValue, n.Name, n, RoleDefault, "a ParamSpec default")
		}
	}
}

func (b *builder) typeVarExpr(e ast.Expr, name string, tp ast.Node, role Role, info string) {
	if e == nil {
		return
	}
	inClass := b.cur.CanSeeClassScope
	b.enter(name, TypeVarScope, tp, role, posOf(e))
	b.cur.CanSeeClassScope = inClass
	if inClass {
		b.addDef("__classdict__", Use, posOf(e))
	}
	b.cur.scopeInfo = info
	b.expr(e)
	b.exit()
}

// annotation visits the annotation of an AnnAssign (owner).
func (b *builder) annotation(e ast.Expr, owner ast.Node) {
	if b.future {
		b.enter("_annotation", AnnotationScope, owner, RoleAnnotations, posOf(e))
	}
	b.expr(e)
	if b.future {
		b.exit()
	}
}

// annotations visits a def's argument and return annotations.
func (b *builder) annotations(n ast.Node, p ast.Pos, a *ast.Arguments, returns ast.Expr) {
	if b.future {
		b.enter("_annotation", AnnotationScope, n, RoleAnnotations, p)
	}
	argAnn := func(args []*ast.Arg) {
		for _, x := range args {
			if x.Annotation != nil {
				b.expr(x.Annotation)
			}
		}
	}
	argAnn(a.Posonlyargs)
	argAnn(a.Args)
	if a.Vararg != nil && a.Vararg.Annotation != nil {
		b.expr(a.Vararg.Annotation)
	}
	if a.Kwarg != nil && a.Kwarg.Annotation != nil {
		b.expr(a.Kwarg.Annotation)
	}
	argAnn(a.Kwonlyargs)
	if returns != nil {
		b.expr(returns)
	}
	if b.future {
		b.exit()
	}
}

func (b *builder) arguments(a *ast.Arguments) {
	params := func(args []*ast.Arg) {
		for _, x := range args {
			b.addDef(x.Arg, DefParam, x.Pos)
		}
	}
	params(a.Posonlyargs)
	params(a.Args)
	params(a.Kwonlyargs)
	if a.Vararg != nil {
		b.addDef(a.Vararg.Arg, DefParam, a.Vararg.Pos)
		b.cur.Varargs = true
	}
	if a.Kwarg != nil {
		b.addDef(a.Kwarg.Arg, DefParam, a.Kwarg.Pos)
		b.cur.Varkw = true
	}
}

// raiseIfAnnotation rejects what may not appear in annotation and type
// scopes (symtable_raise_if_annotation_block).
func (b *builder) raiseIfAnnotation(what string, p ast.Pos) {
	switch b.cur.Kind {
	case AnnotationScope:
		b.errorAt(p, "%s cannot be used within an annotation", what)
	case TypeVarScope:
		b.errorAt(p, "%s cannot be used within %s", what, b.cur.scopeInfo)
	case TypeAliasScope:
		b.errorAt(p, "%s cannot be used within a type alias", what)
	case TypeParamsScope:
		b.errorAt(p, "%s cannot be used within the definition of a generic", what)
	}
}

func (b *builder) yieldInComprehension(p ast.Pos) {
	msg := "'yield' inside generator expression"
	switch b.cur.Comprehension {
	case ListComprehension:
		msg = "'yield' inside list comprehension"
	case SetComprehension:
		msg = "'yield' inside set comprehension"
	case DictComprehension:
		msg = "'yield' inside dict comprehension"
	}
	b.errorAt(p, "%s", msg)
}

func (b *builder) expr(e ast.Expr) {
	switch n := e.(type) {
	case *ast.NamedExpr:
		b.raiseIfAnnotation("named expression", n.Pos)
		if b.cur.compIterExpr > 0 {
			b.errorAt(n.Pos, "assignment expression cannot be used in a comprehension iterable expression")
		}
		if b.cur.Comprehension != NoComprehension {
			b.extendNamedExprScope(n.Target.(*ast.Name))
		}
		b.expr(n.Value)
		b.expr(n.Target)
	case *ast.BoolOp:
		b.exprs(n.Values)
	case *ast.BinOp:
		b.expr(n.Left)
		b.expr(n.Right)
	case *ast.UnaryOp:
		b.expr(n.Operand)
	case *ast.Lambda:
		b.exprs(n.Args.Defaults)
		b.exprs(n.Args.KwDefaults)
		b.enter("lambda", FunctionScope, n, RoleBody, n.Pos)
		b.arguments(n.Args)
		b.expr(n.Body)
		b.exit()
	case *ast.IfExp:
		b.expr(n.Test)
		b.expr(n.Body)
		b.expr(n.Orelse)
	case *ast.Dict:
		b.exprs(n.Keys)
		b.exprs(n.Values)
	case *ast.Set:
		b.exprs(n.Elts)
	case *ast.GeneratorExp:
		b.comprehension(n, n.Pos, "genexpr", GeneratorExpression, n.Generators, n.Elt, nil)
	case *ast.ListComp:
		b.comprehension(n, n.Pos, "listcomp", ListComprehension, n.Generators, n.Elt, nil)
	case *ast.SetComp:
		b.comprehension(n, n.Pos, "setcomp", SetComprehension, n.Generators, n.Elt, nil)
	case *ast.DictComp:
		b.comprehension(n, n.Pos, "dictcomp", DictComprehension, n.Generators, n.Key, n.Value)
	case *ast.Yield:
		b.raiseIfAnnotation("yield expression", n.Pos)
		if n.Value != nil {
			b.expr(n.Value)
		}
		b.cur.Generator = true
		if b.cur.Comprehension != NoComprehension {
			b.yieldInComprehension(n.Pos)
		}
	case *ast.YieldFrom:
		b.raiseIfAnnotation("yield expression", n.Pos)
		b.expr(n.Value)
		b.cur.Generator = true
		if b.cur.Comprehension != NoComprehension {
			b.yieldInComprehension(n.Pos)
		}
	case *ast.Await:
		b.raiseIfAnnotation("await expression", n.Pos)
		b.expr(n.Value)
		b.cur.Coroutine = true
	case *ast.Compare:
		b.expr(n.Left)
		b.exprs(n.Comparators)
	case *ast.Call:
		b.expr(n.Func)
		b.exprs(n.Args)
		for _, k := range n.Keywords {
			b.expr(k.Value)
		}
	case *ast.FormattedValue:
		b.expr(n.Value)
		if n.FormatSpec != nil {
			b.expr(n.FormatSpec)
		}
	case *ast.JoinedStr:
		b.exprs(n.Values)
	case *ast.Constant:
	case *ast.Attribute:
		b.expr(n.Value)
	case *ast.Subscript:
		b.expr(n.Value)
		b.expr(n.Slice)
	case *ast.Starred:
		b.expr(n.Value)
	case *ast.Slice:
		if n.Lower != nil {
			b.expr(n.Lower)
		}
		if n.Upper != nil {
			b.expr(n.Upper)
		}
		if n.Step != nil {
			b.expr(n.Step)
		}
	case *ast.Name:
		flag := DefLocal
		if n.Ctx == ast.Load {
			flag = Use
		}
		b.addDef(n.ID, flag, n.Pos)
		if n.Ctx == ast.Load && b.cur.Kind == FunctionScope && n.ID == "super" {
			b.addDef("__class__", Use, n.Pos)
		}
	case *ast.List:
		b.exprs(n.Elts)
	case *ast.Tuple:
		b.exprs(n.Elts)
	default:
		panic(fmt.Sprintf("symtable: unexpected expression %T", e))
	}
}

// extendNamedExprScope binds a walrus target inside a comprehension in
// the nearest enclosing function or module scope (PEP 572).
func (b *builder) extendNamedExprScope(target *ast.Name) {
	name := target.ID
	p := target.Pos
	for i := len(b.stack) - 1; i >= 0; i-- {
		s := b.stack[i]
		if s.Comprehension != NoComprehension {
			f := b.lookupIn(s, name)
			if f&DefCompIter != 0 && f&DefLocal != 0 {
				b.errorAt(p, "assignment expression cannot rebind comprehension iteration variable '%s'", name)
			}
			continue
		}
		switch s.Kind {
		case FunctionScope:
			if b.lookupIn(s, name)&DefGlobal != 0 {
				b.addDef(name, DefGlobal, p)
			} else {
				b.addDef(name, DefNonlocal, p)
			}
			b.recordDirective(name, p)
			b.addDefIn(s, name, DefLocal, p)
			return
		case ModuleScope:
			b.addDef(name, DefGlobal, p)
			b.recordDirective(name, p)
			b.addDefIn(s, name, DefGlobal, p)
			return
		case ClassScope:
			b.errorAt(p, "assignment expression within a comprehension cannot be used in a class body")
		case TypeParamsScope:
			b.errorAt(p, "assignment expression within a comprehension cannot be used within the definition of a generic")
		case TypeAliasScope:
			b.errorAt(p, "assignment expression within a comprehension cannot be used in a type alias")
		case TypeVarScope:
			b.errorAt(p, "assignment expression within a comprehension cannot be used in a TypeVar bound")
		}
	}
	panic("symtable: no scope for a named expression")
}

func (b *builder) comprehension(n ast.Expr, p ast.Pos, name string, kind CompKind,
	gens []*ast.Comprehension, elt, value ast.Expr) {
	outer := gens[0]
	b.cur.compIterExpr++
	b.expr(outer.Iter)
	b.cur.compIterExpr--
	b.enter(name, FunctionScope, n, RoleBody, p)
	b.cur.Comprehension = kind
	if outer.IsAsync != 0 {
		b.cur.Coroutine = true
	}
	b.addDef(".0", DefParam, p)
	b.cur.compIterTarget = true
	b.expr(outer.Target)
	b.cur.compIterTarget = false
	b.exprs(outer.Ifs)
	for _, g := range gens[1:] {
		b.cur.compIterTarget = true
		b.expr(g.Target)
		b.cur.compIterTarget = false
		b.cur.compIterExpr++
		b.expr(g.Iter)
		b.cur.compIterExpr--
		b.exprs(g.Ifs)
		if g.IsAsync != 0 {
			b.cur.Coroutine = true
		}
	}
	if value != nil {
		b.expr(value)
	}
	b.expr(elt)
	b.cur.Generator = kind == GeneratorExpression
	async := b.cur.Coroutine && kind != GeneratorExpression
	b.exit()
	if async {
		b.cur.Coroutine = true
	}
}
