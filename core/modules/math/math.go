// Package math is the builtin module math: CPython 3.13's functions and
// constants with its results and errors ("math domain error" as
// ValueError, "math range error" as OverflowError, the integer functions
// exact over arbitrary-precision ints). Module is its vm.ModuleDef.
//
// The elementary functions use Go's math package; where Go's result is not
// the correctly rounded one, the last bit may differ from the platform
// libm CPython links (documented in the tests).
package math

import (
	gomath "math"
	"math/big"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
	"github.com/subpy/subpy/core/vm"
)

// Module is the math module's definition.
type Module struct{}

var _ vm.ModuleDef = Module{}

// Name implements vm.ModuleDef.
func (Module) Name() string { return "math" }

// Lazy implements vm.LazyModuleDef: math is created on first import.
func (Module) Lazy() bool { return true }

// Exec implements vm.ModuleDef: it fills the namespace.
func (Module) Exec(t *vm.Thread, m *object.Module) bool {
	d := m.Dict
	set := func(name string, v object.Value) { d.SetStr(object.NewStr(name), v) }
	def := func(name string, f fn) {
		set(name, object.NewBuiltin(name, m.Value(), func(t *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
			return f(t, args, kw)
		}))
	}
	set("pi", object.Float(gomath.Pi))
	set("e", object.Float(gomath.E))
	set("tau", object.Float(2*gomath.Pi))
	set("inf", object.Float(gomath.Inf(1)))
	set("nan", object.Float(gomath.NaN()))
	for _, u := range unaryFuncs {
		def(u.name, unary(u.name, u.f, u.overflow))
	}
	def("sqrt", unary("sqrt", gomath.Sqrt, false))
	def("fabs", unary("fabs", gomath.Abs, false))
	def("degrees", unary("degrees", func(x float64) float64 { return x * (180.0 / gomath.Pi) }, false))
	def("radians", unary("radians", func(x float64) float64 { return x * (gomath.Pi / 180.0) }, false))
	def("gamma", unaryErr("gamma", gammaFunc))
	def("lgamma", unaryErr("lgamma", lgammaFunc))
	def("isfinite", predicate("isfinite", func(x float64) bool { return !gomath.IsInf(x, 0) && !gomath.IsNaN(x) }))
	def("isinf", predicate("isinf", func(x float64) bool { return gomath.IsInf(x, 0) }))
	def("isnan", predicate("isnan", gomath.IsNaN))
	def("floor", func(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
		return rounding(t, "floor", "__floor__", args, kw, gomath.Floor)
	})
	def("ceil", func(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
		return rounding(t, "ceil", "__ceil__", args, kw, gomath.Ceil)
	})
	def("trunc", mathTrunc)
	def("log", mathLog)
	def("log2", logFunc("log2", crLog2))
	def("log10", logFunc("log10", glibcLog10))
	def("log1p", unary("log1p", gomath.Log1p, false))
	def("pow", mathPow)
	def("atan2", binary("atan2", func(t *object.Thread, x, y float64) object.Value {
		return object.Float(crAtan2(x, y))
	}))
	def("copysign", binary("copysign", func(t *object.Thread, x, y float64) object.Value {
		return object.Float(gomath.Copysign(x, y))
	}))
	def("fmod", binary("fmod", mathFmod))
	def("remainder", binary("remainder", mathRemainder))
	def("fma", mathFma)
	def("frexp", mathFrexp)
	def("ldexp", mathLdexp)
	def("modf", mathModf)
	def("nextafter", mathNextafter)
	def("ulp", mathUlp)
	def("isclose", mathIsclose)
	def("fsum", mathFsum)
	def("prod", mathProd)
	def("sumprod", mathSumprod)
	def("hypot", mathHypot)
	def("dist", mathDist)
	def("factorial", mathFactorial)
	def("isqrt", mathIsqrt)
	def("gcd", mathGcd)
	def("lcm", mathLcm)
	def("comb", mathComb)
	def("perm", mathPerm)
	return true
}

