package goaudit

import (
	"go/ast"
	"go/token"
	"go/types"
	"path"

	"golang.org/x/tools/go/analysis"
)

// walker finds the writes in one package. A write is reported where it
// happens, once per syntactic write.
type walker struct {
	pass *analysis.Pass
	au   *auditor
	list *Allowlist
	// handled holds calls already reported as part of an enclosing
	// statement (V = append(V, x) is one write, not two).
	handled map[ast.Node]bool
	// used collects "path.name" of the allowlisted variables written.
	used map[string]bool
}

// walk visits root and checks every node that may run after package
// initialization. atInit says whether root runs only during it.
func (w *walker) walk(root ast.Node, atInit bool) {
	inspectInContext(root, atInit, func(n ast.Node, atInit bool) {
		if !atInit {
			w.check(n)
		}
	})
}

// inspectInContext visits root like ast.Inspect and tells visit, for each
// node, whether it runs only when root runs (atInit, for a root that runs
// only during initialization) or possibly later. A function literal
// inherits root's context only when it is called where it is written
// (func(){...}() or defer func(){...}()); any other function literal may run
// later, so its body does not, even inside init.
func inspectInContext(root ast.Node, atInit bool, visit func(n ast.Node, atInit bool)) {
	inline := make(map[*ast.FuncLit]bool)
	goCalls := make(map[*ast.CallExpr]bool)
	stack := []bool{atInit}
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		ctx := stack[len(stack)-1]
		switch n := n.(type) {
		case *ast.GoStmt:
			goCalls[n.Call] = true
		case *ast.CallExpr:
			if fl, ok := ast.Unparen(n.Fun).(*ast.FuncLit); ok && !goCalls[n] {
				inline[fl] = true
			}
		case *ast.FuncLit:
			if !inline[n] {
				ctx = false
			}
		}
		stack = append(stack, ctx)
		visit(n, ctx)
		return true
	})
}

// check reports the writes node n itself makes.
func (w *walker) check(n ast.Node) {
	info := w.pass.TypesInfo
	switch n := n.(type) {
	case *ast.AssignStmt:
		for i, lhs := range n.Lhs {
			if id, ok := lhs.(*ast.Ident); ok && n.Tok == token.DEFINE && info.Defs[id] != nil {
				continue // a new local
			}
			kind := "assigned"
			if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
				kind = "op-assigned (" + n.Tok.String() + ")"
			}
			if len(n.Lhs) == len(n.Rhs) {
				if call, ok := w.builtinCall(n.Rhs[i], "append"); ok && len(call.Args) > 0 {
					if r := w.root(call.Args[0]); r != nil && r == w.root(lhs) {
						kind = "appended to"
						w.handled[call] = true
					}
				}
			}
			w.write(lhs, kind)
		}
	case *ast.IncDecStmt:
		if n.Tok == token.INC {
			w.write(n.X, "incremented")
		} else {
			w.write(n.X, "decremented")
		}
	case *ast.RangeStmt:
		if n.Tok == token.ASSIGN {
			if n.Key != nil {
				w.write(n.Key, "assigned by range")
			}
			if n.Value != nil {
				w.write(n.Value, "assigned by range")
			}
		}
		if tv, ok := info.Types[n.X]; ok && tv.Type != nil {
			if _, isChan := tv.Type.Underlying().(*types.Chan); isChan {
				w.write(n.X, "received from (range over a channel)")
			}
		}
	case *ast.UnaryExpr:
		switch n.Op {
		case token.AND:
			w.write(n.X, "address-taken (&)")
		case token.ARROW:
			w.write(n.X, "received from")
		}
	case *ast.SendStmt:
		w.write(n.Chan, "sent to")
	case *ast.SliceExpr:
		if tv, ok := info.Types[n.X]; ok && tv.Type != nil && isArrayOrPtrToArray(tv.Type) {
			w.write(n.X, "sliced (the slice aliases its storage; make a read-only table a slice, not an array)")
		}
	case *ast.SelectorExpr:
		w.checkMethodValue(n)
	case *ast.CallExpr:
		if w.handled[n] {
			return
		}
		id, ok := ast.Unparen(n.Fun).(*ast.Ident)
		if !ok || len(n.Args) == 0 {
			return
		}
		b, ok := info.Uses[id].(*types.Builtin)
		if !ok {
			return
		}
		kind, writes := builtinKind(b.Name())
		if !writes {
			return
		}
		if s, ok := ast.Unparen(n.Args[0]).(*ast.SliceExpr); ok && b.Name() == "append" && s.Slice3 {
			return // append(V[i:j:j], ...) always copies: V is not written
		}
		w.write(n.Args[0], kind)
	}
}

// builtinKind names the builtin functions that write their first
// argument, and how a write by each is described.
func builtinKind(name string) (string, bool) {
	switch name {
	case "append":
		return "appended to", true
	case "copy":
		return "copied into", true
	case "delete":
		return "deleted from", true
	case "clear":
		return "cleared", true
	case "close":
		return "closed", true
	}
	return "", false
}

