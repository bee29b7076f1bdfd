// Package goaudit is the Go side of the globals audit: a go/analysis
// Analyzer that reports every package-level variable of this module which is
// written after package initialization, unless an allowlist names it with a
// reason. It is the Go counterpart of the C audit in package globalsaudit and
// enforces the state model of ARCHITECTURE.md: all mutable process-wide state
// hangs off the one Runtime root pointer in capi/, so a second writable
// package-level variable would be state shared between interpreters.
//
// What it owns: the definition of "written after initialization" for Go
// (GOAUDIT.md spells it out), the allowlist format, and the Analyzer. What it
// must not touch: the engine. Like the rest of globalsaudit/ it stands alone
// and imports nothing of subpy; it sees the engine only as source under
// analysis. It keeps no package-level state: New builds a fresh Analyzer
// whose flags and loaded allowlist live in that Analyzer alone.
package goaudit

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path"
	"reflect"
	"sort"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// DefaultModule is the module whose package-level variables are audited
// when no -module flag says otherwise.
const DefaultModule = "github.com/subpy/subpy"

const doc = `report package-level variables written after package initialization

goaudit flags every package-level variable of the audited module (-module,
default github.com/subpy/subpy) that is written outside package
initialization (init functions, package-level variable initializers, and
unexported functions only ever called directly from those): assigned, op-assigned, incremented or
decremented, field- or index-assigned through any chain of fields, indexes and
pointer dereferences rooted at the variable, appended to, copied into, deleted
from, cleared, closed, sent to or received from (channels), or whose address
escapes (&x, &x.f, &x[i], slicing an array, calling a pointer-receiver method
on it or taking such a method value: a sync.Mutex or atomic variable is
written by definition). Test files are audited too.

A variable that must stay writable goes on an allowlist (-allow FILE, may be
repeated): a TSV file with the header "package<TAB>name<TAB>reason", one
variable per line, blank lines and # comments skipped. A relative FILE is
looked up from the current directory and then from its parents, so
-allow=audit/go-globals.tsv works from the module root both standalone and
under go vet -vettool (which runs the tool in each package's directory).`

// auditor is the state of one Analyzer: its flags and, once loaded, the
// allowlist. Each New call makes its own, so two analyzers never share it.
type auditor struct {
	module string
	allow  fileList

	once    sync.Once
	list    *Allowlist
	loadErr error
}

// fileList is a repeatable string flag.
type fileList []string

func (l *fileList) String() string { return strings.Join(*l, ",") }

func (l *fileList) Set(s string) error {
	if s == "" {
		return fmt.Errorf("empty allowlist path")
	}
	*l = append(*l, s)
	return nil
}

// New returns a fresh goaudit Analyzer with its own flags:
//
//	-allow FILE    an allowlist (repeatable)
//	-module PATH   the module whose package-level variables are audited
func New() *analysis.Analyzer {
	au := &auditor{module: DefaultModule}
	a := &analysis.Analyzer{
		Name: "goaudit",
		Doc:  doc,
		Run:  au.run,
		// Result reports which allowlist rows were used, so a driver
		// that sees the whole module can flag rows no write needs.
		ResultType: reflect.TypeFor[*Result](),
	}
	a.Flags.Var(&au.allow, "allow", "allowlist `FILE` (package<TAB>name<TAB>reason); may be repeated")
	a.Flags.StringVar(&au.module, "module", DefaultModule, "audit package-level variables of packages under this module `PATH`")
	return a
}

// allowlist loads the allowlist files once per Analyzer.
func (au *auditor) allowlist() (*Allowlist, error) {
	au.once.Do(func() {
		au.list, au.loadErr = LoadAllowlists(au.allow)
	})
	return au.list, au.loadErr
}

// inModule reports whether a package path belongs to the audited module.
// The external test package of a package (path ending in _test) belongs to
// it as well.
func (au *auditor) inModule(path string) bool {
	m := strings.TrimSuffix(au.module, "/")
	return path == m || strings.HasPrefix(path, m+"/")
}

// Result is what one pass tells its driver about the allowlist.
type Result struct {
	// Rows are the allowlist rows of the package under analysis.
	Rows []Entry
	// Used names those of Rows that allowed a write in this pass.
	Used map[string]bool
}

// Unused returns the rows of an unexported variable that no write needed in
// any of the results, which must be all the passes over one package (with
// and without its tests). An exported variable may be written from other
// packages, so its row is never called unused.
func Unused(results []*Result) []Entry {
	used := make(map[string]bool)
	rows := make(map[string]Entry)
	for _, r := range results {
		if r == nil {
			continue
		}
		for _, e := range r.Rows {
			if !token.IsExported(e.Name) {
				rows[e.Package+"."+e.Name] = e
			}
		}
		for name := range r.Used {
			used[name] = true
		}
	}
	var out []Entry
	for key, e := range rows {
		if !used[key] {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}

func (au *auditor) run(pass *analysis.Pass) (any, error) {
	list, err := au.allowlist()
	if err != nil {
		return nil, err
	}
	au.checkStaleEntries(pass, list)
	res := &Result{Rows: list.ForPackage(pass.Pkg.Path()), Used: make(map[string]bool)}
	w := &walker{pass: pass, au: au, list: list, handled: make(map[ast.Node]bool), used: res.Used}
	initOnly := initOnlyFuncs(pass)
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Body == nil {
					continue
				}
				fn, _ := pass.TypesInfo.Defs[d.Name].(*types.Func)
				w.walk(d.Body, isInitFunc(d) || initOnly[fn])
			case *ast.GenDecl:
				// Package-level var initializers run during
				// initialization; const and type declarations
				// hold no statements.
				for _, spec := range d.Specs {
					if vs, ok := spec.(*ast.ValueSpec); ok {
						for _, v := range vs.Values {
							w.walk(v, true)
						}
					}
				}
			}
		}
	}
	return res, nil
}

// checkStaleEntries reports allowlist rows of the package under analysis
// that name no package-level variable of it: a rename or a removal must
// take the row with it, or the list would silently allow a future variable.
func (au *auditor) checkStaleEntries(pass *analysis.Pass, list *Allowlist) {
	if len(pass.Files) == 0 {
		return
	}
	for _, e := range list.ForPackage(pass.Pkg.Path()) {
		obj := pass.Pkg.Scope().Lookup(e.Name)
		if _, isVar := obj.(*types.Var); isVar {
			continue
		}
		pass.Reportf(pass.Files[0].Name.Pos(),
			"allowlist %s:%d names %s.%s, which is not a package-level variable of %s: remove the row",
			e.File, e.Line, path.Base(pass.Pkg.Path()), e.Name, pass.Pkg.Path())
	}
}
