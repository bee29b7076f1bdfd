package parser_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/parser"
)

// FuzzParse checks that the parser never panics and that whatever it
// accepts can be dumped, in every mode. The seed corpus is the test
// cases; the fuzzer's finds are kept in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, file := range files {
		text, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		for _, c := range strings.Split(string(text), "\n---\n") {
			f.Add([]byte(c), uint8(0))
		}
	}
	f.Fuzz(func(t *testing.T, src []byte, mode uint8) {
		m := parser.Mode(mode % 4)
		mod, err := parser.ParseFile("<fuzz>", src, m, parser.Options{TypeComments: mode&4 != 0})
		if err != nil {
			if oe, ok := err.(*parser.OtherError); ok && oe.Type == "SystemError" {
				t.Fatalf("internal error on %q: %v", src, err)
			}
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		if mod == nil {
			t.Fatal("nil tree without error")
		}
		_, _ = ast.Dump(mod, true)
	})
}
