package vm

import (
	"strings"

	"github.com/subpy/subpy/core/object"
)

// FormatUnraisable formats exc as CPython's default unraisable hook does:
// the exception's own traceback (no chained causes or contexts, no caret
// lines), then "Type: message" (the ": " even for an empty message), and
// no __notes__.
func (t *Thread) FormatUnraisable(exc *object.Exception) string {
	var b strings.Builder
	t.PrintException(&b, exc)
	full := stripCarets(b.String())
	// The exception's own part is the last block of the chain.
	const head = "Traceback (most recent call last):\n"
	var out strings.Builder
	if i := strings.LastIndex(full, head); i == 0 || (i > 0 && full[i-1] == '\n') {
		out.WriteString(head)
		for _, l := range strings.SplitAfter(full[i+len(head):], "\n") {
			if !strings.HasPrefix(l, "  ") {
				break
			}
			out.WriteString(l)
		}
	}
	typ := exc.Type()
	name := typ.QualName
	if typ.Module != "builtins" && typ.Module != "__main__" {
		name = typ.Module + "." + name
	}
	saved := t.Exc
	msg := "<exception str() failed>"
	if s := object.StrOf(&t.Thread, exc.Value()); !s.IsNull() {
		if str, ok := object.AsStr(s); ok {
			msg = str.String()
		}
	}
	t.Exc = saved
	out.WriteString(name + ": " + msg + "\n")
	return out.String()
}

// stripCarets drops the caret lines of a formatted traceback: CPython's
// unraisable hook prints tracebacks without them.
func stripCarets(s string) string {
	lines := strings.SplitAfter(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		body := strings.TrimSpace(l)
		if body != "" && strings.Trim(body, "~^") == "" && strings.HasPrefix(l, "    ") {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "")
}
