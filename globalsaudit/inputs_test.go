package globalsaudit

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestReadAllowlist(t *testing.T) {
	const in = "filename\tfuncname\tname\treason\n" +
		"# a comment\n" +
		"\n" +
		"Modules/_io/bufferedio.c\t-\t_PyIO_Module\tstatic type\n" +
		"./capi/front/front.c\tsubpy_init\tonce\tpthread_once guard\n" +
		"include/x.h\t-\tno_reason\n" +
		"a.c\t\tempty_func\twith\ttabs\tin reason\r\n"
	got := map[VarKey]string{}
	if err := ReadAllowlist(strings.NewReader(in), "allow.tsv", got); err != nil {
		t.Fatal(err)
	}
	want := map[VarKey]string{
		{"Modules/_io/bufferedio.c", "", "_PyIO_Module"}: "static type",
		{"capi/front/front.c", "subpy_init", "once"}:     "pthread_once guard",
		{"include/x.h", "", "no_reason"}:                 "",
		{"a.c", "", "empty_func"}:                        "with tabs in reason",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}

func TestReadAllowlistErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"filename\tfuncname\tname\treason\na.c\t-\n", "allow.tsv:2: want at least 3"},
		{"a.c\t-\t\treason\n", "allow.tsv:1: empty name"},
		{"\t-\tx\treason\n", "allow.tsv:1: empty filename"},
		{"# only\n\nx.c only-one-field\n", "allow.tsv:3: want at least 3"},
	} {
		err := ReadAllowlist(strings.NewReader(tc.in), "allow.tsv", map[VarKey]string{})
		var te *TSVError
		if !errors.As(err, &te) || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want prefix %q", tc.in, err, tc.want)
		}
	}
}

func TestReadInitializers(t *testing.T) {
	got := map[FuncKey]bool{}
	err := ReadInitializers(strings.NewReader("filename\tfuncname\n# c\nm.c\tinit_module\nsub/../n.c\tsetup\textra\n"), "i.tsv", got)
	if err != nil {
		t.Fatal(err)
	}
	want := map[FuncKey]bool{{"m.c", "init_module"}: true, {"n.c", "setup"}: true}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if err := ReadInitializers(strings.NewReader("m.c\t-\n"), "i.tsv", got); err == nil {
		t.Error("a file-scope initializer row was accepted")
	}
}

