package token

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestGolden checks names, numbers, operators and keywords against
// testdata/tokens.golden, written by testdata/gen_golden.py under python3.13.
func TestGolden(t *testing.T) {
	f, err := os.Open("testdata/tokens.golden")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	nops, nkw, nsoft := 0, 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch fields[0] {
		case "kind":
			n, _ := strconv.Atoi(fields[1])
			if got := Kind(n).String(); got != fields[2] {
				t.Errorf("Kind(%d) = %s, want %s", n, got, fields[2])
			}
		case "op":
			nops++
			k, ok := LookupOp(fields[1])
			if !ok || k.String() != fields[2] || !k.IsOperator() {
				t.Errorf("LookupOp(%q) = %v, %v; want %s", fields[1], k, ok, fields[2])
			}
		case "kw":
			nkw++
			if !IsKeyword(fields[1]) {
				t.Errorf("IsKeyword(%q) = false", fields[1])
			}
		case "softkw":
			nsoft++
			if !IsSoftKeyword(fields[1]) {
				t.Errorf("IsSoftKeyword(%q) = false", fields[1])
			}
		}
	}
	if nops != len(ops) || nkw != len(keywords) || nsoft != len(softKeywords) {
		t.Errorf("table sizes: ops %d/%d keywords %d/%d soft %d/%d", len(ops), nops, len(keywords), nkw, len(softKeywords), nsoft)
	}
	if _, ok := LookupOp("<>"); ok {
		t.Error(`LookupOp("<>") found an operator`)
	}
	if Kind(200).String() != "Kind(200)" {
		t.Error(Kind(200).String())
	}
}
