package parser

import "github.com/subpy/subpy/core/token"

// Bounded nesting. CPython 3.13's parser counts the nesting of its grammar
// rules and gives up past MAXSTACK (6000) with MemoryError "Parser stack
// overflowed - Python source too complex to parse". This parser recurses
// far less per construct, so it keeps a counter in CPython's units
// instead: p.depth is the number of rule levels CPython would have open,
// relative to a module-level expression statement, and every recursive
// construct charges what it costs CPython. The costs below were measured
// against python3.13 (the largest nesting that parses, in each context);
// the deepest path to an atom from a module-level statement is leafCost
// levels. The tokenizer's own limits (200 nested brackets, 100 indentation
// levels, 150 nested f-strings) come from core/scanner.
const (
	maxStack = 6000
	leafCost = 31
	// bracketDiscount: a bracket that starts a statement costs CPython
	// this much less (its statement-level rules have already been tried
	// and memoized).
	bracketDiscount = 19
	// rhsDiscount: the same for a bracket that starts the value of an
	// assignment (x = (...)).
	rhsDiscount = 18
)

// Per-construct costs, in CPython rule levels.
const (
	costParen    = 28 // ( ... )
	costTuple    = 2  // more for a parenthesized tuple
	costList     = 29 // [ ... ]
	costBrace    = 29 // { ... }
	costCall     = 24 // f( ... )
	costSubscr   = 24 // a[ ... ]
	costFString  = 33 // f"{ ... }"
	costUnary    = 1  // - + ~ not, and each elif
	costPower    = 2  // a ** b (right operand)
	costLambda   = 2  // lambda: body
	costIfElse   = 1  // x if y else <here>
	costCmpRight = 3  // a < <here>
	costBoolOp   = 2  // a and <here>
	costNamed    = 1  // (x := <here>)
	costStarArg  = 3  // f(*<here>), f(**<here>), f(k=<here>)
	costDefault  = 5  // def f(a=<here>)
	costPattern  = 1
	costLaterArg = 4 // f(a, <here>)
	costLaterElt = 2 // a, <here> (an unparenthesized tuple)
)

// discount is what a call or subscript whose primary starts at token
// startIdx saves (see bracketCost).
func (p *parser) discount(startIdx int) int {
	switch startIdx {
	case p.stmtStart:
		return bracketDiscount
	case p.rhsStart:
		return rhsDiscount
	}
	return 0
}

// charge adds n levels and fails as CPython does when the deepest path
// would exceed MAXSTACK; it returns the previous depth for restore.
func (p *parser) charge(n int) int {
	old := p.depth
	p.depth += n
	if p.depth+leafCost > maxStack {
		panic(bailout{&OtherError{"MemoryError", "Parser stack overflowed - Python source too complex to parse"}})
	}
	return old
}

func (p *parser) restore(old int) { p.depth = old }

// bracketCost is what the bracket at the current token costs: less when
// it starts the statement, and 1 right inside such a parenthesis (CPython's
// memoized first attempts make these paths shorter).
func (p *parser) bracketCost(full int, startIdx int) int {
	switch {
	case startIdx == p.stmtStart:
		if p.toks[p.pos].Kind == token.LPAR {
			p.discountParen = p.pos
		}
		return full - bracketDiscount
	case startIdx == p.rhsStart:
		return full - rhsDiscount
	case p.discountParen >= 0 && p.pos == p.discountParen+1:
		return 1
	}
	return full
}

// chainStep records one more node in the current left-nested chain.
func (p *parser) chainStep() {
	p.chain++
	if p.chain > p.maxChain {
		p.maxChain = p.chain
	}
}

// chainEnd closes the chains a rule opened (deferred with the length
// at its start).
func (p *parser) chainEnd(n int) { p.chain = n }

// bracketRules is deferred by the bracket rules: inside brackets opened
// during legacyCheck's lookahead the error rules are off.
func (p *parser) bracketRules() func() {
	if !p.offInBrackets {
		return func() {}
	}
	p.noInvalid++
	p.offInBrackets = false
	return func() {
		p.noInvalid--
		p.offInBrackets = true
	}
}
