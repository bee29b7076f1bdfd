package parser

import (
	"strconv"

	"github.com/subpy/subpy/core/scanner"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/token"
)

// --- start rules ------------------------------------------------------

// fileInput: [statements] ENDMARKER.
func (p *parser) fileInput() *ast.Module {
	var body []ast.Stmt
	for !p.at(token.ENDMARKER) {
		body = p.statement(body)
	}
	return &ast.Module{Body: body, TypeIgnores: p.typeIgnores}
}

// evalInput: expressions NEWLINE* ENDMARKER.
func (p *parser) evalInput() *ast.Expression {
	if p.at(token.ENDMARKER) && len(p.sc.Source()) == 0 {
		t := p.tok()
		e := p.newError("SyntaxError", "invalid syntax", t.Start, t.End)
		e.Line, e.Col, e.EndLine, e.EndCol = 0, 0, 0, 0
		p.fail(e)
	}
	e := p.expressions()
	for p.got(token.NEWLINE) {
	}
	if !p.at(token.ENDMARKER) {
		if p.toks[p.pos-1].Kind != token.NEWLINE {
			p.setAfterExpr()
		}
		p.legacyCheck(e)
		p.syntaxError()
	}
	return &ast.Expression{Body: e}
}

// interactive: statement_newline.
func (p *parser) interactive() *ast.Interactive {
	var body []ast.Stmt
	switch {
	case p.at(token.NEWLINE):
		t := p.next()
		body = []ast.Stmt{&ast.Pass{Pos: tokPos(t)}}
	case p.at(token.ENDMARKER):
		t := p.tok()
		e := p.newError("SyntaxError", "invalid syntax", t.Start, t.End)
		e.Col, e.EndCol = 0, 0
		if len(p.sc.Source()) == 0 {
			e.Line, e.EndLine = 0, 0
		}
		p.fail(e)
	case p.isCompoundStart():
		body = append(body, p.compoundStmt())
		p.expect(token.NEWLINE)
	default:
		body = p.simpleStmts(nil)
	}
	// CPython's bad_single_statement: anything but blank lines and
	// comments after the statement.
	for i := p.pos; i < len(p.toks); i++ {
		switch p.toks[i].Kind {
		case token.NEWLINE, token.DEDENT, token.ENDMARKER, token.INDENT:
			// An INDENT is only followed by nothing when it stands for
			// a last line of blanks with no line break.
			continue
		}
		// CPython checks the rest of the text itself, without
		// tokenizing it: a tokenizer error there does not count.
		t := &p.toks[p.pos-1]
		panic(bailout{p.tokError("SyntaxError", "multiple statements found while compiling a single statement", t)})
	}
	return &ast.Interactive{Body: body}
}

// funcTypeInput: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER.
func (p *parser) funcTypeInput() *ast.FunctionType {
	if p.at(token.ENDMARKER) && len(p.sc.Source()) == 0 {
		// As in eval input: the empty source's error is on line 0.
		t := p.tok()
		e := p.newError("SyntaxError", "invalid syntax", t.Start, t.End)
		e.Line, e.Col, e.EndLine, e.EndCol = 0, 0, 0, 0
		p.fail(e)
	}
	p.expect(token.LPAR)
	p.parenLvl++
	// type_expressions: expressions, then optionally ',' '*' expression
	// and/or ',' '**' expression (or only those); no trailing comma.
	var argtypes []ast.Expr
	if !p.at(token.RPAR) {
		star, dstar := false, false
		for {
			switch {
			case p.at(token.STAR) && !star && !dstar:
				p.next()
				star = true
			case p.at(token.DOUBLESTAR) && !dstar:
				p.next()
				dstar = true
			case star || dstar:
				p.syntaxError()
			}
			argtypes = append(argtypes, p.expression())
			if dstar || !p.got(token.COMMA) {
				break
			}
		}
	}
	p.parenLvl--
	p.expect(token.RPAR)
	p.expect(token.RARROW)
	ret := p.expression()
	for p.got(token.NEWLINE) {
	}
	if !p.at(token.ENDMARKER) {
		p.syntaxError()
	}
	return &ast.FunctionType{Argtypes: argtypes, Returns: ret}
}

// --- statements -------------------------------------------------------

// statement appends one statement (or a line of simple statements) to body.
func (p *parser) statement(body []ast.Stmt) []ast.Stmt {
	if p.isCompoundStart() {
		return append(body, p.compoundStmt())
	}
	return p.simpleStmts(body)
}

// isCompoundStart reports whether the current token starts a compound
// statement (match needs a closer look: it is a soft keyword).
func (p *parser) isCompoundStart() bool {
	t := p.tok()
	switch t.kw {
	case kwDef, kwIf, kwClass, kwWith, kwFor, kwTry, kwWhile:
		return true
	case kwAsync:
		k := p.peek(1).kw
		return k == kwDef || k == kwWith || k == kwFor
	case softMatch:
		return p.looksLikeMatch()
	}
	return t.Kind == token.AT
}

func (p *parser) compoundStmt() ast.Stmt {
	p.stmtStart, p.rhsStart = -1, -1
	t := p.tok()
	switch t.kw {
	case kwDef:
		return p.funcDef(nil, t.Start)
	case kwIf:
		return p.ifStmt()
	case kwClass:
		return p.classDef(nil, t.Start)
	case kwWith:
		return p.withStmt(false, t.Start)
	case kwFor:
		return p.forStmt(false, t.Start)
	case kwTry:
		return p.tryStmt()
	case kwWhile:
		return p.whileStmt()
	case kwAsync:
		p.next()
		switch p.tok().kw {
		case kwDef:
			return p.funcDef(nil, t.Start)
		case kwWith:
			return p.withStmt(true, t.Start)
		case kwFor:
			return p.forStmt(true, t.Start)
		}
	case softMatch:
		return p.matchStmt()
	}
	if t.Kind == token.AT {
		return p.decorated()
	}
	p.syntaxError()
	return nil
}

// simpleStmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE.
func (p *parser) simpleStmts(body []ast.Stmt) []ast.Stmt {
	for {
		body = append(body, p.simpleStmt())
		if !p.got(token.SEMI) {
			break
		}
		if p.at(token.NEWLINE) {
			break
		}
	}
	if !p.at(token.NEWLINE) {
		p.syntaxError()
	}
	p.next()
	return body
}

func (p *parser) simpleStmt() ast.Stmt {
	t := p.tok()
	start := t.Start
	p.stmtStart = p.pos
	p.rhsStart = -1
	switch t.kw {
	case kwPass:
		p.next()
		return &ast.Pass{Pos: tokPos(t)}
	case kwBreak:
		p.next()
		return &ast.Break{Pos: tokPos(t)}
	case kwContinue:
		p.next()
		return &ast.Continue{Pos: tokPos(t)}
	case kwReturn:
		p.next()
		var v ast.Expr
		if p.startsExpression() {
			d := p.charge(1)
			v = p.starExpressions()
			p.restore(d)
		}
		return &ast.Return{Pos: p.mkPos(start), Value: v}
	case kwRaise:
		p.next()
		s := &ast.Raise{}
		if p.startsExpression() && !p.at(token.STAR) {
			defer p.restore(p.charge(-1))
			s.Exc = p.expression()
			if p.gotKw(kwFrom) {
				s.Cause = p.expression()
			}
		}
		s.Pos = p.mkPos(start)
		return s
	case kwGlobal, kwNonlocal:
		p.next()
		var names []string
		for {
			names = append(names, p.expectName())
			if !p.got(token.COMMA) {
				break
			}
		}
		if t.kw == kwGlobal {
			return &ast.Global{Pos: p.mkPos(start), Names: names}
		}
		return &ast.Nonlocal{Pos: p.mkPos(start), Names: names}
	case kwDel:
		return p.delStmt()
	case kwAssert:
		p.next()
		defer p.restore(p.charge(-1))
		test := p.expression()
		var msg ast.Expr
		if p.got(token.COMMA) {
			d := p.charge(1)
			msg = p.expression()
			p.restore(d)
		}
		return &ast.Assert{Pos: p.mkPos(start), Test: test, Msg: msg}
	case kwImport:
		return p.importName()
	case kwFrom:
		return p.importFrom()
	case softType:
		if s := p.typeAlias(); s != nil {
			return s
		}
	}
	return p.exprStmt()
}

func (p *parser) delStmt() ast.Stmt {
	start := p.startPos()
	p.next()
	defer p.restore(p.charge(6))
	var targets []ast.Expr
	for {
		if p.at(token.STAR) {
			st := p.starExpressionsNoFail()
			if st != nil {
				p.setStore(st, true)
			}
		}
		if !p.startsExpression() {
			break
		}
		e := p.delTarget()
		targets = append(targets, e)
		if !p.got(token.COMMA) {
			break
		}
	}
	if len(targets) == 0 || !(p.at(token.SEMI) || p.at(token.NEWLINE)) {
		p.invalidDel(start)
		p.syntaxError()
	}
	return &ast.Delete{Pos: p.mkPos(start), Targets: targets}
}

// invalidForTarget is invalid_for_target when the targets after 'for'
// (the current token) do not parse: CPython's star_expressions there
// match what PEG backtracking leaves of each element (`for {a}.{b} in`:
// the set display), and the first invalid target is reported. An element
// whose prefix is followed by a binary operator and an operand (a longer
// partial match) is left to the generic error.
func (p *parser) invalidForTarget() {
	if p.noInvalid > 0 {
		return
	}
	save, far := p.pos, p.far
	defer func() { p.pos, p.far = save, far }()
	for {
		var e ast.Expr
		if p.try(false, func() { e = p.bitwiseOr() }) != nil {
			e = p.primaryPrefix()
			if e == nil {
				return
			}
			if isBinaryOp(p.kind()) {
				p.next()
				if p.primaryPrefix() != nil {
					return
				}
			}
			if bad := invalidTarget(e, false); bad != nil {
				p.errorNode("cannot assign to "+exprName(bad), bad)
			}
			return
		}
		if bad := invalidTarget(e, false); bad != nil {
			p.errorNode("cannot assign to "+exprName(bad), bad)
		}
		if !p.got(token.COMMA) || !p.startsExpression() {
			return
		}
	}
}

// isBinaryOp reports whether k is a binary operator token of bitwise_or.
func isBinaryOp(k token.Kind) bool {
	switch k {
	case token.PLUS, token.MINUS, token.STAR, token.SLASH, token.DOUBLESLASH, token.PERCENT,
		token.AT, token.DOUBLESTAR, token.LEFTSHIFT, token.RIGHTSHIFT, token.AMPER, token.CIRCUMFLEX, token.VBAR:
		return true
	}
	return false
}

// invalidDel is invalid_del_stmt: 'del' star_expressions, reporting its
// first invalid deletion target (if any).
func (p *parser) invalidDel(start token.Pos) {
	if p.noInvalid > 0 {
		return
	}
	save, far := p.pos, p.far
	p.pos = p.tokIndexAt(start) + 1
	e := p.starExpressionsNoFail()
	p.pos, p.far = save, far
	if e == nil {
		return
	}
	if bad := invalidTarget(e, true); bad != nil {
		p.errorNode("cannot delete "+exprName(bad), bad)
	}
}

// delTarget: a bitwise_or-level expression checked as a del target.
func (p *parser) delTarget() ast.Expr {
	e := p.bitwiseOr()
	if c, ok := e.(*ast.Constant); ok && p.at(token.NEWLINE) || ok && p.at(token.COMMA) || ok && p.at(token.SEMI) {
		p.errorNode("cannot delete "+exprName(c), c)
	}
	p.setStore(e, true)
	return e
}

