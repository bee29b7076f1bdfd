package goaudit_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/subpy/subpy/globalsaudit/goaudit"
)

// newAnalyzer returns an analyzer auditing the fixtures' module ("fixture")
// with the given allowlists, set through its flags as a command line would.
func newAnalyzer(t *testing.T, allow ...string) *analysis.Analyzer {
	t.Helper()
	a := goaudit.New()
	require.NoError(t, a.Flags.Set("module", "fixture"))
	for _, f := range allow {
		require.NoError(t, a.Flags.Set("allow", f))
	}
	return a
}

// TestWrites checks every write kind, and that reads, constants, init
// writes, initializers, shadowing locals and fields of locals are quiet.
func TestWrites(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), newAnalyzer(t), "fixture/writes")
}

// TestAllowlist checks that an allowlisted variable may be written, that
// others still are reported, and that rows naming no variable are stale.
func TestAllowlist(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), newAnalyzer(t, "testdata/allow.tsv"), "fixture/allowed")
}

// recorder collects analysistest's complaints instead of failing.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// TestOtherModule audits the fixtures as if they belonged to another module:
// nothing is reported, so every expectation of the fixture goes unmet.
func TestOtherModule(t *testing.T) {
	a := goaudit.New()
	require.NoError(t, a.Flags.Set("module", "example.com/elsewhere"))
	rec := &recorder{}
	results := analysistest.Run(rec, analysistest.TestData(), a, "fixture/writes")
	require.NotEmpty(t, results)
	for _, r := range results {
		assert.Empty(t, r.Diagnostics, "package %s", r.Pass.Pkg.Path())
	}
	unmet := 0
	for _, e := range rec.errs {
		if strings.Contains(e, "no diagnostic was reported matching") {
			unmet++
		}
	}
	assert.Greater(t, unmet, 50, "analysistest said: %s", strings.Join(rec.errs, "\n"))
}

func TestParseAllowlist(t *testing.T) {
	good := "# comment\n\npackage\tname\treason\n" +
		"example.com/m/capi\truntime\tthe root pointer\n" +
		"  # indented comment\n" +
		"example.com/m/other\tx\tanother reason\r\n"
	l, err := goaudit.ParseAllowlist(strings.NewReader(good), "good.tsv")
	require.NoError(t, err)
	assert.Equal(t, 2, l.Len())
	assert.True(t, l.Allowed("example.com/m/capi", "runtime"))
	assert.True(t, l.Allowed("example.com/m/other", "x"))
	assert.False(t, l.Allowed("example.com/m/capi", "x"))
	assert.False(t, l.Allowed("example.com/m", "runtime"))
	entries := l.ForPackage("example.com/m/capi")
	require.Len(t, entries, 1)
	assert.Equal(t, goaudit.Entry{Package: "example.com/m/capi", Name: "runtime", Reason: "the root pointer", File: "good.tsv", Line: 4}, entries[0])

	var nilList *goaudit.Allowlist
	assert.False(t, nilList.Allowed("p", "x"))
	assert.Zero(t, nilList.Len())

	for _, tc := range []struct{ name, text, msg string }{
		{"no header", "p\tx\treason\n", "must start with the header"},
		{"empty", "# only a comment\n", "empty allowlist"},
		{"two fields", "package\tname\treason\np\tx\n", "bad.tsv:2: want 3 tab-separated fields"},
		{"no reason", "package\tname\treason\np\tx\t \n", "bad.tsv:2: p.x needs a reason"},
		{"bad name", "package\tname\treason\np\tx.y\tr\n", `"x.y" is not a Go identifier`},
		{"keyword", "package\tname\treason\np\tfunc\tr\n", "not a Go identifier"},
		{"no package", "package\tname\treason\n\tx\tr\n", "empty package path"},
		{"duplicate", "package\tname\treason\np\tx\tr\np\tx\tr2\n", "bad.tsv:3: p.x is already listed at bad.tsv:2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := goaudit.ParseAllowlist(strings.NewReader(tc.text), "bad.tsv")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.msg)
		})
	}
}

// TestLoadAllowlists checks merging, duplicates across files and the lookup
// of relative paths in parent directories (go vet runs the tool in each
// package's directory).
func TestLoadAllowlists(t *testing.T) {
	root := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(root, "audit"), 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(root, "a", "b"), 0o755))
	write := func(name, text string) {
		require.NoError(t, os.WriteFile(filepath.Join(root, name), []byte(text), 0o644))
	}
	write("audit/one.tsv", "package\tname\treason\np\tx\tr\n")
	write("audit/two.tsv", "package\tname\treason\nq\ty\tr\n")
	write("audit/dup.tsv", "package\tname\treason\np\tx\tagain\n")

	t.Chdir(filepath.Join(root, "a", "b"))
	l, err := goaudit.LoadAllowlists([]string{"audit/one.tsv", filepath.Join(root, "audit/two.tsv")})
	require.NoError(t, err)
	assert.True(t, l.Allowed("p", "x"))
	assert.True(t, l.Allowed("q", "y"))

	_, err = goaudit.LoadAllowlists([]string{"audit/one.tsv", "audit/dup.tsv"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "audit/dup.tsv:2: p.x is already listed at audit/one.tsv:2")

	_, err = goaudit.LoadAllowlists([]string{"audit/missing.tsv"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "not found in the current directory or any parent")
}

// TestBadAllowlistFailsTheRun checks that a broken allowlist is an error of
// the analysis, not an empty list.
func TestBadAllowlistFailsTheRun(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.tsv")
	require.NoError(t, os.WriteFile(bad, []byte("no header here\n"), 0o644))
	rec := &recorder{}
	analysistest.Run(rec, analysistest.TestData(), newAnalyzer(t, bad), "fixture/other")
	assert.Contains(t, strings.Join(rec.errs, "\n"), "must start with the header")
}

func TestUnused(t *testing.T) {
	rows := []goaudit.Entry{
		{Package: "m/p", Name: "root", Reason: "r", File: "a.tsv", Line: 3},
		{Package: "m/p", Name: "cache", Reason: "r", File: "a.tsv", Line: 2},
		{Package: "m/p", Name: "Exported", Reason: "r", File: "a.tsv", Line: 4},
	}
	// The package without and with its tests: root is written in one.
	results := []*goaudit.Result{
		{Rows: rows, Used: map[string]bool{}},
		{Rows: rows, Used: map[string]bool{"m/p.root": true}},
		nil,
	}
	unused := goaudit.Unused(results)
	require.Len(t, unused, 1)
	assert.Equal(t, "cache", unused[0].Name)
	assert.Empty(t, goaudit.Unused(nil))
}
