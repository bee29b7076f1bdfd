package compile

import (
	"slices"
	"strings"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
)

// patCtx is the state of one pattern's compilation. Each pattern consumes
// the subject on top of the stack; when it fails it jumps to fail[n],
// which pops the n items the pattern left above the case's base and then
// goes on to the next case (or alternative).
//
// Captured values wait on the stack until the whole pattern has matched,
// as CPython's do (a failed case binds nothing): each is rotated under
// the pending items, newest lowest, so the stack above the case's base is
// [captures (names[len-1] lowest, names[0] highest)..., pending...].
type patCtx struct {
	fail []int
	// onTop counts the pending items (the subject being matched included)
	// above the captures.
	onTop int
	names []string
	// allowIrrefutable: an irrefutable pattern here does not make later
	// patterns unreachable (the last case, a guarded case, the last
	// alternative of such a pattern, or a sub-pattern).
	allowIrrefutable bool
}

// failLabel returns the label that pops n items and fails.
func (c *compiler) failLabel(pc *patCtx, n int) int {
	for len(pc.fail) <= n {
		pc.fail = append(pc.fail, c.newLabel())
	}
	return pc.fail[n]
}

// jumpFail pops the boolean on top and fails (popping the pending items
// and the captures) when it is false.
func (c *compiler) jumpFail(pc *patCtx, op opcode.Opcode) {
	c.emit(op, c.failLabel(pc, pc.onTop+len(pc.names)))
}

// rotate moves the top item under the count-1 items below it.
func (c *compiler) rotate(count int) {
	for ; count > 1; count-- {
		c.emit(opcode.SWAP, count)
	}
}

// bindFails emits the pops of pc's failure labels; control falls through
// to whatever follows with the base stack.
func (c *compiler) bindFails(pc *patCtx) {
	for i := len(pc.fail) - 1; i >= 0; i-- {
		c.bind(pc.fail[i])
		if i > 0 {
			c.emit(opcode.POP_TOP, 0)
		}
	}
}

// match compiles a match statement:
//
//	<subject>
//	per case: COPY 1; <pattern>; [<guard> POP_JUMP_IF_FALSE fail0]
//	          POP_TOP; <body>; JUMP end; <failure pops> fail0:
//	POP_TOP
//	end:
func (c *compiler) match(s *ast.Match) {
	c.expr(s.Subject)
	end := c.newLabel()
	for i, mc := range s.Cases {
		pc := &patCtx{onTop: 1, allowIrrefutable: mc.Guard != nil || i == len(s.Cases)-1}
		old := c.setPos(mc.Pattern)
		c.emit(opcode.COPY, 1)
		c.pattern(mc.Pattern, pc)
		for _, n := range pc.names {
			c.storeName(n)
		}
		if mc.Guard != nil {
			c.setPos(mc.Guard)
			c.jumpIf(mc.Guard, false, c.failLabel(pc, 0))
		}
		c.u.pos = old
		c.emit(opcode.POP_TOP, 0)
		c.stmts(mc.Body)
		c.emit(opcode.JUMP, end)
		c.failLabel(pc, 0)
		c.bindFails(pc)
	}
	c.emit(opcode.POP_TOP, 0)
	c.bind(end)
}

// storeCapture captures the subject on top for name: it goes under the
// other pending items and the earlier captures.
func (c *compiler) storeCapture(p ast.Pattern, name string, pc *patCtx) {
	c.forbidden(name, *p.(ast.Located).GetPos(), false)
	if slices.Contains(pc.names, name) {
		c.errorf(*p.(ast.Located).GetPos(), "multiple assignments to name '%s' in pattern", name)
	}
	c.rotate(pc.onTop + len(pc.names))
	pc.names = append(pc.names, name)
	pc.onTop--
}

func (c *compiler) pattern(p ast.Pattern, pc *patCtx) {
	old := c.setPos(p)
	defer func() { c.u.pos = old }()
	pos := *p.(ast.Located).GetPos()
	switch p := p.(type) {
	case *ast.MatchValue:
		c.expr(p.Value)
		c.compareOp(ast.Eq)
		pc.onTop--
		c.jumpFail(pc, opcode.POP_JUMP_IF_FALSE)
	case *ast.MatchSingleton:
		v, key := constant(p.Value)
		c.loadConst(v, key)
		c.emit(opcode.IS_OP, 0)
		pc.onTop--
		c.jumpFail(pc, opcode.POP_JUMP_IF_FALSE)
	case *ast.MatchAs:
		if p.Pattern == nil {
			if !pc.allowIrrefutable {
				if p.Name == "" {
					c.errorf(pos, "wildcard makes remaining patterns unreachable")
				}
				c.errorf(pos, "name capture '%s' makes remaining patterns unreachable", p.Name)
			}
			if p.Name == "" {
				c.emit(opcode.POP_TOP, 0)
				pc.onTop--
				return
			}
			c.storeCapture(p, p.Name, pc)
			return
		}
		c.emit(opcode.COPY, 1)
		pc.onTop++
		c.pattern(p.Pattern, pc)
		c.storeCapture(p, p.Name, pc)
	case *ast.MatchStar:
		// Only inside a sequence pattern (the parser checks).
		if p.Name == "" {
			c.emit(opcode.POP_TOP, 0)
			pc.onTop--
			return
		}
		c.storeCapture(p, p.Name, pc)
	case *ast.MatchSequence:
		c.sequencePattern(p, pc)
	case *ast.MatchMapping:
		c.mappingPattern(p, pc)
	case *ast.MatchClass:
		c.classPattern(p, pc)
	case *ast.MatchOr:
		c.orPattern(p, pc)
	default:
		c.unsupported(pos, "this pattern")
	}
}

