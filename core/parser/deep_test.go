package parser_test

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/subpy/subpy/core/parser"
)

// TestDeep checks the nesting limits against python3.13 (testdata/deep.*,
// written by testdata/gen_deep.py): each case just below and just above
// CPython's limit gives the same result, never a Go stack overflow.
func TestDeep(t *testing.T) {
	f, err := os.Open("testdata/deep.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	golden, err := os.ReadFile("testdata/deep.golden")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSuffix(string(golden), "\n"), "\n")
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	i := 0
	for sc.Scan() {
		var c struct {
			name  string
			parts [][2]any
		}
		var raw []json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil || len(raw) != 2 {
			t.Fatalf("bad case line %d: %v", i+1, err)
		}
		json.Unmarshal(raw[0], &c.name)
		json.Unmarshal(raw[1], &c.parts)
		var b strings.Builder
		for _, part := range c.parts {
			b.WriteString(strings.Repeat(part[0].(string), int(part[1].(float64))))
		}
		got := line("<deep>", []byte(b.String()), parser.Exec, parser.Options{})
		if !strings.Contains(got, "Error") {
			got = "OK"
		}
		if i >= len(want) {
			t.Fatal("deep.golden is shorter than deep.jsonl: regenerate")
		}
		if got != want[i] {
			t.Errorf("%s: got %s, want %s", c.name, got, want[i])
		}
		i++
	}
	if i != len(want) || i < 50 {
		t.Fatalf("%d cases, %d golden lines", i, len(want))
	}
}
