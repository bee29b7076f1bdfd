package scanner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/subpy/subpy/core/token"
)

// addCaseSeeds seeds a fuzz target with the test cases in testdata.
func addCaseSeeds(f *testing.F) {
	for _, name := range []string{"tokenize_cases.txt", "errors_cases.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		names, srcs := splitCases(string(data))
		for i, n := range names {
			if strings.HasPrefix(n, "esc:") {
				f.Add(unescapeCase(srcs[i]))
			} else {
				f.Add([]byte(srcs[i]))
			}
		}
	}
}

// FuzzScanner checks that the scanner never panics, always reaches
// ENDMARKER or ERRORTOKEN within a bounded number of tokens, produces
// ordered positions, and that each token's Text is the source between its
// positions. Literal evaluation runs on every literal token too.
func FuzzScanner(f *testing.F) {
	addCaseSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, opts := range []Options{{}, {Comments: true, TypeComments: true}} {
			s, err := New("fuzz", src, opts)
			if err != nil {
				if _, ok := err.(*Error); !ok {
					t.Fatalf("New returned %T", err)
				}
				continue
			}
			var raw []bool
			prev := token.Pos{Line: 1}
			limit := 4*len(src) + 16
			for i := 0; ; i++ {
				if i > limit {
					t.Fatalf("no end after %d tokens", i)
				}
				tok := s.Next()
				if tok.Kind == token.ERRORTOKEN {
					if s.Err() == nil {
						t.Fatal("ERRORTOKEN without Err")
					}
					break
				}
				if tok.Kind == token.ENDMARKER {
					break
				}
				if tok.Start.Line < prev.Line || tok.Start.Line == prev.Line && tok.Start.Col < prev.Col {
					t.Fatalf("token %d %v starts at %v before %v", i, tok.Kind, tok.Start, prev)
				}
				if tok.End.Line < tok.Start.Line || tok.End.Line == tok.Start.Line && tok.End.Col < tok.Start.Col {
					t.Fatalf("token %d %v ends at %v before its start %v", i, tok.Kind, tok.End, tok.Start)
				}
				prev = tok.Start
				switch tok.Kind {
				case token.NEWLINE, token.NL, token.INDENT, token.DEDENT, token.TYPE_IGNORE, token.TYPE_COMMENT:
				default:
					if got := s.Slice(tok.Start, tok.End); got != tok.Text {
						t.Fatalf("token %d %v: Text %q, source %q", i, tok.Kind, tok.Text, got)
					}
				}
				switch tok.Kind {
				case token.STRING:
					s.DecodeString(tok)
				case token.NUMBER:
					s.ParseNumber(tok)
				case token.FSTRING_START:
					raw = append(raw, IsRawFString(tok))
				case token.FSTRING_END:
					raw = raw[:len(raw)-1]
				case token.FSTRING_MIDDLE:
					s.DecodeFStringMiddle(tok, len(raw) > 0 && raw[len(raw)-1])
				}
			}
		}
	})
}

// FuzzDecodeString feeds arbitrary bodies to the literal decoders.
func FuzzDecodeString(f *testing.F) {
	for _, s := range []string{`"\x41\u1234\N{BULLET}\777\q"`, `b'\x4'`, `'\N{'`, `rb"\\"`, `"""a\
b"""`, "'\xff'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		for _, prefix := range []string{"", "b", "r", "br"} {
			tok := token.Token{Kind: token.STRING, Start: token.Pos{Line: 1}, End: token.Pos{Line: 1, Col: len(body) + 2 + len(prefix)}, Text: prefix + "'" + body + "'"}
			DecodeString(tok)
		}
		DecodeFStringMiddle(token.Token{Kind: token.FSTRING_MIDDLE, Start: token.Pos{Line: 1}, Text: body}, false)
		normalizeIdentifier(body)
	})
}