func isWildcard(p ast.Pattern) bool {
	switch p := p.(type) {
	case *ast.MatchAs:
		return p.Pattern == nil && p.Name == ""
	case *ast.MatchStar:
		return p.Name == ""
	}
	return false
}

// subPatterns matches the n items on top (the first on top) against ps.
func (c *compiler) subPatterns(ps []ast.Pattern, pc *patCtx) {
	saved := pc.allowIrrefutable
	pc.allowIrrefutable = true
	for _, sp := range ps {
		c.pattern(sp, pc)
	}
	pc.allowIrrefutable = saved
}

func (c *compiler) sequencePattern(p *ast.MatchSequence, pc *patCtx) {
	n := len(p.Patterns)
	star := -1
	onlyWildcards := true
	for i, sp := range p.Patterns {
		if _, ok := sp.(*ast.MatchStar); ok {
			star = i
		}
		if !isWildcard(sp) {
			onlyWildcards = false
		}
	}
	c.emit(opcode.MATCH_SEQUENCE, 0)
	c.jumpFail(pc, opcode.POP_JUMP_IF_FALSE)
	if star < 0 || n > 1 {
		c.emit(opcode.GET_LEN, 0)
		if star < 0 {
			c.loadConst(object.Int(int64(n)), constKey{"int", int64(n)})
			c.compareOp(ast.Eq)
		} else {
			c.loadConst(object.Int(int64(n-1)), constKey{"int", int64(n - 1)})
			c.compareOp(ast.GtE)
		}
		c.jumpFail(pc, opcode.POP_JUMP_IF_FALSE)
	}
	if onlyWildcards {
		c.emit(opcode.POP_TOP, 0)
		pc.onTop--
		return
	}
	if star < 0 {
		c.emit(opcode.UNPACK_SEQUENCE, n)
	} else {
		c.emit(opcode.UNPACK_EX, star|(n-1-star)<<8)
	}
	pc.onTop += n - 1
	c.subPatterns(p.Patterns, pc)
}

func (c *compiler) mappingPattern(p *ast.MatchMapping, pc *patCtx) {
	pos := p.Pos
	c.emit(opcode.MATCH_MAPPING, 0)
	c.jumpFail(pc, opcode.POP_JUMP_IF_FALSE)
	n := len(p.Keys)
	if n == 0 && p.Rest == "" {
		c.emit(opcode.POP_TOP, 0)
		pc.onTop--
		return
	}
	if n > 0 {
		c.emit(opcode.GET_LEN, 0)
		c.loadConst(object.Int(int64(n)), constKey{"int", int64(n)})
		c.compareOp(ast.GtE)
		c.jumpFail(pc, opcode.POP_JUMP_IF_FALSE)
	}
	seen := map[any]bool{}
	for _, k := range p.Keys {
		if v, ok := literalKey(k); ok {
			if seen[v] {
				c.errorf(pos, "mapping pattern checks duplicate key (%s)", constRepr(v))
			}
			seen[v] = true
		}
		switch k.(type) {
		case *ast.Constant, *ast.Attribute, *ast.UnaryOp, *ast.BinOp:
		default:
			c.errorf(*k.(ast.Located).GetPos(), "mapping pattern keys may only match literals and attribute lookups")
		}
		c.expr(k)
	}
	c.emit(opcode.BUILD_TUPLE, n)
	pc.onTop++ // keys
	if n > 0 {
		c.emit(opcode.MATCH_KEYS, 0)
		pc.onTop++ // values
		c.emit(opcode.COPY, 1)
		c.jumpFail(pc, opcode.POP_JUMP_IF_NONE)
		c.emit(opcode.UNPACK_SEQUENCE, n)
		pc.onTop += n - 1
		c.subPatterns(p.Patterns, pc)
	}
	if p.Rest != "" {
		c.emit(opcode.COPY_DICT_WITHOUT_KEYS, 0)
		pc.onTop++
		c.storeCapture(p, p.Rest, pc)
	}
	c.emit(opcode.POP_TOP, 0) // keys
	c.emit(opcode.POP_TOP, 0) // subject
	pc.onTop -= 2
}

