package goaudit

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// isInitFunc reports whether d is a package initializer, func init().
func isInitFunc(d *ast.FuncDecl) bool {
	return d.Recv == nil && d.Name.Name == "init"
}

// initOnlyFuncs returns the package's functions that can run only during
// package initialization, whose writes are therefore initialization too.
//
// A function qualifies when it is an unexported package-level function (not
// a method, not main) and every use of it in the package is a direct call,
// not in a go statement, from code that itself runs only during
// initialization: an init body, a package-level variable initializer, or the
// body of another such function (outside function literals that may run
// later, as for init itself). Any other use — a call from ordinary code or a
// test, a go statement, the function taken as a value — disqualifies it. An
// unexported function cannot be named outside its package, so the uses seen
// here are all its uses — unless a directive lets other code call it
// (//export for C through cgo, //go:linkname): such functions, and exported
// ones, never qualify.
//
// Uses inside a function nothing live calls (dead code) never happen and
// decide nothing, so an unused helper does not disqualify what it calls; a
// dead function is not init-only itself, though: its writes are reported.
// Helpers that call each other, or themselves, from init qualify.
func initOnlyFuncs(pass *analysis.Pass) map[*types.Func]bool {
	info := pass.TypesInfo
	candidates := make(map[*types.Func]bool)
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			d, ok := decl.(*ast.FuncDecl)
			if !ok || d.Recv != nil || d.Body == nil || isInitFunc(d) ||
				d.Name.Name == "main" || token.IsExported(d.Name.Name) || calledFromOutside(d) {
				continue
			}
			if fn, ok := info.Defs[d.Name].(*types.Func); ok {
				candidates[fn] = true
			}
		}
	}
	if len(candidates) == 0 {
		return nil
	}

	// Every use of a candidate is an edge from the code it is in: init code
	// (init bodies, variable initializers), other code, or the body of a
	// candidate, whose own status decides. later marks a use that does
	// not run when that code runs: not a direct call, a go statement, or
	// inside a function literal that may run later.
	type owner struct {
		kind int // ownerInit, ownerOther or ownerFunc
		fn   *types.Func
	}
	const (
		ownerInit = iota
		ownerOther
		ownerFunc
	)
	type edge struct {
		from  owner
		to    *types.Func
		later bool
	}
	var edges []edge
	collect := func(root ast.Node, from owner) {
		calls := make(map[*ast.Ident]bool) // direct calls, go statements excluded
		goCalls := make(map[*ast.CallExpr]bool)
		inspectInContext(root, true, func(n ast.Node, runsWithRoot bool) {
			switch n := n.(type) {
			case *ast.GoStmt:
				goCalls[n.Call] = true
			case *ast.CallExpr:
				if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && !goCalls[n] {
					calls[id] = true
				}
			case *ast.Ident:
				fn, ok := info.Uses[n].(*types.Func)
				if ok && candidates[fn] {
					edges = append(edges, edge{from, fn, !runsWithRoot || !calls[n]})
				}
			}
		})
	}
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Body == nil {
					continue
				}
				fn, _ := info.Defs[d.Name].(*types.Func)
				switch {
				case isInitFunc(d):
					collect(d.Body, owner{kind: ownerInit})
				case candidates[fn]:
					collect(d.Body, owner{kind: ownerFunc, fn: fn})
				default:
					collect(d.Body, owner{kind: ownerOther})
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					if vs, ok := spec.(*ast.ValueSpec); ok {
						for _, v := range vs.Values {
							collect(v, owner{kind: ownerInit})
						}
					}
				}
			}
		}
	}

	// live: the candidates that can run at all (used from init code, from
	// other code, or from a live candidate). A dead one's uses never
	// happen, so they decide nothing; its own writes are still reported.
	live := make(map[*types.Func]bool)
	// later: the live candidates that may run after initialization.
	later := make(map[*types.Func]bool)
	for changed := true; changed; {
		changed = false
		for _, e := range edges {
			fromLive := e.from.kind != ownerFunc || live[e.from.fn]
			if fromLive && !live[e.to] {
				live[e.to] = true
				changed = true
			}
			fromLater := e.from.kind == ownerOther || (e.from.kind == ownerFunc && later[e.from.fn])
			if fromLive && (fromLater || e.later) && !later[e.to] {
				later[e.to] = true
				changed = true
			}
		}
	}
	initOnly := make(map[*types.Func]bool)
	for fn := range candidates {
		if live[fn] && !later[fn] {
			initOnly[fn] = true
		}
	}
	return initOnly
}

// calledFromOutside reports whether d carries a directive through which code
// outside the package's Go source calls it: //export (C, through cgo) or
// //go:linkname.
func calledFromOutside(d *ast.FuncDecl) bool {
	if d.Doc == nil {
		return false
	}
	for _, c := range d.Doc.List {
		if strings.HasPrefix(c.Text, "//export ") || strings.HasPrefix(c.Text, "//go:linkname ") {
			return true
		}
	}
	return false
}