var unaryFuncs = []struct {
	name     string
	f        func(float64) float64
	overflow bool
}{
	{"acos", crAcos, false}, {"acosh", glibcAcosh, false}, {"asin", crAsin, false},
	{"asinh", glibcAsinh, false}, {"atan", crAtan, false}, {"atanh", glibcAtanh, false},
	{"cos", crCos, false}, {"cosh", glibcCosh, true}, {"sin", crSin, false},
	{"sinh", glibcSinh, true}, {"tan", crTan, false}, {"tanh", glibcTanh, false},
	{"exp", crExp, true}, {"exp2", crExp2, true}, {"expm1", gomath.Expm1, true},
	{"cbrt", glibcCbrt, false}, {"erf", gomath.Erf, false}, {"erfc", gomath.Erfc, false},
}

// unary is CPython's math_1: one real argument, the domain/range rules.
func unary(name string, f func(float64) float64, canOverflow bool) fn {
	return func(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if !exactly(t, name, args, kw, 1) {
			return object.Null
		}
		x, ok := toFloat(t, args[0])
		if !ok {
			return object.Null
		}
		return checked(t, x, f(x), canOverflow)
	}
}

// unaryErr is a one-argument function that reports its own errors.
func unaryErr(name string, f func(t *object.Thread, x float64) object.Value) fn {
	return func(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if !exactly(t, name, args, kw, 1) {
			return object.Null
		}
		x, ok := toFloat(t, args[0])
		if !ok {
			return object.Null
		}
		return f(t, x)
	}
}

func predicate(name string, f func(float64) bool) fn {
	return func(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if !exactly(t, name, args, kw, 1) {
			return object.Null
		}
		x, ok := toFloat(t, args[0])
		if !ok {
			return object.Null
		}
		return object.Bool(f(x))
	}
}

func binary(name string, f func(t *object.Thread, x, y float64) object.Value) fn {
	return func(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if !exactly(t, name, args, kw, 2) {
			return object.Null
		}
		x, ok := toFloat(t, args[0])
		if !ok {
			return object.Null
		}
		y, ok := toFloat(t, args[1])
		if !ok {
			return object.Null
		}
		return f(t, x, y)
	}
}

func gammaFunc(t *object.Thread, x float64) object.Value {
	r, dom := tgamma(x)
	return gammaResult(t, x, r, dom)
}

func lgammaFunc(t *object.Thread, x float64) object.Value {
	r, dom := lgammaValue(x)
	return gammaResult(t, x, r, dom)
}

// gammaResult raises CPython's errors for gamma and lgamma: a domain error
// at a pole, a range error when a finite x overflows.
func gammaResult(t *object.Thread, x, r float64, dom bool) object.Value {
	if dom {
		return domainError(t)
	}
	if gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) {
		return rangeError(t)
	}
	return object.Float(r)
}