// literalKey is the value of a literal mapping-pattern key, normalized
// so that keys equal in Python (1, 1.0, True; 0, -0, -0.0) are equal.
func literalKey(e ast.Expr) (ast.Value, bool) {
	neg := false
	if u, ok := e.(*ast.UnaryOp); ok && u.Op == ast.USub {
		neg, e = true, u.Operand
	}
	k, ok := e.(*ast.Constant)
	if !ok {
		return nil, false
	}
	switch v := k.Value.(type) {
	case bool:
		if neg {
			return nil, false
		}
		if v {
			return int64(1), true
		}
		return int64(0), true
	case int64:
		if neg {
			v = -v
		}
		return v, true
	case float64:
		if neg {
			v = -v
		}
		if v == float64(int64(v)) {
			return int64(v), true
		}
		return v, true
	case string, nil, ast.Bytes:
		return v, !neg
	}
	return nil, false
}

// constRepr is the repr of a mapping-pattern key for error messages.
func constRepr(v ast.Value) string {
	var b strings.Builder
	ast.WriteRepr(&b, v)
	return b.String()
}

func (c *compiler) classPattern(p *ast.MatchClass, pc *patCtx) {
	for i, a := range p.KwdAttrs {
		if slices.Contains(p.KwdAttrs[:i], a) {
			c.errorf(*p.KwdPatterns[i].(ast.Located).GetPos(), "attribute name repeated in class pattern: %s", a)
		}
	}
	c.expr(p.Cls)
	names := make([]object.Value, len(p.KwdAttrs))
	for i, a := range p.KwdAttrs {
		names[i] = object.NewStr(a).Value()
	}
	c.loadConst(object.NewTuple(names).Value(), nil)
	c.emit(opcode.MATCH_CLASS, len(p.Patterns))
	c.emit(opcode.COPY, 1)
	c.jumpFail(pc, opcode.POP_JUMP_IF_NONE)
	all := append(slices.Clone(p.Patterns), p.KwdPatterns...)
	if len(all) == 0 {
		c.emit(opcode.POP_TOP, 0)
		pc.onTop--
		return
	}
	c.emit(opcode.UNPACK_SEQUENCE, len(all))
	pc.onTop += len(all) - 1
	c.subPatterns(all, pc)
}

// orPattern tries each alternative on a copy of the subject:
//
//	per alternative: COPY 1; <alt>; <reorder its captures>; JUMP ok;
//	                 <alt's failure pops>
//	JUMP fail
//	ok: <rotate each capture under the pending items>; POP_TOP
//
// Every alternative leaves its captures in the first one's order.
func (c *compiler) orPattern(p *ast.MatchOr, pc *patCtx) {
	ok := c.newLabel()
	var control []string
	for i, alt := range p.Patterns {
		sub := &patCtx{onTop: 1, allowIrrefutable: i == len(p.Patterns)-1 && pc.allowIrrefutable}
		c.emit(opcode.COPY, 1)
		c.pattern(alt, sub)
		if i == 0 {
			control = sub.names
		} else {
			a, b := slices.Clone(control), slices.Clone(sub.names)
			slices.Sort(a)
			slices.Sort(b)
			if !slices.Equal(a, b) {
				c.errorf(p.Pos, "alternative patterns bind different names")
			}
			c.reorderCaptures(sub.names, control)
		}
		c.emit(opcode.JUMP, ok)
		c.failLabel(sub, 0)
		c.bindFails(sub)
	}
	c.emit(opcode.JUMP, c.failLabel(pc, pc.onTop+len(pc.names)))
	c.bind(ok)
	nrots := len(control) + pc.onTop + len(pc.names)
	for _, n := range control {
		c.rotate(nrots)
		if slices.Contains(pc.names, n) {
			c.errorf(p.Pos, "multiple assignments to name '%s' in pattern", n)
		}
		pc.names = append(pc.names, n)
	}
	c.emit(opcode.POP_TOP, 0) // the subject
	pc.onTop--
}

// reorderCaptures permutes the captures on top of the stack, made for
// names (names[0] on top), into the order of want.
func (c *compiler) reorderCaptures(names, want []string) {
	n := len(names)
	// Bottom to top.
	seg := slices.Clone(names)
	slices.Reverse(seg)
	target := slices.Clone(want)
	slices.Reverse(target)
	for k := range n {
		if seg[k] == target[k] {
			continue
		}
		j := slices.Index(seg, target[k])
		if j != n-1 {
			c.emit(opcode.SWAP, n-j)
			seg[j], seg[n-1] = seg[n-1], seg[j]
		}
		c.emit(opcode.SWAP, n-k)
		seg[k], seg[n-1] = seg[n-1], seg[k]
	}
}
