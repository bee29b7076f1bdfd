// Package scanner turns Python 3.13 source bytes into tokens, exactly as
// CPython 3.13's C tokenizer does, and evaluates literal tokens.
//
// It owns: source decoding (UTF-8 BOM, PEP 263 coding declarations, other
// encodings through golang.org/x/text), universal newlines, the tokenizer
// (indentation, line joining, PEP 701 f-strings, type comments), the
// tokenizer's SyntaxError/IndentationError/TabError messages and positions,
// literal evaluation (strings, bytes, f-string middles, numbers), and the
// Unicode 15.1 identifier tables (XID_Start, XID_Continue, NFKC) generated
// from python3.13 by gen_unicode.go.
//
// It must not touch anything else: it is layer 2 and imports only
// core/token from the engine. It holds no mutable package-level state; a
// Scanner belongs to one goroutine.
//
// Positions are CPython's: token.Pos lines are 1-based and columns are
// 0-based UTF-8 byte offsets into the decoded line. Error positions follow
// SyntaxError's attributes instead (see Error).
package scanner
