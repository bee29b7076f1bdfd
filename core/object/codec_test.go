package object

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Go-level checks of str's Unicode data, case mappings, formatting and
// codecs against CPython 3.13 (the oracle helper of object_test.go).

// pyStr is a Python expression for the Go string s (WTF-8 allowed).
func pyStr(s string) string {
	return "bytes.fromhex('" + fmt.Sprintf("%x", s) + "').decode('utf-8', 'surrogatepass')"
}

var unicodeSamples = []string{
	"", "abc", "Hello World", "ß straße", "ǆ ǅ Ǆ", "ΣΑΣ ΌΣΟΣ Σ", "İstanbul ı", "ﬁ ﬂ ﬃ", "ŉ ǰ ΐ",
	"ÀÉÎ õü", "x\u0301y", "ῼ ᾳ ᾈ", "ΑΣ.", "ΑΣ'Α", "123abc", "Ⅷ ⅷ ⓐ Ⓐ", "𐐀𐐨 𞤀", "ǈubljana",
	"a\u00adb", "ꭰ ᏸ", "\u1e9e", "tItLe cAsE", "ß\u0345", "\xed\xa0\x80x",
}

func TestCaseMappingsMatchCPython(t *testing.T) {
	fns := []struct {
		name string
		f    func(string) string
	}{{"upper", StrUpper}, {"lower", StrLower}, {"casefold", StrCasefold}, {"swapcase", StrSwapcase},
		{"title", StrTitle}, {"capitalize", StrCapitalize}}
	var exprs []string
	for _, s := range unicodeSamples {
		for _, fn := range fns {
			exprs = append(exprs, "ascii("+pyStr(s)+"."+fn.name+"())")
		}
	}
	want := oracle(t, exprs)
	i := 0
	for _, s := range unicodeSamples {
		for _, fn := range fns {
			if got := StrASCII(fn.f(s)); got != want[i] {
				t.Errorf("%q.%s() = %s, CPython %s", s, fn.name, got, want[i])
			}
			i++
		}
	}
}

func TestPredicatesMatchCPython(t *testing.T) {
	preds := []struct {
		name string
		f    func(string) bool
	}{
		{"isalpha", func(s string) bool { return strAll(s, uniIsAlpha) }},
		{"isalnum", func(s string) bool { return strAll(s, uniIsAlnum) }},
		{"isdecimal", func(s string) bool { return strAll(s, uniIsDecimal) }},
		{"isdigit", func(s string) bool { return strAll(s, uniIsDigit) }},
		{"isnumeric", func(s string) bool { return strAll(s, uniIsNumeric) }},
		{"isspace", func(s string) bool { return strAll(s, uniIsSpace) }},
		{"isprintable", func(s string) bool { return forRunes(s, uniIsPrintable) }},
		{"islower", StrIsLower}, {"isupper", StrIsUpper}, {"istitle", StrIsTitle},
		{"isidentifier", StrIsIdentifier},
	}
	// One string per sampled code point, plus the samples.
	var strs []string
	for r := rune(0); r < 0x32000; r += 61 {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		strs = append(strs, string(r))
	}
	strs = append(strs, unicodeSamples...)
	var exprs []string
	for _, p := range preds {
		var b strings.Builder
		b.WriteString("''.join('1' if s." + p.name + "() else '0' for s in [")
		for _, s := range strs {
			b.WriteString(pyStr(s) + ",")
		}
		b.WriteString("])")
		exprs = append(exprs, b.String())
	}
	want := oracleTry(t, exprs)
	for i, p := range preds {
		for j, s := range strs {
			got := p.f(s)
			if got != (want[i][j] == '1') {
				t.Errorf("%+q.%s() = %v, CPython differs", s, p.name, got)
			}
		}
	}
}

func TestUnicodeDecimalMatchesCPython(t *testing.T) {
	rs := []rune{'0', '9', 'a', 0x660, 0x669, 0x6F5, 0x966, 0xFF19, 0x1D7CE, 0x1D7FF, 0x1E950, 0xB2, 0x2167, 0x1F10A}
	exprs := make([]string, len(rs))
	for i, r := range rs {
		exprs[i] = fmt.Sprintf("__import__('unicodedata').decimal(chr(%d), -1)", r)
	}
	want := oracle(t, exprs)
	for i, r := range rs {
		if got := fmt.Sprint(UnicodeDecimal(r)); got != want[i] {
			t.Errorf("UnicodeDecimal(%U) = %s, CPython %s", r, got, want[i])
		}
	}
}

