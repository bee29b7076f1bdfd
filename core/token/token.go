// Package token defines the lexical token kinds of Python 3.13, source
// positions in CPython's units, and the Token value the scanner hands to the
// parser.
//
// It owns: the Kind constants (one per name of CPython 3.13's Lib/token.py,
// with the same numeric values), the exact-operator table, Pos and Token, and
// the keyword lists. It must not touch anything else: it is layer 1 and
// imports nothing of the engine. Everything here is immutable.
package token

// Kind is the type of a token. The values equal CPython 3.13's token module
// numbers, so Kind(n).String() == token.tok_name[n].
type Kind uint8

// The token kinds, in Lib/token.py order and numbering.
const (
	ENDMARKER Kind = iota
	NAME
	NUMBER
	STRING
	NEWLINE
	INDENT
	DEDENT
	LPAR
	RPAR
	LSQB
	RSQB
	COLON
	COMMA
	SEMI
	PLUS
	MINUS
	STAR
	SLASH
	VBAR
	AMPER
	LESS
	GREATER
	EQUAL
	DOT
	PERCENT
	LBRACE
	RBRACE
	EQEQUAL
	NOTEQUAL
	LESSEQUAL
	GREATEREQUAL
	TILDE
	CIRCUMFLEX
	LEFTSHIFT
	RIGHTSHIFT
	DOUBLESTAR
	PLUSEQUAL
	MINEQUAL
	STAREQUAL
	SLASHEQUAL
	PERCENTEQUAL
	AMPEREQUAL
	VBAREQUAL
	CIRCUMFLEXEQUAL
	LEFTSHIFTEQUAL
	RIGHTSHIFTEQUAL
	DOUBLESTAREQUAL
	DOUBLESLASH
	DOUBLESLASHEQUAL
	AT
	ATEQUAL
	RARROW
	ELLIPSIS
	COLONEQUAL
	EXCLAMATION
	OP
	TYPE_IGNORE
	TYPE_COMMENT
	SOFT_KEYWORD
	FSTRING_START
	FSTRING_MIDDLE
	FSTRING_END
	COMMENT
	NL
	ERRORTOKEN
	ENCODING
	N_TOKENS
)

var names = [...]string{
	ENDMARKER:        "ENDMARKER",
	NAME:             "NAME",
	NUMBER:           "NUMBER",
	STRING:           "STRING",
	NEWLINE:          "NEWLINE",
	INDENT:           "INDENT",
	DEDENT:           "DEDENT",
	LPAR:             "LPAR",
	RPAR:             "RPAR",
	LSQB:             "LSQB",
	RSQB:             "RSQB",
	COLON:            "COLON",
	COMMA:            "COMMA",
	SEMI:             "SEMI",
	PLUS:             "PLUS",
	MINUS:            "MINUS",
	STAR:             "STAR",
	SLASH:            "SLASH",
	VBAR:             "VBAR",
	AMPER:            "AMPER",
	LESS:             "LESS",
	GREATER:          "GREATER",
	EQUAL:            "EQUAL",
	DOT:              "DOT",
	PERCENT:          "PERCENT",
	LBRACE:           "LBRACE",
	RBRACE:           "RBRACE",
	EQEQUAL:          "EQEQUAL",
	NOTEQUAL:         "NOTEQUAL",
	LESSEQUAL:        "LESSEQUAL",
	GREATEREQUAL:     "GREATEREQUAL",
	TILDE:            "TILDE",
	CIRCUMFLEX:       "CIRCUMFLEX",
	LEFTSHIFT:        "LEFTSHIFT",
	RIGHTSHIFT:       "RIGHTSHIFT",
	DOUBLESTAR:       "DOUBLESTAR",
	PLUSEQUAL:        "PLUSEQUAL",
	MINEQUAL:         "MINEQUAL",
	STAREQUAL:        "STAREQUAL",
	SLASHEQUAL:       "SLASHEQUAL",
	PERCENTEQUAL:     "PERCENTEQUAL",
	AMPEREQUAL:       "AMPEREQUAL",
	VBAREQUAL:        "VBAREQUAL",
	CIRCUMFLEXEQUAL:  "CIRCUMFLEXEQUAL",
	LEFTSHIFTEQUAL:   "LEFTSHIFTEQUAL",
	RIGHTSHIFTEQUAL:  "RIGHTSHIFTEQUAL",
	DOUBLESTAREQUAL:  "DOUBLESTAREQUAL",
	DOUBLESLASH:      "DOUBLESLASH",
	DOUBLESLASHEQUAL: "DOUBLESLASHEQUAL",
	AT:               "AT",
	ATEQUAL:          "ATEQUAL",
	RARROW:           "RARROW",
	ELLIPSIS:         "ELLIPSIS",
	COLONEQUAL:       "COLONEQUAL",
	EXCLAMATION:      "EXCLAMATION",
	OP:               "OP",
	TYPE_IGNORE:      "TYPE_IGNORE",
	TYPE_COMMENT:     "TYPE_COMMENT",
	SOFT_KEYWORD:     "SOFT_KEYWORD",
	FSTRING_START:    "FSTRING_START",
	FSTRING_MIDDLE:   "FSTRING_MIDDLE",
	FSTRING_END:      "FSTRING_END",
	COMMENT:          "COMMENT",
	NL:               "NL",
	ERRORTOKEN:       "ERRORTOKEN",
	ENCODING:         "ENCODING",
	N_TOKENS:         "N_TOKENS",
}

