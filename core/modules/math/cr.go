package math

// Correctly rounded elementary functions. CPython calls the platform libm,
// and glibc's exp, log, pow, the trigonometric functions and their
// relatives return the correctly rounded result in practice; Go's math
// package is accurate to about one ulp and differs in the last bit. These
// evaluate in 192-bit binary floating point (math/big) and round once.

import (
	gomath "math"
	"math/big"
)

const prec = 192

// Constants, parsed once at package initialization and only read
// afterwards: pi to 1400 bits (enough to reduce any double argument of
// sin/cos/tan exactly), ln 2 and ln 10 to 256 bits. The digits are what
// computePi, atanhInv3 and lnSeries produce (TestConstants checks them).
var (
	bigPi   = parseConst(1400, piHex)
	bigLn2  = parseConst(256, ln2Hex)
	bigLn10 = parseConst(256, ln10Hex)
)

const (
	piHex = "0x.c90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139" +
		"b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c" +
		"245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7edee386bfb5a899" +
		"fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d" +
		"39a69163fa8fd24cf5f83655d23dca3ad961c62f356208552bb9ed5290770969" +
		"66d670c354e4abc9804f1746c08ca1821p+2"
	ln2Hex = "0x.b17217f7d1cf79abc9e3b39803f2f6af40f343267298b62d8a0d175b8baaf" +
		"a2cp+0"
	ln10Hex = "0x.935d8dddaaa8ac16ea56d62b82d30a28e28fecf9da5df90e83c61e8201f02" +
		"d73p+2"
)

func parseConst(p uint, s string) *big.Float {
	f, _, err := big.ParseFloat(s, 0, p, big.ToNearestEven)
	if err != nil {
		panic("math: bad constant: " + err.Error())
	}
	return f
}

func newF(x float64) *big.Float { return new(big.Float).SetPrec(prec).SetFloat64(x) }

func fprec(p uint) *big.Float { return new(big.Float).SetPrec(p) }

// atanInv is arctan(1/n) by its series, at precision p.
func atanInv(n int64, p uint) *big.Float {
	x := fprec(p).Quo(fprec(p).SetInt64(1), fprec(p).SetInt64(n))
	x2 := fprec(p).Mul(x, x)
	sum := fprec(p).Set(x)
	term := fprec(p).Set(x)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -int(p)-4)
	for k := int64(1); ; k++ {
		term.Mul(term, x2)
		t := fprec(p).Quo(term, fprec(p).SetInt64(2*k+1))
		if k%2 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
		if t.Cmp(eps) < 0 {
			return sum
		}
	}
}

// computePi is Machin's formula: pi = 16 atan(1/5) - 4 atan(1/239).
func computePi(p uint) *big.Float {
	a := atanInv(5, p+16)
	a.Mul(a, fprec(p+16).SetInt64(16))
	b := atanInv(239, p+16)
	b.Mul(b, fprec(p+16).SetInt64(4))
	return fprec(p).Sub(a, b)
}

// lnSeries is log(x) for x > 0 by 2 atanh((m-1)/(m+1)) after taking the
// binary exponent out (ln2 is log 2).
func lnSeries(x *big.Float, p uint, ln2 *big.Float) *big.Float {
	m := fprec(p)
	e := x.MantExp(m) // x = m * 2^e, m in [0.5, 1)
	m.SetMantExp(m, 1)
	e--
	// m in [1, 2): move to [sqrt(1/2), sqrt(2)).
	if m.Cmp(big.NewFloat(gomath.Sqrt2)) > 0 {
		m.SetMantExp(m, -1)
		e++
	}
	one := fprec(p).SetInt64(1)
	s := fprec(p).Quo(fprec(p).Sub(m, one), fprec(p).Add(m, one))
	s2 := fprec(p).Mul(s, s)
	sum := fprec(p).Set(s)
	term := fprec(p).Set(s)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -int(p)-8)
	for k := int64(1); k < 10000; k++ {
		term.Mul(term, s2)
		t := fprec(p).Quo(term, fprec(p).SetInt64(2*k+1))
		sum.Add(sum, t)
		if t.Sign() == 0 || new(big.Float).Abs(t).Cmp(eps) < 0 {
			break
		}
	}
	sum.Mul(sum, fprec(p).SetInt64(2))
	if e != 0 {
		sum.Add(sum, fprec(p).Mul(fprec(p).SetInt64(int64(e)), ln2))
	}
	return sum
}

