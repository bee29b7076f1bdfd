package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const fixtures = "../../testdata/oracle"

func runCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func write(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	clean := write(t, filepath.Join(dir, "clean.c"), "static const int k = 1;\nint f(void) { return k; }\n")
	dirty := write(t, filepath.Join(dir, "dirty.c"), "static int counter;\nint f(void) { return counter++; }\n")
	allow := write(t, filepath.Join(dir, "allow.tsv"), "filename\tfuncname\tname\treason\n"+dirty+"\t-\tcounter\ttest\n")
	bad := write(t, filepath.Join(dir, "bad.c"), "int x\nint y;\n")
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stdout string // substring
		stderr string // substring
	}{
		{"no args", nil, 2, "", "usage"},
		{"unknown command", []string{"lint", clean}, 2, "", "usage"},
		{"no files", []string{"check"}, 2, "", "no input files"},
		{"bad format", []string{"list", "-format", "xml", clean}, 2, "", "unknown -format"},
		{"missing file", []string{"check", filepath.Join(dir, "nope.c")}, 2, "", "nope.c"},
		{"missing allowlist", []string{"check", "-allow", filepath.Join(dir, "nope.tsv"), clean}, 2, "", "nope.tsv"},
		{"list clean", []string{"list", clean}, 0, "clean.c:1:18: note: immutable: 'k'", ""},
		{"check clean", []string{"check", clean}, 0, "", ""},
		{"check dirty", []string{"check", dirty}, 1, "dirty.c:1:12: error: mutable global 'counter'", "1 mutable global(s)"},
		{"check dirty allowed", []string{"check", "-allow", allow, dirty}, 0, "", ""},
		{"list dirty allowed", []string{"list", "-allow", allow, dirty}, 0, "[allowed: test]", ""},
		{"flags after files", []string{"check", dirty, "-allow", allow}, 0, "", ""},
		{"parse failure", []string{"check", clean, bad}, 2, "", "bad.c:2:1"},
		{"parse failure list", []string{"list", bad, clean}, 2, "immutable: 'k'", "translation unit not audited"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tc.args...)
			if code != tc.code || !strings.Contains(stdout, tc.stdout) || !strings.Contains(stderr, tc.stderr) {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, stdout, stderr)
			}
		})
	}
}

func TestPreprocessorFlags(t *testing.T) {
	dir := t.TempDir()
	inc := filepath.Join(dir, "inc")
	if err := os.Mkdir(inc, 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(inc, "feature.h"), "static int from_header;\n")
	src := write(t, filepath.Join(dir, "flags.c"), `#include <feature.h>
#ifdef WANT_A
static int a_on;
#endif
#if LEVEL == 2
static int level_two;
#endif
#ifndef __linux__
static int not_linux;
#endif
`)
	for _, args := range [][]string{
		{"list", "-format", "json", "-I", inc, "-D", "WANT_A", "-D", "LEVEL=2", "-U", "__linux__", src},
		{"list", "-format", "json", "-I" + inc, "-DWANT_A", "-DLEVEL=2", "-U__linux__", src},
		{"list", "-format", "json", "-cpp", "cc", "-I", inc, "-D", "WANT_A", "-D", "LEVEL=2", "-U", "__linux__", src},
	} {
		code, stdout, stderr := runCmd(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		var names []string
		for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
			var v struct{ Name string }
			if err := json.Unmarshal([]byte(l), &v); err != nil {
				t.Fatal(err)
			}
			names = append(names, v.Name)
		}
		if got := strings.Join(names, " "); got != "a_on level_two not_linux from_header" && got != "from_header a_on level_two not_linux" {
			t.Errorf("%v: %s", args, got)
		}
	}
}

