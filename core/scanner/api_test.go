package scanner

import (
	"testing"

	"github.com/subpy/subpy/core/token"
)

// scanAll returns the tokens up to ENDMARKER or ERRORTOKEN.
func scanAll(t *testing.T, s *Scanner) []token.Token {
	t.Helper()
	var toks []token.Token
	for i := 0; i < 10000; i++ {
		tok := s.Next()
		toks = append(toks, tok)
		if tok.Kind == token.ENDMARKER || tok.Kind == token.ERRORTOKEN {
			return toks
		}
	}
	t.Fatal("no end")
	return nil
}

// TestErrorKinds checks how each error is classified for the parser's
// re-tokenization rule (see ErrDirect and ErrEOF).
func TestErrorKinds(t *testing.T) {
	tests := []struct {
		src            string
		direct, eof    bool
		bracket        byte
		bracketPos     token.Pos
		inFString      bool
		noFinalNewline bool
	}{
		{src: "x = )\n", direct: true},
		{src: "x = 1_\n", direct: true},
		{src: "x = 'abc\n", direct: true},
		{src: "x = (1,\n", eof: true, bracket: '(', bracketPos: token.Pos{Line: 1, Col: 4}},
		{src: "x = [1,\n (2\n", eof: true, bracket: '(', bracketPos: token.Pos{Line: 2, Col: 1}},
		{src: "x = 1 \\\n", eof: true},
		{src: "x = 1 \\", eof: true},
		{src: "x = 1 \\", noFinalNewline: true},
		{src: "if x:\n\ty\n        z\n"},
		{src: "if x:\n    y\n  z\n"},
		{src: "f'{x'\n", direct: true, inFString: true, bracket: '{', bracketPos: token.Pos{Line: 1, Col: 2}},
		{src: "f'{x!z}' f'}'\n", direct: true, inFString: true},
	}
	for _, tt := range tests {
		s, err := New("t.py", []byte(tt.src), Options{NoFinalNewline: tt.noFinalNewline})
		if err != nil {
			t.Fatal(err)
		}
		toks := scanAll(t, s)
		if last := toks[len(toks)-1]; last.Kind != token.ERRORTOKEN || s.Err() == nil {
			t.Errorf("%q: no error", tt.src)
			continue
		}
		if s.ErrDirect() != tt.direct || s.ErrEOF() != tt.eof || s.InFString() != tt.inFString {
			t.Errorf("%q (%v): direct %v eof %v in f-string %v, want %v %v %v", tt.src, s.Err(),
				s.ErrDirect(), s.ErrEOF(), s.InFString(), tt.direct, tt.eof, tt.inFString)
		}
		ch, pos, ok := s.OpenBracket()
		if ok != (tt.bracket != 0) || ch != tt.bracket || pos != tt.bracketPos {
			t.Errorf("%q: OpenBracket() = %q %v %v, want %q %v", tt.src, ch, pos, ok, tt.bracket, tt.bracketPos)
		}
	}
}

