package scanner

import "github.com/subpy/subpy/core/token"

// PEP 701 f-strings. FSTRING_START pushes a mode; in string mode the
// scanner emits FSTRING_MIDDLE parts (possibly empty, as CPython does after
// a nested replacement field in a format spec) and FSTRING_END; a '{'
// switches the mode to regular for the replacement field's tokens, and the
// matching '}' (or a top-level ':' starting the format spec) switches back.
//
// A middle never contains a doubled brace: "a{{b" gives the middles "a{"
// and "b" (the second brace is skipped), as in CPython.

// fstringStart scans the quotes of an f-string whose prefix is behind
// s.start and whose first quote was read.
func (s *Scanner) fstringStart(quote int) token.Token {
	quoteSize := 1
	after := s.nextc()
	if after == quote {
		afterAfter := s.nextc()
		if afterAfter == quote {
			quoteSize = 3
		} else {
			s.backup(afterAfter)
			s.backup(after)
		}
	}
	if after != quote {
		s.backup(after)
	}
	if len(s.modes)+1 >= maxFStringLevel {
		return s.syntaxError("too many nested f-strings")
	}
	raw := false
	switch s.src[s.start] {
	case 'f', 'F':
		raw = s.src[s.start+1] == 'r' || s.src[s.start+1] == 'R'
	default:
		raw = true
	}
	s.modes = append(s.modes, fmode{
		quote:          byte(quote),
		quoteSize:      quoteSize,
		raw:            raw,
		start:          s.start,
		startLineStart: s.lineStart,
		startLine:      s.lineno,
		exprStartDepth: -1,
	})
	return s.tok(token.FSTRING_START)
}

// IsRawFString reports whether an FSTRING_START token's prefix makes the
// f-string raw (its middles keep backslashes).
func IsRawFString(start token.Token) bool {
	for i := 0; i < len(start.Text); i++ {
		if c := start.Text[i]; c == 'r' || c == 'R' {
			return true
		}
	}
	return false
}

// fstringMode scans in the string part of the f-string m (CPython's
// tok_get_fstring_mode).
func (s *Scanner) fstringMode(m *fmode) token.Token {
	s.markStart(s.cur)
	quote := int(m.quote)

	startChar := s.nextc()
	if startChar == '{' {
		peek := s.nextc()
		s.backup(peek)
		s.backup(startChar)
		if peek != '{' {
			m.exprStartDepth++
			if m.exprStartDepth >= maxExprNesting {
				return s.syntaxError("f-string: expressions nested too deeply")
			}
			m.regular = true
			return s.regular()
		}
	} else {
		s.backup(startChar)
	}

	// The end of the string?
	for i := 0; i < m.quoteSize; i++ {
		c := s.nextc()
		if c != quote {
			s.backup(c)
			return s.fstringMiddle(m)
		}
	}
	s.modes = s.modes[:len(s.modes)-1]
	return s.tok(token.FSTRING_END)
}

func (s *Scanner) fstringMiddle(m *fmode) token.Token {
	quote := int(m.quote)
	endQuote := 0
	unicodeEscape := false
	for endQuote != m.quoteSize {
		c := s.nextc()
		inFormatSpec := m.inFormatSpec && m.exprStartDepth >= 0
		if c == eof || (m.quoteSize == 1 && c == '\n') {
			if inFormatSpec && c == '\n' {
				// 3.13.0 ends the format spec here; the parser reports
				// "f-string: expecting '}', or format specs" (later 3.13
				// releases raise a tokenizer error instead).
				s.backup(c)
				m.regular = true
				m.inFormatSpec = false
				return s.tok(token.FSTRING_MIDDLE)
			}
			// Report from the f-string's start.
			detected := s.lineno
			s.cur = m.start + 1
			s.lineStart = m.startLineStart
			s.lineno = m.startLine
			if m.quoteSize == 3 {
				return s.syntaxError("unterminated triple-quoted f-string literal (detected at line " + itoa(detected) + ")")
			}
			return s.syntaxError("unterminated f-string literal (detected at line " + itoa(detected) + ")")
		}
		if c == quote {
			endQuote++
			continue
		}
		endQuote = 0
		switch c {
		case '{':
			peek := s.nextc()
			if peek != '{' || inFormatSpec {
				s.backup(peek)
				s.backup(c)
				m.exprStartDepth++
				if m.exprStartDepth >= maxExprNesting {
					return s.syntaxError("f-string: expressions nested too deeply")
				}
				m.regular = true
				m.inFormatSpec = false
				return s.tok(token.FSTRING_MIDDLE)
			}
			return s.middleBeforeLast()
		case '}':
			if unicodeEscape {
				return s.tok(token.FSTRING_MIDDLE)
			}
			peek := s.nextc()
			if peek == '}' && !inFormatSpec && m.bracketDepth == 0 {
				return s.middleBeforeLast()
			}
			s.backup(peek)
			s.backup(c)
			m.regular = true
			m.inFormatSpec = false
			return s.tok(token.FSTRING_MIDDLE)
		case '\\':
			peek := s.nextc()
			if peek == '{' || peek == '}' {
				s.backup(peek)
				continue
			}
			if !m.raw && peek == 'N' {
				peek = s.nextc()
				if peek == '{' {
					unicodeEscape = true
				} else {
					s.backup(peek)
				}
			}
		}
	}
	// Leave the closing quotes for FSTRING_END.
	for i := 0; i < m.quoteSize; i++ {
		s.backup(quote)
	}
	return s.tok(token.FSTRING_MIDDLE)
}

// middleBeforeLast returns an FSTRING_MIDDLE ending one byte before cur
// (the second brace of "{{" or "}}" is consumed but not part of it).
func (s *Scanner) middleBeforeLast() token.Token {
	t := s.tok(token.FSTRING_MIDDLE)
	t.Text = t.Text[:len(t.Text)-1]
	t.End.Col--
	return t
}