func TestCompileCommands(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.c"), "#ifdef FROM_DB\nstatic int from_db;\n#endif\nstatic char *quoted = Q;\n")
	write(t, filepath.Join(dir, "b.cc"), "int cxx;\n")
	db, _ := json.Marshal([]map[string]any{
		{"directory": dir, "file": "a.c", "command": `cc -DFROM_DB '-DQ="q"' -c a.c -o a.o`},
		{"directory": dir, "file": "b.cc", "arguments": []string{"c++", "-c", "b.cc"}},
	})
	dbPath := write(t, filepath.Join(dir, "compile_commands.json"), string(db))
	code, stdout, stderr := runCmd(t, "check", "-format", "json", "-compile-commands", dbPath)
	if code != 1 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, `"name":"from_db"`) || !strings.Contains(stdout, `"name":"quoted"`) || strings.Contains(stdout, "cxx") {
		t.Errorf("stdout: %s", stdout)
	}
	if !strings.Contains(stderr, "1 entries are not C") {
		t.Errorf("stderr: %s", stderr)
	}
}

func TestSARIFAndInitializers(t *testing.T) {
	initTSV, _ := filepath.Abs(filepath.Join(fixtures, "initonly.initializers.tsv"))
	// The TSV's paths are relative to globalsaudit/: run from there.
	wd, _ := os.Getwd()
	if err := os.Chdir("../.."); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	code, stdout, stderr := runCmd(t, "list", "-format", "json", "-initializers", initTSV, "-j", "1",
		"testdata/oracle/initonly.c", "testdata/oracle/initonly_b.c")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, `"name":"table","type":"int [4]","linkage":"internal","class":"init-only"`) {
		t.Errorf("table is not init-only:\n%s", stdout)
	}
	code, stdout, _ = runCmd(t, "check", "-format", "sarif", "testdata/oracle/threads.c")
	if code != 0 || !strings.Contains(stdout, `"results": []`) {
		t.Errorf("threads.c: exit %d\n%s", code, stdout)
	}
}

func TestStats(t *testing.T) {
	code, _, stderr := runCmd(t, "list", "-stats", "-j", "2", fixtures+"/basic.c", fixtures+"/threads.c")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	var s runStats
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &s); err != nil {
		t.Fatalf("%q: %v", stderr, err)
	}
	if s.Units != 2 || s.Failed != 0 || s.Vars < 40 || s.Lines == 0 || s.Jobs != 2 || s.WallS <= 0 || s.MaxRSSMB <= 0 {
		t.Errorf("stats %+v", s)
	}
}

// TestCheckSameName (review 4, defect 1): an unallowed local static that
// shares its name and line with an allowed variable still fails check.
func TestCheckSameName(t *testing.T) {
	wd, _ := os.Getwd()
	if err := os.Chdir("../.."); err != nil { // the allowlist's paths are relative to globalsaudit/
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	code, stdout, stderr := runCmd(t, "check", "-format", "json", "-allow", "testdata/oracle/samename.allow.tsv", "testdata/oracle/samename.c")
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", code, stdout, stderr)
	}
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var v struct {
			Func, Name string
			Col        int
		}
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%s.%s@%d", v.Func, v.Name, v.Col))
	}
	if s := strings.Join(got, " "); s != "g4.fs@42 g5.k5@54" {
		t.Errorf("violations %s, want g4.fs@42 g5.k5@54", s)
	}
}

func TestUsageErrors(t *testing.T) {
	src := fixtures + "/basic.c"
	for _, args := range [][]string{
		{"list", "-j", "0", src},
		{"list", "-j", "-3", src},
		{"check", "-j=0", src},
	} {
		if code, _, stderr := runCmd(t, args...); code != 2 || !strings.Contains(stderr, "-j") {
			t.Errorf("%v: exit %d, want 2: %s", args, code, stderr)
		}
	}
	if code, _, stderr := runCmd(t, "list", "-j", "1", src); code != 0 {
		t.Errorf("-j 1: exit %d: %s", code, stderr)
	}
}

