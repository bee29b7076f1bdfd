package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/subpy/subpy/globalsaudit/goaudit"
)

// asMainEnv makes the test binary behave as the goaudit command, so that
// go vet can run it as its -vettool without a separate build.
const asMainEnv = "GOAUDIT_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asMainEnv) == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// newModule copies testdata/mod (a small module, example.com/fixture, with
// one allowlisted root pointer) into a temporary directory, puts its
// allowlist at audit/allow.tsv there, makes it the current directory and
// returns its path.
func newModule(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	src, err := filepath.Abs(filepath.Join("testdata", "mod"))
	require.NoError(t, err)
	err = filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	require.NoError(t, err)
	allow, err := os.ReadFile(filepath.Join("testdata", "allow.tsv"))
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(filepath.Join(dst, "audit"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dst, "audit", "allow.tsv"), allow, 0o644))
	t.Chdir(dst)
	return dst
}

func addFile(t *testing.T, dir, name, text string) {
	t.Helper()
	require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
}

// newGlobal is a package-level map written after initialization.
const newGlobal = `package table

var cache = map[string]int{}

// Remember writes the package-level cache: a global shared by every caller.
func Remember(name string) {
	cache[name] = Lookup(name)
}
`

// standalone runs the command's standalone driver in-process.
func standalone(t *testing.T, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = run(goaudit.New(), args, &out, &errOut)
	return status, out.String(), errOut.String()
}

var auditArgs = []string{"-module", "example.com/fixture", "-allow", "audit/allow.tsv", "./..."}

func TestStandaloneClean(t *testing.T) {
	newModule(t)
	status, out, errOut := standalone(t, auditArgs...)
	assert.Equal(t, 0, status, "stdout:\n%s\nstderr:\n%s", out, errOut)
	assert.Empty(t, out)
}

// TestStandaloneNewGlobal is the self-audit's proof for Go: adding a
// written package-level variable to a clean module fails the check.
func TestStandaloneNewGlobal(t *testing.T) {
	dir := newModule(t)
	addFile(t, dir, "table/cache.go", newGlobal)
	status, out, errOut := standalone(t, auditArgs...)
	assert.Equal(t, 1, status, "stderr:\n%s", errOut)
	// One line per write, relative path, reported once although the
	// package is analyzed with and without its test files.
	assert.Equal(t,
		"table/cache.go:7:2: package-level variable table.cache is assigned after initialization (cache[name]): "+
			"move it into the runtime state, or allow it with the row \"example.com/fixture/table\\tcache\\t<reason>\" in the -allow file\n",
		out)
	assert.Contains(t, errOut, "goaudit: 1 writes to package-level variables after initialization")

	// Allowing it with a reason makes the module clean again.
	f, err := os.OpenFile(filepath.Join(dir, "audit", "allow.tsv"), os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err)
	_, err = f.WriteString("example.com/fixture/table\tcache\ta memo of lookups, for this test\n")
	require.NoError(t, err)
	require.NoError(t, f.Close())
	status, out, errOut = standalone(t, auditArgs...)
	assert.Equal(t, 0, status, "stdout:\n%s\nstderr:\n%s", out, errOut)
}

// TestStandaloneTests checks that test files are audited unless -test=false.
func TestStandaloneTests(t *testing.T) {
	dir := newModule(t)
	addFile(t, dir, "table/set_test.go", `package table

import "testing"

func TestOverride(t *testing.T) {
	names = map[string]int{"z": 9}
	if Lookup("z") != 9 {
		t.Fatal("z")
	}
}
`)
	status, out, _ := standalone(t, auditArgs...)
	assert.Equal(t, 1, status)
	assert.Regexp(t, `^table/set_test.go:6:2: package-level variable table.names is assigned after initialization`, out)

	args := append([]string{"-test=false"}, auditArgs...)
	status, out, errOut := standalone(t, args...)
	assert.Equal(t, 0, status, "stdout:\n%s\nstderr:\n%s", out, errOut)
}

func TestStandaloneErrors(t *testing.T) {
	dir := newModule(t)

	status, _, errOut := standalone(t)
	assert.Equal(t, 2, status, "no packages is a usage error")
	assert.Contains(t, errOut, "usage: goaudit")

	status, _, _ = standalone(t, "-no-such-flag", "./...")
	assert.Equal(t, 2, status)

	status, _, errOut = standalone(t, "-allow", "audit/missing.tsv", "./...")
	assert.Equal(t, 2, status)
	assert.Contains(t, errOut, "allowlist audit/missing.tsv: not found")

	addFile(t, dir, "audit/bad.tsv", "package\tname\n")
	status, _, errOut = standalone(t, "-allow", "audit/bad.tsv", "./...")
	assert.Equal(t, 2, status)
	assert.Contains(t, errOut, "must start with the header")
	assert.Equal(t, 1, strings.Count(errOut, "must start with the header"), "said once, not once per package:\n%s", errOut)

	addFile(t, dir, "table/broken.go", "package table\n\nfunc broken() int { return \"not an int\" }\n")
	status, out, errOut := standalone(t, auditArgs...)
	assert.Equal(t, 2, status, "a package that does not type-check is never audited silently")
	assert.Empty(t, out)
	assert.Contains(t, errOut, "table/broken.go:3")
	assert.Contains(t, errOut, "nothing audited")
}

