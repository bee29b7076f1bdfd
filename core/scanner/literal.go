package scanner

import (
	"math/big"

	"github.com/subpy/subpy/core/token"
)

// This file is the literal-evaluation API the parser calls. Decoding
// positions errors as CPython 3.13 does, from the token's position.

// DecodeString returns the value of a STRING token: any prefix (r, u, b,
// br, rb in any case), single or triple quotes, all escapes. For a bytes
// literal isBytes is true and s holds the bytes (one Go byte per Python
// byte). Errors are CPython's, e.g. "(unicode error) 'unicodeescape' codec
// can't decode bytes in position 0-1: truncated \xXX escape" or "bytes can
// only contain ASCII literal characters".
func DecodeString(tok token.Token) (s string, isBytes bool, err *Error) {
	return decodeString(tok)
}

// DecodeFStringMiddle returns the value of an FSTRING_MIDDLE token: "{{"
// and "}}" become single braces, and unless the f-string is raw (its
// FSTRING_START has an r or R prefix) backslash escapes are decoded.
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
