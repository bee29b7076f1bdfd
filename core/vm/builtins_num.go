package vm

// Numeric and predicate builtins: any, all, divmod, and the helpers of
// pow and round (builtins_misc.go registers those). Like builtins.go they
// move to core/builtins unchanged.

import (
	"math"
	"math/big"

	"github.com/subpy/subpy/core/object"
)

func installNumBuiltins(fn func(string, builtinFunc)) {
	anyAll := func(name string, want bool) {
		fn(name, func(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
			if !exactArgs(t, name, args, kw, 1) {
				return object.Null
			}
			found := false
			if object.ForEach(&t.Thread, args[0], func(v object.Value) bool {
				tr := object.Truth(&t.Thread, v)
				if tr < 0 {
					return false
				}
				if (tr == 1) == want {
					found = true
					return false
				}
				return true
			}) < 0 {
				return object.Null
			}
			if want {
				return object.Bool(found)
			}
			return object.Bool(!found)
		})
	}
	anyAll("any", true)
	anyAll("all", false)
	fn("divmod", func(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
		if !exactArgs(t, "divmod", args, kw, 2) {
			return object.Null
		}
		return object.DivMod(&t.Thread, args[0], args[1])
	})
}

func bigOfInt(v object.Value) *big.Int {
	if i, ok := object.AsInt64(v); ok {
		return big.NewInt(i)
	}
	b, _ := new(big.Int).SetString(object.IntString(v), 10)
	return b
}

func powMod(t *Thread, a, b, m object.Value) object.Value {
	if !object.IsInt(a) || !object.IsInt(b) || !object.IsInt(m) {
		return powModMixed(t, a, b, m)
	}
	x, y, z := bigOfInt(a), bigOfInt(b), bigOfInt(m)
	if z.Sign() == 0 {
		return t.RaiseMsg(object.ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	mod := new(big.Int).Abs(z)
	if y.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(x, mod), mod)
		if inv == nil {
			return t.RaiseMsg(object.ValueErrorType, "base is not invertible for the given modulus")
		}
		x, y = inv, new(big.Int).Neg(y)
	}
	r := new(big.Int).Exp(new(big.Int).Mod(x, mod), y, mod)
	if z.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, z)
	}
	return object.NewIntFromBig(r)
}

// powModMixed is three-argument pow() when not all three are ints: the
// operands' types are asked in order (CPython's ternary_op); float's
// power refuses a modulus, complex's raises "complex modulo" once it
// accepts the other two.
func powModMixed(t *Thread, a, b, m object.Value) object.Value {
	realNum := func(v object.Value) bool {
		return object.IsInt(v) || object.TypeOf(v).IsSubtype(object.FloatType)
	}
	num := func(v object.Value) bool {
		typ := object.TypeOf(v)
		return object.IsInt(v) || typ.IsSubtype(object.FloatType) || typ.IsSubtype(object.ComplexType)
	}
	for _, v := range [3]object.Value{a, b, m} {
		typ := object.TypeOf(v)
		if typ.IsSubtype(object.FloatType) && realNum(a) && realNum(b) {
			return t.RaiseMsg(object.TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
		}
		if typ.IsSubtype(object.ComplexType) && num(a) && num(b) {
			return t.RaiseMsg(object.ValueErrorType, "complex modulo")
		}
	}
	return t.Raisef(object.TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
		object.TypeOf(a).Name, object.TypeOf(b).Name, object.TypeOf(m).Name)
}

// roundRat rounds r to an integer, halves to even.
func roundRat(r *big.Rat) *big.Int {
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).DivMod(num, den, new(big.Int)) // floor for den > 0
	twice := new(big.Int).Mul(m, big.NewInt(2))
	switch twice.Cmp(den) {
	case 1:
		q.Add(q, big.NewInt(1))
	case 0:
		if q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

func builtinRound(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	pos, kws := splitKw(args, kw)
	if nd, ok := kws["ndigits"]; ok {
		pos = append(pos, nd)
	}
	if len(pos) < 1 || len(pos) > 2 {
		return t.Raisef(object.TypeErrorType, "round() takes at most 2 arguments (%d given)", len(pos))
	}
	x := pos[0]
	hasDigits := len(pos) == 2 && pos[1] != object.None
	var nd int64
	if hasDigits {
		var ok bool
		if nd, ok = object.AsInt64(pos[1]); !ok {
			return t.Raisef(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", object.TypeOf(pos[1]).Name)
		}
	}
	switch {
	case object.IsInt(x):
		if !hasDigits || nd >= 0 {
			return object.NewIntFromBig(bigOfInt(x))
		}
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-nd), nil)
		q := roundRat(new(big.Rat).SetFrac(bigOfInt(x), p))
		return object.NewIntFromBig(q.Mul(q, p))
	case x.IsFloat():
		f := x.FloatVal()
		if !hasDigits {
			if math.IsInf(f, 0) {
				return t.RaiseMsg(object.OverflowErrorType, "cannot convert float infinity to integer")
			}
			if math.IsNaN(f) {
				return t.RaiseMsg(object.ValueErrorType, "cannot convert float NaN to integer")
			}
			r, _ := new(big.Rat).SetFloat64(f), 0
			return object.NewIntFromBig(roundRat(r))
		}
		return object.FloatRound(&t.Thread, f, nd)
	}
	return t.Raisef(object.TypeErrorType, "type %s doesn't define __round__ method", object.TypeOf(x).Name)
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
