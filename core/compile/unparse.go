package compile

import (
	"math"
	"math/big"
	"strings"

	"github.com/subpy/subpy/core/ast"
)

// Unparsing: under `from __future__ import annotations` an annotation is
// stored as the text CPython 3.13 produces from its tree (not the source
// text): canonical spacing, parentheses only where precedence needs them,
// constants by their repr.

// Precedence levels, loosest first.
const (
	prTuple = iota
	prTest  // if-else, lambda
	prOr
	prAnd
	prNot
	prCmp
	prBor // also the level of a bare expression
	prBxor
	prBand
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
)

// Unparse returns the text of expression e as CPython 3.13's
// annotation unparser writes it.
func Unparse(e ast.Expr) string {
	var u unparser
	u.expr(e, prTest)
	return u.b.String()
}

type unparser struct{ b strings.Builder }

func (u *unparser) s(x string) { u.b.WriteString(x) }

func (u *unparser) open(cond bool) {
	if cond {
		u.s("(")
	}
}

func (u *unparser) close(cond bool) {
	if cond {
		u.s(")")
	}
}

var binopInfo = map[ast.Operator]struct {
	sym  string
	prec int
}{
	ast.Add: {" + ", prArith}, ast.Sub: {" - ", prArith}, ast.Mult: {" * ", prTerm},
	ast.MatMult: {" @ ", prTerm}, ast.Div: {" / ", prTerm}, ast.Modulo: {" % ", prTerm},
	ast.LShift: {" << ", prShift}, ast.RShift: {" >> ", prShift}, ast.BitOr: {" | ", prBor},
	ast.BitXor: {" ^ ", prBxor}, ast.BitAnd: {" & ", prBand}, ast.FloorDiv: {" // ", prTerm},
	ast.Pow: {" ** ", prPower},
}

var cmpSyms = [...]string{" == ", " != ", " < ", " <= ", " > ", " >= ", " is ", " is not ", " in ", " not in "}

func (u *unparser) exprs(es []ast.Expr, sep string) {
	for i, e := range es {
		if i > 0 {
			u.s(sep)
		}
		u.expr(e, prTest)
	}
}