func TestCodecsMatchCPython(t *testing.T) {
	th := &Thread{Interp: NewInterp()}
	type tc struct{ data, enc, errs string }
	decodes := []tc{
		{"abc", "utf-8", "strict"}, {"\xff", "utf-8", "strict"}, {"a\xe2\x82", "utf-8", "replace"},
		{"\xed\xa0\x80", "utf-8", "surrogatepass"}, {"\xed\xa0\x80", "utf-8", "surrogateescape"},
		{"\xe2\x82a", "UTF8", "backslashreplace"}, {"\xef\xbb\xbfab", "utf-8-sig", "strict"},
		{"a\x00b\x00", "utf-16-le", "strict"}, {"\xff\xfea\x00", "utf-16", "strict"},
		{"\xfe\xff\x00a", "utf_16", "strict"}, {"\x00\xd8a\x00", "utf-16-le", "strict"},
		{"abc", "utf-16-le", "replace"}, {"\x00\xdc", "utf-16-le", "surrogatepass"},
		{"\x00\x00\x11\x00", "utf-32-le", "strict"}, {"\x00\x00\x00a", "UTF-32BE", "strict"},
		{"\x80\x81", "cp1252", "strict"}, {"\x80\x81", "windows-1252", "replace"}, {"\xe9", "Latin 1", "strict"},
		{"a\xe9", "ascii", "ignore"}, {"\xc3\xa9", "koi8-r", "strict"}, {"\x82", "ibm437", "strict"},
		{"x", "no-such-codec", "strict"}, {"\xff", "ascii", "nope"}, {"\xff", "ascii", "xmlcharrefreplace"},
	}
	encodes := []tc{
		{"abc", "utf-8", "strict"}, {"a\u20ac\u00e9", "ascii", "strict"}, {"a\u20ac\u00e9", "ascii", "xmlcharrefreplace"},
		{"a\u20ac\u00e9", "ascii", "backslashreplace"}, {"a\xed\xa0\x80\xed\xbf\xbfb", "utf-8", "strict"},
		{"a\xed\xa0\x80\xed\xbf\xbfb", "utf-8", "surrogatepass"}, {"\xed\xb2\x80\xed\xb3\xbf", "ascii", "surrogateescape"},
		{"\u20ac\u0100", "cp1252", "strict"}, {"\U0001f600", "utf-16", "strict"}, {"\U0001f600", "utf-16-be", "strict"},
		{"ab", "utf-32", "strict"}, {"ab", "utf-8-sig", "strict"}, {"\xed\xa0\xbd\xed\xb8\x80", "utf-32-be", "strict"},
		{"\xed\xa0\x80", "utf-16-le", "replace"}, {"é", "U8", "strict"}, {"é", "mac_roman", "strict"},
	}
	var exprs []string
	for _, c := range decodes {
		exprs = append(exprs, fmt.Sprintf("ascii(bytes.fromhex('%x').decode(%q, %q))", c.data, c.enc, c.errs))
	}
	for _, c := range encodes {
		exprs = append(exprs, fmt.Sprintf("%s.encode(%q, %q)", pyStr(c.data), c.enc, c.errs))
	}
	clean := oracleTry(t, exprs)
	result := func(v Value, ok bool) string {
		if !ok {
			e := th.Exc
			th.Clear()
			msg := StrOf(th, e.Value())
			return e.typ.Name + ": " + as[Str](msg).s
		}
		return as[Str](ReprValue(th, v)).s
	}
	var got []string
	for _, c := range decodes {
		r := decodeBytes(th, []byte(c.data), c.enc, c.errs)
		if r.IsNull() {
			got = append(got, result(r, false))
		} else {
			got = append(got, StrASCII(as[Str](r).s))
		}
	}
	for _, c := range encodes {
		b, ok := encodeStr(th, NewStr(c.data), c.enc, c.errs)
		if !ok {
			got = append(got, result(Null, false))
		} else {
			got = append(got, BytesRepr(b))
		}
	}
	for i := range got {
		if i >= len(clean) {
			t.Fatalf("oracle gave %d results for %d cases", len(clean), len(got))
		}
		if got[i] != clean[i] {
			t.Errorf("case %d: got %s, CPython %s", i, got[i], clean[i])
		}
	}
}

