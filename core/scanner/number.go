package scanner

import (
	"unicode/utf8"

	"github.com/subpy/subpy/core/token"
)

// number scans a numeric literal. c is its first byte (a digit, or '.'
// with the fraction's first digit in d).
func (s *Scanner) number(c, d int) token.Token {
	if c == '.' {
		return s.fraction(d)
	}
	if c == '0' {
		c = s.nextc()
		switch c {
		case 'x', 'X':
			c = s.nextc()
			for {
				if c == '_' {
					c = s.nextc()
				}
				if !isXDigit(c) {
					s.backup(c)
					return s.syntaxError("invalid hexadecimal literal")
				}
				for {
					c = s.nextc()
					if !isXDigit(c) {
						break
					}
				}
				if c != '_' {
					break
				}
			}
			if t, ok := s.endOfNumber(c, "hexadecimal"); !ok {
				return t
			}
		case 'o', 'O':
			c = s.nextc()
			for {
				if c == '_' {
					c = s.nextc()
				}
				if c < '0' || c >= '8' {
					if isDigit(c) {
						return s.syntaxError("invalid digit '" + string(rune(c)) + "' in octal literal")
					}
					s.backup(c)
					return s.syntaxError("invalid octal literal")
				}
				for {
					c = s.nextc()
					if c < '0' || c >= '8' {
						break
					}
				}
				if c != '_' {
					break
				}
			}
			if isDigit(c) {
				return s.syntaxError("invalid digit '" + string(rune(c)) + "' in octal literal")
			}
			if t, ok := s.endOfNumber(c, "octal"); !ok {
				return t
			}
		case 'b', 'B':
			c = s.nextc()
			for {
				if c == '_' {
					c = s.nextc()
				}
				if c != '0' && c != '1' {
					if isDigit(c) {
						return s.syntaxError("invalid digit '" + string(rune(c)) + "' in binary literal")
					}
					s.backup(c)
					return s.syntaxError("invalid binary literal")
				}
				for {
					c = s.nextc()
					if c != '0' && c != '1' {
						break
					}
				}
				if c != '_' {
					break
				}
			}
			if isDigit(c) {
				return s.syntaxError("invalid digit '" + string(rune(c)) + "' in binary literal")
			}
			if t, ok := s.endOfNumber(c, "binary"); !ok {
				return t
			}
		default:
			nonzero := false
			// Maybe old-style octal; in any case allow '0' as a literal.
			for {
				if c == '_' {
					c = s.nextc()
					if !isDigit(c) {
						s.backup(c)
						return s.syntaxError("invalid decimal literal")
					}
				}
				if c != '0' {
					break
				}
				c = s.nextc()
			}
			zerosEnd := s.cur
			if isDigit(c) {
				nonzero = true
				var ok bool
				if c, ok = s.decimalTail(); !ok {
					return s.errTok()
				}
			}
			switch {
			case c == '.':
				return s.fraction(s.nextc())
			case c == 'e' || c == 'E':
				return s.exponent(c)
			case c == 'j' || c == 'J':
				return s.imaginary()
			case nonzero && !s.opts.Comments:
				s.backup(c)
				return s.syntaxErrorRange("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
					s.start+1-s.lineStart, zerosEnd-s.lineStart)
			}
			if t, ok := s.endOfNumber(c, "decimal"); !ok {
				return t
			}
		}
		s.backup(c)
		return s.tok(token.NUMBER)
	}
	// Decimal.
	s.backup(c)
	c, ok := s.decimalTail()
	if !ok {
		return s.errTok()
	}
	if c == '.' {
		return s.fraction(s.nextc())
	}
	return s.afterFraction(c)
}

// fraction continues a float after its '.', c being the next byte.
func (s *Scanner) fraction(c int) token.Token {
	if isDigit(c) {
		s.backup(c)
		var ok bool
		if c, ok = s.decimalTail(); !ok {
			return s.errTok()
		}
	}
	return s.afterFraction(c)
}

func (s *Scanner) afterFraction(c int) token.Token {
	if c == 'e' || c == 'E' {
		return s.exponent(c)
	}
	if c == 'j' || c == 'J' {
		return s.imaginary()
	}
	if t, ok := s.endOfNumber(c, "decimal"); !ok {
		return t
	}
	s.backup(c)
	return s.tok(token.NUMBER)
}

// exponent continues after an 'e' or 'E' (e).
func (s *Scanner) exponent(e int) token.Token {
	c := s.nextc()
	if c == '+' || c == '-' {
		c = s.nextc()
		if !isDigit(c) {
			s.backup(c)
			return s.syntaxError("invalid decimal literal")
		}
	} else if !isDigit(c) {
		s.backup(c)
		if t, ok := s.endOfNumber(e, "decimal"); !ok {
			return t
		}
		s.backup(e)
		return s.tok(token.NUMBER)
	}
	s.backup(c)
	c, ok := s.decimalTail()
	if !ok {
		return s.errTok()
	}
	if c == 'j' || c == 'J' {
		return s.imaginary()
	}
	if t, ok := s.endOfNumber(c, "decimal"); !ok {
		return t
	}
	s.backup(c)
	return s.tok(token.NUMBER)
}

// imaginary finishes a number after its 'j'.
func (s *Scanner) imaginary() token.Token {
	c := s.nextc()
	if t, ok := s.endOfNumber(c, "imaginary"); !ok {
		return t
	}
	s.backup(c)
	return s.tok(token.NUMBER)
}

// decimalTail reads digits with single underscores between them (the
// first byte is still unread) and returns the byte after them.
func (s *Scanner) decimalTail() (int, bool) {
	for {
		c := s.nextc()
		for isDigit(c) {
			c = s.nextc()
		}
		if c != '_' {
			return c, true
		}
		c = s.nextc()
		if !isDigit(c) {
			s.backup(c)
			s.syntaxError("invalid decimal literal")
			return 0, false
		}
		s.backup(c)
	}
}

// endOfNumber checks what follows a number (c, already read): a letter
// makes it an "invalid <kind> literal", except the keywords that may
// follow a number in valid code (CPython warns there).
func (s *Scanner) endOfNumber(c int, kind string) (token.Token, bool) {
	if s.opts.Comments {
		return token.Token{}, true
	}
	r := false
	switch c {
	case 'a':
		r = s.lookahead("nd")
	case 'e':
		r = s.lookahead("lse")
	case 'f':
		r = s.lookahead("or")
	case 'i':
		c2 := s.nextc()
		r = c2 == 'f' || c2 == 'n' || c2 == 's'
		s.backup(c2)
	case 'o':
		r = s.lookahead("r")
	case 'n':
		r = s.lookahead("ot")
	}
	if r {
		return token.Token{}, true
	}
	if c >= 0 && c < 128 && isIdentChar[c] {
		s.backup(c)
		return s.syntaxError("invalid " + kind + " literal"), false
	}
	return token.Token{}, true
}

// lookahead reports whether the next bytes are word followed by a byte
// that cannot continue an identifier (without consuming anything), as
// CPython's lookahead().
func (s *Scanner) lookahead(word string) bool {
	// word has no newline, so all of it must be on the current line.
	end := s.cur + len(word)
	if end > s.lineEnd || s.src[s.cur:end] != word {
		return false
	}
	if end == len(s.src) {
		return true
	}
	c := s.src[end]
	return c < utf8.RuneSelf && !isIdentChar[c]
}
