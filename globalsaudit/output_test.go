package globalsaudit

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata/golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./globalsaudit/ -run Golden -args -update creates it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (go test ./globalsaudit/ -run Golden -args -update rewrites it):\n%s", path, lineDiff(want, got))
	}
}

func goldenReport(t *testing.T) *Report {
	units, _ := filepath.Glob("testdata/oracle/*.c")
	allow := map[VarKey]string{}
	if err := ReadAllowlist(strings.NewReader("filename\tfuncname\tname\treason\n"+
		"testdata/oracle/basic.c\t-\tg_init\tan example reason\n"+
		"testdata/oracle/locals.c\tother\tcalls\tcounted under the GIL\n"), "allow", allow); err != nil {
		t.Fatal(err)
	}
	rep := newTestAuditor(t, Options{Allow: allow}).Run(unitsOf(units))
	if len(rep.Errors) > 0 {
		t.Fatal(rep.Errors)
	}
	return rep
}

// TestGolden pins the three output forms over the whole fixture corpus:
// positions, types, classes, the allowlist's effect.
func TestGolden(t *testing.T) {
	rep := goldenReport(t)
	for _, check := range []bool{false, true} {
		suffix := "list"
		if check {
			suffix = "check"
		}
		var text, js, sarif bytes.Buffer
		if err := WriteText(&text, rep, check); err != nil {
			t.Fatal(err)
		}
		if err := WriteJSON(&js, rep, check); err != nil {
			t.Fatal(err)
		}
		if err := WriteSARIF(&sarif, rep, check, "test"); err != nil {
			t.Fatal(err)
		}
		golden(t, "oracle."+suffix+".txt", text.Bytes())
		golden(t, "oracle."+suffix+".jsonl", js.Bytes())
		golden(t, "oracle."+suffix+".sarif", sarif.Bytes())
	}
}

// TestJSONSchema checks every line of the JSON form against the documented
// fields and types.
func TestJSONSchema(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, goldenReport(t), false); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) < 100 {
		t.Fatalf("only %d lines", len(lines))
	}
	want := map[string]string{"file": "string", "unit": "string", "line": "number", "col": "number", "func": "string",
		"name": "string", "type": "string", "linkage": "string", "class": "string", "pointee_const": "bool", "allowed": "bool"}
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		for k, typ := range want {
			v, ok := m[k]
			if !ok {
				t.Errorf("%s: no %q", l, k)
				continue
			}
			switch v.(type) {
			case string:
				ok = typ == "string"
			case float64:
				ok = typ == "number" && v.(float64) >= 1
			case bool:
				ok = typ == "bool"
			default:
				ok = false
			}
			if !ok {
				t.Errorf("%s: %q is %v, want a %s", l, k, v, typ)
			}
		}
		switch m["class"] {
		case ClassImmutable, ClassMutable, ClassThreadLocal, ClassInitOnly:
		default:
			t.Errorf("%s: class %v", l, m["class"])
		}
		switch m["linkage"] {
		case LinkageExternal, LinkageInternal, LinkageNone:
		default:
			t.Errorf("%s: linkage %v", l, m["linkage"])
		}
		if (m["func"] == "") == (m["linkage"] == LinkageNone) {
			t.Errorf("%s: func and linkage disagree", l)
		}
	}
}

// TestSARIFStructure checks the parts of SARIF 2.1.0 that code-scanning
// UIs require.
func TestSARIFStructure(t *testing.T) {
	var buf bytes.Buffer
	rep := goldenReport(t)
	if err := WriteSARIF(&buf, rep, true, "test"); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Level     string `json:"level"`
				Message   struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine   int `json:"startLine"`
							StartColumn int `json:"startColumn"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || !strings.Contains(log.Schema, "sarif-2.1.0") || len(log.Runs) != 1 {
		t.Fatalf("header: %q %q %d runs", log.Version, log.Schema, len(log.Runs))
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "globalsaudit" || len(run.Tool.Driver.Rules) == 0 {
		t.Fatalf("driver %+v", run.Tool.Driver)
	}
	violations := 0
	for _, v := range rep.Vars {
		if v.Violation() {
			violations++
		}
	}
	if len(run.Results) != violations || violations == 0 {
		t.Fatalf("%d results, %d violations", len(run.Results), violations)
	}
	for _, r := range run.Results {
		if r.RuleIndex < 0 || r.RuleIndex >= len(run.Tool.Driver.Rules) || run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result rule %q/%d not in the driver's rules", r.RuleID, r.RuleIndex)
		}
		if r.Level != "error" || r.Message.Text == "" || len(r.Locations) != 1 {
			t.Errorf("result %+v", r)
			continue
		}
		loc := r.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URI == "" || loc.Region.StartLine < 1 || loc.Region.StartColumn < 1 {
			t.Errorf("location %+v", loc)
		}
	}
}

// lineDiff shows the first lines that differ.
func lineDiff(want, got []byte) string {
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	var b strings.Builder
	n := 0
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n  want %s\n  got  %s\n", i+1, wl, gl)
			if n++; n == 5 {
				break
			}
		}
	}
	return b.String()
}
