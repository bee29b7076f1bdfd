package symtable

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/subpy/subpy/core/ast"
)

// TestLookup checks the node → scope index over the golden cases: every
// node that opens a scope finds the scope with its kind, name and line,
// generic definitions find their type-parameter scope as the parent of
// their body, and every scope hangs in the tree (or in its parent's
// Inlined list) exactly where the index says.
func TestLookup(t *testing.T) {
	files, _ := filepath.Glob("testdata/cases/*.py")
	if len(files) == 0 {
		t.Fatal("no cases")
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			mod, err := parserParse(path, src)
			if err != nil {
				t.Fatal(err)
			}
			tab, err := Build(mod, path)
			if err != nil {
				t.Fatal(err)
			}
			if tab.Lookup(mod) != tab.Top || tab.Top.Kind != ModuleScope || tab.Top.Name != "top" {
				t.Fatalf("the module does not find the top scope")
			}
			seen := map[*Scope]bool{tab.Top: true}
			check := func(n ast.Node, role Role, kind ScopeKind, name string, line int) *Scope {
				s := tab.LookupRole(n, role)
				if s == nil {
					t.Errorf("%T at line %d: no scope for role %d", n, line, role)
					return nil
				}
				if s.Kind != kind || s.Name != name || s.Lineno != line {
					t.Errorf("%T at line %d role %d: got %s %q line %d, want %s %q line %d",
						n, line, role, s.Kind, s.Name, s.Lineno, kind, name, line)
				}
				seen[s] = true
				return s
			}
			generic := func(n ast.Node, body *Scope, tps []ast.TypeParam, name string, line int) {
				tp := tab.LookupRole(n, RoleTypeParams)
				if len(tps) == 0 {
					if tp != nil {
						t.Errorf("line %d: a type-parameter scope without type parameters", line)
					}
					return
				}
				tp = check(n, RoleTypeParams, TypeParamsScope, name, line)
				if body != nil && tp != nil && body.Parent != tp {
					t.Errorf("line %d: the body's parent is not the type-parameter scope", line)
				}
			}
			var visit func(n ast.Node)
			visit = func(n ast.Node) {
				switch n := n.(type) {
				case *ast.FunctionDef:
					generic(n, check(n, RoleBody, FunctionScope, n.Name, n.Lineno), n.TypeParams, n.Name, n.Lineno)
				case *ast.AsyncFunctionDef:
					generic(n, check(n, RoleBody, FunctionScope, n.Name, n.Lineno), n.TypeParams, n.Name, n.Lineno)
				case *ast.ClassDef:
					generic(n, check(n, RoleBody, ClassScope, n.Name, n.Lineno), n.TypeParams, n.Name, n.Lineno)
				case *ast.TypeAlias:
					name := n.Name.(*ast.Name).ID
					generic(n, check(n, RoleBody, TypeAliasScope, name, n.Lineno), n.TypeParams, name, n.Lineno)
				case *ast.Lambda:
					check(n, RoleBody, FunctionScope, "lambda", n.Lineno)
				case *ast.ListComp:
					comp(t, check(n, RoleBody, FunctionScope, "listcomp", n.Lineno), ListComprehension)
				case *ast.SetComp:
					comp(t, check(n, RoleBody, FunctionScope, "setcomp", n.Lineno), SetComprehension)
				case *ast.DictComp:
					comp(t, check(n, RoleBody, FunctionScope, "dictcomp", n.Lineno), DictComprehension)
				case *ast.GeneratorExp:
					comp(t, check(n, RoleBody, FunctionScope, "genexpr", n.Lineno), GeneratorExpression)
				case *ast.TypeVar:
					if n.Bound != nil {
						check(n, RoleBound, TypeVarScope, n.Name, n.Bound.(ast.Located).GetPos().Lineno)
					}
					if n.DefaultValue != nil {
						check(n, RoleDefault, TypeVarScope, n.Name, n.DefaultValue.(ast.Located).GetPos().Lineno)
					}
				case *ast.ParamSpec, *ast.TypeVarTuple:
					var name string
					var def ast.Expr
					if p, ok := n.(*ast.ParamSpec); ok {
						name, def = p.Name, p.DefaultValue
					} else {
						tv := n.(*ast.TypeVarTuple)
						name, def = tv.Name, tv.DefaultValue
					}
					if def != nil {
						check(n, RoleDefault, TypeVarScope, name, def.(ast.Located).GetPos().Lineno)
					}
				}
				ast.Children(n, visit)
			}
			visit(mod)
			for _, s := range tab.All {
				if !seen[s] && !(tab.FutureAnnotations && s.Kind == AnnotationScope) {
					t.Errorf("scope %s %q line %d is in no node's index", s.Kind, s.Name, s.Lineno)
				}
				if s == tab.Top || s.Kind == AnnotationScope && tab.FutureAnnotations {
					continue
				}
				in := slices.Contains(s.Parent.Children, s)
				inl := slices.Contains(s.Parent.Inlined, s)
				if in == inl || inl != s.CompInlined {
					t.Errorf("scope %s %q line %d: in parent's children %v, inlined %v, CompInlined %v",
						s.Kind, s.Name, s.Lineno, in, inl, s.CompInlined)
				}
			}
		})
	}
}

func comp(t *testing.T, s *Scope, kind CompKind) {
	t.Helper()
	if s == nil {
		return
	}
	if s.Comprehension != kind {
		t.Errorf("comprehension at line %d: kind %d, want %d", s.Lineno, s.Comprehension, kind)
	}
	// PEP 709 as 3.13 decides it: all but generator expressions, unless
	// the parent is a scope that sees a class's namespace.
	want := kind != GeneratorExpression && !s.Parent.CanSeeClassScope
	if s.CompInlined != want {
		t.Errorf("comprehension at line %d: inlined %v, want %v", s.Lineno, s.CompInlined, want)
	}
	if s.Varnames[0] != ".0" {
		t.Errorf("comprehension at line %d: varnames %v", s.Lineno, s.Varnames)
	}
}

func ExampleTable_Lookup() {
	mod, _ := parserParse("<ex>", []byte("def f(a):\n    return [a * b for b in a]\n"))
	tab, _ := Build(mod, "<ex>")
	fn := mod.(*ast.Module).Body[0].(*ast.FunctionDef)
	s := tab.Lookup(fn)
	for _, sym := range s.Symbols {
		fmt.Println(sym.Name, sym.Scope)
	}
	fmt.Println(s.Varnames, len(s.Children), len(s.Inlined))
	// Output:
	// a LOCAL
	// b LOCAL
	// [a] 0 1
}
