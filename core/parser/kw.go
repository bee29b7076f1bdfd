package parser

import "github.com/subpy/subpy/core/token"

// kw classifies NAME tokens: hard keywords, and the soft keywords the
// grammar looks at.
type kw uint8

const (
	kwNone kw = iota
	kwFalse
	kwNoneLit
	kwTrue
	kwAnd
	kwAs
	kwAssert
	kwAsync
	kwAwait
	kwBreak
	kwClass
	kwContinue
	kwDef
	kwDel
	kwElif
	kwElse
	kwExcept
	kwFinally
	kwFor
	kwFrom
	kwGlobal
	kwIf
	kwImport
	kwIn
	kwIs
	kwLambda
	kwNonlocal
	kwNot
	kwOr
	kwPass
	kwRaise
	kwReturn
	kwTry
	kwWhile
	kwWith
	kwYield
	// soft keywords: still usable as names
	softMatch
	softCase
	softType
	softUnderscore
)

// isHard reports whether k is a hard keyword (not a valid NAME).
func (k kw) isHard() bool { return k != kwNone && k < softMatch }

func lookupKw(s string) kw {
	if len(s) < 2 || len(s) > 8 {
		if s == "_" {
			return softUnderscore
		}
		return kwNone
	}
	switch s {
	case "False":
		return kwFalse
	case "None":
		return kwNoneLit
	case "True":
		return kwTrue
	case "and":
		return kwAnd
	case "as":
		return kwAs
	case "assert":
		return kwAssert
	case "async":
		return kwAsync
	case "await":
		return kwAwait
	case "break":
		return kwBreak
	case "class":
		return kwClass
	case "continue":
		return kwContinue
	case "def":
		return kwDef
	case "del":
		return kwDel
	case "elif":
		return kwElif
	case "else":
		return kwElse
	case "except":
		return kwExcept
	case "finally":
		return kwFinally
	case "for":
		return kwFor
	case "from":
		return kwFrom
	case "global":
		return kwGlobal
	case "if":
		return kwIf
	case "import":
		return kwImport
	case "in":
		return kwIn
	case "is":
		return kwIs
	case "lambda":
		return kwLambda
	case "nonlocal":
		return kwNonlocal
	case "not":
		return kwNot
	case "or":
		return kwOr
	case "pass":
		return kwPass
	case "raise":
		return kwRaise
	case "return":
		return kwReturn
	case "try":
		return kwTry
	case "while":
		return kwWhile
	case "with":
		return kwWith
	case "yield":
		return kwYield
	case "match":
		return softMatch
	case "case":
		return softCase
	case "type":
		return softType
	}
	return kwNone
}

// softKeywordToken is CPython's SOFT_KEYWORD token test as 3.13 implements
// it: a NAME whose text is a prefix of a soft keyword (it compares only the
// name's length), so "m", "ma" or "ty" count too.
func softKeywordToken(t *tok) bool {
	if t.Kind != token.NAME || t.Text == "" {
		return false
	}
	for _, k := range [...]string{"_", "case", "match", "type"} {
		if len(t.Text) <= len(k) && k[:len(t.Text)] == t.Text {
			return true
		}
	}
	return false
}