// TestInitializersMerge: repeated -initializers lists are merged, as
// repeated -allow lists are.
func TestInitializersMerge(t *testing.T) {
	dir := t.TempDir()
	src := write(t, filepath.Join(dir, "two.c"), `static int a, b;
void init_a(void) { a = 1; }
void init_b(void) { b = 2; }
int use(void) { return a + b; }
`)
	one := write(t, filepath.Join(dir, "one.tsv"), "filename\tfuncname\n"+src+"\tinit_a\n")
	two := write(t, filepath.Join(dir, "two.tsv"), "filename\tfuncname\n"+src+"\tinit_b\n")
	classes := func(args ...string) string {
		t.Helper()
		code, stdout, stderr := runCmd(t, append([]string{"list", "-format", "json"}, args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		var r []string
		for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
			var v struct{ Name, Class string }
			if err := json.Unmarshal([]byte(l), &v); err != nil {
				t.Fatal(err)
			}
			r = append(r, v.Name+"="+v.Class)
		}
		return strings.Join(r, " ")
	}
	if got := classes("-initializers", one, src); got != "a=init-only b=mutable" {
		t.Errorf("one list: %s", got)
	}
	if got := classes("-initializers", one, "-initializers", two, src); got != "a=init-only b=init-only" {
		t.Errorf("two lists: %s", got)
	}
}

// TestCompileCommandsRelativeDirectory (review 4, defect 5): a relative
// "directory" is relative to the database's directory, wherever the audit
// runs.
func TestCompileCommandsRelativeDirectory(t *testing.T) {
	db, err := filepath.Abs("../../testdata/cdb/build/compile_commands.json")
	if err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	for _, cwd := range []string{t.TempDir(), "../../testdata/cdb"} {
		if err := os.Chdir(cwd); err != nil {
			t.Fatal(err)
		}
		code, stdout, stderr := runCmd(t, "list", "-format", "json", "-compile-commands", db)
		os.Chdir(wd)
		if code != 0 {
			t.Fatalf("from %s: exit %d: %s", cwd, code, stderr)
		}
		var names []string
		for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
			var v struct{ Name string }
			if err := json.Unmarshal([]byte(l), &v); err != nil {
				t.Fatal(err)
			}
			names = append(names, v.Name)
		}
		if s := strings.Join(names, " "); s != "cfg_static feat_a_on one_v feat_b_on" {
			t.Errorf("from %s: %s", cwd, s)
		}
	}
}

// TestSARIFNotifications: a unit that fails is a tool execution
// notification located at its first diagnostic; file URIs are
// percent-encoded (non-ASCII, spaces).
func TestSARIFNotifications(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "sp ace")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	bad := write(t, filepath.Join(dir, "bad.c"), "int x\nint y;\n")
	good := write(t, filepath.Join(dir, "größe.c"), "int zähler;\n")
	code, stdout, _ := runCmd(t, "list", "-format", "sarif", bad, good)
	if code != 2 {
		t.Fatalf("exit %d", code)
	}
	var log struct {
		Runs []struct {
			Invocations []struct {
				ToolExecutionNotifications []struct {
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct{ URI string } `json:"artifactLocation"`
							Region           struct {
								StartLine   int `json:"startLine"`
								StartColumn int `json:"startColumn"`
							} `json:"region"`
						} `json:"physicalLocation"`
					} `json:"locations"`
				} `json:"toolExecutionNotifications"`
			} `json:"invocations"`
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string } `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatal(err)
	}
	n := log.Runs[0].Invocations[0].ToolExecutionNotifications
	if len(n) != 1 || len(n[0].Locations) != 1 {
		t.Fatalf("notifications %+v", n)
	}
	loc := n[0].Locations[0].PhysicalLocation
	if !strings.HasSuffix(loc.ArtifactLocation.URI, "/sp%20ace/bad.c") || !strings.HasPrefix(loc.ArtifactLocation.URI, "file:///") || loc.Region.StartLine != 2 || loc.Region.StartColumn != 1 {
		t.Errorf("notification location %+v", loc)
	}
	res := log.Runs[0].Results
	if len(res) != 1 || !strings.HasSuffix(res[0].Locations[0].PhysicalLocation.ArtifactLocation.URI, "/sp%20ace/gr%C3%B6%C3%9Fe.c") {
		t.Errorf("results %+v", res)
	}
}