// exprStmt parses an expression statement or an assignment of any kind.
func (p *parser) exprStmt() ast.Stmt {
	start := p.startPos()
	startIdx := p.pos
	var e ast.Expr
	if p.atKw(kwYield) {
		e = p.yieldExpr()
	} else {
		e = p.starExpressions()
	}
	switch k := p.kind(); k {
	case token.EQUAL:
		return p.assignment(start, startIdx, e)
	case token.COLON:
		return p.annAssign(start, startIdx, e)
	case token.NEWLINE, token.SEMI, token.ENDMARKER:
		return &ast.ExprStmt{Pos: p.mkPos(start), Value: e}
	default:
		if op, ok := augOp(k); ok {
			switch e.(type) {
			case *ast.Name, *ast.Attribute, *ast.Subscript:
			default:
				p.errorNode("'"+exprName(e)+"' is an illegal expression for augmented assignment", e)
			}
			p.next()
			setCtx(e, ast.Store)
			defer p.restore(p.charge(2))
			var v ast.Expr
			if p.atKw(kwYield) {
				v = p.yieldExpr()
			} else {
				v = p.starExpressions()
			}
			return &ast.AugAssign{Pos: p.mkPos(start), Target: e, Op: op, Value: v}
		}
	}
	p.stmtError(e)
	return nil
}

// stmtError diagnoses a statement that stops after expression e.
func (p *parser) stmtError(e ast.Expr) {
	t := p.tok()
	p.invalidAssignmentTuple(p.stmtStart)
	if _, isTuple := e.(*ast.Tuple); isTuple && p.startsExpression() && !p.at(token.STAR) {
		p.moreNamedExpressions()
	}
	p.setAfterExpr()
	p.legacyCheck(e)
	if p.stmtStart >= 0 && p.toks[p.stmtStart].kw == softMatch {
		// invalid_match_stmt parses the subject with the error rules.
		save, far := p.pos, p.far
		p.pos = p.stmtStart + 1
		p.try(false, func() { p.subjectExpr() })
		p.pos, p.far = save, far
	}
	if t.Kind == token.COLONEQUAL {
		if _, isName := e.(*ast.Name); !isName {
			save := p.pos
			p.next()
			v := p.exprNoFail()
			p.pos = save
			if v != nil {
				p.errorNode("cannot use assignment expressions with "+exprName(e), e)
			}
		}
	}
	p.syntaxError()
}

// legacyCheck is invalid_legacy_expression: a NAME followed by
// star_expressions is "print x" or "exec x" when the name says so. The
// right side is parsed with the error rules on, so its own specialised
// errors come out too (as in CPython).
func (p *parser) legacyCheck(e ast.Expr) {
	n, ok := e.(*ast.Name)
	if !ok || !p.startsExpression() || p.at(token.LPAR) {
		return
	}
	save, far := p.pos, p.far
	// CPython's error rules run on the right side's own expressions, but
	// not inside its brackets (an earlier invalid_expression lookahead
	// memoized those without them), except after a soft keyword (type
	// X[...]) or before a string (NAME STRING), which that lookahead
	// skips.
	offInBrackets := p.offInBrackets
	nt := p.tokIndexAt(exprStart(n))
	p.offInBrackets = !softKeywordToken(&p.toks[nt]) && p.toks[nt+1].Kind != token.STRING
	arg := p.starExpressionsNoFail()
	p.offInBrackets = offInBrackets
	if arg != nil && p.toks[p.pos-1].Kind == token.STRING {
		// (Observed after a string only: after other expressions
		// their own invalid_expression lookahead has mostly memoized
		// the set without the error rules.)
		p.setAfterExpr()
	}
	if _, isName := arg.(*ast.Name); isName {
		// The right side's own invalid_legacy_expression: a chain of
		// names (a b c d ...) is followed to its end, and a tokenizer
		// error there is met.
		p.legacyCheck(arg)
	} else if tu, isTuple := arg.(*ast.Tuple); isTuple && len(tu.Elts) > 0 {
		// So is that of a tuple's last element (a b, c d ...).
		if last, isName := tu.Elts[len(tu.Elts)-1].(*ast.Name); isName && p.toks[p.pos-1].End == exprEnd(last) {
			p.legacyCheck(last)
		}
	}
	if arg == nil {
		p.pos = save
		p.noInvalid++
		arg = p.primaryPrefix()
		p.noInvalid--
	}
	if arg != nil && (n.ID == "print" || n.ID == "exec") {
		msg := "Missing parentheses in call to '" + n.ID + "'. Did you mean " + n.ID + "(...)?"
		p.errorRange(msg, n, arg)
	}
	p.pos, p.far = save, far
}

func (p *parser) starExpressionsNoFail() (e ast.Expr) {
	save, far := p.pos, p.far
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			if se, isSE := b.err.(*scanner.Error); !isSE || se.Msg != "invalid syntax" || b.err == p.tokErr {
				panic(r)
			}
			p.pos, p.far = save, far
			e = nil
		}
	}()
	return p.starExpressions()
}

func augOp(k token.Kind) (ast.Operator, bool) {
	switch k {
	case token.PLUSEQUAL:
		return ast.Add, true
	case token.MINEQUAL:
		return ast.Sub, true
	case token.STAREQUAL:
		return ast.Mult, true
	case token.ATEQUAL:
		return ast.MatMult, true
	case token.SLASHEQUAL:
		return ast.Div, true
	case token.PERCENTEQUAL:
		return ast.Modulo, true
	case token.AMPEREQUAL:
		return ast.BitAnd, true
	case token.VBAREQUAL:
		return ast.BitOr, true
	case token.CIRCUMFLEXEQUAL:
		return ast.BitXor, true
	case token.LEFTSHIFTEQUAL:
		return ast.LShift, true
	case token.RIGHTSHIFTEQUAL:
		return ast.RShift, true
	case token.DOUBLESTAREQUAL:
		return ast.Pow, true
	case token.DOUBLESLASHEQUAL:
		return ast.FloorDiv, true
	}
	return 0, false
}