// atanhInv3 is log 2 = 2 atanh(1/3).
func atanhInv3(p uint) *big.Float {
	x := fprec(p).Quo(fprec(p).SetInt64(1), fprec(p).SetInt64(3))
	x2 := fprec(p).Mul(x, x)
	sum := fprec(p).Set(x)
	term := fprec(p).Set(x)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -int(p)-8)
	for k := int64(1); ; k++ {
		term.Mul(term, x2)
		t := fprec(p).Quo(term, fprec(p).SetInt64(2*k+1))
		sum.Add(sum, t)
		if t.Cmp(eps) < 0 {
			break
		}
	}
	return sum.Mul(sum, fprec(p).SetInt64(2))
}

func bigLog(x *big.Float) *big.Float { return lnSeries(x, prec, bigLn2) }

// bigExp is e^x for |x| < ~1e6.
func bigExp(x *big.Float) *big.Float {
	// x = k ln2 + r
	kf := fprec(prec).Quo(x, bigLn2)
	kf64, _ := kf.Float64()
	k := int64(gomath.Round(kf64))
	r := fprec(prec).Sub(x, fprec(prec).Mul(fprec(prec).SetInt64(k), bigLn2))
	const halvings = 10
	r.SetMantExp(r, -halvings)
	sum := fprec(prec).SetInt64(1)
	term := fprec(prec).SetInt64(1)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -prec-8)
	for n := int64(1); n < 200; n++ {
		term.Mul(term, r)
		term.Quo(term, fprec(prec).SetInt64(n))
		sum.Add(sum, term)
		if term.Sign() == 0 || new(big.Float).Abs(term).Cmp(eps) < 0 {
			break
		}
	}
	for i := 0; i < halvings; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// toF64 rounds once to the nearest double (denormals and overflow
// included).
func toF64(x *big.Float) float64 {
	f, _ := x.Float64()
	return f
}

func crExp(x float64) float64 {
	switch {
	case gomath.IsNaN(x):
		return x
	case x > 710:
		return gomath.Inf(1)
	case x < -746:
		return 0
	case x == 0:
		return 1
	}
	if r, ok := fastExp(x); ok {
		return r
	}
	return toF64(bigExp(newF(x)))
}

func crExp2(x float64) float64 {
	switch {
	case gomath.IsNaN(x):
		return x
	case x > 1025:
		return gomath.Inf(1)
	case x < -1076:
		return 0
	case x == gomath.Trunc(x):
		return gomath.Ldexp(1, int(x))
	}
	if gomath.Abs(x) < 1000 {
		n := gomath.Round(x)
		e := ddExp(ddMulF(ddLn2, x-n))
		e = dd{gomath.Ldexp(e.hi, int(n)), gomath.Ldexp(e.lo, int(n))}
		if e.hi > 0x1p-1000 {
			if r, ok := rounded(e, e.hi*0x1p-88); ok {
				return r
			}
		}
	}
	return toF64(bigExp(fprec(prec).Mul(newF(x), bigLn2)))
}

// crLog is log(x) for the finite positive x; the special values follow
// C's log (NaN for x < 0, -inf at 0).
func crLogBase(x float64, div *big.Float) float64 {
	switch {
	case gomath.IsNaN(x) || x < 0:
		return gomath.NaN()
	case x == 0:
		return gomath.Inf(-1)
	case gomath.IsInf(x, 1):
		return x
	case x == 1:
		return 0
	}
	if div == nil {
		if r, ok := fastLog(x); ok {
			return r
		}
	} else if x >= 0x1p-1020 {
		q := ddDiv(ddLogNormal(x), splitDD(div))
		if r, ok := rounded(q, gomath.Abs(q.hi)*0x1p-86+0x1p-90); ok {
			return r
		}
	}
	l := bigLog(newF(x))
	if div != nil {
		l.Quo(l, div)
	}
	return toF64(l)
}

