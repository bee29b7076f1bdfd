package math

// The functions glibc computes with the classic fdlibm formulas on top of
// its (correctly rounded) exp and log and its expm1/log1p: CPython returns
// those results, which are not always the correctly rounded ones, so the
// same formulas are evaluated here over crExp/crLog and Go's Expm1/Log1p
// (fdlibm's as well).

import gomath "math"

const ln2 = 6.93147180559945286227e-01

func glibcSinh(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return x
	}
	h := 0.5
	if x < 0 {
		h = -0.5
	}
	ax := gomath.Abs(x)
	switch {
	case ax < 22:
		if ax < 0x1p-28 {
			return x
		}
		t := gomath.Expm1(ax)
		if ax < 1 {
			return h * (2.0*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case ax < 709.782712893384:
		return h * crExp(ax)
	case ax <= 710.4758600739439:
		w := crExp(0.5 * ax)
		t := h * w
		return t * w
	}
	return x * 1e307 * 1e307
}

func glibcCosh(x float64) float64 {
	if gomath.IsNaN(x) {
		return x
	}
	ax := gomath.Abs(x)
	switch {
	case ax < 0.5*ln2:
		t := gomath.Expm1(ax)
		w := 1 + t
		if ax < 0x1p-55 {
			return w
		}
		return 1 + (t*t)/(w+w)
	case ax < 22:
		t := crExp(ax)
		return 0.5*t + 0.5/t
	case ax < 709.782712893384:
		return 0.5 * crExp(ax)
	case ax <= 710.4758600739439:
		w := crExp(0.5 * ax)
		t := 0.5 * w
		return t * w
	}
	return gomath.Inf(1)
}

func glibcTanh(x float64) float64 {
	if gomath.IsNaN(x) {
		return x
	}
	if gomath.IsInf(x, 0) {
		return gomath.Copysign(1, x)
	}
	ax := gomath.Abs(x)
	var z float64
	switch {
	case ax < 0x1p-55:
		return x * (1 + x)
	case ax < 22:
		if ax >= 1 {
			t := gomath.Expm1(2 * ax)
			z = 1 - 2/(t+2)
		} else {
			t := gomath.Expm1(-2 * ax)
			z = -t / (t + 2)
		}
	default:
		z = 1
	}
	return gomath.Copysign(z, x)
}

func glibcAsinh(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return x
	}
	ax := gomath.Abs(x)
	var w float64
	switch {
	case ax < 0x1p-28:
		return x
	case ax > 0x1p28:
		w = crLog(ax) + ln2
	case ax > 2:
		w = crLog(2*ax + 1/(gomath.Sqrt(x*x+1)+ax))
	default:
		t := x * x
		w = gomath.Log1p(ax + t/(1+gomath.Sqrt(1+t)))
	}
	return gomath.Copysign(w, x)
}

func glibcAcosh(x float64) float64 {
	switch {
	case gomath.IsNaN(x):
		return x
	case x < 1:
		return gomath.NaN()
	case x >= 0x1p28:
		if gomath.IsInf(x, 1) {
			return x
		}
		return crLog(x) + ln2
	case x == 1:
		return 0
	case x > 2:
		t := x * x
		return crLog(2*x - 1/(x+gomath.Sqrt(t-1)))
	}
	t := x - 1
	return gomath.Log1p(t + gomath.Sqrt(2*t+t*t))
}

func glibcAtanh(x float64) float64 {
	if gomath.IsNaN(x) {
		return x
	}
	xa := gomath.Abs(x)
	var t float64
	switch {
	case xa < 0.5:
		if xa < 0x1p-28 {
			return x
		}
		t = xa + xa
		t = 0.5 * gomath.Log1p(t+t*xa/(1-xa))
	case xa < 1:
		t = 0.5 * gomath.Log1p((xa+xa)/(1-xa))
	case xa > 1:
		return gomath.NaN()
	default:
		return x / 0
	}
	return gomath.Copysign(t, x)
}

func glibcLog10(x float64) float64 {
	const (
		two54     = 1.80143985094819840000e+16
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	switch {
	case gomath.IsNaN(x) || gomath.IsInf(x, 1):
		return x
	case x == 0:
		return gomath.Inf(-1)
	case x < 0:
		return gomath.NaN()
	}
	k := 0
	if x < 0x1p-1022 {
		k -= 54
		x *= two54
	}
	bits := gomath.Float64bits(x)
	hx := int32(bits >> 32)
	k += int(hx>>20) - 1023
	i := 0
	if k < 0 {
		i = 1
	}
	hx = (hx & 0x000fffff) | int32((0x3ff-i)<<20)
	y := float64(k + i)
	x = gomath.Float64frombits(uint64(uint32(hx))<<32 | bits&0xffffffff)
	z := y*log10_2lo + ivln10*crLog(x)
	return z + y*log10_2hi
}
