package scanner

import (
	"strconv"
	"strings"
)

// None stands for Python's None in the integer fields of Error (CPython has
// lineno None for "source code string cannot contain null bytes", and
// end_lineno/end_offset None for encoding errors). Zero and -1 are real
// values CPython reports, so they cannot play that role.
const None = -1 << 31

// Error is a SyntaxError (or one of its subclasses) shaped exactly as
// CPython 3.13 raises it. The parser returns the same type for its own
// syntax errors.
type Error struct {
	// Type is the exception class name: "SyntaxError", "IndentationError"
	// or "TabError".
	Type string
	// Msg is the exception's msg attribute.
	Msg string
	// Line, Col, EndLine and EndCol are SyntaxError's lineno, offset,
	// end_lineno and end_offset: lines 1-based, offsets 1-based and counted
	// in characters (code points) of the line, as CPython computes them,
	// including CPython's 0 and -1 values. None encodes Python's None.
	Line, Col, EndLine, EndCol int
	// Text is SyntaxError's text attribute (the offending source line), ""
	// where CPython has None.
	Text string
	// Late marks an error found after parsing (the symbol table): CPython
	// takes its text from the file the code was compiled as, so code
	// compiled from a string has none.
	Late bool
}

// Error formats the error as Python prints its first line:
// "SyntaxError: msg (line N)".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Type)
	b.WriteString(": ")
	b.WriteString(e.Msg)
	if e.Line != None {
		b.WriteString(" (line ")
		b.WriteString(strconv.Itoa(e.Line))
		b.WriteString(")")
	}
	return b.String()
}
