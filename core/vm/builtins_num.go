package vm

// Numeric and predicate builtins: any, all, divmod, pow, round, bin, oct,
// hex, issubclass. Like builtins.go they move to core/builtins unchanged.

import (
	"math"
	"math/big"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
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
		q := object.BinaryOp(&t.Thread, args[0], args[1], opcode.NB_FLOOR_DIVIDE)
		if q.IsNull() {
			if t.ExceptionMatches(object.TypeErrorType) {
				t.Clear()
				return t.Raisef(object.TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", object.TypeOf(args[0]).Name, object.TypeOf(args[1]).Name)
			}
			return object.Null
		}
		r := object.BinaryOp(&t.Thread, args[0], args[1], opcode.NB_REMAINDER)
		if r.IsNull() {
			return object.Null
		}
		return object.NewTuple([]object.Value{q, r}).Value()
	})
	fn("pow", func(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
		pos, _ := splitKw(args, kw)
		switch len(pos) {
		case 2:
			return object.BinaryOp(&t.Thread, pos[0], pos[1], opcode.NB_POWER)
		case 3:
			if pos[2] == object.None {
				return object.BinaryOp(&t.Thread, pos[0], pos[1], opcode.NB_POWER)
			}
			return powMod(t, pos[0], pos[1], pos[2])
		}
		return t.Raisef(object.TypeErrorType, "pow expected at least 2 arguments, got %d", len(pos))
	})
	fn("round", builtinRound)
	base := func(name, spec string) {
		fn(name, func(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
			if !exactArgs(t, name, args, kw, 1) {
				return object.Null
			}
			if !object.IsInt(args[0]) {
				return t.Raisef(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", object.TypeOf(args[0]).Name)
			}
			return object.Format(&t.Thread, args[0], spec)
		})
	}
	base("bin", "#b")
	base("oct", "#o")
	base("hex", "#x")
	fn("issubclass", func(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
		if !exactArgs(t, "issubclass", args, kw, 2) {
			return object.Null
		}
		r := object.IsSubclassOf(&t.Thread, args[0], args[1]) // tuples, unions, __subclasscheck__
		if r < 0 {
			return object.Null
		}
		return object.Bool(r == 1)
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
		return t.RaiseMsg(object.TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
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
		if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 || nd > 400 {
			return x
		}
		if nd < -400 {
			return object.Float(math.Copysign(0, f))
		}
		r := new(big.Rat).SetFloat64(f)
		p := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(abs64(nd)), nil))
		if nd >= 0 {
			r.Mul(r, p)
		} else {
			r.Quo(r, p)
		}
		q := new(big.Rat).SetInt(roundRat(r))
		if nd >= 0 {
			q.Quo(q, p)
		} else {
			q.Mul(q, p)
		}
		v, _ := q.Float64()
		if v == 0 {
			v = math.Copysign(0, f)
		}
		return object.Float(v)
	}
	return t.Raisef(object.TypeErrorType, "type %s doesn't define __round__ method", object.TypeOf(x).Name)
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
