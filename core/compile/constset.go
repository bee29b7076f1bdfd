package compile

// Constant set displays. CPython folds a set display of three or more
// constant items into a frozenset constant (BUILD_SET 0; LOAD_CONST
// frozenset; SET_UPDATE 1), and its constant cache rebuilds that frozenset
// from its own iteration order. The iteration order of the resulting set
// follows from those two insertions, so subpy builds the constant the same
// way: a frozenset of the items in source order, then a frozenset of that
// one's iteration order.

import (
	"math"
	"math/big"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
)

// maxFoldBits is CPython's MAX_INT_SIZE: the AST optimizer does not fold
// an int product or power with more bits.
const maxFoldBits = 128

// foldConst returns the constant value of e as CPython's AST optimizer
// would fold it (a constant, unary +/-/~ of a number, + - * ** of numbers
// within the size limits); ok false otherwise. Only what a set display
// needs: scalars, no tuples.
func foldConst(e ast.Expr) (ast.Value, bool) {
	switch e := e.(type) {
	case *ast.Constant:
		switch e.Value.(type) {
		case nil, bool, int64, *big.Int, float64, string, ast.Bytes, complex128, ast.EllipsisValue:
			return e.Value, true
		}
	case *ast.UnaryOp:
		v, ok := foldConst(e.Operand)
		if !ok {
			return nil, false
		}
		if _, isBool := v.(bool); isBool {
			return nil, false
		}
		switch e.Op {
		case ast.USub:
			switch v := v.(type) {
			case int64, *big.Int:
				return normInt(new(big.Int).Neg(toBig(v))), true
			case float64:
				return -v, true
			case complex128:
				return -v, true
			}
		case ast.UAdd:
			switch v.(type) {
			case int64, *big.Int, float64, complex128:
				return v, true
			}
		case ast.Invert:
			switch v := v.(type) {
			case int64, *big.Int:
				return normInt(new(big.Int).Not(toBig(v))), true
			}
		}
	case *ast.BinOp:
		l, ok1 := foldConst(e.Left)
		r, ok2 := foldConst(e.Right)
		if !ok1 || !ok2 {
			return nil, false
		}
		li, lInt := intOf(l)
		ri, rInt := intOf(r)
		if lInt && rInt {
			switch e.Op {
			case ast.Add:
				return normInt(new(big.Int).Add(li, ri)), true
			case ast.Sub:
				return normInt(new(big.Int).Sub(li, ri)), true
			case ast.Mult:
				if li.BitLen()+ri.BitLen() > maxFoldBits {
					return nil, false
				}
				return normInt(new(big.Int).Mul(li, ri)), true
			case ast.Pow:
				if ri.Sign() < 0 || !ri.IsInt64() || (li.BitLen() > 0 && int64(li.BitLen())*ri.Int64() > maxFoldBits) {
					return nil, false
				}
				return normInt(new(big.Int).Exp(li, ri, nil)), true
			}
			return nil, false
		}
		lf, lF := floatOf(l)
		rf, rF := floatOf(r)
		if lF && rF {
			var x float64
			switch e.Op {
			case ast.Add:
				x = lf + rf
			case ast.Sub:
				x = lf - rf
			case ast.Mult:
				x = lf * rf
			default:
				return nil, false
			}
			if math.IsInf(x, 0) || math.IsNaN(x) {
				return nil, false
			}
			return x, true
		}
	}
	return nil, false
}

func toBig(v ast.Value) *big.Int {
	switch v := v.(type) {
	case int64:
		return big.NewInt(v)
	case *big.Int:
		return v
	}
	return nil
}

func intOf(v ast.Value) (*big.Int, bool) {
	switch v := v.(type) {
	case int64, *big.Int:
		return toBig(v), true
	case bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	}
	return nil, false
}

// floatOf: a float operand with a float or int partner (one must be a
// float for the caller to get here... ints were handled before).
func floatOf(v ast.Value) (float64, bool) {
	switch v := v.(type) {
	case float64:
		return v, true
	case int64:
		return float64(v), true
	}
	return 0, false
}

func normInt(b *big.Int) ast.Value {
	if b.IsInt64() {
		return b.Int64()
	}
	return b
}

// constSet compiles a set display of three or more foldable constants as
// CPython does; false (nothing emitted) when it does not apply.
func (c *compiler) constSet(elts []ast.Expr) bool {
	if len(elts) < 3 {
		return false
	}
	vals := make([]object.Value, len(elts))
	keys := map[any]bool{}
	for i, e := range elts {
		v, ok := foldConst(e)
		if !ok {
			return false
		}
		var k any
		vals[i], k = constant(v)
		keys[k] = true
	}
	// An equal constant compiled before is reused (its iteration order).
	for _, cs := range c.constSets {
		if len(cs.keys) == len(keys) && func() bool {
			for k := range keys {
				if !cs.keys[k] {
					return false
				}
			}
			return true
		}() {
			c.emit(opcode.BUILD_SET, 0)
			c.loadConst(cs.set, nil)
			c.emit(opcode.SET_UPDATE, 1)
			return true
		}
	}
	t := &object.Thread{} // hashing and comparing these constants runs no Python code
	first := object.NewFrozenSet()
	for _, v := range vals {
		if first.Add(t, v) < 0 {
			return false
		}
	}
	second := object.NewFrozenSet()
	failed := false
	first.Items(func(v object.Value) bool {
		failed = second.Add(t, v) < 0
		return !failed
	})
	if failed {
		return false
	}
	c.constSets = append(c.constSets, constSetEntry{keys, second.Value()})
	c.emit(opcode.BUILD_SET, 0)
	c.loadConst(second.Value(), nil)
	c.emit(opcode.SET_UPDATE, 1)
	return true
}

// constSetEntry is a folded set display's constant and its items' keys.
type constSetEntry struct {
	keys map[any]bool
	set  object.Value
}