func crLog(x float64) float64   { return crLogBase(x, nil) }
func crLog2(x float64) float64  { return crLogBase(x, bigLn2) }
func crLog10(x float64) float64 { return crLogBase(x, bigLn10) }

// reduce returns r = x - k*pi/2 (|r| <= pi/4) and k mod 4.
func reduce(x float64) (*big.Float, int) {
	p := uint(1400)
	bx := fprec(p).SetFloat64(x)
	halfPi := fprec(p).SetMantExp(bigPi, -1)
	q := fprec(p).Quo(bx, halfPi)
	qi, _ := q.Int(nil)
	// round to nearest
	frac := fprec(p).Sub(q, fprec(p).SetInt(qi))
	if frac.Cmp(big.NewFloat(0.5)) > 0 {
		qi.Add(qi, big.NewInt(1))
	} else if frac.Cmp(big.NewFloat(-0.5)) < 0 {
		qi.Sub(qi, big.NewInt(1))
	}
	r := fprec(p).Sub(bx, fprec(p).Mul(fprec(p).SetInt(qi), halfPi))
	k := int(new(big.Int).And(qi, big.NewInt(3)).Int64())
	return fprec(prec).Set(r), k
}

// sinCosSeries returns sin(r), cos(r) for |r| <= pi/4.
func sinCosSeries(r *big.Float) (*big.Float, *big.Float) {
	r2 := fprec(prec).Mul(r, r)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -prec-8)
	sin := fprec(prec).Set(r)
	term := fprec(prec).Set(r)
	for n := int64(1); n < 100; n++ {
		term.Mul(term, r2)
		term.Quo(term, fprec(prec).SetInt64((2*n)*(2*n+1)))
		term.Neg(term)
		sin.Add(sin, term)
		if term.Sign() == 0 || new(big.Float).Abs(term).Cmp(eps) < 0 {
			break
		}
	}
	cos := fprec(prec).SetInt64(1)
	term = fprec(prec).SetInt64(1)
	for n := int64(1); n < 100; n++ {
		term.Mul(term, r2)
		term.Quo(term, fprec(prec).SetInt64((2*n-1)*(2*n)))
		term.Neg(term)
		cos.Add(cos, term)
		if term.Sign() == 0 || new(big.Float).Abs(term).Cmp(eps) < 0 {
			break
		}
	}
	return sin, cos
}

func sinCos(x float64) (*big.Float, *big.Float) {
	r, k := reduce(x)
	s, c := sinCosSeries(r)
	switch k {
	case 1:
		s, c = c, s.Neg(s)
	case 2:
		s, c = s.Neg(s), c.Neg(c)
	case 3:
		s, c = c.Neg(c), s
	}
	return s, c
}

func crSin(x float64) float64 {
	if x == 0 || gomath.IsNaN(x) {
		return x
	}
	if gomath.IsInf(x, 0) {
		return gomath.NaN()
	}
	if s, _, d, ok := fastSinCos(x); ok {
		if r, ok := rounded(s, d); ok {
			return r
		}
	}
	s, _ := sinCos(x)
	return toF64(s)
}

func crCos(x float64) float64 {
	if gomath.IsNaN(x) {
		return x
	}
	if gomath.IsInf(x, 0) {
		return gomath.NaN()
	}
	if _, c, d, ok := fastSinCos(x); ok {
		if r, ok := rounded(c, d); ok {
			return r
		}
	}
	_, c := sinCos(x)
	return toF64(c)
}

func crTan(x float64) float64 {
	if x == 0 || gomath.IsNaN(x) {
		return x
	}
	if gomath.IsInf(x, 0) {
		return gomath.NaN()
	}
	if s, c, d, ok := fastSinCos(x); ok && gomath.Abs(c.hi) > 0x1p-20 {
		q := ddDiv(s, c)
		bound := (gomath.Abs(q.hi) + 1) * d / gomath.Abs(c.hi) * 4
		if r, ok := rounded(q, bound+gomath.Abs(q.hi)*0x1p-95); ok {
			return r
		}
	}
	s, c := sinCos(x)
	return toF64(s.Quo(s, c))
}