// floatToInt converts an integral float to an int, with CPython's errors
// for infinities and NaN.
func floatToInt(t *object.Thread, f float64) object.Value {
	if gomath.IsInf(f, 0) {
		return t.RaiseMsg(object.OverflowErrorType, "cannot convert float infinity to integer")
	}
	if gomath.IsNaN(f) {
		return t.RaiseMsg(object.ValueErrorType, "cannot convert float NaN to integer")
	}
	if f >= -9.2e18 && f <= 9.2e18 {
		return object.Int(int64(f))
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return intValue(b)
}

// rounding is floor and ceil: ints unchanged, floats rounded, other
// objects through their dunder, else their float value.
func rounding(t *object.Thread, name, dunder string, args []object.Value, kw *object.Tuple, f func(float64) float64) object.Value {
	if !exactly(t, name, args, kw, 1) {
		return object.Null
	}
	x := args[0]
	if object.TypeOf(x) == object.IntType {
		return x
	}
	if x.IsFloat() {
		return floatToInt(t, f(x.FloatVal()))
	}
	if object.TypeOf(x) == object.BoolType {
		b, _ := object.AsInt64(x)
		return object.Int(b)
	}
	if m := object.TypeOf(x).LookupString(dunder); !m.IsNull() {
		return object.Call(t, m, []object.Value{x}, nil)
	}
	v, ok := toFloat(t, x)
	if !ok {
		return object.Null
	}
	return floatToInt(t, f(v))
}

func mathTrunc(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	if !exactly(t, "trunc", args, kw, 1) {
		return object.Null
	}
	x := args[0]
	if x.IsFloat() {
		return floatToInt(t, gomath.Trunc(x.FloatVal()))
	}
	if object.IsInt(x) {
		if object.TypeOf(x) == object.IntType {
			return x
		}
		return intValue(bigOf(x))
	}
	m := object.TypeOf(x).LookupString("__trunc__")
	if m.IsNull() {
		return t.Raisef(object.TypeErrorType, "type %s doesn't define __trunc__ method", object.TypeOf(x).Name)
	}
	return object.Call(t, m, []object.Value{x}, nil)
}

// logOf is CPython's loghelper: ints too large for a float are reduced
// with frexp first; non-positive ints are domain errors.
func logOf(t *object.Thread, x object.Value, f func(float64) float64) (float64, bool) {
	if object.IsInt(x) {
		b := bigOf(x)
		if b.Sign() <= 0 {
			domainError(t)
			return 0, false
		}
		if b.BitLen() <= 1000 {
			v, _ := new(big.Float).SetInt(b).Float64()
			return f(v), true
		}
		bf := new(big.Float).SetPrec(53).SetInt(b)
		mant := new(big.Float)
		e := bf.MantExp(mant)
		m, _ := mant.Float64()
		return f(m) + f(2.0)*float64(e), true
	}
	v, ok := toFloat(t, x)
	if !ok {
		return 0, false
	}
	r := checked(t, v, f(v), false)
	if r.IsNull() {
		return 0, false
	}
	return r.FloatVal(), true
}

func logFunc(name string, f func(float64) float64) fn {
	return func(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if !exactly(t, name, args, kw, 1) {
			return object.Null
		}
		r, ok := logOf(t, args[0], f)
		if !ok {
			return object.Null
		}
		return object.Float(r)
	}
}

func mathLog(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	if kw.Len() != 0 {
		return t.RaiseMsg(object.TypeErrorType, "log() takes no keyword arguments")
	}
	if len(args) < 1 {
		return t.Raisef(object.TypeErrorType, "log expected at least 1 argument, got %d", len(args))
	}
	if len(args) > 2 {
		return t.Raisef(object.TypeErrorType, "log expected at most 2 arguments, got %d", len(args))
	}
	num, ok := logOf(t, args[0], crLog)
	if !ok {
		return object.Null
	}
	if len(args) == 1 {
		return object.Float(num)
	}
	den, ok := logOf(t, args[1], crLog)
	if !ok {
		return object.Null
	}
	if den == 0 {
		return t.RaiseMsg(object.ZeroDivisionErrorType, "float division by zero")
	}
	return object.Float(num / den)
}

func mathPow(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	return binary("pow", func(t *object.Thread, x, y float64) object.Value {
		var r float64
		if gomath.IsInf(x, 0) || gomath.IsNaN(x) || gomath.IsInf(y, 0) || gomath.IsNaN(y) {
			switch {
			case gomath.IsNaN(x):
				r = x
				if y == 0 {
					r = 1
				}
			case gomath.IsNaN(y):
				r = y
				if x == 1 {
					r = 1
				}
			case gomath.IsInf(x, 0):
				oddY := !gomath.IsInf(y, 0) && gomath.Mod(gomath.Abs(y), 2) == 1
				switch {
				case y > 0:
					r = gomath.Abs(x)
					if oddY {
						r = x
					}
				case y == 0:
					r = 1
				default:
					r = 0
					if oddY {
						r = gomath.Copysign(0, x)
					}
				}
			default:
				switch {
				case gomath.Abs(x) == 1:
					r = 1
				case y > 0 && gomath.Abs(x) > 1:
					r = y
				case y < 0 && gomath.Abs(x) < 1:
					r = -y
				default:
					r = 0
				}
			}
			return object.Float(r)
		}
		r = crPow(x, y)
		if gomath.IsNaN(r) {
			return domainError(t)
		}
		if gomath.IsInf(r, 0) {
			if x == 0 {
				return domainError(t)
			}
			return rangeError(t)
		}
		return object.Float(r)
	})(t, args, kw)
}

func mathFmod(t *object.Thread, x, y float64) object.Value {
	if gomath.IsInf(y, 0) && !gomath.IsInf(x, 0) && !gomath.IsNaN(x) {
		return object.Float(x)
	}
	r := gomath.Mod(x, y)
	if gomath.IsNaN(r) && !gomath.IsNaN(x) && !gomath.IsNaN(y) {
		return domainError(t)
	}
	return object.Float(r)
}

func mathRemainder(t *object.Thread, x, y float64) object.Value {
	if gomath.IsNaN(x) {
		return object.Float(x)
	}
	if gomath.IsNaN(y) {
		return object.Float(y)
	}
	if gomath.IsInf(x, 0) || y == 0 {
		return domainError(t)
	}
	if gomath.IsInf(y, 0) {
		return object.Float(x)
	}
	return object.Float(gomath.Remainder(x, y))
}

func mathFma(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	if !exactly(t, "fma", args, kw, 3) {
		return object.Null
	}
	var v [3]float64
	for i := range v {
		f, ok := toFloat(t, args[i])
		if !ok {
			return object.Null
		}
		v[i] = f
	}
	r := gomath.FMA(v[0], v[1], v[2])
	finite := func(f float64) bool { return !gomath.IsInf(f, 0) && !gomath.IsNaN(f) }
	if !finite(r) {
		if gomath.IsNaN(r) {
			if !gomath.IsNaN(v[0]) && !gomath.IsNaN(v[1]) && !gomath.IsNaN(v[2]) {
				return t.RaiseMsg(object.ValueErrorType, "invalid operation in fma")
			}
		} else if finite(v[0]) && finite(v[1]) && finite(v[2]) {
			return t.RaiseMsg(object.OverflowErrorType, "overflow in fma")
		}
	}
	return object.Float(r)
}

func mathFrexp(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	if !exactly(t, "frexp", args, kw, 1) {
		return object.Null
	}
	x, ok := toFloat(t, args[0])
	if !ok {
		return object.Null
	}
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) || x == 0 {
		return object.NewTuple([]object.Value{object.Float(x), object.Int(0)}).Value()
	}
	m, e := gomath.Frexp(x)
	return object.NewTuple([]object.Value{object.Float(m), object.Int(int64(e))}).Value()
}

