package globalsaudit

import (
	"path/filepath"
	"testing"
)

// BenchmarkPyext audits the Python.h extension units of testdata/pyext with
// one worker (go test -bench Pyext -cpuprofile ... shows where time goes).
func BenchmarkPyext(b *testing.B) {
	units, _ := filepath.Glob("testdata/pyext/*.c")
	a, err := NewAuditor(Options{Jobs: 1, Args: []string{"-I", pythonInclude}})
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		rep := a.Run(unitsOf(units))
		if len(rep.Errors) > 0 {
			b.Fatal(rep.Errors)
		}
	}
}