// bigAtan is arctan(x) for any big x.
func bigAtan(x *big.Float) *big.Float {
	neg := x.Sign() < 0
	a := fprec(prec).Abs(x)
	one := fprec(prec).SetInt64(1)
	invert := a.Cmp(one) > 0
	if invert {
		a.Quo(one, a)
	}
	// atan(a) = 2 atan(a / (1 + sqrt(1 + a^2))), three times.
	const halvings = 3
	for i := 0; i < halvings; i++ {
		s := fprec(prec).Mul(a, a)
		s.Add(s, one)
		s.Sqrt(s)
		s.Add(s, one)
		a.Quo(a, s)
	}
	a2 := fprec(prec).Mul(a, a)
	sum := fprec(prec).Set(a)
	term := fprec(prec).Set(a)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -prec-8)
	for n := int64(1); n < 1000; n++ {
		term.Mul(term, a2)
		term.Neg(term)
		t := fprec(prec).Quo(term, fprec(prec).SetInt64(2*n+1))
		sum.Add(sum, t)
		if t.Sign() == 0 || new(big.Float).Abs(t).Cmp(eps) < 0 {
			break
		}
	}
	sum.SetMantExp(sum, halvings)
	if invert {
		sum.Sub(fprec(prec).SetMantExp(bigPi, -1), sum)
	}
	if neg {
		sum.Neg(sum)
	}
	return sum
}

func crAtan(x float64) float64 {
	if x == 0 || gomath.IsNaN(x) {
		return x
	}
	if gomath.IsInf(x, 0) {
		return gomath.Copysign(gomath.Pi/2, x)
	}
	return toF64(bigAtan(newF(x)))
}

func crAsin(x float64) float64 {
	if x == 0 || gomath.IsNaN(x) {
		return x
	}
	if gomath.Abs(x) > 1 {
		return gomath.NaN()
	}
	if gomath.Abs(x) == 1 {
		return gomath.Copysign(toF64(fprec(prec).SetMantExp(bigPi, -1)), x)
	}
	b := newF(x)
	d := fprec(prec).Mul(b, b)
	d.Sub(fprec(prec).SetInt64(1), d)
	d.Sqrt(d)
	return toF64(bigAtan(b.Quo(b, d)))
}

func crAcos(x float64) float64 {
	if gomath.IsNaN(x) {
		return x
	}
	if gomath.Abs(x) > 1 {
		return gomath.NaN()
	}
	if x == 1 {
		return 0
	}
	if x == -1 {
		return toF64(bigPi)
	}
	// acos(x) = 2 atan(sqrt((1-x)/(1+x)))
	one := fprec(prec).SetInt64(1)
	b := newF(x)
	q := fprec(prec).Quo(fprec(prec).Sub(one, b), fprec(prec).Add(one, b))
	q.Sqrt(q)
	r := bigAtan(q)
	return toF64(r.SetMantExp(r, 1))
}

func crAtan2(y, x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsNaN(y) || gomath.IsInf(x, 0) || gomath.IsInf(y, 0) || x == 0 || y == 0 {
		return gomath.Atan2(y, x)
	}
	a := bigAtan(fprec(prec).Quo(newF(y), newF(x)))
	if x < 0 {
		if y >= 0 {
			a.Add(a, bigPi)
		} else {
			a.Sub(a, bigPi)
		}
	}
	return toF64(a)
}

// hyperbolic returns sinh, cosh or tanh (which = 0, 1, 2).
func crHyper(x float64, which int) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) || (x == 0 && which != 1) {
		switch which {
		case 0:
			return gomath.Sinh(x)
		case 1:
			return gomath.Cosh(x)
		}
		return gomath.Tanh(x)
	}
	if which == 2 && gomath.Abs(x) > 40 {
		return gomath.Copysign(1, x)
	}
	if which != 2 && gomath.Abs(x) > 711 {
		if which == 1 {
			return gomath.Inf(1)
		}
		return gomath.Copysign(gomath.Inf(1), x)
	}
	b := newF(x)
	ep := bigExp(b)
	em := fprec(prec).Quo(fprec(prec).SetInt64(1), ep)
	switch which {
	case 0:
		return toF64(ep.SetMantExp(fprec(prec).Sub(ep, em), -1))
	case 1:
		return toF64(ep.SetMantExp(fprec(prec).Add(ep, em), -1))
	}
	return toF64(fprec(prec).Quo(fprec(prec).Sub(ep, em), fprec(prec).Add(ep, em)))
}