func mathLdexp(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	if !exactly(t, "ldexp", args, kw, 2) {
		return object.Null
	}
	x, ok := toFloat(t, args[0])
	if !ok {
		return object.Null
	}
	if !object.IsInt(args[1]) {
		return t.RaiseMsg(object.TypeErrorType, "Expected an int as second argument to ldexp.")
	}
	e, ok := object.AsInt64(args[1])
	if !ok {
		if bigOf(args[1]).Sign() < 0 {
			e = -1 << 40
		} else {
			e = 1 << 40
		}
	}
	if x == 0 || gomath.IsInf(x, 0) || gomath.IsNaN(x) {
		return object.Float(x)
	}
	e = max(min(e, 1<<20), -(1 << 20))
	r := gomath.Ldexp(x, int(e))
	if gomath.IsInf(r, 0) {
		return rangeError(t)
	}
	return object.Float(r)
}

func mathModf(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	if !exactly(t, "modf", args, kw, 1) {
		return object.Null
	}
	x, ok := toFloat(t, args[0])
	if !ok {
		return object.Null
	}
	pair := func(a, b float64) object.Value {
		return object.NewTuple([]object.Value{object.Float(a), object.Float(b)}).Value()
	}
	if gomath.IsInf(x, 0) {
		return pair(gomath.Copysign(0, x), x)
	}
	if gomath.IsNaN(x) {
		return pair(x, x)
	}
	i, f := gomath.Modf(x)
	return pair(gomath.Copysign(f, x), i)
}

// orderedBits maps floats to integers in their order (-0.0 and 0.0 both
// to 0), so n steps of nextafter are an integer addition.
func orderedBits(x float64) int64 {
	b := int64(gomath.Float64bits(x))
	if b < 0 {
		return -(b & gomath.MaxInt64)
	}
	return b
}

func fromOrdered(o int64) float64 {
	if o < 0 {
		return -gomath.Float64frombits(uint64(-o))
	}
	return gomath.Float64frombits(uint64(o))
}

