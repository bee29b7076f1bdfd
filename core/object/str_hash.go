package object

import (
	"crypto/rand"
	"encoding/binary"
	"math/bits"
	"os"
	"strconv"
	"unicode/utf8"
)

// str and bytes hashes are CPython's: SipHash-1-3 of the bytes (for str,
// of its canonical one-, two- or four-byte-per-character form), keyed as
// PYTHONHASHSEED says: 0 gives the all-zero key of an unrandomized CPython
// (so a set of strings iterates in CPython's order), N > 0 the key CPython
// derives from N, anything else a random key. The key is chosen once at
// package initialization and never written afterwards.

var hashK0, hashK1 = hashKey()

func hashKey() (uint64, uint64) {
	var secret [24]byte
	seed := os.Getenv("PYTHONHASHSEED")
	n, err := strconv.ParseUint(seed, 10, 32)
	switch {
	case seed != "" && seed != "random" && err == nil && n == 0:
		// All zero: hash randomization disabled.
	case seed != "" && seed != "random" && err == nil:
		// CPython's linear congruential generator over the secret.
		x := uint32(n)
		for i := range secret {
			x = x*214013 + 2531011
			secret[i] = byte(x >> 16)
		}
	default:
		if _, err := rand.Read(secret[:]); err != nil {
			panic("subpy: no random hash key: " + err.Error())
		}
	}
	return binary.LittleEndian.Uint64(secret[0:8]), binary.LittleEndian.Uint64(secret[8:16])
}

// sipState is SipHash's internal state.
type sipState struct{ v0, v1, v2, v3 uint64 }

func (s *sipState) round() {
	s.v0 += s.v1
	s.v2 += s.v3
	s.v1 = bits.RotateLeft64(s.v1, 13) ^ s.v0
	s.v3 = bits.RotateLeft64(s.v3, 16) ^ s.v2
	s.v0 = bits.RotateLeft64(s.v0, 32)
	s.v2 += s.v1
	s.v0 += s.v3
	s.v1 = bits.RotateLeft64(s.v1, 17) ^ s.v2
	s.v3 = bits.RotateLeft64(s.v3, 21) ^ s.v0
	s.v2 = bits.RotateLeft64(s.v2, 32)
}

func newSip() sipState {
	return sipState{hashK0 ^ 0x736f6d6570736575, hashK1 ^ 0x646f72616e646f6d,
		hashK0 ^ 0x6c7967656e657261, hashK1 ^ 0x7465646279746573}
}

func (s *sipState) block(m uint64) {
	s.v3 ^= m
	s.round()
	s.v0 ^= m
}

// finish processes the last (partial) block of a message of n bytes.
func (s *sipState) finish(tail uint64, n int) int64 {
	b := uint64(n)<<56 | tail
	s.block(b)
	s.v2 ^= 0xff
	s.round()
	s.round()
	s.round()
	h := int64(s.v0 ^ s.v1 ^ s.v2 ^ s.v3)
	if h == -1 {
		h = -2
	}
	return h
}

// hashByteString is hash() of a bytes (and of an ASCII or Latin-1 str
// whose bytes these are): hash(b'abc') == hash('abc'), as CPython's.
func hashByteString(s string) int64 {
	if s == "" {
		return 0
	}
	st := newSip()
	i := 0
	for ; i+8 <= len(s); i += 8 {
		st.block(uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56)
	}
	var tail uint64
	for k := 0; i < len(s); i, k = i+1, k+8 {
		tail |= uint64(s[i]) << k
	}
	return st.finish(tail, len(s))
}

// hashWideString hashes non-ASCII str text (WTF-8) through its canonical
// form: one byte per code point when all are below 256, two (little
// endian) when all are below 65536, four otherwise.
func hashWideString(s string) int64 {
	maxr := rune(0)
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = decodeWTF8(s[i:])
		}
		maxr = max(maxr, r)
		i += w
	}
	width := 1
	switch {
	case maxr > 0xFFFF:
		width = 4
	case maxr > 0xFF:
		width = 2
	}
	st := newSip()
	var acc uint64
	fill, n := 0, 0 // bits in acc, bytes hashed
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = decodeWTF8(s[i:])
		}
		i += w
		for k := 0; k < width; k++ {
			acc |= uint64(byte(r>>(8*k))) << fill
			fill += 8
			n++
			if fill == 64 {
				st.block(acc)
				acc, fill = 0, 0
			}
		}
	}
	return st.finish(acc, n)
}