// checkMethodValue reports x.M where M has a pointer receiver and x (or the
// embedded field M is promoted from) is not itself a pointer: the compiler
// takes the address of x's storage, so the method may write it. This is what
// makes every use of a sync.Mutex, sync.Once or atomic.Int64 variable a
// write. A method called on a pointer value takes no address and is not
// followed: goaudit does not look into callees.
func (w *walker) checkMethodValue(se *ast.SelectorExpr) {
	info := w.pass.TypesInfo
	sel, ok := info.Selections[se]
	if !ok || sel.Kind() != types.MethodVal {
		return
	}
	fn, ok := sel.Obj().(*types.Func)
	if !ok {
		return
	}
	recv := fn.Signature().Recv()
	if recv == nil || !isPointer(recv.Type()) {
		return
	}
	tv, ok := info.Types[se.X]
	if !ok || tv.Type == nil {
		return
	}
	t := tv.Type
	idx := sel.Index()
	for _, i := range idx[:len(idx)-1] {
		st, ok := deref(t).Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return
		}
		t = st.Field(i).Type()
	}
	if isPointer(t) {
		return
	}
	w.write(se.X, "address-taken (pointer-receiver method "+fn.Name()+")")
}

// builtinCall reports whether e is a call of the named builtin function.
func (w *walker) builtinCall(e ast.Expr, name string) (*ast.CallExpr, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil, false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return nil, false
	}
	b, ok := w.pass.TypesInfo.Uses[id].(*types.Builtin)
	return call, ok && b.Name() == name
}

// write reports a write to the location e when e is rooted at a package-level
// variable of the audited module that is not allowlisted.
func (w *walker) write(e ast.Expr, kind string) {
	v := w.root(e)
	if v == nil || v.Pkg() == nil || !w.au.inModule(v.Pkg().Path()) {
		return
	}
	if w.list.Allowed(v.Pkg().Path(), v.Name()) {
		w.used[v.Pkg().Path()+"."+v.Name()] = true
		return
	}
	// Named by the last element of its import path, not its package
	// name: every command is "main".
	w.pass.Reportf(e.Pos(),
		"package-level variable %s.%s is %s after initialization (%s): move it into the runtime state, or allow it with the row %q in the -allow file",
		path.Base(v.Pkg().Path()), v.Name(), kind, types.ExprString(e), v.Pkg().Path()+"\t"+v.Name()+"\t<reason>")
}

// root returns the package-level variable whose storage, or storage reached
// from it, e denotes: e is the variable itself or a chain of field
// selections, index expressions (arrays, slices, maps, pointers to arrays),
// pointer dereferences (explicit or implicit), re-slicings, type assertions,
// conversions and parentheses starting at it. It returns nil for anything
// else, e.g. a chain that passes through a function or method call.
func (w *walker) root(e ast.Expr) *types.Var {
	info := w.pass.TypesInfo
	for {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
		case *ast.Ident:
			return packageVar(info.Uses[x])
		case *ast.SelectorExpr:
			sel, ok := info.Selections[x]
			if !ok {
				return packageVar(info.Uses[x.Sel]) // a qualified identifier pkg.V
			}
			if sel.Kind() != types.FieldVal {
				return nil
			}
			e = x.X
		case *ast.IndexExpr:
			tv, ok := info.Types[x.X]
			if !ok || !tv.IsValue() || tv.Type == nil {
				return nil
			}
			switch u := tv.Type.Underlying().(type) {
			case *types.Array, *types.Slice, *types.Map:
			case *types.Pointer:
				if _, ok := u.Elem().Underlying().(*types.Array); !ok {
					return nil
				}
			default:
				return nil // strings, instantiations, type parameters
			}
			e = x.X
		case *ast.StarExpr:
			if tv, ok := info.Types[x.X]; !ok || !tv.IsValue() {
				return nil
			}
			e = x.X
		case *ast.SliceExpr:
			if tv, ok := info.Types[x.X]; !ok || tv.Type == nil || isString(tv.Type) {
				return nil
			}
			e = x.X
		case *ast.TypeAssertExpr:
			e = x.X
		case *ast.CallExpr:
			// A conversion T(x) denotes x's value; converting a
			// string to []byte or []rune copies it.
			tv, ok := info.Types[x.Fun]
			if !ok || !tv.IsType() || len(x.Args) != 1 {
				return nil
			}
			if at, ok := info.Types[x.Args[0]]; !ok || at.Type == nil || isString(at.Type) {
				return nil
			}
			e = x.Args[0]
		default:
			return nil
		}
	}
}

// packageVar returns obj when it is a package-level variable.
func packageVar(obj types.Object) *types.Var {
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil {
		return nil
	}
	if v.Pkg().Scope().Lookup(v.Name()) != types.Object(v) {
		return nil
	}
	return v
}

func isPointer(t types.Type) bool {
	_, ok := types.Unalias(t).Underlying().(*types.Pointer)
	return ok
}

func deref(t types.Type) types.Type {
	if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isArrayOrPtrToArray(t types.Type) bool {
	_, ok := deref(t).Underlying().(*types.Array)
	return ok
}