func mathNextafter(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	var steps object.Value
	if n := kw.Len(); n > 0 {
		k, _ := object.AsStr(kw.Items[0])
		if n > 1 || k.String() != "steps" {
			return t.Raisef(object.TypeErrorType, "nextafter() got an unexpected keyword argument '%s'", k.String())
		}
		steps = args[len(args)-1]
		args = args[:len(args)-1]
	} else if len(args) == 3 {
		steps, args = args[2], args[:2]
	}
	if len(args) != 2 {
		if len(args) < 2 {
			return t.Raisef(object.TypeErrorType, "nextafter() missing required argument '%s' (pos %d)", []string{"x", "y"}[len(args)], len(args)+1)
		}
		return t.Raisef(object.TypeErrorType, "nextafter() takes at most 3 arguments (%d given)", len(args)+1)
	}
	x, ok := toFloat(t, args[0])
	if !ok {
		return object.Null
	}
	y, ok := toFloat(t, args[1])
	if !ok {
		return object.Null
	}
	if steps.IsNull() || steps == object.None {
		return object.Float(gomath.Nextafter(x, y))
	}
	sv := toIndex(t, steps)
	if sv.IsNull() {
		return object.Null
	}
	sb := bigOf(sv)
	if sb.Sign() < 0 {
		return t.RaiseMsg(object.ValueErrorType, "steps must be a non-negative integer")
	}
	if sb.Sign() == 0 {
		return object.Float(x)
	}
	if gomath.IsNaN(x) {
		return object.Float(x)
	}
	if gomath.IsNaN(y) {
		return object.Float(y)
	}
	ox, oy := orderedBits(x), orderedBits(y)
	dist := new(big.Int).Sub(big.NewInt(oy), big.NewInt(ox))
	if new(big.Int).Abs(dist).Cmp(sb) <= 0 {
		return object.Float(y)
	}
	n := sb.Int64()
	if oy < ox {
		n = -n
	}
	return object.Float(fromOrdered(ox + n))
}

func mathUlp(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	if !exactly(t, "ulp", args, kw, 1) {
		return object.Null
	}
	x, ok := toFloat(t, args[0])
	if !ok {
		return object.Null
	}
	if gomath.IsNaN(x) {
		return object.Float(x)
	}
	x = gomath.Abs(x)
	if gomath.IsInf(x, 0) {
		return object.Float(x)
	}
	x2 := gomath.Nextafter(x, gomath.Inf(1))
	if gomath.IsInf(x2, 0) {
		x2 = gomath.Nextafter(x, gomath.Inf(-1))
		return object.Float(x - x2)
	}
	return object.Float(x2 - x)
}

// keywords splits keyword arguments by name, rejecting unknown ones.
func keywords(t *object.Thread, fname string, args []object.Value, kw *object.Tuple, allowed ...string) ([]object.Value, map[string]object.Value, bool) {
	n := kw.Len()
	if n == 0 {
		return args, nil, true
	}
	pos := args[:len(args)-n]
	m := map[string]object.Value{}
	for i, k := range kw.Items {
		s, _ := object.AsStr(k)
		found := false
		for _, a := range allowed {
			found = found || a == s.String()
		}
		if !found {
			t.Raisef(object.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, s.String())
			return nil, nil, false
		}
		m[s.String()] = args[len(pos)+i]
	}
	return pos, m, true
}

func mathIsclose(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	pos, kws, ok := keywords(t, "isclose", args, kw, "a", "b", "rel_tol", "abs_tol")
	if !ok {
		return object.Null
	}
	if len(pos) > 2 {
		return t.Raisef(object.TypeErrorType, "isclose() takes exactly 2 positional arguments (%d given)", len(pos))
	}
	vals := map[string]object.Value{}
	for i, p := range pos {
		vals[[]string{"a", "b"}[i]] = p
	}
	for k, v := range kws {
		vals[k] = v
	}
	for i, name := range []string{"a", "b"} {
		if _, ok := vals[name]; !ok {
			return t.Raisef(object.TypeErrorType, "isclose() missing required argument '%s' (pos %d)", name, i+1)
		}
	}
	get := func(name string, def float64) (float64, bool) {
		v, ok := vals[name]
		if !ok {
			return def, true
		}
		return toFloat(t, v)
	}
	a, ok1 := get("a", 0)
	if !ok1 {
		return object.Null
	}
	b, ok2 := get("b", 0)
	if !ok2 {
		return object.Null
	}
	rel, ok3 := get("rel_tol", 1e-09)
	if !ok3 {
		return object.Null
	}
	abs, ok4 := get("abs_tol", 0)
	if !ok4 {
		return object.Null
	}
	if rel < 0 || abs < 0 {
		return t.RaiseMsg(object.ValueErrorType, "tolerances must be non-negative")
	}
	if a == b {
		return object.True
	}
	if gomath.IsInf(a, 0) || gomath.IsInf(b, 0) {
		return object.False
	}
	diff := gomath.Abs(b - a)
	return object.Bool((diff <= gomath.Abs(rel*b)) || (diff <= gomath.Abs(rel*a)) || diff <= abs)
}

