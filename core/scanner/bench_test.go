package scanner

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/subpy/subpy/core/token"
)

// BenchmarkScanner tokenizes a large standard library file (parser mode).
func BenchmarkScanner(b *testing.B) {
	path := filepath.Join(filepath.Dir(filepath.Dir(python313())), "lib", "python3.13", "test", "test_grammar.py")
	src, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		s, err := New(path, src, Options{})
		if err != nil {
			b.Fatal(err)
		}
		for {
			t := s.Next()
			if t.Kind == token.ENDMARKER || t.Kind == token.ERRORTOKEN {
				break
			}
		}
	}
}

// BenchmarkStdlib tokenizes every .py file of CPython 3.13's standard
// library (parser mode, literals not evaluated); run it with
// -benchtime=1x, it reads about 1700 files.
func BenchmarkStdlib(b *testing.B) {
	root := filepath.Join(filepath.Dir(filepath.Dir(python313())), "lib", "python3.13")
	var srcs [][]byte
	total := 0
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !d.IsDir() && filepath.Ext(path) == ".py" {
			src, err := os.ReadFile(path)
			if err == nil {
				srcs = append(srcs, src)
				total += len(src)
			}
		}
		return nil
	})
	b.SetBytes(int64(total))
	b.ReportAllocs()
	tokens := 0
	for b.Loop() {
		tokens = 0
		for _, src := range srcs {
			s, err := New("x.py", src, Options{})
			if err != nil {
				continue
			}
			for {
				t := s.Next()
				tokens++
				if t.Kind == token.ENDMARKER || t.Kind == token.ERRORTOKEN {
					break
				}
			}
		}
	}
	b.ReportMetric(float64(tokens), "tokens/op")
}