func TestFormatSpecsMatchCPython(t *testing.T) {
	th := &Thread{Interp: NewInterp()}
	type tc struct {
		v    Value
		py   string
		spec string
	}
	cases := []tc{
		{NewStr("x").Value(), "'x'", ","}, {Int(1), "1", ",_"}, {Int(1), "1", "z"}, {NewStr("x").Value(), "'x'", "="},
		{NewStr("x").Value(), "'x'", "05"}, {Int(1), "1", ".2"}, {Int(1), "1", "_b"}, {Int(1), "1", "+c"},
		{Int(-1), "-1", "c"}, {Int(1234), "1234", "012,"}, {Int(-1234), "-1234", "09_"}, {Int(255), "255", "#010x"},
		{Int(255), "255", "#_b"}, {Float(1.5), "1.5", "#.0f"}, {Float(-0.0001), "-0.0001", "z.1f"},
		{Float(12345.678), "12345.678", ",.2f"}, {Float(12345.678), "12345.678", "_g"}, {Float(123.0), "123.0", ".2"},
		{Float(1.5), "1.5", ".0"}, {Float(1e16), "1e16", ""}, {Float(1234.5), "1234.5", "010,.1f"},
		{Float(0.25), "0.25", "%"}, {Float(3.0), "3.0", "#g"}, {Float(1e-5), "1e-05", "n"}, {Float(5.5), "5.5", "<08.3f"},
		{NewStr("ab").Value(), "'ab'", "😀^6"}, {Int(1), "1", "abc"}, {Float(1), "1.0", "x"},
	}
	exprs := make([]string, len(cases))
	for i, c := range cases {
		exprs[i] = fmt.Sprintf("repr(format(%s, %q))", c.py, c.spec)
	}
	want := oracleTry(t, exprs)
	for i, c := range cases {
		var got string
		r := Format(th, c.v, c.spec)
		if r.IsNull() {
			e := th.Exc
			th.Clear()
			got = e.typ.Name + ": " + as[Str](StrOf(th, e.Value())).s
		} else {
			got = StrRepr(as[Str](r).s)
		}
		if got != want[i] {
			t.Errorf("format(%s, %q) = %s, CPython %s", c.py, c.spec, got, want[i])
		}
	}
}

// oracleTry evaluates each expression with python3.13 and returns its
// printed value, or "Type: message" when it raises.
func oracleTry(t *testing.T, exprs []string) []string {
	t.Helper()
	wrapped := make([]string, len(exprs))
	for i, e := range exprs {
		wrapped[i] = "__try(lambda: " + e + ")"
	}
	var prog strings.Builder
	prog.WriteString("def __try(f):\n try:\n  return f()\n except Exception as e:\n  return type(e).__name__ + ': ' + str(e)\n")
	for _, e := range wrapped {
		prog.WriteString("print(" + e + ")\n")
	}
	cmd := exec.Command(python313, "-")
	cmd.Stdin = strings.NewReader(prog.String())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3.13: %v", err)
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(exprs) {
		t.Fatalf("oracle printed %d lines for %d expressions", len(lines), len(exprs))
	}
	return lines
}

// TestStrHashMatchesCPython checks str hashes against python3.13 under the
// same PYTHONHASHSEED: 0 (randomization off, the oracle runs' setting) and
// a fixed seed (CPython's key derivation). The key is fixed when the
// package initializes, so each seed runs in a child test process.
func TestStrHashMatchesCPython(t *testing.T) {
	if os.Getenv("SUBPY_HASH_CHILD") == "" {
		for _, seed := range []string{"0", "12345"} {
			cmd := exec.Command(os.Args[0], "-test.run=^TestStrHashMatchesCPython$", "-test.count=1")
			cmd.Env = append(os.Environ(), "PYTHONHASHSEED="+seed, "SUBPY_HASH_CHILD=1")
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("PYTHONHASHSEED=%s: %v\n%s", seed, err, out)
			}
		}
		return
	}
	seed := os.Getenv("PYTHONHASHSEED")
	samples := []string{"a", "abcdefgh", "abcdefghi", "hello world, a longer string", "é", "naïve", "€x", "日本語",
		"😀", "a😀b", "\xed\xa0\x80", "ab\xed\xb3\xbfc", "\u00ff\u0100"}
	exprs := make([]string, len(samples))
	for i, s := range samples {
		exprs[i] = "hash(" + pyStr(s) + ")"
	}
	cmd := exec.Command(python313, "-c", "print('\\n'.join(str(x) for x in ["+strings.Join(exprs, ",")+"]))")
	cmd.Env = append(cmd.Environ(), "PYTHONHASHSEED="+seed)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3.13: %v", err)
	}
	want := strings.Split(strings.TrimSpace(string(out)), "\n")
	for i, s := range samples {
		got := newStr(s).Hash()
		if fmt.Sprint(got) != want[i] {
			t.Errorf("hash(%+q) = %d, CPython (PYTHONHASHSEED=%s) %s", s, got, seed, want[i])
		}
	}
}