// assignment: (star_targets '=')+ (yield_expr | star_expressions) [TYPE_COMMENT].
func (p *parser) assignment(start token.Pos, startIdx int, first ast.Expr) ast.Stmt {
	targets := []ast.Expr{first}
	firstIdx := startIdx
	var value ast.Expr
	defer p.restore(p.charge(2))
	firstEqIdx := p.pos
	for {
		p.next() // '='
		p.rhsStart = p.pos
		var e ast.Expr
		if p.atKw(kwYield) {
			e = p.yieldExpr()
		} else {
			if !p.startsExpression() {
				// `target =` with nothing after: the targets are
				// still checked (invalid_assignment needs no value).
				p.invalidAssignmentTuple(firstIdx)
				p.checkTargets(firstIdx, firstEqIdx, targets)
				p.syntaxError()
			}
			if b := p.try(true, func() { e = p.starExpressions() }); b != nil {
				// CPython's assignment rule failed earlier if a
				// target is invalid: its error rules run.
				for _, t := range targets {
					if invalidTarget(t, false) != nil {
						p.checkTargets(firstIdx, firstEqIdx, targets)
					}
				}
				panic(*b)
			}
		}
		if p.at(token.EQUAL) {
			targets = append(targets, e)
			continue
		}
		value = e
		break
	}
	p.checkTargets(firstIdx, firstEqIdx, targets)
	for _, t := range targets {
		setCtx(t, ast.Store)
	}
	s := &ast.Assign{Targets: targets, Value: value}
	if p.at(token.TYPE_COMMENT) {
		s.TypeComment = p.next().Text
	}
	s.Pos = p.mkPos(start)
	if !(p.at(token.NEWLINE) || p.at(token.SEMI) || p.at(token.ENDMARKER)) {
		p.syntaxError()
	}
	return s
}

// checkTargets raises CPython's error for the first invalid assignment
// target. Before invalid_assignment's "cannot assign to X", CPython's
// invalid_named_expression looks at the statement's first element when
// the bitwise_or after the first '=' is not followed by '=' or ':=':
// `name = value` says "invalid syntax. Maybe you meant '==' or ':=' instead
// of '='?", `f() = value` "cannot assign to function call here. Maybe you
// meant '==' instead of '='?" (not for list, tuple, genexp, True, None or
// False targets, nor for names, attributes, subscripts and starred ones).
func (p *parser) checkTargets(firstIdx, firstEqIdx int, targets []ast.Expr) {
	firstBad := -1
	for i, t := range targets {
		if invalidTarget(t, false) != nil {
			firstBad = i
			break
		}
	}
	if firstBad < 0 {
		return
	}
	save, far := p.pos, p.far
	p.pos = firstEqIdx + 1
	rhs := p.bitwiseOrNoFail()
	if rhs == nil && p.startsExpression() {
		// PEG backtracking leaves the longest prefix that parses
		// (`f() = a -`: a).
		p.pos = firstEqIdx + 1
		rhs = p.primaryPrefix()
	}
	follow := p.kind()
	p.pos, p.far = save, far
	if rhs != nil && follow != token.EQUAL && follow != token.COLONEQUAL {
		first := &p.toks[firstIdx]
		if first.Kind == token.NAME && !first.kw.isHard() && firstIdx+1 == firstEqIdx {
			p.errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", first.Start, exprEnd(rhs))
		}
		p.herePerhaps(firstIdx, targets[0])
	}
	p.invalidAssignmentTuple(firstIdx)
	t := targets[firstBad]
	bad := invalidTarget(t, false)
	switch t.(type) {
	case *ast.Yield, *ast.YieldFrom:
		if i := p.tokIndexAt(exprStart(t)); bad == t && p.toks[i].kw == kwYield && (i == 0 || p.toks[i-1].Kind != token.LPAR) {
			p.errorNode("assignment to yield expression not possible", t)
		}
	}
	p.errorNode("cannot assign to "+exprName(bad), bad)
}

// herePerhaps: the "cannot assign to X here" form of checkTargets, about
// the bitwise_or just before the first '=' (the last element of an
// unparenthesized tuple target).
func (p *parser) herePerhaps(firstIdx int, target ast.Expr) {
	e := target
	if tu, ok := target.(*ast.Tuple); ok && p.toks[firstIdx].Kind != token.LPAR {
		e = tu.Elts[len(tu.Elts)-1]
	}
	if e == target && p.toks[firstIdx].kw == kwYield {
		return
	}
	if i := p.tokIndexAt(exprStart(e)); e != target && p.toks[i].kw == kwYield && p.toks[i-1].Kind != token.LPAR {
		return
	}
	switch e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript, *ast.Starred:
		return
	}
	if !isBitwiseOrLevel(e) {
		return
	}
	k := p.toks[p.tokIndexAt(exprStart(e))]
	switch {
	case k.Kind == token.LSQB || k.Kind == token.LPAR:
		switch e.(type) {
		case *ast.List, *ast.Tuple, *ast.GeneratorExp:
			return
		}
	case k.kw == kwTrue || k.kw == kwFalse || k.kw == kwNoneLit:
		return
	}
	p.errorNode("cannot assign to "+exprName(e)+" here. Maybe you meant '==' instead of '='?", e)
}

