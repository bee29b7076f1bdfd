package scanner

import (
	"math/big"

	"github.com/subpy/subpy/core/token"
)

// This file is the literal-evaluation API the parser calls. The package
// functions see only the token: their errors carry CPython's positions
// computed from the token alone (exact when the token's line holds only
// ASCII before it); the Scanner methods of the same names recompute the
// character offsets from the source lines, as CPython does.

// DecodeString returns the value of a STRING token: any prefix (r, u, b,
// br, rb in any case), single or triple quotes, all escapes including
// \N{name} (Unicode 15.1 names). For a bytes literal isBytes is true and s
// holds the bytes (one Go byte per Python byte). A str value is UTF-8,
// except that a lone surrogate from \ud800-style escapes is kept in its
// generalized UTF-8 form (WTF-8: ED A0..BF xx), as Go strings cannot hold
// it as a rune; printers must render it as Python's '\ud800'.
//
// Errors are CPython's messages, positioned on the whole token:
// "(unicode error) 'unicodeescape' codec can't decode bytes in position
// 0-2: truncated \xXX escape" (positions count in CPython's intermediate
// buffer), "(unicode error) 'utf-8' codec can't decode byte 0xff in
// position 0: invalid start byte", "(value error) invalid \x escape at
// position 0", "bytes can only contain ASCII literal characters".
// Invalid escapes (CPython's SyntaxWarning) are kept as written.
func DecodeString(tok token.Token) (s string, isBytes bool, err *Error) {
	return decodeString(tok)
}

// DecodeFStringMiddle returns the value of an FSTRING_MIDDLE token. raw
// tells whether the f-string is raw (IsRawFString of its FSTRING_START);
// unless it is, backslash escapes are decoded as in DecodeString. A middle
// never holds a doubled brace (the scanner splits "a{{b" into the middles
// "a{" and "b"), and may be empty (CPython emits one after a nested
// replacement field in a format spec); the parser drops empty parts.
//
// CPython decodes the middles only when its parser reaches the f-string's
// FSTRING_END, and reports a middle's error at that FSTRING_END token
// (offset = its column + 1, end = its end column + 1); the error returned
// here is positioned on the middle itself, so the parser repositions it.
func DecodeFStringMiddle(tok token.Token, raw bool) (string, *Error) {
	return decodeFStringMiddle(tok, raw)
}

// NumberKind tells which Python type a NUMBER token denotes.
type NumberKind uint8

// The number kinds.
const (
	Int   NumberKind = iota // int
	Float                   // float
	Imag                    // complex with zero real part
)

// Number is the value of a NUMBER token.
type Number struct {
	Kind NumberKind
	// Small is the int value when Kind == Int and Big is nil (it fits in
	// an int64).
	Small int64
	// Big is the int value when it does not fit in an int64.
	Big *big.Int
	// Float is the float value, or the imaginary part when Kind == Imag.
	Float float64
}

// ParseNumber returns the value of a NUMBER token (underscores, all bases,
// floats, imaginary literals). The scanner has already rejected malformed
// numbers, so the only error is CPython's limit on decimal integer
// literals (more than 4300 digits).
func ParseNumber(tok token.Token) (Number, *Error) {
	return parseNumber(tok)
}

// NormalizeIdentifier returns the NFKC normalization of a NAME token's
// text under Unicode 15.1, as CPython 3.13 normalizes identifiers. ASCII
// names are returned unchanged without allocation.
func NormalizeIdentifier(name string) string {
	return normalizeIdentifier(name)
}

// DecodeString is the package function DecodeString with error offsets
// computed from this scanner's source lines.
func (s *Scanner) DecodeString(tok token.Token) (string, bool, *Error) {
	v, isBytes, err := decodeString(tok)
	if err != nil {
		err.Reposition(tok, s.Line)
	}
	return v, isBytes, err
}

// DecodeFStringMiddle is the package function DecodeFStringMiddle with
// error offsets computed from this scanner's source lines.
func (s *Scanner) DecodeFStringMiddle(tok token.Token, raw bool) (string, *Error) {
	v, err := decodeFStringMiddle(tok, raw)
	if err != nil {
		err.Reposition(tok, s.Line)
	}
	return v, err
}

// ParseNumber is the package function ParseNumber with error offsets
// computed from this scanner's source lines.
func (s *Scanner) ParseNumber(tok token.Token) (Number, *Error) {
	v, err := parseNumber(tok)
	if err != nil {
		err.Reposition(tok, s.Line)
	}
	return v, err
}