// String returns the token's name as in CPython's token.tok_name.
func (k Kind) String() string {
	if int(k) < len(names) {
		return names[k]
	}
	return "Kind(" + itoa(int(k)) + ")"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// IsOperator reports whether k is one of the exact operator kinds
// (LPAR through EXCLAMATION), the ones CPython's tokenize module reports as
// OP with an exact_type.
func (k Kind) IsOperator() bool { return k >= LPAR && k <= EXCLAMATION }

// ops maps each operator spelling to its kind (CPython's EXACT_TOKEN_TYPES).
var ops = map[string]Kind{
	"!":   EXCLAMATION,
	"!=":  NOTEQUAL,
	"%":   PERCENT,
	"%=":  PERCENTEQUAL,
	"&":   AMPER,
	"&=":  AMPEREQUAL,
	"(":   LPAR,
	")":   RPAR,
	"*":   STAR,
	"**":  DOUBLESTAR,
	"**=": DOUBLESTAREQUAL,
	"*=":  STAREQUAL,
	"+":   PLUS,
	"+=":  PLUSEQUAL,
	",":   COMMA,
	"-":   MINUS,
	"-=":  MINEQUAL,
	"->":  RARROW,
	".":   DOT,
	"...": ELLIPSIS,
	"/":   SLASH,
	"//":  DOUBLESLASH,
	"//=": DOUBLESLASHEQUAL,
	"/=":  SLASHEQUAL,
	":":   COLON,
	":=":  COLONEQUAL,
	";":   SEMI,
	"<":   LESS,
	"<<":  LEFTSHIFT,
	"<<=": LEFTSHIFTEQUAL,
	"<=":  LESSEQUAL,
	"=":   EQUAL,
	"==":  EQEQUAL,
	">":   GREATER,
	">=":  GREATEREQUAL,
	">>":  RIGHTSHIFT,
	">>=": RIGHTSHIFTEQUAL,
	"@":   AT,
	"@=":  ATEQUAL,
	"[":   LSQB,
	"]":   RSQB,
	"^":   CIRCUMFLEX,
	"^=":  CIRCUMFLEXEQUAL,
	"{":   LBRACE,
	"|":   VBAR,
	"|=":  VBAREQUAL,
	"}":   RBRACE,
	"~":   TILDE,
}

// LookupOp returns the kind of the exact operator spelled s.
func LookupOp(s string) (Kind, bool) {
	k, ok := ops[s]
	return k, ok
}

// Ops returns every operator spelling with its kind (a fresh copy).
func Ops() map[string]Kind {
	m := make(map[string]Kind, len(ops))
	for s, k := range ops {
		m[s] = k
	}
	return m
}

// Pos is a source position in CPython's units: Line is 1-based; Col is the
// 0-based byte offset into the line's UTF-8 text (CPython's col_offset).
type Pos struct {
	Line, Col int
}

// Token is one token. Text is the token's source text, a slice of the
// decoded source (never a copy); for INDENT/DEDENT/NEWLINE/ENDMARKER it is
// what CPython's tokenize module shows ("" for DEDENT and ENDMARKER, the
// indentation for INDENT, the newline for NEWLINE).
type Token struct {
	Kind       Kind
	Start, End Pos
	Text       string
}

var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true,
	"assert": true, "async": true, "await": true, "break": true,
	"class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true,
	"global": true, "if": true, "import": true, "in": true, "is": true,
	"lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true,
	"raise": true, "return": true, "try": true, "while": true, "with": true,
	"yield": true,
}

var softKeywords = map[string]bool{"_": true, "case": true, "match": true, "type": true}

// IsKeyword reports whether s is a hard keyword of Python 3.13
// (keyword.kwlist).
func IsKeyword(s string) bool { return keywords[s] }

// IsSoftKeyword reports whether s is a soft keyword of Python 3.13
// (keyword.softkwlist).
func IsSoftKeyword(s string) bool { return softKeywords[s] }
