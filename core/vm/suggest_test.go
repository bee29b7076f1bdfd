package vm

import (
	"strings"
	"testing"
)

// TestClosestName checks the suggestion choice against CPython 3.13's
// _suggestions._generate_suggestions.
func TestClosestName(t *testing.T) {
	for _, c := range []struct {
		cands []string
		wrong string
		want  string
	}{
		{[]string{"sorted", "print", "len"}, "sroted", "sorted"},
		{[]string{"math"}, "Math", "math"},
		{[]string{"values", "value"}, "valuez", "values"},
		{[]string{"abc"}, "xyz", ""},
		{[]string{"apple", "apply"}, "appl", "apple"},
		{[]string{strings.Repeat("a", 41)}, strings.Repeat("a", 40) + "b", strings.Repeat("a", 41)},
		{[]string{"speed", "self"}, "sped", "speed"},
		{[]string{"GREEN", "RED"}, "GREN", "GREEN"},
		{[]string{"x"}, "y", ""},
		{[]string{"deposit", "balance"}, "deposti", "deposit"},
	} {
		if got := closestName(c.cands, c.wrong); got != c.want {
			t.Errorf("closestName(%v, %q) = %q, want %q", c.cands, c.wrong, got, c.want)
		}
	}
}

// TestLevenshtein checks the weighted distance against CPython's
// traceback._levenshtein_distance.
func TestLevenshtein(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"sroted", "sorted", 4}, {"Math", "math", 1}, {"kitten", "sitting", 6}, {"", "", 0}, {"abc", "", 6},
	} {
		if got := levenshtein(c.a, c.b, 100); got != c.want {
			t.Errorf("levenshtein(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

// TestCaretHelpers checks the pieces of the caret line: display width of
// wide characters, dedent and the anchors of binary operations,
// subscripts and calls.
func TestCaretHelpers(t *testing.T) {
	if w := displayWidth([]rune("a名前b"), 4); w != 6 {
		t.Errorf("displayWidth = %d, want 6", w)
	}
	if got := dedentLines([]string{"    a", "      b", "", "    c"}); strings.Join(got, "|") != "a|  b||c" {
		t.Errorf("dedentLines = %q", got)
	}
	for _, c := range []struct {
		seg  string
		want anchorSpan
		ok   bool
	}{
		{"a + b", anchorSpan{0, 2, 0, 3}, true},
		{"a ** b", anchorSpan{0, 2, 0, 4}, true},
		{"d[k]", anchorSpan{0, 1, 0, 4}, true},
		{"f(x, y)", anchorSpan{0, 1, 0, 7}, true},
		{"name", anchorSpan{}, false},
		{"(a)\n+\nb", anchorSpan{1, 0, 1, 1}, true},
	} {
		got, ok := caretAnchors(c.seg)
		if ok != c.ok || got != c.want {
			t.Errorf("caretAnchors(%q) = %v %v, want %v %v", c.seg, got, ok, c.want, c.ok)
		}
	}
	if byteToChar("é=1", 2) != 1 {
		t.Errorf("byteToChar")
	}
}