// annAssign: target ':' expression ['=' annotated_rhs].
func (p *parser) annAssign(start token.Pos, startIdx int, target ast.Expr) ast.Stmt {
	simple := 0
	switch target.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
	case *ast.Starred:
		// No annotation rule takes a starred target (`*a: int`).
		p.syntaxError()
	default:
		// The invalid_assignment rules need an annotation to parse.
		save := p.pos
		p.next()
		ok := p.exprNoFail() != nil
		if !ok {
			p.pos = save + 1
			ok = p.primaryPrefix() != nil
		}
		p.pos = save
		if !ok {
			p.syntaxError()
		}
	}
	switch target.(type) {
	case *ast.Name:
		if p.toks[startIdx].Kind == token.NAME {
			simple = 1
		}
	case *ast.Attribute, *ast.Subscript:
	case *ast.Tuple:
		if p.toks[startIdx].Kind == token.LPAR {
			p.errorNode("only single target (not tuple) can be annotated", target)
		}
		p.errorNode("only single target (not tuple) can be annotated", target.(*ast.Tuple).Elts[0])
	case *ast.List:
		p.errorNode("only single target (not list) can be annotated", target)
	default:
		p.errorNode("illegal target for annotation", target)
	}
	setCtx(target, ast.Store)
	p.next() // ':'
	d := p.charge(-1)
	ann := p.expression()
	p.restore(d)
	var v ast.Expr
	if p.got(token.EQUAL) {
		if p.atKw(kwYield) {
			v = p.yieldExpr()
		} else {
			v = p.starExpressions()
		}
	}
	return &ast.AnnAssign{Pos: p.mkPos(start), Target: target, Annotation: ann, Value: v, Simple: simple}
}

// --- imports ----------------------------------------------------------

func (p *parser) importName() ast.Stmt {
	start := p.startPos()
	p.next()
	if p.at(token.NEWLINE) {
		// RAISE_SYNTAX_ERROR_STARTING_FROM the NEWLINE: its own column,
		// none (0) for the one single input makes of the end.
		p.errorFrom("Expected one or more names after 'import'", p.tok().Start)
	}
	var names []*ast.Alias
	for {
		a := p.dottedAsName()
		names = append(names, a)
		if !p.got(token.COMMA) {
			break
		}
	}
	if p.atKw(kwFrom) {
		p.importFromMistake(start)
	}
	return &ast.Import{Pos: p.mkPos(start), Names: names}
}

// importFromMistake is CPython's invalid_import: 'import' names 'from'
// dotted_name raises from the 'import' to the tokenizer's position, the end
// of the furthest token fetched (dotted_name's lookahead for a '.'
// included). Without a dotted_name after the 'from' the rule does not match
// and the caller's generic error stands at the 'from'.
func (p *parser) importFromMistake(start token.Pos) {
	isName := func(t *tok) bool { return t.Kind == token.NAME && !t.kw.isHard() }
	if far := p.far; !isName(p.peek(1)) {
		p.far = far // the generic error stays at the 'from'
		return
	}
	p.next()
	p.next()
	for p.at(token.DOT) && isName(p.peek(1)) {
		p.next()
		p.next()
	}
	p.tok()
	p.errorFrom("Did you mean to use 'from ... import ...' instead?", start)
}

func (p *parser) dottedName() string {
	name := p.expectName()
	for p.at(token.DOT) {
		p.next()
		name += "." + p.expectName()
	}
	return name
}

func (p *parser) dottedAsName() *ast.Alias {
	start := p.startPos()
	name := p.dottedName()
	a := &ast.Alias{Name: name}
	if p.gotKw(kwAs) {
		a.Asname = p.expectName()
	}
	a.Pos = p.mkPos(start)
	return a
}

func (p *parser) importFrom() ast.Stmt {
	start := p.startPos()
	p.next()
	level := 0
	for {
		if p.got(token.DOT) {
			level++
		} else if p.got(token.ELLIPSIS) {
			level += 3
		} else {
			break
		}
	}
	module := ""
	if level == 0 || !p.atKw(kwImport) {
		module = p.dottedName()
	}
	if !p.atKw(kwImport) {
		p.syntaxError()
	}
	p.next()
	if p.at(token.NEWLINE) {
		// RAISE_SYNTAX_ERROR_STARTING_FROM the NEWLINE: its own column,
		// none (0) for the one single input makes of the end.
		p.errorFrom("Expected one or more names after 'import'", p.tok().Start)
	}
	var names []*ast.Alias
	switch {
	case p.at(token.STAR):
		t := p.next()
		names = []*ast.Alias{{Pos: tokPos(t), Name: "*"}}
	case p.at(token.LPAR):
		p.next()
		p.parenLvl++
		for {
			names = append(names, p.importAsName())
			if !p.got(token.COMMA) || p.at(token.RPAR) {
				break
			}
		}
		p.parenLvl--
		p.expect(token.RPAR)
	default:
		for {
			names = append(names, p.importAsName())
			if !p.at(token.COMMA) {
				break
			}
			p.next()
			if p.at(token.NEWLINE) {
				p.errorLast("trailing comma not allowed without surrounding parentheses")
			}
		}
	}
	return &ast.ImportFrom{Pos: p.mkPos(start), Module: module, Names: names, Level: level}
}

func (p *parser) importAsName() *ast.Alias {
	start := p.startPos()
	a := &ast.Alias{Name: p.expectName()}
	if p.gotKw(kwAs) {
		a.Asname = p.expectName()
	}
	a.Pos = p.mkPos(start)
	return a
}

// --- blocks -----------------------------------------------------------

// block: NEWLINE INDENT statements DEDENT | simple_stmts. what names the
// statement for "expected an indented block after ..." and line is its
// first line.
func (p *parser) block(what string, line int) []ast.Stmt {
	cost := 6
	switch what[0] {
	case 'f', 'c': // function and class definitions
		cost = 7
	case '\'':
		switch what {
		case "'elif' statement", "'else' statement":
			cost = 7
		case "'case' statement":
			cost = 8
		}
	}
	// Not checked here: statements are shallower leaves than expressions;
	// the expressions inside check.
	saved := p.depth
	p.depth += cost
	defer p.restore(saved)
	if p.at(token.NEWLINE) {
		p.next()
		if !p.at(token.INDENT) {
			p.fail(p.tokError("IndentationError", "expected an indented block after "+what+" on line "+strconv.Itoa(line), p.farTok()))
		}
		p.next()
		var body []ast.Stmt
		for !p.at(token.DEDENT) && !p.at(token.ENDMARKER) {
			body = p.statement(body)
		}
		p.got(token.DEDENT)
		return body
	}
	return p.simpleStmts(nil)
}

