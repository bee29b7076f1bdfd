package math

import (
	gomath "math"

	"github.com/subpy/subpy/core/object"
)

// The float and complex arithmetic of core/object (`x ** y`, complex
// powers) use this package's correctly rounded functions, as CPython's
// use the C library's.
func init() {
	object.SetLibM(object.LibM{
		Pow: func(x, y float64) float64 {
			if gomath.IsInf(x, 0) || gomath.IsNaN(x) || gomath.IsInf(y, 0) || gomath.IsNaN(y) {
				return gomath.Pow(x, y)
			}
			return crPow(x, y)
		},
		Atan2: crAtan2,
		Sin:   crSin,
		Cos:   crCos,
		Exp:   crExp,
		Log:   crLog,
	})
}
