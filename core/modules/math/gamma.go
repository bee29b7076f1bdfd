package math

// gamma and lgamma: CPython computes them itself (Lanczos' approximation
// with g = 6.024680040776729583740234375 and 13 terms, the reflection
// formula for negative arguments, exact factorials for small integers)
// rather than calling libm; the same evaluation gives the same bits.

import gomath "math"

const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	logPi             = 1.144729885849400174143427351353058711647
)

var lanczosNum = [13]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

var lanczosDen = [13]float64{0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0}

func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = num*x + lanczosNum[i]
			den = den*x + lanczosDen[i]
		}
	} else {
		for i := range lanczosNum {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinPi is sin(pi*x) with the argument reduced exactly first.
func sinPi(x float64) float64 {
	y := gomath.Mod(gomath.Abs(x), 2)
	var r float64
	switch int(gomath.Round(2 * y)) { // C round(): halves away from zero
	case 0:
		r = crSin(gomath.Pi * y)
	case 1:
		r = crCos(gomath.Pi * (y - 0.5))
	case 2:
		r = crSin(gomath.Pi * (1 - y))
	case 3:
		r = -crCos(gomath.Pi * (y - 1.5))
	default:
		r = crSin(gomath.Pi * (y - 2))
	}
	return gomath.Copysign(1, x) * r
}

// tgamma returns Γ(x) and whether the result is a domain error.
func tgamma(x float64) (float64, bool) {
	if gomath.IsNaN(x) || gomath.IsInf(x, 1) {
		return x, false
	}
	if gomath.IsInf(x, -1) || x == 0 {
		return gomath.NaN(), true
	}
	if x == gomath.Floor(x) {
		if x < 0 {
			return gomath.NaN(), true
		}
		if x <= 23 {
			f := 1.0
			for i := 2.0; i < x; i++ {
				f *= i
			}
			return f, false
		}
	}
	absx := gomath.Abs(x)
	if absx < 1e-20 {
		return 1 / x, false
	}
	if absx > 200 {
		if x < 0 {
			return 0 / sinPi(x), false
		}
		return gomath.Inf(1), false
	}
	y := absx + lanczosGMinusHalf
	var z float64
	if absx > lanczosGMinusHalf {
		q := y - absx
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - absx
	}
	z = z * lanczosG / y
	var r float64
	if x < 0 {
		r = -gomath.Pi / sinPi(absx) / absx * crExp(y) / lanczosSum(absx)
		r -= z * r
		if absx < 140 {
			r /= crPow(y, absx-0.5)
		} else {
			s := crPow(y, absx/2-0.25)
			r /= s
			r /= s
		}
	} else {
		r = lanczosSum(absx) / crExp(y)
		r += z * r
		if absx < 140 {
			r *= crPow(y, absx-0.5)
		} else {
			s := crPow(y, absx/2-0.25)
			r *= s
			r *= s
		}
	}
	return r, false
}

// lgammaValue returns log|Γ(x)| and whether the result is a domain error.
func lgammaValue(x float64) (float64, bool) {
	if gomath.IsNaN(x) {
		return x, false
	}
	if gomath.IsInf(x, 0) {
		return gomath.Inf(1), false
	}
	if x == gomath.Floor(x) && x <= 2 {
		if x <= 0 {
			return gomath.Inf(1), true
		}
		return 0, false
	}
	absx := gomath.Abs(x)
	if absx < 1e-20 {
		return -crLog(absx), false
	}
	r := crLog(lanczosSum(absx)) - lanczosG
	r += (absx - 0.5) * (crLog(absx+lanczosG-0.5) - 1)
	if x < 0 {
		r = logPi - crLog(gomath.Abs(sinPi(absx))) - crLog(absx) - r
	}
	return r, false
}
