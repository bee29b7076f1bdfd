// Package scanner turns Python 3.13 source bytes into tokens exactly as
// CPython 3.13's C tokenizer does, and evaluates literal tokens.
//
// It owns: source decoding (NUL check, UTF-8 BOM, PEP 263 coding
// declarations with Python's single-byte codecs, universal newlines), the
// tokenizer (indentation with tabs and form feeds, line joining, every
// literal form, PEP 701 f-string modes, type comments), the tokenizer's
// SyntaxError, IndentationError and TabError messages and positions,
// literal evaluation (strings, bytes, f-string middles, numbers), and the
// Unicode 15.1 tables identifiers and \N{...} escapes need (XID_Start,
// XID_Continue, printable, NFKC data, character names) and the codec
// tables, all generated from python3.13 by gen_unicode.go (go generate).
// Go's unicode package and golang.org/x/text stop at Unicode 15.0, so
// NFKC is implemented here on the generated data.
//
// It must not touch anything else: it is layer 2 and imports only
// core/token from the engine (and the standard library). It holds no
// mutable package-level state; a Scanner belongs to one goroutine.
//
// Positions are CPython's: token.Pos lines are 1-based and columns are
// 0-based UTF-8 byte offsets into the line (the units of the AST's
// col_offset). Error positions are SyntaxError's attributes instead:
// 1-based character offsets (see Error).
//
// Two output modes exist. The zero Options give what CPython's parser
// reads; Options.Comments gives what the tokenize module reads (COMMENT
// and NL tokens, fewer checks). The tests compare the latter with
// python3.13's tokenize over the whole standard library (tokenize reports
// columns in characters; the tests convert).
//
// Known gaps: multi-byte codecs (CJK, UTF-16) in coding declarations
// report "unknown encoding"; \N{...} does not accept name aliases;
// invalid escape sequences (SyntaxWarning in CPython) are not reported.
package scanner
