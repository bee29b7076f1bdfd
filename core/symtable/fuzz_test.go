package symtable

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/subpy/subpy/core/scanner"
)

// FuzzBuild: whatever parses, Build returns a table or a SyntaxError,
// never panics, and every symbol of the tree is resolved.
// Run with: go test -fuzz FuzzBuild ./core/symtable
func FuzzBuild(f *testing.F) {
	files, _ := filepath.Glob("testdata/cases/*.py")
	for _, p := range files {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte("def f():\n    nonlocal x\n"))
	f.Add([]byte("class C[T]:\n    [(y := 1) for x in T]\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := parserParse("<fuzz>", src)
		if err != nil {
			return
		}
		tab, err := Build(mod, "<fuzz>")
		if err != nil {
			if se, ok := err.(*scanner.Error); !ok || se.Type != "SyntaxError" {
				t.Fatalf("error %T %v", err, err)
			}
			return
		}
		for _, s := range tab.All {
			if s.Kind == AnnotationScope && tab.FutureAnnotations {
				continue // detached: never analyzed, as in CPython
			}
			for _, sym := range s.Symbols {
				if sym.Scope == 0 {
					t.Fatalf("%s %q: symbol %q unresolved", s.Kind, s.Name, sym.Name)
				}
			}
		}
	})
}