// mathFsum is CPython's msum: Shewchuk's exact partials, then a
// correctly rounded total.
func mathFsum(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	if !exactly(t, "fsum", args, kw, 1) {
		return object.Null
	}
	var partials []float64
	special, infSum := 0.0, 0.0
	failed := object.ForEach(t, args[0], func(v object.Value) bool {
		x, ok := toFloat(t, v)
		if !ok {
			return false
		}
		xsave := x
		i := 0
		for _, y := range partials {
			if gomath.Abs(x) < gomath.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x != 0 {
			if gomath.IsInf(x, 0) || gomath.IsNaN(x) {
				if !gomath.IsInf(xsave, 0) && !gomath.IsNaN(xsave) {
					t.RaiseMsg(object.OverflowErrorType, "intermediate overflow in fsum")
					return false
				}
				if gomath.IsInf(xsave, 0) {
					infSum += xsave
				}
				special += xsave
				partials = partials[:0]
			} else {
				partials = append(partials, x)
			}
		}
		return true
	}) < 0
	if failed {
		return object.Null
	}
	if special != 0 {
		if gomath.IsNaN(infSum) {
			return t.RaiseMsg(object.ValueErrorType, "-inf + inf in fsum")
		}
		return object.Float(special)
	}
	hi := 0.0
	n := len(partials)
	if n > 0 {
		n--
		hi = partials[n]
		lo := 0.0
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return object.Float(hi)
}

func mathProd(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	pos, kws, ok := keywords(t, "prod", args, kw, "start")
	if !ok {
		return object.Null
	}
	if len(pos)+len(kws) > 2 || len(pos) > 1 {
		if len(pos) > 1 {
			return t.Raisef(object.TypeErrorType, "prod() takes exactly 1 positional argument (%d given)", len(pos))
		}
		return t.Raisef(object.TypeErrorType, "prod() takes at most 2 arguments (%d given)", len(pos)+len(kws))
	}
	if len(pos) == 0 {
		return t.RaiseMsg(object.TypeErrorType, "prod() missing required argument 'iterable' (pos 1)")
	}
	acc := object.Int(1)
	if s, ok := kws["start"]; ok {
		acc = s
	}
	if object.ForEach(t, pos[0], func(v object.Value) bool {
		acc = object.BinaryOp(t, acc, v, opcode.NB_MULTIPLY)
		return !acc.IsNull()
	}) < 0 {
		return object.Null
	}
	return acc
}

func mathSumprod(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	if !exactly(t, "sumprod", args, kw, 2) {
		return object.Null
	}
	p, ok := iterate(t, args[0])
	if !ok {
		return object.Null
	}
	q, ok := iterate(t, args[1])
	if !ok {
		return object.Null
	}
	if len(p) != len(q) {
		return t.RaiseMsg(object.ValueErrorType, "Inputs are not the same length")
	}
	// Exact over ints and finite floats, rounded once (CPython's
	// extended-precision path gives the correctly rounded result).
	exact, anyFloat := true, false
	for _, vs := range [][]object.Value{p, q} {
		for _, v := range vs {
			switch {
			case v.IsFloat():
				anyFloat = true
				f := v.FloatVal()
				exact = exact && !gomath.IsInf(f, 0) && !gomath.IsNaN(f)
			case object.TypeOf(v) == object.IntType || object.TypeOf(v) == object.BoolType:
			default:
				exact = false
			}
		}
	}
	if exact {
		if !anyFloat {
			sum := new(big.Int)
			for i := range p {
				sum.Add(sum, new(big.Int).Mul(bigOf(p[i]), bigOf(q[i])))
			}
			return intValue(sum)
		}
		sum := new(big.Rat)
		rat := func(v object.Value) *big.Rat {
			if v.IsFloat() {
				r, _ := new(big.Rat).SetString(big.NewFloat(v.FloatVal()).Text('g', -1))
				return r
			}
			return new(big.Rat).SetInt(bigOf(v))
		}
		for i := range p {
			sum.Add(sum, new(big.Rat).Mul(rat(p[i]), rat(q[i])))
		}
		f, _ := sum.Float64()
		if !gomath.IsInf(f, 0) {
			return object.Float(f)
		}
	}
	acc := object.Int(0)
	for i := range p {
		m := object.BinaryOp(t, p[i], q[i], opcode.NB_MULTIPLY)
		if m.IsNull() {
			return object.Null
		}
		if acc = object.BinaryOp(t, acc, m, opcode.NB_ADD); acc.IsNull() {
			return object.Null
		}
	}
	return acc
}

// vectorNorm is CPython's vector_norm: the Euclidean norm of non-negative
// finite coordinates, accurately rounded.
func vectorNorm(vec []float64, maxv float64, foundNaN bool) float64 {
	if gomath.IsInf(maxv, 0) {
		return maxv
	}
	if foundNaN {
		return gomath.NaN()
	}
	if maxv == 0 || len(vec) <= 1 {
		return maxv
	}
	_, maxE := gomath.Frexp(maxv)
	if maxE < -1023 {
		const dblMin = 2.2250738585072014e-308
		for i := range vec {
			vec[i] /= dblMin
		}
		return dblMin * vectorNorm(vec, maxv/dblMin, foundNaN)
	}
	scale := gomath.Ldexp(1.0, -maxE)
	csum, frac1, frac2 := 1.0, 0.0, 0.0
	for _, x := range vec {
		x *= scale
		prHi := x * x
		prLo := gomath.FMA(x, x, -prHi)
		smHi := csum + prHi
		smLo := (csum - smHi) + prHi
		csum = smHi
		frac1 += prLo
		frac2 += smLo
	}
	h := gomath.Sqrt(csum - 1.0 + (frac1 + frac2))
	prHi := -h * h
	prLo := gomath.FMA(-h, h, -prHi)
	smHi := csum + prHi
	smLo := (csum - smHi) + prHi
	csum = smHi
	frac1 += prLo
	frac2 += smLo
	x := csum - 1.0 + (frac1 + frac2)
	h += x / (2.0 * h)
	return h / scale
}

func mathHypot(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	if kw.Len() != 0 {
		return t.RaiseMsg(object.TypeErrorType, "hypot() takes no keyword arguments")
	}
	vec := make([]float64, len(args))
	maxv, nan := 0.0, false
	for i, a := range args {
		x, ok := toFloat(t, a)
		if !ok {
			return object.Null
		}
		x = gomath.Abs(x)
		vec[i] = x
		nan = nan || gomath.IsNaN(x)
		if x > maxv {
			maxv = x
		}
	}
	return object.Float(vectorNorm(vec, maxv, nan))
}

func mathDist(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	if !exactly(t, "dist", args, kw, 2) {
		return object.Null
	}
	p, ok := object.CollectItems(t, args[0])
	if !ok {
		return object.Null
	}
	q, ok := object.CollectItems(t, args[1])
	if !ok {
		return object.Null
	}
	if len(p) != len(q) {
		return t.RaiseMsg(object.ValueErrorType, "both points must have the same number of dimensions")
	}
	vec := make([]float64, len(p))
	maxv, nan := 0.0, false
	for i := range p {
		a, ok := toFloat(t, p[i])
		if !ok {
			return object.Null
		}
		b, ok := toFloat(t, q[i])
		if !ok {
			return object.Null
		}
		x := gomath.Abs(a - b)
		vec[i] = x
		nan = nan || gomath.IsNaN(x)
		if x > maxv {
			maxv = x
		}
	}
	return object.Float(vectorNorm(vec, maxv, nan))
}

func mathFactorial(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	if !exactly(t, "factorial", args, kw, 1) {
		return object.Null
	}
	n, ok := bigIndex(t, args[0])
	if !ok {
		return object.Null
	}
	if !n.IsInt64() {
		if n.Sign() < 0 {
			return t.RaiseMsg(object.ValueErrorType, "factorial() not defined for negative values")
		}
		return t.Raisef(object.OverflowErrorType, "factorial() argument should not exceed %d", int64(gomath.MaxInt64))
	}
	if n.Sign() < 0 {
		return t.RaiseMsg(object.ValueErrorType, "factorial() not defined for negative values")
	}
	return intValue(new(big.Int).MulRange(1, n.Int64()))
}

func mathIsqrt(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	if !exactly(t, "isqrt", args, kw, 1) {
		return object.Null
	}
	n, ok := bigIndex(t, args[0])
	if !ok {
		return object.Null
	}
	if n.Sign() < 0 {
		return t.RaiseMsg(object.ValueErrorType, "isqrt() argument must be nonnegative")
	}
	return intValue(new(big.Int).Sqrt(n))
}

func mathGcd(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	if kw.Len() != 0 {
		return t.RaiseMsg(object.TypeErrorType, "gcd() takes no keyword arguments")
	}
	g := new(big.Int)
	for _, a := range args {
		n, ok := bigIndex(t, a)
		if !ok {
			return object.Null
		}
		g.GCD(nil, nil, g, new(big.Int).Abs(n))
	}
	return intValue(g)
}

func mathLcm(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	if kw.Len() != 0 {
		return t.RaiseMsg(object.TypeErrorType, "lcm() takes no keyword arguments")
	}
	l := big.NewInt(1)
	for _, a := range args {
		n, ok := bigIndex(t, a)
		if !ok {
			return object.Null
		}
		n = new(big.Int).Abs(n)
		if l.Sign() == 0 || n.Sign() == 0 {
			l.SetInt64(0)
			continue
		}
		g := new(big.Int).GCD(nil, nil, l, n)
		l.Mul(l, new(big.Int).Quo(n, g))
	}
	return intValue(l)
}

// perm2 is n!/(n-k)! for 0 <= k <= n.
func perm2(n, k *big.Int) *big.Int {
	r := big.NewInt(1)
	if k.Sign() == 0 {
		return r
	}
	lo := new(big.Int).Sub(n, k)
	lo.Add(lo, big.NewInt(1))
	if n.IsInt64() {
		return r.MulRange(lo.Int64(), n.Int64())
	}
	for i := new(big.Int).Set(lo); i.Cmp(n) <= 0; i.Add(i, big.NewInt(1)) {
		r.Mul(r, i)
	}
	return r
}

func combArgs(t *object.Thread, name string, args []object.Value, kw *object.Tuple, optK bool) (*big.Int, *big.Int, bool) {
	if kw.Len() != 0 {
		t.Raisef(object.TypeErrorType, "%s() takes no keyword arguments", name)
		return nil, nil, false
	}
	if optK && (len(args) < 1 || len(args) > 2) {
		if len(args) < 1 {
			t.Raisef(object.TypeErrorType, "%s expected at least 1 argument, got %d", name, len(args))
		} else {
			t.Raisef(object.TypeErrorType, "%s expected at most 2 arguments, got %d", name, len(args))
		}
		return nil, nil, false
	}
	if !optK && len(args) != 2 {
		t.Raisef(object.TypeErrorType, "%s expected 2 arguments, got %d", name, len(args))
		return nil, nil, false
	}
	n, ok := bigIndex(t, args[0])
	if !ok {
		return nil, nil, false
	}
	if len(args) == 1 || args[1] == object.None {
		return n, nil, true
	}
	k, ok := bigIndex(t, args[1])
	if !ok {
		return nil, nil, false
	}
	if n.Sign() < 0 {
		t.RaiseMsg(object.ValueErrorType, "n must be a non-negative integer")
		return nil, nil, false
	}
	if k.Sign() < 0 {
		t.RaiseMsg(object.ValueErrorType, "k must be a non-negative integer")
		return nil, nil, false
	}
	return n, k, true
}

func mathComb(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	n, k, ok := combArgs(t, "comb", args, kw, false)
	if !ok {
		return object.Null
	}
	if k.Cmp(n) > 0 {
		return object.Int(0)
	}
	if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() {
		return t.Raisef(object.OverflowErrorType, "min(n - k, k) must not exceed %d", int64(gomath.MaxInt64))
	}
	r := perm2(n, k)
	r.Quo(r, new(big.Int).MulRange(1, k.Int64()))
	return intValue(r)
}

func mathPerm(t *object.Thread, args []object.Value, kw *object.Tuple) object.Value {
	n, k, ok := combArgs(t, "perm", args, kw, true)
	if !ok {
		return object.Null
	}
	if k == nil {
		return mathFactorial(t, []object.Value{intValue(n)}, nil)
	}
	if k.Cmp(n) > 0 {
		return object.Int(0)
	}
	if !k.IsInt64() {
		return t.Raisef(object.OverflowErrorType, "k must not exceed %d", int64(gomath.MaxInt64))
	}
	return intValue(perm2(n, k))
}
