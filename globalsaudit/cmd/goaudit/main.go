// Command goaudit runs the goaudit analyzer (package globalsaudit/goaudit):
// it fails when a package-level variable of this module is written after
// package initialization and is not on an allowlist.
//
// Two ways to run it, with the same flags:
//
//	goaudit [-allow FILE]... [-module PATH] [-test=false] PACKAGES...
//	go vet -vettool=$(pwd)/build/goaudit [-allow FILE]... PACKAGES...
//
// Standalone it loads the packages itself, prints one compiler-style line
// per write (file:line:col: message, sorted, each write once even when a
// package is analyzed with and without its tests), then the allowlist rows
// of unexported variables that no write needs any more, and exits 0 when
// clean, 1 when it found either, 2 on usage errors or packages that fail to load or
// type-check. Under go vet (the go command invokes it with -flags, -V=full
// and then one unit.cfg per package) it is x/tools' unitchecker and go vet
// reports the writes and exits 1. GOAUDIT.md documents the rules.
//
// The command owns only this dispatch and the standalone driver; it must not
// import anything of the engine (layers_test.go: globalsaudit stands alone)
// and keeps no package-level state.
package main

import (
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/singlechecker"
	"golang.org/x/tools/go/packages"

	"github.com/subpy/subpy/globalsaudit/goaudit"
)

func main() {
	a := goaudit.New()
	if vetMode(os.Args[1:]) {
		// singlechecker answers the go vet protocol (-flags, -V=full,
		// unit.cfg) through unitchecker, with our flags unprefixed.
		singlechecker.Main(a)
		return
	}
	os.Exit(run(a, os.Args[1:], os.Stdout, os.Stderr))
}

// vetMode reports whether the go command is driving us as a vet tool: it
// asks for the flags (-flags), for a version to key its cache (-V=full),
// or hands over one package as a JSON unit.cfg file (last argument).
func vetMode(args []string) bool {
	for _, arg := range args {
		if arg == "-flags" || arg == "--flags" || strings.HasPrefix(arg, "-V") || strings.HasPrefix(arg, "--V") {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

const usage = `usage: goaudit [-allow FILE]... [-module PATH] [-test=false] PACKAGES...
       go vet -vettool=$(pwd)/build/goaudit [-allow FILE]... PACKAGES...

Reports package-level variables written after package initialization.
Exit status: 0 clean, 1 writes found, 2 usage or load errors.

Flags:
`

// run is the standalone driver; it returns the exit status.
func run(a *analysis.Analyzer, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("goaudit", flag.ContinueOnError)
	fs.SetOutput(stderr)
	tests := fs.Bool("test", true, "audit test files too")
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}

	cfg := &packages.Config{
		Mode:  packages.LoadSyntax | packages.NeedModule,
		Tests: *tests,
	}
	pkgs, err := packages.Load(cfg, fs.Args()...)
	if err != nil {
		fmt.Fprintf(stderr, "goaudit: %v\n", err)
		return 2
	}
	if len(pkgs) == 0 {
		// go/packages can swallow a failing go list (e.g. a go.mod that
		// needs updating): say where to look.
		pat := strings.Join(fs.Args(), " ")
		fmt.Fprintf(stderr, "goaudit: no packages match %s (run `go list %s` to see why)\n", pat, pat)
		return 2
	}
	loadErrors := 0
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			fmt.Fprintf(stderr, "goaudit: %s\n", e)
			loadErrors++
		}
	})
	if loadErrors > 0 {
		fmt.Fprintf(stderr, "goaudit: %d errors loading packages: nothing audited\n", loadErrors)
		return 2
	}

	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		fmt.Fprintf(stderr, "goaudit: %v\n", err)
		return 2
	}
	cwd, _ := os.Getwd()
	type finding struct {
		pos token.Position
		msg string
	}
	seen := make(map[string]bool)
	var found []finding
	status := 0
	results := make(map[string][]*goaudit.Result) // by package path
	for _, act := range graph.Roots {
		if r, ok := act.Result.(*goaudit.Result); ok {
			results[act.Package.PkgPath] = append(results[act.Package.PkgPath], r)
		}
		if act.Err != nil {
			// A bad allowlist fails every package alike: say it once.
			if msg := act.Err.Error(); !seen[msg] {
				seen[msg] = true
				fmt.Fprintf(stderr, "goaudit: %v\n", act.Err)
			}
			status = 2
			continue
		}
		for _, d := range act.Diagnostics {
			pos := act.Package.Fset.Position(d.Pos)
			pos.Filename = relative(cwd, pos.Filename)
			key := pos.String() + "\x00" + d.Message
			if seen[key] {
				continue
			}
			seen[key] = true
			found = append(found, finding{pos, d.Message})
		}
	}
	sort.Slice(found, func(i, j int) bool {
		a, b := found[i].pos, found[j].pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		return found[i].msg < found[j].msg
	})
	for _, f := range found {
		fmt.Fprintf(stdout, "%s: %s\n", f.pos, f.msg)
	}
	// Rows no write needs any more: standalone, every pass over a package
	// is at hand, so an unexported variable's writes are all seen.
	var unused []goaudit.Entry
	for _, rs := range results {
		unused = append(unused, goaudit.Unused(rs)...)
	}
	sort.Slice(unused, func(i, j int) bool {
		if unused[i].File != unused[j].File {
			return unused[i].File < unused[j].File
		}
		return unused[i].Line < unused[j].Line
	})
	for _, e := range unused {
		fmt.Fprintf(stdout, "%s:%d: allowlist row for %s.%s allows no write any more: remove it\n",
			e.File, e.Line, e.Package, e.Name)
	}
	if status != 0 {
		return status
	}
	if len(found) > 0 || len(unused) > 0 {
		fmt.Fprintf(stderr, "goaudit: %d writes to package-level variables after initialization, %d unused allowlist rows\n", len(found), len(unused))
		return 1
	}
	return 0
}

// relative shortens a path under the current directory, as compilers do,
// so that editors and CI annotations find the file.
func relative(cwd, path string) string {
	if cwd == "" || !filepath.IsAbs(path) {
		return path
	}
	rel, err := filepath.Rel(cwd, path)
	if err != nil || strings.HasPrefix(rel, "..") {
		return path
	}
	return rel
}
