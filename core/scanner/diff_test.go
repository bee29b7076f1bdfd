package scanner

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var diffCases = flag.String("diff", filepath.Join("testdata", "diff_cases.txt"), "differential cases: mutated sources with CPython 3.13's ast.parse outcome (testdata/gen_diff.py)")

// tokenizerMessages are the prefixes of the messages CPython's tokenizer
// and literal decoding produce (everything else comes from the parser).
var tokenizerMessages = []string{
	"unterminated ", "unindent does not match", "inconsistent use of tabs",
	"invalid character", "invalid non-printable", "invalid decimal literal",
	"invalid hexadecimal literal", "invalid octal literal", "invalid binary literal",
	"invalid digit", "invalid imaginary literal", "leading zeros", "unmatched '",
	"closing parenthesis", "too many nested", "unexpected character after line continuation",
	"unexpected EOF", "f-string: single '}'", "f-string: unmatched", "f-string: expressions nested too deeply",
	"too many levels of indentation", "(unicode error)", "(value error)", "bytes can only contain",
	"source code string cannot contain null bytes", "unknown encoding", "encoding problem",
	"too many nested f-strings",
}

func isTokenizerMessage(msg string) bool {
	if msg == "f-string: expecting '}'" {
		return true
	}
	for _, p := range tokenizerMessages {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

// TestDifferential replays mutated sources whose outcome under CPython
// 3.13 is recorded in testdata/diff_cases.txt (written by
// testdata/gen_diff.py): where CPython accepts the source the scanner must
// too, and where CPython reports a tokenizer or literal error the scanner
// must report the same error. Other errors belong to the parser.
func TestDifferential(t *testing.T) {
	f, err := os.Open(*diffCases)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	total, checked, bad := 0, 0, 0
	for sc.Scan() {
		head := sc.Text()
		if !sc.Scan() {
			t.Fatal("truncated file")
		}
		var text string
		if err := json.Unmarshal(sc.Bytes(), &text); err != nil {
			t.Fatal(err)
		}
		src := make([]byte, 0, len(text))
		for _, r := range text { // one character per byte
			src = append(src, byte(r))
		}
		name, want, _ := strings.Cut(strings.TrimPrefix(head, "#### "), "\t")
		total++
		fields := strings.Split(want, "\t")
		if want != "OK" && (len(fields) < 2 || !isTokenizerMessage(fields[1])) {
			continue
		}
		checked++
		opts := Options{NoFinalNewline: strings.HasPrefix(name, "eval:")}
		got := formatError(firstError(name, src, opts))
		if got != want {
			bad++
			if bad <= 30 {
				t.Errorf("case %s %q:\n got %s\nwant %s", name, src, got, want)
			}
		}
	}
	t.Logf("%d cases, %d checked, %d different", total, checked, bad)
	if checked == 0 {
		t.Fatal("no case checked")
	}
}