// TestLinesAndSlices checks Line, Slice and token Text on a source with
// CRLF newlines, a BOM and non-ASCII text.
func TestLinesAndSlices(t *testing.T) {
	src := "\xef\xbb\xbfé = 'ü'\r\nif é:\r\n    x = f'{é=}'\r\n"
	s, err := New("t.py", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	toks := scanAll(t, s)
	if got := s.Line(1); got != "é = 'ü'" {
		t.Errorf("Line(1) = %q", got)
	}
	if got := s.Line(3); got != "    x = f'{é=}'" {
		t.Errorf("Line(3) = %q", got)
	}
	if s.Line(0) != "" || s.Line(4) != "" {
		t.Errorf("Line out of range: %q %q", s.Line(0), s.Line(4))
	}
	for _, tok := range toks {
		switch tok.Kind {
		case token.NEWLINE, token.INDENT, token.DEDENT, token.ENDMARKER:
			continue
		}
		if got := s.Slice(tok.Start, tok.End); got != tok.Text {
			t.Errorf("%v %q: Slice gives %q", tok.Kind, tok.Text, got)
		}
	}
	// The second token is '=' after the two-byte é: byte columns.
	if toks[1].Kind != token.EQUAL || toks[1].Start != (token.Pos{Line: 1, Col: 3}) {
		t.Errorf("second token %v at %v", toks[1].Kind, toks[1].Start)
	}
}

// TestNewString checks str input: no coding declaration processing, but
// NUL bytes are rejected as CPython does.
func TestNewString(t *testing.T) {
	s, err := NewString("t.py", "# coding: latin-1\nx = 'é'\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	toks := scanAll(t, s)
	v, _, derr := s.DecodeString(toks[2])
	if derr != nil || v != "é" {
		t.Errorf("value %q, %v", v, derr)
	}
	if _, err := NewString("t.py", "x\x00", Options{}); err == nil || err.(*Error).Msg != "source code string cannot contain null bytes" || err.(*Error).Line != None {
		t.Errorf("NUL: %v", err)
	}
	e := &Error{Type: "TabError", Msg: "m", Line: 3}
	if e.Error() != "TabError: m (line 3)" {
		t.Errorf("Error() = %q", e.Error())
	}
}

// TestDeclaredEncodings decodes string literals of sources that declare
// a codec; the expected values are those of CPython's
// test_source_encoding and of Python's codecs.
func TestDeclaredEncodings(t *testing.T) {
	tests := []struct{ src, want string }{
		{"# coding: cp949\na = \"\xaa\xa7\"\n", "\u3047"},
		{"# coding: cp932\nprint('\x94\x4e')\n", "\u5e74"},
		{"# -*- coding: latin-1 -*-\nx = '\xe9\xff'\n", "éÿ"},
		{"#!/usr/bin/env python\n# vim: set fileencoding=iso8859-15 :\nx = '\xa4'\n", "€"},
		{"# coding=cp1252\nx = '\x80'\n", "€"},
		{"\xef\xbb\xbf# coding: utf-8\nx = 'é'\n", "é"},
		{"# coding: koi8-r\nx = '\xc1'\n", "а"},
		{"# coding: shift_jis\nx = '\x82\xa0'\n", "あ"},
		{"# coding: gbk\nx = '\xc4\xe3'\n", "你"},
		{"# coding: big5\nx = '\xa4\xa4'\n", "中"},
	}
	for _, tt := range tests {
		s, err := New("t.py", []byte(tt.src), Options{})
		if err != nil {
			t.Errorf("%q: %v", tt.src, err)
			continue
		}
		var got string
		for _, tok := range scanAll(t, s) {
			if tok.Kind == token.STRING {
				v, _, derr := s.DecodeString(tok)
				if derr != nil {
					t.Errorf("%q: %v", tt.src, derr)
				}
				got = v
			}
		}
		if got != tt.want {
			t.Errorf("%q: value %q, want %q", tt.src, got, tt.want)
		}
	}
}

// TestSingleInput checks the token stream of single mode: CPython's
// parser turns the first ENDMARKER into NEWLINE and closes open blocks
// (Parser/pegen.c, _PyPegen_fill_token), so "x = 1" and an unterminated
// block parse; the sources are ones ast.parse(src, mode="single")
// accepts under python3.13.
func TestSingleInput(t *testing.T) {
	tests := []struct {
		src  string
		want []token.Kind
	}{
		{"x = 1", []token.Kind{token.NAME, token.EQUAL, token.NUMBER, token.NEWLINE, token.ENDMARKER}},
		{"x = 1\n", []token.Kind{token.NAME, token.EQUAL, token.NUMBER, token.NEWLINE, token.NEWLINE, token.ENDMARKER}},
		{"if x:\n    y", []token.Kind{token.NAME, token.NAME, token.COLON, token.NEWLINE, token.INDENT, token.NAME,
			token.NEWLINE, token.DEDENT, token.NEWLINE, token.ENDMARKER}},
	}
	for _, tt := range tests {
		s, err := New("t.py", []byte(tt.src), Options{SingleInput: true, NoFinalNewline: true})
		if err != nil {
			t.Fatal(err)
		}
		var got []token.Kind
		for _, tok := range scanAll(t, s) {
			got = append(got, tok.Kind)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: %v, want %v", tt.src, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: %v, want %v", tt.src, got, tt.want)
				break
			}
		}
	}
}
