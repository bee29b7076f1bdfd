package object

import (
	"sync/atomic"
	"unsafe"
)

// Repeated concatenation (`s += piece` in a loop) is amortized linear
// without reference counts.
//
// A str made by a concatenation views a []byte buffer that may have spare
// capacity after its bytes (Str.spare). `x + y` writes y's bytes into that
// spare room, in place, when x is an exact str, y fits, and x's claim word
// goes from 0 to 1 (compare-and-swap): only the first concatenation onto a
// given str may extend its buffer, every later one (in this thread or any
// other) copies. The result views the longer prefix of the same buffer and
// inherits the rest of the spare room. Bytes past a str's length are never
// visible through it, and each byte of a buffer is written once, before
// the str that views it exists, so strs stay immutable and shareable
// between threads. When x must be copied, the new buffer has geometric
// spare capacity if x itself came from a concatenation (a loop is
// building it), none otherwise.
//
// Nothing O(len) happens here besides the copy: the length in code points
// and ASCII-ness are combined from x's and y's, the hash and the sparse
// index are computed lazily on first use (Str.Hash, Str.cpIndex).

// strConcat returns x + y; xExact and yExact say whether they are exact
// strs (a str subclass instance is never returned as the result).
func strConcat(x, y *Str, xExact, yExact bool) *Str {
	lx, ly := len(x.s), len(y.s)
	if ly == 0 && xExact {
		return x
	}
	if lx == 0 && yExact {
		return y
	}
	r := &Str{Header: Header{StrType}, length: x.length + y.length, ascii: x.ascii && y.ascii, cat: true}
	r.s, r.spare = concatBuf(x.s, y.s, x.spare, &x.claim, x.cat, xExact)
	return r
}

// concatBuf returns x + y as a string viewing a buffer, and the spare room
// after it: in place after x when x (spare bytes of room, claim word
// claim, exact: may extend) allows it, else in a new buffer, with
// geometric room when cat says x came from a concatenation. Used for str
// and bytes.
func concatBuf(x, y string, spare int, claim *uint32, cat, exact bool) (string, int) {
	lx, ly := len(x), len(y)
	n := lx + ly
	if ly <= spare && exact && atomic.CompareAndSwapUint32(claim, 0, 1) {
		// Extend x's buffer: the bytes after x's are ours alone.
		p := unsafe.StringData(x)
		buf := unsafe.Slice(p, lx+spare)
		copy(buf[lx:], y)
		return unsafe.String(p, n), spare - ly
	}
	if !cat {
		return x + y, 0
	}
	c := strGrow(n)
	buf := make([]byte, n, c)
	copy(buf, x)
	copy(buf[lx:], y)
	return unsafe.String(&buf[0], n), c - n
}

// strGrow is the capacity of a new concatenation buffer for n bytes:
// doubling while small, then 1.25x (as Go's append).
func strGrow(n int) int {
	if n < 256 {
		return 2*n + 8
	}
	if n > 1<<62 {
		return n
	}
	return n + n/4 + 192
}
