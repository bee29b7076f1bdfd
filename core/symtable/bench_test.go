package symtable

import (
	"os"
	"testing"

	"github.com/subpy/subpy/core/parser"
)

// BenchmarkBuild measures the pass over a large standard-library module
// (parsing excluded).
func BenchmarkBuild(b *testing.B) {
	path := "/root/.pyenv/versions/3.13.0/lib/python3.13/_pydecimal.py"
	src, err := os.ReadFile(path)
	if err != nil {
		b.Fatalf("the oracle's standard library is missing: %v", err)
	}
	mod, err := parser.ParseFile(path, src, parser.Exec, parser.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Build(mod, path); err != nil {
			b.Fatal(err)
		}
	}
}
