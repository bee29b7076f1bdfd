package math

// The fast path of the correctly rounded functions: double-double
// arithmetic (about 100 significant bits) with an error bound. When the
// bound shows the rounding is unambiguous (nearly always) that result is
// returned; otherwise the math/big evaluation in cr.go decides.

import (
	gomath "math"
	"math/big"
)

type dd struct{ hi, lo float64 }

func twoSum(a, b float64) (float64, float64) {
	s := a + b
	bb := s - a
	return s, (a - (s - bb)) + (b - bb)
}

func quickTwoSum(a, b float64) (float64, float64) {
	s := a + b
	return s, b - (s - a)
}

func ddAdd(x, y dd) dd {
	s, e := twoSum(x.hi, y.hi)
	t, f := twoSum(x.lo, y.lo)
	e += t
	s, e = quickTwoSum(s, e)
	e += f
	s, e = quickTwoSum(s, e)
	return dd{s, e}
}

func ddMul(x, y dd) dd {
	p := x.hi * y.hi
	e := gomath.FMA(x.hi, y.hi, -p)
	e += x.hi*y.lo + x.lo*y.hi
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddMulF(x dd, f float64) dd {
	p := x.hi * f
	e := gomath.FMA(x.hi, f, -p)
	e += x.lo * f
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddDiv(x, y dd) dd {
	q1 := x.hi / y.hi
	r := ddAdd(x, ddMulF(y, -q1))
	q2 := r.hi / y.hi
	r = ddAdd(r, ddMulF(y, -q2))
	q3 := r.hi / y.hi
	s, e := quickTwoSum(q1, q2)
	return ddAdd(dd{s, e}, dd{q3, 0})
}

// Constants split from the big values at package initialization.
var (
	ddLn2    = splitDD(bigLn2)
	halfPi3  = splitHalfPi()
	ddInvLn2 = 1 / gomath.Ln2
)

// splitDD is the double-double nearest to x.
func splitDD(x *big.Float) dd {
	hi, _ := x.Float64()
	lo, _ := new(big.Float).SetPrec(x.Prec()).Sub(x, big.NewFloat(hi)).Float64()
	return dd{hi, lo}
}

// splitHalfPi is pi/2 as the sum of three doubles.
func splitHalfPi() [3]float64 {
	h := new(big.Float).SetPrec(bigPi.Prec()).SetMantExp(bigPi, -1)
	var parts [3]float64
	for i := range parts {
		parts[i], _ = h.Float64()
		h.Sub(h, big.NewFloat(parts[i]))
	}
	return parts
}

// ddDivF is x/f for a double f, to double-double accuracy.
func ddDivF(x dd, f float64) dd {
	q := x.hi / f
	rem := gomath.FMA(-q, f, x.hi)
	lo := (rem + x.lo) / f
	q, lo = quickTwoSum(q, lo)
	return dd{q, lo}
}

// rounded returns the double nearest to v = hi + lo when every value
// within delta (absolute) of v rounds to it.
func rounded(v dd, delta float64) (float64, bool) {
	a := v.hi + (v.lo - delta)
	b := v.hi + (v.lo + delta)
	if a != b || gomath.IsInf(a, 0) || gomath.IsNaN(a) {
		return 0, false
	}
	return a, true
}

// ddExp is e^x for |x.hi| <= 709 with relative error below 2^-95.
func ddExp(x dd) dd {
	k := gomath.Round(x.hi * ddInvLn2)
	r := ddAdd(x, ddMulF(ddLn2, -k))
	const halvings = 8
	r = dd{gomath.Ldexp(r.hi, -halvings), gomath.Ldexp(r.lo, -halvings)}
	// Taylor series, Horner form: 1 + r(1 + r/2(1 + r/3(...)))
	sum := dd{1, 0}
	for n := 11.0; n >= 1; n-- {
		sum = ddAdd(dd{1, 0}, ddMul(ddDivF(r, n), sum))
	}
	for i := 0; i < halvings; i++ {
		sum = ddMul(sum, sum)
	}
	ki := int(k)
	return dd{gomath.Ldexp(sum.hi, ki), gomath.Ldexp(sum.lo, ki)}
}

// fastExp is the fast path of crExp (ok false: use the slow path).
func fastExp(x float64) (float64, bool) {
	if !(gomath.Abs(x) < 700) {
		return 0, false
	}
	e := ddExp(dd{x, 0})
	if e.hi < 0x1p-1000 {
		return 0, false
	}
	return rounded(e, gomath.Abs(e.hi)*0x1p-88)
}

// ddLogNormal is log(x) for a positive normal x, absolute error below
// 2^-94 plus relative 2^-95.
func ddLogNormal(x float64) dd {
	m, e := gomath.Frexp(x)
	if m < gomath.Sqrt2/2 {
		m *= 2
		e--
	}
	y0 := gomath.Log(m)
	// Newton: y = y0 + (m e^-y0 - 1), the remaining error is quadratic.
	t := ddAdd(ddMulF(ddExp(dd{-y0, 0}), m), dd{-1, 0})
	t = ddAdd(t, ddMul(ddMulF(t, -0.5), t))
	y := ddAdd(dd{y0, 0}, t)
	return ddAdd(ddMulF(ddLn2, float64(e)), y)
}

func fastLog(x float64) (float64, bool) {
	if !(x >= 0x1p-1020 && x < gomath.Inf(1)) {
		return 0, false
	}
	l := ddLogNormal(x)
	return rounded(l, gomath.Abs(l.hi)*0x1p-88+0x1p-92)
}

// fastPow is the fast path of crPow for x > 0 (the sign is the caller's).
func fastPow(x, y float64) (float64, bool) {
	if !(x >= 0x1p-1020 && x < gomath.Inf(1)) || gomath.Abs(y) > 0x1p60 {
		return 0, false
	}
	m := ddMulF(ddLogNormal(x), y)
	if !(gomath.Abs(m.hi) < 700) {
		return 0, false
	}
	e := ddExp(m)
	if e.hi < 0x1p-1000 {
		return 0, false
	}
	rel := (gomath.Abs(m.hi) + gomath.Abs(y) + 1) * 0x1p-88
	return rounded(e, gomath.Abs(e.hi)*rel)
}

// fastSinCos returns sin x and cos x in double-double for |x| < 2^20,
// with the absolute error bound of both.
func fastSinCos(x float64) (dd, dd, float64, bool) {
	if !(gomath.Abs(x) < 0x1p20) {
		return dd{}, dd{}, 0, false
	}
	k := gomath.Round(x / (gomath.Pi / 2))
	r := dd{x, 0}
	for _, p := range halfPi3 {
		hi := -k * p
		lo := gomath.FMA(-k, p, -hi)
		r = ddAdd(r, dd{hi, lo})
	}
	if gomath.Abs(r.hi) > 0.8 {
		return dd{}, dd{}, 0, false
	}
	r2 := ddMul(r, r)
	// sin r = r(1 - r²/6(1 - r²/20(...))), cos r = 1 - r²/2(1 - r²/12(...))
	s := dd{1, 0}
	for n := 27.0; n >= 3; n -= 2 {
		s = ddAdd(dd{1, 0}, ddMul(ddDivF(r2, -n*(n-1)), s))
	}
	s = ddMul(s, r)
	c := dd{1, 0}
	for n := 26.0; n >= 2; n -= 2 {
		c = ddAdd(dd{1, 0}, ddMul(ddDivF(r2, -n*(n-1)), c))
	}
	switch int(gomath.Mod(k, 4)+4) % 4 {
	case 1:
		s, c = c, dd{-s.hi, -s.lo}
	case 2:
		s, c = dd{-s.hi, -s.lo}, dd{-c.hi, -c.lo}
	case 3:
		s, c = dd{-c.hi, -c.lo}, s
	}
	return s, c, 0x1p-100, true
}