// colon expects the ':' of a compound statement header: "expected ':'"
// when the line ends there, else "invalid syntax".
func (p *parser) colon() {
	if p.at(token.COLON) {
		p.next()
		return
	}
	if p.at(token.NEWLINE) {
		t := p.tok()
		p.errorTok("expected ':'", t)
	}
	p.syntaxError()
}

func (p *parser) ifStmt() ast.Stmt {
	t := p.next()
	d := p.charge(-1)
	test := p.namedExpression()
	p.restore(d)
	p.colon()
	body := p.block("'if' statement", t.Start.Line)
	s := &ast.If{Test: test, Body: body}
	s.Orelse = p.elseOrElif()
	s.Pos = p.mkPos(t.Start)
	return s
}

func (p *parser) elseOrElif() []ast.Stmt {
	if p.atKw(kwElif) {
		defer p.restore(p.charge(costUnary))
		t := p.next()
		d := p.charge(4)
		test := p.namedExpression()
		p.restore(d)
		p.colon()
		body := p.block("'elif' statement", t.Start.Line)
		s := &ast.If{Test: test, Body: body}
		s.Orelse = p.elseOrElif()
		s.Pos = p.mkPos(t.Start)
		return []ast.Stmt{s}
	}
	return p.elseBlock()
}

func (p *parser) elseBlock() []ast.Stmt {
	if !p.atKw(kwElse) {
		return nil
	}
	t := p.next()
	p.expectForced(token.COLON, ":")
	return p.block("'else' statement", t.Start.Line)
}

func (p *parser) whileStmt() ast.Stmt {
	t := p.next()
	d := p.charge(-1)
	test := p.namedExpression()
	p.restore(d)
	p.colon()
	body := p.block("'while' statement", t.Start.Line)
	orelse := p.elseBlock()
	return &ast.While{Pos: p.mkPos(t.Start), Test: test, Body: body, Orelse: orelse}
}

func (p *parser) forStmt(async bool, start token.Pos) ast.Stmt {
	t := p.next()
	var target ast.Expr
	if b := p.try(true, func() { target = p.starTargets(kwIn) }); b != nil {
		p.invalidForTarget()
		panic(*b)
	}
	if !p.atKw(kwIn) {
		p.syntaxError()
	}
	p.next()
	iter := p.starExpressions()
	p.colon()
	tc := ""
	if p.at(token.TYPE_COMMENT) {
		tc = p.next().Text
	}
	body := p.block("'for' statement", t.Start.Line)
	orelse := p.elseBlock()
	if async {
		return &ast.AsyncFor{Pos: p.mkPos(start), Target: target, Iter: iter, Body: body, Orelse: orelse, TypeComment: tc}
	}
	return &ast.For{Pos: p.mkPos(start), Target: target, Iter: iter, Body: body, Orelse: orelse, TypeComment: tc}
}

func (p *parser) withStmt(async bool, start token.Pos) ast.Stmt {
	t := p.next()
	var items []*ast.Withitem
	parsed := false
	if p.at(token.LPAR) {
		// 'with' '(' ','.with_item+ ','? ')' ':' — try it, else fall back
		// to items that start with a parenthesized expression.
		save := p.pos
		if its, ok := p.parenWithItems(); ok {
			items = its
			parsed = true
		} else {
			p.pos = save
		}
	}
	if !parsed {
		for {
			items = append(items, p.withItem())
			if !p.got(token.COMMA) {
				break
			}
		}
	}
	p.colon()
	tc := ""
	if p.at(token.TYPE_COMMENT) {
		tc = p.next().Text
	}
	body := p.block("'with' statement", t.Start.Line)
	if async {
		return &ast.AsyncWith{Pos: p.mkPos(start), Items: items, Body: body, TypeComment: tc}
	}
	return &ast.With{Pos: p.mkPos(start), Items: items, Body: body, TypeComment: tc}
}

// parenWithItems tries '(' with_item (',' with_item)* [','] ')' followed
// by ':'; it reports false (without raising) when that does not match.
func (p *parser) parenWithItems() (items []*ast.Withitem, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			b, isB := r.(bailout)
			if !isB {
				panic(r)
			}
			if se, ok := b.err.(*scanner.Error); !ok || se.Msg != "invalid syntax" {
				panic(r)
			}
			items, ok = nil, false
		}
	}()
	p.next()
	p.parenLvl++
	for {
		items = append(items, p.withItem())
		if !p.got(token.COMMA) || p.at(token.RPAR) {
			break
		}
	}
	p.parenLvl--
	if p.at(token.RPAR) && p.peek(1).Kind == token.NEWLINE {
		p.next()
		p.errorLast("expected ':'")
	}
	if !p.got(token.RPAR) || !p.at(token.COLON) {
		return nil, false
	}
	return items, true
}

func (p *parser) withItem() *ast.Withitem {
	e := p.expression()
	w := &ast.Withitem{ContextExpr: e}
	if p.gotKw(kwAs) {
		target := p.starTarget()
		if !(p.at(token.COMMA) || p.at(token.RPAR) || p.at(token.COLON)) && p.startsExpression() {
			p.syntaxError()
		}
		p.setStore(target, false)
		w.OptionalVars = target
	}
	return w
}

