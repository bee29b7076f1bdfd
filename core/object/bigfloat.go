package object

import "math/big"

func newBigFloat(f float64) *big.Float { return new(big.Float).SetPrec(0).SetFloat64(f) }

func newBigFloatInt(b *big.Int) *big.Float {
	return new(big.Float).SetPrec(uint(b.BitLen()) + 64).SetInt(b)
}
