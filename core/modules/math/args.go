package math

import (
	gomath "math"
	"math/big"

	"github.com/subpy/subpy/core/object"
)

// fn is the Go signature of a module-level builtin function.
type fn = func(t *object.Thread, args []object.Value, kwnames *object.Tuple) object.Value

// exactly checks a fixed number of positional arguments with CPython's
// wording for METH_O ("takes exactly one argument") and fastcall
// functions ("expected N arguments").
func exactly(t *object.Thread, name string, args []object.Value, kwnames *object.Tuple, n int) bool {
	if kwnames.Len() != 0 {
		t.Raisef(object.TypeErrorType, "math.%s() takes no keyword arguments", name)
		return false
	}
	if len(args) == n {
		return true
	}
	if n == 1 {
		t.Raisef(object.TypeErrorType, "math.%s() takes exactly one argument (%d given)", name, len(args))
	} else {
		t.Raisef(object.TypeErrorType, "%s expected %d arguments, got %d", name, n, len(args))
	}
	return false
}

// toFloat converts a real number argument (float, int, __float__,
// __index__) as CPython's PyFloat_AsDouble does.
func toFloat(t *object.Thread, v object.Value) (float64, bool) {
	if v.IsFloat() {
		return v.FloatVal(), true
	}
	if object.IsInt(v) {
		return object.IntToFloat(t, v)
	}
	typ := object.TypeOf(v)
	if m := typ.LookupString("__float__"); !m.IsNull() {
		r := object.Call(t, m, []object.Value{v}, nil)
		if r.IsNull() {
			return 0, false
		}
		if !r.IsFloat() {
			t.Raisef(object.TypeErrorType, "%s.__float__ returned non-float (type %s)", typ.Name, object.TypeOf(r).Name)
			return 0, false
		}
		return r.FloatVal(), true
	}
	if typ.Index != nil || !typ.LookupString("__index__").IsNull() {
		i := toIndex(t, v)
		if i.IsNull() {
			return 0, false
		}
		return object.IntToFloat(t, i)
	}
	t.Raisef(object.TypeErrorType, "must be real number, not %s", typ.Name)
	return 0, false
}

// toIndex returns v as an int through __index__ (operator.index).
func toIndex(t *object.Thread, v object.Value) object.Value {
	if object.IsInt(v) {
		return v
	}
	typ := object.TypeOf(v)
	var r object.Value
	if typ.Index != nil {
		r = typ.Index(t, v)
	} else if m := typ.LookupString("__index__"); !m.IsNull() {
		r = object.Call(t, m, []object.Value{v}, nil)
	} else {
		return t.Raisef(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", typ.Name)
	}
	if r.IsNull() {
		return r
	}
	if !object.IsInt(r) {
		return t.Raisef(object.TypeErrorType, "__index__ returned non-int (type %s)", object.TypeOf(r).Name)
	}
	return r
}

// bigOf returns an int value as a big.Int.
func bigOf(v object.Value) *big.Int {
	if i, ok := object.AsInt64(v); ok {
		return big.NewInt(i)
	}
	b, _ := new(big.Int).SetString(object.IntString(v), 10)
	return b
}

// intValue returns a big.Int as an int value.
func intValue(b *big.Int) object.Value {
	if b.IsInt64() {
		return object.Int(b.Int64())
	}
	return object.NewIntFromBig(b)
}

// bigIndex converts an argument through __index__ to a big.Int.
func bigIndex(t *object.Thread, v object.Value) (*big.Int, bool) {
	i := toIndex(t, v)
	if i.IsNull() {
		return nil, false
	}
	return bigOf(i), true
}

func domainError(t *object.Thread) object.Value {
	return t.RaiseMsg(object.ValueErrorType, "math domain error")
}

func rangeError(t *object.Thread) object.Value {
	return t.RaiseMsg(object.OverflowErrorType, "math range error")
}

// checked applies CPython's math_1 error rules to r = f(x): a NaN from a
// non-NaN is a domain error, an infinity from a finite argument is a
// range error (canOverflow) or a domain error (a pole).
func checked(t *object.Thread, x, r float64, canOverflow bool) object.Value {
	if gomath.IsNaN(r) && !gomath.IsNaN(x) {
		return domainError(t)
	}
	if gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) && !gomath.IsNaN(x) {
		if canOverflow {
			return rangeError(t)
		}
		return domainError(t)
	}
	return object.Float(r)
}

// iterate collects an iterable's items.
func iterate(t *object.Thread, v object.Value) ([]object.Value, bool) {
	var items []object.Value
	if object.ForEach(t, v, func(x object.Value) bool {
		items = append(items, x)
		return true
	}) < 0 {
		return nil, false
	}
	return items, true
}
