package object

import "math"

// LibM is the set of elementary functions float and complex arithmetic
// use (`**` on floats, complex powers). CPython calls the C library,
// whose results are correctly rounded in practice while Go's math package
// may differ in the last bit; core/modules/math, which has correctly
// rounded versions, installs them with SetLibM when the process starts.
type LibM struct {
	Pow, Atan2 func(x, y float64) float64
	Sin, Cos   func(x float64) float64
	Exp, Log   func(x float64) float64
}

// libm starts as Go's math package.
var libm = LibM{math.Pow, math.Atan2, math.Sin, math.Cos, math.Exp, math.Log}

// SetLibM replaces the elementary functions. Call it only while the
// process initializes (a package init), before any interpreter runs.
func SetLibM(m LibM) { libm = m }

// floatPow is x ** y for floats once the errors are ruled out: the exact
// cases inline, the others through the C-like pow.
func floatPow(x, y float64) float64 {
	switch {
	case y == 2:
		return x * x
	case y == 1:
		return x
	case y == 0.5 && x > 0 && !math.IsInf(x, 1):
		return math.Sqrt(x)
	case y == -1 && x != 0:
		return 1 / x
	}
	return libm.Pow(x, y)
}