func TestSplitCommand(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{`gcc -c a.c`, []string{"gcc", "-c", "a.c"}},
		{`cc  -DX='"linux"' -DY="a b" -I 'dir with space' x.c`, []string{"cc", `-DX="linux"`, "-DY=a b", "-I", "dir with space", "x.c"}},
		{`cc -DMULTIARCH=\"x86_64-linux-gnu\" a.c`, []string{"cc", `-DMULTIARCH="x86_64-linux-gnu"`, "a.c"}},
		{`cc "-DQ=\"q\"" a\ b.c`, []string{"cc", `-DQ="q"`, "a b.c"}},
		{"cc \\\n -c a.c", []string{"cc", "-c", "a.c"}},
		{`cc ''`, []string{"cc", ""}},
	} {
		got, err := SplitCommand(tc.in)
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("SplitCommand(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{`cc 'x`, `cc "x`} {
		if _, err := SplitCommand(bad); err == nil {
			t.Errorf("SplitCommand(%q) accepted an unterminated quote", bad)
		}
	}
}

func TestReadCompileCommands(t *testing.T) {
	const db = `[
 {"directory": "/src", "file": "a.c", "command": "gcc -O2 -g -Wall -Iinc -I /abs -DX=1 -D Y -UZ -std=c11 -MD -MF a.d -c a.c -o a.o"},
 {"directory": "/src", "file": "b.c", "arguments": ["cc", "-include", "cfg.h", "-isystem", "sys", "-pthread", "-fno-common", "-c", "b.c"]},
 {"directory": "/src", "file": "c.cpp", "command": "g++ -c c.cpp"}
]`
	units, skipped, err := ReadCompileCommands(strings.NewReader(db))
	if err != nil {
		t.Fatal(err)
	}
	want := []Unit{
		{File: "a.c", Dir: "/src", Args: []string{"-O2", "-Iinc", "-I", "/abs", "-DX=1", "-D", "Y", "-UZ", "-std=c11"}},
		{File: "b.c", Dir: "/src", Args: []string{"-include", "cfg.h", "-isystem", "sys", "-pthread", "-fno-common"}},
	}
	if !reflect.DeepEqual(units, want) {
		t.Errorf("units\n%q\nwant\n%q", units, want)
	}
	if !reflect.DeepEqual(skipped, []string{"c.cpp"}) {
		t.Errorf("skipped %q", skipped)
	}
	for _, bad := range []string{`{}`, `[{"directory": "/"}]`, `[{"file": "a.c"}]`, `[{"file": "a.c", "command": "cc 'x"}]`, `not json`} {
		if _, _, err := ReadCompileCommands(strings.NewReader(bad)); err == nil {
			t.Errorf("%s: accepted", bad)
		}
	}
}

func TestLineMarkersToLine(t *testing.T) {
	in := "# 0 \"a.c\"\n# 1 \"/usr/include/stdio.h\" 1 3 4\nint x;\n# 12 \"we\\\"ird.h\" 2\n#pragma once\n  # not a marker\n"
	want := "#line 0 \"a.c\"\n#line 1 \"/usr/include/stdio.h\"\nint x;\n#line 12 \"we\\\"ird.h\"\n#pragma once\n  # not a marker\n"
	got, lines := lineMarkersToLine([]byte(in))
	if string(got) != want || lines != 6 {
		t.Errorf("got %q (%d lines), want %q", got, lines, want)
	}
}

func TestFindIdent(t *testing.T) {
	for _, tc := range []struct {
		line, name string
		n, want    int
	}{
		{"static int   x,   *y;", "y", 0, 20},
		{"int xx, x;", "x", 0, 9},
		{`char *s = "x"; int x;`, "x", 0, 20},
		{"/* x */ int x; // x", "x", 0, 13},
		{"{ static int i; } { static int i; }", "i", 1, 32},
		{"int a; // x", "x", 0, 0},
		{"int 1x, x;", "x", 0, 9},
		{`char c = '\''; int q;`, "q", 0, 20},
	} {
		if got := findIdent([]byte(tc.line), tc.name, tc.n); got != tc.want {
			t.Errorf("findIdent(%q, %q, %d) = %d, want %d", tc.line, tc.name, tc.n, got, tc.want)
		}
	}
}

func FuzzReadAllowlist(f *testing.F) {
	f.Add("filename\tfuncname\tname\treason\na.c\t-\tx\tr\n")
	f.Add("# c\n\n\tx\n")
	f.Add("a.c\tf\tn\n\r\n")
	f.Fuzz(func(t *testing.T, in string) {
		m := map[VarKey]string{}
		err := ReadAllowlist(strings.NewReader(in), "f", m)
		if err == nil {
			for k := range m {
				if k.File == "" || k.Name == "" || k.Func == "-" {
					t.Errorf("accepted row %+v", k)
				}
			}
		} else if m2 := map[VarKey]string{}; ReadAllowlist(strings.NewReader(in), "f", m2) == nil {
			t.Error("not deterministic")
		}
	})
}

func FuzzReadInitializers(f *testing.F) {
	f.Add("filename\tfuncname\na.c\tinit\n")
	f.Add("a.c\t-\n")
	f.Fuzz(func(t *testing.T, in string) {
		m := map[FuncKey]bool{}
		if ReadInitializers(strings.NewReader(in), "f", m) == nil {
			for k := range m {
				if k.File == "" || k.Func == "" {
					t.Errorf("accepted row %+v", k)
				}
			}
		}
	})
}

func FuzzReadCompileCommands(f *testing.F) {
	f.Add(`[{"directory": "/s", "file": "a.c", "command": "cc -Ix -DY='1 2' -c a.c"}]`)
	f.Add(`[{"directory": "/s", "file": "a.c", "arguments": ["cc", "-include", "h.h"]}]`)
	f.Fuzz(func(t *testing.T, in string) {
		units, _, err := ReadCompileCommands(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, u := range units {
			if u.File == "" {
				t.Errorf("unit without a file: %+v", u)
			}
			for i := 0; i < len(u.Args); i++ {
				switch a := u.Args[i]; a {
				case "-I", "-D", "-U", "-include", "-imacros", "-isystem", "-iquote", "-idirafter":
					i++ // its value, whatever it spells
				case "-c", "-o":
					t.Errorf("kept %q: %+v", a, u)
				}
			}
		}
	})
}

func FuzzSplitCommand(f *testing.F) {
	f.Add(`cc -DX='"a"' "b c" d\ e`)
	f.Add(`"\\\""`)
	f.Fuzz(func(t *testing.T, in string) {
		words, err := SplitCommand(in)
		if err != nil {
			return
		}
		// Quoting every word back must give the same words.
		var b strings.Builder
		for _, w := range words {
			b.WriteString(" '" + strings.ReplaceAll(w, "'", `'\''`) + "'")
		}
		again, err := SplitCommand(b.String())
		if err != nil || !reflect.DeepEqual(again, words) {
			t.Errorf("%q: %q, re-split %q (%v)", in, words, again, err)
		}
	})
}

func FuzzLineMarkersToLine(f *testing.F) {
	f.Add([]byte("# 1 \"a.c\" 1 3\nint x;\n"))
	f.Add([]byte("# 9\n#\n# \"\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		out, lines := lineMarkersToLine(in)
		if n := int64(bytes.Count(out, []byte{'\n'})); n != lines {
			t.Errorf("%q: %d lines counted, %d written", in, lines, n)
		}
	})
}

func FuzzFindIdent(f *testing.F) {
	f.Add("static int x = 1; /* x */", "x", 0)
	f.Add(`"\`, "a", 1)
	f.Fuzz(func(t *testing.T, line, name string, n int) {
		col := findIdent([]byte(line), name, n)
		if col == 0 {
			return
		}
		if col < 1 || col-1+len(name) > len(line) || line[col-1:col-1+len(name)] != name {
			t.Errorf("findIdent(%q, %q, %d) = %d: not the name", line, name, n, col)
		}
	})
}