// goVet runs `go vet -vettool=<this test binary as goaudit> args...` in the
// current directory.
func goVet(t *testing.T, args ...string) (status int, output string) {
	t.Helper()
	self, err := os.Executable()
	require.NoError(t, err)
	cmd := exec.Command("go", append([]string{"vet", "-vettool=" + self}, args...)...)
	cmd.Env = append(os.Environ(), asMainEnv+"=1", "GOWORK=off")
	out, err := cmd.CombinedOutput()
	if exitErr, ok := err.(*exec.ExitError); ok {
		return exitErr.ExitCode(), string(out)
	}
	require.NoError(t, err, "go vet: %s", out)
	return 0, string(out)
}

// TestGoVet runs the command as go vet's -vettool (unitchecker mode), with
// the allowlist given relative to the module root: go vet runs the tool in
// each package's directory and the path is found in a parent.
func TestGoVet(t *testing.T) {
	dir := newModule(t)
	vetArgs := []string{"-module=example.com/fixture", "-allow=audit/allow.tsv", "./..."}
	status, out := goVet(t, vetArgs...)
	require.Equal(t, 0, status, "go vet on the clean module:\n%s", out)

	addFile(t, dir, "table/cache.go", newGlobal)
	status, out = goVet(t, vetArgs...)
	assert.Equal(t, 1, status, "go vet output:\n%s", out)
	assert.Regexp(t, regexp.MustCompile(`table/cache.go:7:2: package-level variable table.cache is assigned after initialization \(cache\[name\]\)`), out)
	assert.NotContains(t, out, "capi.root", "the allowlisted root pointer is not reported")
}

// TestStandaloneUnusedRows checks that a row allowing an unexported variable
// that nothing writes after initialization fails the run (a stale row would
// silently allow a future write), while a row for an exported variable,
// which other packages may write, is never called unused.
func TestStandaloneUnusedRows(t *testing.T) {
	dir := newModule(t)
	addFile(t, dir, "table/exported.go", "package table\n\n// Exported is never written.\nvar Exported int\n")
	f, err := os.OpenFile(filepath.Join(dir, "audit", "allow.tsv"), os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err)
	_, err = f.WriteString("example.com/fixture/table\tnames\tonly written by init\nexample.com/fixture/table\tExported\tmay be written elsewhere\n")
	require.NoError(t, err)
	require.NoError(t, f.Close())

	status, out, errOut := standalone(t, auditArgs...)
	assert.Equal(t, 1, status, "stderr:\n%s", errOut)
	assert.Equal(t, "audit/allow.tsv:4: allowlist row for example.com/fixture/table.names allows no write any more: remove it\n", out)
	assert.Contains(t, errOut, "0 writes to package-level variables after initialization, 1 unused allowlist rows")
}

func TestVetMode(t *testing.T) {
	for _, tc := range []struct {
		args []string
		vet  bool
	}{
		{[]string{"-flags"}, true},
		{[]string{"-V=full"}, true},
		{[]string{"-allow=/x/allow.tsv", "/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"./..."}, false},
		{[]string{"-allow", "audit/go-globals.tsv", "./..."}, false},
		{nil, false},
	} {
		assert.Equal(t, tc.vet, vetMode(tc.args), "%q", tc.args)
	}
}

// TestStandaloneInitHelpers checks the init-only functions rule end to end:
// a helper that only init calls may write, until a test calls it too.
func TestStandaloneInitHelpers(t *testing.T) {
	dir := newModule(t)
	addFile(t, dir, "table/extra.go", `package table

func init() { addExtra("z") }

func addExtra(name string) { names[name] = len(names) }
`)
	status, out, errOut := standalone(t, auditArgs...)
	assert.Equal(t, 0, status, "stdout:\n%s\nstderr:\n%s", out, errOut)

	addFile(t, dir, "table/extra_test.go", `package table

import "testing"

func TestExtra(t *testing.T) {
	addExtra("y")
	if Lookup("y") == 0 {
		t.Fatal("y")
	}
}
`)
	status, out, _ = standalone(t, auditArgs...)
	assert.Equal(t, 1, status)
	assert.Regexp(t, `^table/extra.go:5:30: package-level variable table.names is assigned after initialization \(names\[name\]\)`, out)

	args := append([]string{"-test=false"}, auditArgs...)
	status, out, errOut = standalone(t, args...)
	assert.Equal(t, 0, status, "stdout:\n%s\nstderr:\n%s", out, errOut)
}