func crSinh(x float64) float64 { return crHyper(x, 0) }
func crCosh(x float64) float64 { return crHyper(x, 1) }
func crTanh(x float64) float64 { return crHyper(x, 2) }

func crAsinh(x float64) float64 {
	if x == 0 || gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return x
	}
	b := fprec(prec).Abs(newF(x))
	s := fprec(prec).Mul(b, b)
	s.Add(s, fprec(prec).SetInt64(1))
	s.Sqrt(s)
	s.Add(s, b)
	r := toF64(bigLog(s))
	return gomath.Copysign(r, x)
}

func crAcosh(x float64) float64 {
	if gomath.IsNaN(x) || x < 1 {
		if x < 1 {
			return gomath.NaN()
		}
		return x
	}
	if gomath.IsInf(x, 1) {
		return x
	}
	if x == 1 {
		return 0
	}
	b := newF(x)
	s := fprec(prec).Mul(b, b)
	s.Sub(s, fprec(prec).SetInt64(1))
	s.Sqrt(s)
	s.Add(s, b)
	return toF64(bigLog(s))
}

func crAtanh(x float64) float64 {
	if x == 0 || gomath.IsNaN(x) {
		return x
	}
	if gomath.Abs(x) > 1 {
		return gomath.NaN()
	}
	if gomath.Abs(x) == 1 {
		return gomath.Copysign(gomath.Inf(1), x)
	}
	one := fprec(prec).SetInt64(1)
	b := newF(x)
	q := fprec(prec).Quo(fprec(prec).Add(one, b), fprec(prec).Sub(one, b))
	l := bigLog(q)
	return toF64(l.SetMantExp(l, -1))
}

// crPow is C's pow for finite x and y (the callers handle infinities
// and NaN).
func crPow(x, y float64) float64 {
	if y == 0 || x == 1 {
		return 1
	}
	if x == 0 {
		return gomath.Pow(x, y)
	}
	yInt := y == gomath.Trunc(y)
	if x < 0 && !yInt {
		return gomath.NaN()
	}
	oddY := yInt && gomath.Abs(y) < 1<<53 && int64(y)%2 != 0
	ax := gomath.Abs(x)
	if r, ok := fastPow(ax, y); ok {
		if x < 0 && oddY {
			r = -r
		}
		return r
	}
	l := bigLog(newF(ax))
	l.Mul(l, newF(y))
	lf, _ := l.Float64()
	var r float64
	switch {
	case lf > 710:
		r = gomath.Inf(1)
	case lf < -746:
		r = 0
	default:
		r = toF64(bigExp(l))
	}
	if x < 0 && oddY {
		r = -r
	}
	return r
}

// glibcCbrt is glibc's cbrt (a polynomial start and one rational
// iteration; not correctly rounded, and CPython returns its result).
func glibcCbrt(x float64) float64 {
	const cbrt2 = 1.2599210498948731648
	const sqrCbrt2 = 1.5874010519681994748
	factor := [5]float64{1.0 / sqrCbrt2, 1.0 / cbrt2, 1.0, cbrt2, sqrCbrt2}
	if x == 0 || gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return x + x
	}
	xm, xe := gomath.Frexp(gomath.Abs(x))
	u := 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430 +
		((-1.83469277483613086 + (0.784932344976639262-0.145263899385486377*xm)*xm) * xm)) * xm)) * xm)) * xm)
	t2 := u * u * u
	ym := u * (t2 + 2.0*xm) / (2.0*t2 + xm) * factor[2+xe%3]
	if x < 0 {
		ym = -ym
	}
	return gomath.Ldexp(ym, xe/3)
}