func (p *parser) tryStmt() ast.Stmt {
	t := p.next()
	p.expectForced(token.COLON, ":")
	body := p.block("'try' statement", t.Start.Line)
	var handlers []*ast.ExceptHandler
	star := -1
	for p.atKw(kwExcept) {
		et := p.next()
		isStar := p.got(token.STAR)
		if star == -1 {
			star = 0
			if isStar {
				star = 1
			}
		} else if (star == 1) != isStar && !(isStar && (p.at(token.COLON) || p.at(token.NEWLINE))) {
			// (invalid_try_stmt wants an expression after 'except*')
			const msg = "cannot have both 'except' and 'except*' on the same 'try'"
			if isStar {
				// RAISE_SYNTAX_ERROR_KNOWN_RANGE('except', '*')
				p.errorAt(msg, et.Start, p.toks[p.pos-1].End)
			}
			p.errorTok(msg, et)
		}
		h := &ast.ExceptHandler{}
		if isStar && (p.at(token.COLON) || p.at(token.NEWLINE)) {
			p.errorLast("expected one or more exception types")
		}
		if !p.at(token.COLON) && !p.at(token.NEWLINE) {
			h.Type = p.expression()
			if p.at(token.COMMA) {
				save := p.pos
				p.next()
				p.expressions()
				if p.gotKw(kwAs) {
					p.expectName()
				}
				if p.at(token.COLON) {
					p.errorAt("multiple exception types must be parenthesized", exprStart(h.Type), p.lastEnd())
				}
				p.pos = save
			}
			if p.gotKw(kwAs) {
				h.Name = p.expectName()
			}
		}
		p.colon()
		what := "'except' statement"
		if isStar {
			what = "'except*' statement"
		}
		h.Body = p.block(what, et.Start.Line)
		h.Pos = p.mkPos(et.Start)
		handlers = append(handlers, h)
	}
	orelse := []ast.Stmt(nil)
	if len(handlers) > 0 {
		orelse = p.elseBlock()
	}
	var final []ast.Stmt
	if p.atKw(kwFinally) {
		ft := p.next()
		p.expectForced(token.COLON, ":")
		final = p.block("'finally' statement", ft.Start.Line)
	}
	if len(handlers) == 0 && final == nil {
		p.tok()
		p.errorLast("expected 'except' or 'finally' block")
	}
	if star == 1 {
		return &ast.TryStar{Pos: p.mkPos(t.Start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
	}
	return &ast.Try{Pos: p.mkPos(t.Start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
}

// --- definitions ------------------------------------------------------

// decorated: ('@' named_expression NEWLINE)+ (class_def_raw | function_def_raw).
func (p *parser) decorated() ast.Stmt {
	var decos []ast.Expr
	for p.at(token.AT) {
		p.next()
		d := p.charge(2)
		decos = append(decos, p.namedExpression())
		p.restore(d)
		p.expect(token.NEWLINE)
	}
	switch p.tok().kw {
	case kwDef:
		return p.funcDef(decos, p.tok().Start)
	case kwClass:
		return p.classDef(decos, p.tok().Start)
	case kwAsync:
		if p.peek(1).kw == kwDef {
			s := p.tok().Start
			p.next()
			return p.funcDef(decos, s)
		}
	}
	p.syntaxError()
	return nil
}

func (p *parser) funcDef(decos []ast.Expr, start token.Pos) ast.Stmt {
	async := p.toks[p.pos].kw == kwDef && p.pos > 0 && p.toks[p.pos-1].kw == kwAsync && p.toks[p.pos-1].Start == start
	defTok := p.next()
	name := p.expectName()
	var tparams []ast.TypeParam
	if p.at(token.LSQB) {
		// [type_params] is optional: when it does not parse, the
		// forced '(' fails on the '['.
		if p.try(true, func() { tparams = p.typeParams() }) != nil {
			t := p.tok()
			p.errorTok("expected '('", t)
		}
	}
	p.expectForced(token.LPAR, "(")
	p.parenLvl++
	args := p.parameters(false, token.RPAR)
	p.parenLvl--
	p.expect(token.RPAR)
	var returns ast.Expr
	if p.at(token.RARROW) {
		arrow := p.next()
		if p.try(true, func() { returns = p.expression() }) != nil {
			// ['->' expression] is optional: the forced ':' fails at '->'.
			p.errorTok("expected ':'", arrow)
		}
	}
	p.expectForced(token.COLON, ":")
	tc := ""
	if p.at(token.TYPE_COMMENT) && p.peek(1).Kind == token.NEWLINE && p.peek(2).Kind == token.TYPE_COMMENT &&
		p.peek(3).Kind == token.NEWLINE && p.peek(4).Kind == token.INDENT {
		p.errorLast("Cannot have two type comments on def")
	}
	if p.at(token.TYPE_COMMENT) {
		tc = p.next().Text
	} else if p.at(token.NEWLINE) && p.peek(1).Kind == token.TYPE_COMMENT && p.peek(2).Kind == token.NEWLINE && p.peek(3).Kind == token.INDENT {
		p.next()
		tc = p.next().Text
	}
	body := p.block("function definition", defTok.Start.Line)
	pos := p.mkPos(start)
	if async {
		return &ast.AsyncFunctionDef{Pos: pos, Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns, TypeComment: tc, TypeParams: tparams}
	}
	return &ast.FunctionDef{Pos: pos, Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns, TypeComment: tc, TypeParams: tparams}
}

func (p *parser) classDef(decos []ast.Expr, start token.Pos) ast.Stmt {
	ct := p.next()
	name := p.expectName()
	var tparams []ast.TypeParam
	if p.at(token.LSQB) {
		tparams = p.typeParams()
	}
	var bases []ast.Expr
	var kws []*ast.Keyword
	if p.at(token.LPAR) {
		c := p.callArgs(start, -1, nil, false).(*ast.Call)
		bases, kws = c.Args, c.Keywords
	}
	p.colon()
	body := p.block("class definition", ct.Start.Line)
	return &ast.ClassDef{Pos: p.mkPos(start), Name: name, Bases: bases, Keywords: kws, Body: body, DecoratorList: decos, TypeParams: tparams}
}

// typeParams: '[' type_param (',' type_param)* [','] ']'.
func (p *parser) typeParams() []ast.TypeParam {
	p.next()
	p.parenLvl++
	var out []ast.TypeParam
	if p.at(token.RSQB) {
		p.errorFrom("Type parameter list cannot be empty", p.tok().Start)
	}
	for !p.at(token.RSQB) {
		t := p.tok()
		switch t.Kind {
		case token.STAR:
			p.next()
			name := p.expectName()
			if p.at(token.COLON) {
				p.typeParamBoundError("TypeVarTuple")
			}
			var def ast.Expr
			if p.got(token.EQUAL) {
				def = p.starExpression()
			}
			out = append(out, &ast.TypeVarTuple{Pos: p.mkPos(t.Start), Name: name, DefaultValue: def})
		case token.DOUBLESTAR:
			p.next()
			name := p.expectName()
			if p.at(token.COLON) {
				p.typeParamBoundError("ParamSpec")
			}
			var def ast.Expr
			if p.got(token.EQUAL) {
				def = p.expression()
			}
			out = append(out, &ast.ParamSpec{Pos: p.mkPos(t.Start), Name: name, DefaultValue: def})
		default:
			name := p.expectName()
			var bound, def ast.Expr
			if p.got(token.COLON) {
				bound = p.expression()
			}
			if p.got(token.EQUAL) {
				def = p.expression()
			}
			out = append(out, &ast.TypeVar{Pos: p.mkPos(t.Start), Name: name, Bound: bound, DefaultValue: def})
		}
		if !p.got(token.COMMA) {
			break
		}
	}
	p.parenLvl--
	p.expect(token.RSQB)
	return out
}

// typeAlias: "type" NAME [type_params] '=' expression, or nil when the
// soft keyword is a plain name here.
func (p *parser) typeAlias() ast.Stmt {
	nt := p.peek(1)
	if nt.Kind != token.NAME || nt.kw.isHard() {
		return nil
	}
	k := p.peek(2).Kind
	if k != token.EQUAL && k != token.LSQB {
		return nil
	}
	t := p.next()
	n := p.next()
	name := &ast.Name{Pos: tokPos(n), ID: identifier(n.Text), Ctx: ast.Store}
	var tparams []ast.TypeParam
	if p.at(token.LSQB) {
		if p.peek(1).Kind == token.RSQB {
			// CPython has read one token past the ']' by then.
			p.peek(2)
		}
		tparams = p.typeParams()
	}
	p.expect(token.EQUAL)
	v := p.expression()
	return &ast.TypeAlias{Pos: p.mkPos(t.Start), Name: name, TypeParams: tparams, Value: v}
}

// moreNamedExpressions: after `a, b` stopped at the start of another
// expression, CPython's invalid_assignment goes on reading
// star_named_expressions (with the error rules on), so `a, b c = d` says
// "Maybe you meant '=='..." about `c = d`.
// invalidAssignmentTuple is invalid_assignment's second alternative,
// star_named_expression ',' star_named_expressions* ':' expression, tried
// (with the error rules on) when a simple statement starting at startIdx
// fails: its elements' own errors come out ("Maybe you meant '=='" for
// `1, a=2`), and a colon after them makes the statement an annotation of
// a tuple. The lists may follow each other without commas.
func (p *parser) invalidAssignmentTuple(startIdx int) {
	if p.noInvalid > 0 || startIdx < 0 {
		return
	}
	save, far := p.pos, p.far
	defer func() { p.pos, p.far = save, far }()
	p.pos = startIdx
	var first ast.Expr
	if !p.startsExpression() || p.try(false, func() { first = p.starNamedExpression() }) != nil || !p.got(token.COMMA) {
		return
	}
	for p.startsExpression() {
		if p.try(false, func() { p.starNamedExpression() }) != nil {
			break
		}
		p.got(token.COMMA)
	}
	if p.at(token.COLON) {
		p.next()
		if p.exprNoFail() != nil {
			p.errorNode("only single target (not tuple) can be annotated", first)
		}
	}
}

// setAfterExpr: a set display right after an expression (a statement's,
// or the right side of invalid_legacy_expression) is parsed with the
// error rules on, its own brackets included (`a {b c}` forgot a comma).
func (p *parser) setAfterExpr() {
	if !p.at(token.LBRACE) || p.noInvalid > 0 || p.dictAhead() {
		return
	}
	save, far, off := p.pos, p.far, p.offInBrackets
	p.offInBrackets = false
	p.try(false, func() { p.atom() })
	p.pos, p.far, p.offInBrackets = save, far, off
}

// dictAhead reports whether the '{' at the current token opens a dict
// display: '**' or an expression and ':' after it.
func (p *parser) dictAhead() bool {
	save, far, fill := p.pos, p.far, p.fill
	defer func() { p.pos, p.far, p.fill = save, far, fill }()
	if p.peek(1).Kind == token.DOUBLESTAR {
		return true
	}
	p.next()
	if !p.startsExpression() || p.at(token.STAR) {
		return false
	}
	ok := false
	p.try(false, func() {
		p.noInvalid++
		defer func() { p.noInvalid-- }()
		p.expression()
		ok = p.at(token.COLON)
	})
	return ok
}

// typeParamBoundError is invalid_type_param for a TypeVarTuple or
// ParamSpec followed by ':': CPython parses the expression after the colon
// (a generic error if there is none) and says "constraints" for a tuple,
// "bound" for anything else, starting from the colon.
func (p *parser) typeParamBoundError(kind string) {
	c := p.tok()
	p.next()
	save := p.pos
	e := p.exprNoFail()
	if e == nil {
		p.pos = save
		p.expression()
	}
	p.tok()
	if _, ok := e.(*ast.Tuple); ok {
		p.errorFrom("cannot use constraints with "+kind, c.Start)
	}
	p.errorFrom("cannot use bound with "+kind, c.Start)
}

func (p *parser) moreNamedExpressions() {
	save, far := p.pos, p.far
	defer func() { p.pos, p.far = save, far }()
	for p.startsExpression() && !p.at(token.STAR) {
		if p.try(false, func() { p.namedExpression() }) != nil {
			return
		}
		p.got(token.COMMA)
	}
}