func (u *unparser) expr(e ast.Expr, level int) {
	switch e := e.(type) {
	case *ast.BoolOp:
		op, prec := " and ", prAnd
		if e.Op == ast.Or {
			op, prec = " or ", prOr
		}
		u.open(level > prec)
		for i, v := range e.Values {
			if i > 0 {
				u.s(op)
			}
			u.expr(v, prec+1)
		}
		u.close(level > prec)
	case *ast.BinOp:
		info := binopInfo[e.Op]
		rassoc := e.Op == ast.Pow
		u.open(level > info.prec)
		l, r := info.prec, info.prec+1
		if rassoc {
			l, r = info.prec+1, info.prec
		}
		u.expr(e.Left, l)
		u.s(info.sym)
		u.expr(e.Right, r)
		u.close(level > info.prec)
	case *ast.UnaryOp:
		var op string
		prec := prFactor
		switch e.Op {
		case ast.Invert:
			op = "~"
		case ast.Not:
			op, prec = "not ", prNot
		case ast.UAdd:
			op = "+"
		case ast.USub:
			op = "-"
		}
		u.open(level > prec)
		u.s(op)
		u.expr(e.Operand, prec)
		u.close(level > prec)
	case *ast.Lambda:
		u.open(level > prTest)
		// CPython writes the space only before positional parameters
		// ("lambda*a: 0").
		if e.Args != nil && len(e.Args.Posonlyargs)+len(e.Args.Args) > 0 {
			u.s("lambda ")
		} else {
			u.s("lambda")
		}
		if e.Args != nil {
			u.args(e.Args)
		}
		u.s(": ")
		u.expr(e.Body, prTest)
		u.close(level > prTest)
	case *ast.IfExp:
		u.open(level > prTest)
		u.expr(e.Body, prTest+1)
		u.s(" if ")
		u.expr(e.Test, prTest+1)
		u.s(" else ")
		u.expr(e.Orelse, prTest)
		u.close(level > prTest)
	case *ast.Dict:
		u.s("{")
		for i, k := range e.Keys {
			if i > 0 {
				u.s(", ")
			}
			if k == nil {
				u.s("**")
				u.expr(e.Values[i], prBor)
				continue
			}
			u.expr(k, prTest)
			u.s(": ")
			u.expr(e.Values[i], prTest)
		}
		u.s("}")
	case *ast.Set:
		if len(e.Elts) == 0 {
			u.s("{*()}")
			return
		}
		u.s("{")
		u.exprs(e.Elts, ", ")
		u.s("}")
	case *ast.ListComp:
		u.s("[")
		u.expr(e.Elt, prTest)
		u.comps(e.Generators)
		u.s("]")
	case *ast.SetComp:
		u.s("{")
		u.expr(e.Elt, prTest)
		u.comps(e.Generators)
		u.s("}")
	case *ast.DictComp:
		u.s("{")
		u.expr(e.Key, prTest)
		u.s(": ")
		u.expr(e.Value, prTest)
		u.comps(e.Generators)
		u.s("}")
	case *ast.GeneratorExp:
		u.s("(")
		u.expr(e.Elt, prTest)
		u.comps(e.Generators)
		u.s(")")
	case *ast.Await:
		u.open(level > prAwait)
		u.s("await ")
		u.expr(e.Value, prAtom)
		u.close(level > prAwait)
	case *ast.Yield:
		u.open(true)
		u.s("yield")
		if e.Value != nil {
			u.s(" ")
			u.expr(e.Value, prTest)
		}
		u.close(true)
	case *ast.YieldFrom:
		u.s("(yield from ")
		u.expr(e.Value, prTest)
		u.s(")")
	case *ast.Compare:
		u.open(level > prCmp)
		u.expr(e.Left, prCmp+1)
		for i, op := range e.Ops {
			u.s(cmpSyms[op])
			u.expr(e.Comparators[i], prCmp+1)
		}
		u.close(level > prCmp)
	case *ast.Call:
		u.expr(e.Func, prAtom)
		if len(e.Args) == 1 && len(e.Keywords) == 0 {
			if g, ok := e.Args[0].(*ast.GeneratorExp); ok {
				u.expr(g, prTest)
				return
			}
		}
		u.s("(")
		first := true
		for _, a := range e.Args {
			if !first {
				u.s(", ")
			}
			first = false
			u.expr(a, prTest)
		}
		for _, k := range e.Keywords {
			if !first {
				u.s(", ")
			}
			first = false
			if k.Arg == "" {
				u.s("**")
			} else {
				u.s(k.Arg)
				u.s("=")
			}
			u.expr(k.Value, prTest)
		}
		u.s(")")
	case *ast.Constant:
		u.constant(e.Value)
	case *ast.JoinedStr:
		u.s("f")
		var b strings.Builder
		u.fstringBody(&b, e.Values)
		var r strings.Builder
		ast.WriteRepr(&r, b.String())
		u.s(r.String())
	case *ast.FormattedValue:
		var b strings.Builder
		u.fstringBody(&b, []ast.Expr{e})
		var r strings.Builder
		ast.WriteRepr(&r, b.String())
		u.s("f")
		u.s(r.String())
	case *ast.Attribute:
		u.expr(e.Value, prAtom)
		// An integer needs a space before the dot ("1 .real").
		if c, ok := e.Value.(*ast.Constant); ok && isIntConst(c.Value) {
			u.s(" ")
		}
		u.s(".")
		u.s(e.Attr)
	case *ast.Subscript:
		u.expr(e.Value, prAtom)
		u.s("[")
		if t, ok := e.Slice.(*ast.Tuple); ok && len(t.Elts) > 0 {
			for i, x := range t.Elts {
				if i > 0 {
					u.s(", ")
				}
				u.expr(x, prTest)
			}
			if len(t.Elts) == 1 {
				u.s(",")
			}
		} else {
			u.expr(e.Slice, prTuple)
		}
		u.s("]")
	case *ast.Starred:
		u.s("*")
		u.expr(e.Value, prBor)
	case *ast.Name:
		u.s(e.ID)
	case *ast.List:
		u.s("[")
		u.exprs(e.Elts, ", ")
		u.s("]")
	case *ast.Tuple:
		if len(e.Elts) == 0 {
			u.s("()")
			return
		}
		u.open(level > prTuple)
		u.exprs(e.Elts, ", ")
		if len(e.Elts) == 1 {
			u.s(",")
		}
		u.close(level > prTuple)
	case *ast.Slice:
		if e.Lower != nil {
			u.expr(e.Lower, prTest)
		}
		u.s(":")
		if e.Upper != nil {
			u.expr(e.Upper, prTest)
		}
		if e.Step != nil {
			u.s(":")
			u.expr(e.Step, prTest)
		}
	case *ast.NamedExpr:
		u.open(level > prTuple)
		u.expr(e.Target, prAtom)
		u.s(" := ")
		u.expr(e.Value, prAtom)
		u.close(level > prTuple)
	default:
		u.s("...")
	}
}

func isIntConst(v ast.Value) bool {
	switch v.(type) {
	case int64, int, *big.Int:
		return true
	}
	return false
}

func (u *unparser) constant(v ast.Value) {
	switch v := v.(type) {
	case ast.EllipsisValue:
		u.s("...")
		return
	case float64:
		if math.IsInf(v, 0) {
			if v < 0 {
				u.s("-")
			}
			u.s("1e309")
			return
		}
	case complex128:
		if math.IsInf(real(v), 0) || math.IsInf(imag(v), 0) {
			u.s("1e309j")
			return
		}
	}
	var b strings.Builder
	ast.WriteRepr(&b, v)
	u.s(b.String())
}

func (u *unparser) comps(gens []*ast.Comprehension) {
	for _, g := range gens {
		if g.IsAsync != 0 {
			u.s(" async for ")
		} else {
			u.s(" for ")
		}
		u.expr(g.Target, prTuple)
		u.s(" in ")
		u.expr(g.Iter, prTest+1)
		for _, c := range g.Ifs {
			u.s(" if ")
			u.expr(c, prTest+1)
		}
	}
}

// args writes a lambda's parameters.
func (u *unparser) args(a *ast.Arguments) {
	first := true
	sep := func() {
		if !first {
			u.s(", ")
		}
		first = false
	}
	pos := append(append([]*ast.Arg{}, a.Posonlyargs...), a.Args...)
	ndef := len(a.Defaults)
	for i, p := range pos {
		sep()
		u.s(p.Arg)
		if d := i - (len(pos) - ndef); d >= 0 {
			u.s("=")
			u.expr(a.Defaults[d], prTest)
		}
		if len(a.Posonlyargs) > 0 && i == len(a.Posonlyargs)-1 {
			sep()
			u.s("/")
		}
	}
	if a.Vararg != nil || len(a.Kwonlyargs) > 0 {
		sep()
		u.s("*")
		if a.Vararg != nil {
			u.s(a.Vararg.Arg)
		}
	}
	for i, k := range a.Kwonlyargs {
		sep()
		u.s(k.Arg)
		if i < len(a.KwDefaults) && a.KwDefaults[i] != nil {
			u.s("=")
			u.expr(a.KwDefaults[i], prTest)
		}
	}
	if a.Kwarg != nil {
		sep()
		u.s("**")
		u.s(a.Kwarg.Arg)
	}
}

// fstringBody writes the inside of an f-string's quotes.
func (u *unparser) fstringBody(b *strings.Builder, values []ast.Expr) {
	for _, v := range values {
		switch v := v.(type) {
		case *ast.Constant:
			if s, ok := v.Value.(string); ok {
				s = strings.ReplaceAll(s, "{", "{{")
				s = strings.ReplaceAll(s, "}", "}}")
				b.WriteString(s)
			}
		case *ast.FormattedValue:
			var inner unparser
			inner.expr(v.Value, prTest+1)
			text := inner.b.String()
			b.WriteString("{")
			if strings.HasPrefix(text, "{") {
				b.WriteString(" ")
			}
			b.WriteString(text)
			switch v.Conversion {
			case 's', 'r', 'a':
				b.WriteString("!")
				b.WriteRune(rune(v.Conversion))
			}
			if v.FormatSpec != nil {
				b.WriteString(":")
				if js, ok := v.FormatSpec.(*ast.JoinedStr); ok {
					u.fstringBody(b, js.Values)
				}
			}
			b.WriteString("}")
		}
	}
}
