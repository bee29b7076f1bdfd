package scanner

import (
	"sort"
	"strings"
	"unicode/utf8"
)

//go:generate go run gen_unicode.go

// The identifier tables come from python3.13's unicodedata (Unicode 15.1)
// through gen_unicode.go. Go's unicode package and golang.org/x/text stop
// at Unicode 15.0 and x/text has no XID tables, so NFKC is implemented
// here on the generated data as well.

// inRanges reports whether r lies in one of the inclusive ranges of t
// (sorted pairs).
func inRanges(t []uint32, r rune) bool {
	c := uint32(r)
	lo, hi := 0, len(t)/2
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case c < t[2*m]:
			hi = m
		case c > t[2*m+1]:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

// isXIDStart reports whether r has the XID_Start property (Unicode 15.1).
func isXIDStart(r rune) bool { return inRanges(xidstartRanges, r) }

// isXIDContinue reports whether r has the XID_Continue property.
func isXIDContinue(r rune) bool { return inRanges(xidcontinueRanges, r) }

// isPrintable reports whether r is printable in Python's sense
// (str.isprintable).
func isPrintable(r rune) bool { return inRanges(printableRanges, r) }

// combiningClass returns r's canonical combining class.
func combiningClass(r rune) int {
	c := uint32(r)
	t := cccRanges
	lo, hi := 0, len(t)/3
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case c < t[3*m]:
			hi = m
		case c > t[3*m+1]:
			lo = m + 1
		default:
			return int(t[3*m+2])
		}
	}
	return 0
}

// Hangul syllable arithmetic (Unicode chapter 3.12).
const (
	sBase  = 0xAC00
	lBase  = 0x1100
	vBase  = 0x1161
	tBase  = 0x11A7
	lCount = 19
	vCount = 21
	tCount = 28
	nCount = vCount * tCount
	sCount = lCount * nCount
)

// decompose appends the full compatibility decomposition of r.
func decompose(dst []rune, r rune) []rune {
	if r >= sBase && r < sBase+sCount {
		s := r - sBase
		dst = append(dst, lBase+s/nCount, vBase+(s%nCount)/tCount)
		if t := s % tCount; t != 0 {
			dst = append(dst, tBase+t)
		}
		return dst
	}
	i := sort.Search(len(nfkdKeys), func(i int) bool { return nfkdKeys[i] >= uint32(r) })
	if i < len(nfkdKeys) && nfkdKeys[i] == uint32(r) {
		return append(dst, nfkdData[nfkdOffsets[i]:nfkdOffsets[i+1]]...)
	}
	return append(dst, r)
}

// compose returns the primary composite of the pair (a, b).
func compose(a, b rune) (rune, bool) {
	if a >= lBase && a < lBase+lCount && b >= vBase && b < vBase+vCount {
		return sBase + ((a-lBase)*vCount+(b-vBase))*tCount, true
	}
	if a >= sBase && a < sBase+sCount && (a-sBase)%tCount == 0 && b > tBase && b < tBase+tCount {
		return a + (b - tBase), true
	}
	c, ok := compositions[uint64(a)<<21|uint64(b)]
	return c, ok
}

// nfkc normalizes s to NFKC (Unicode 15.1): full compatibility
// decomposition, canonical ordering, canonical composition.
func nfkc(s string) string {
	d := make([]rune, 0, len(s))
	for _, r := range s {
		d = decompose(d, r)
	}
	// Canonical ordering: stable-sort each run of non-starters by class.
	for i := 1; i < len(d); i++ {
		c := combiningClass(d[i])
		if c == 0 {
			continue
		}
		for j := i; j > 0; j-- {
			p := combiningClass(d[j-1])
			if p <= c {
				break
			}
			d[j-1], d[j] = d[j], d[j-1]
		}
	}
	if len(d) == 0 {
		return ""
	}
	// Canonical composition.
	starter, starterCh := 0, d[0]
	lastClass := combiningClass(starterCh)
	if lastClass != 0 {
		lastClass = 256 // a leading non-starter blocks everything
	}
	out := 1
	for i := 1; i < len(d); i++ {
		ch := d[i]
		cls := combiningClass(ch)
		if comp, ok := compose(starterCh, ch); ok && (lastClass < cls || lastClass == 0) {
			d[starter] = comp
			starterCh = comp
			continue
		}
		if cls == 0 {
			starter, starterCh = out, ch
		}
		lastClass = cls
		d[out] = ch
		out++
	}
	return string(d[:out])
}

// normalizeIdentifier is NFKC with an ASCII fast path.
func normalizeIdentifier(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return nfkc(name)
		}
	}
	return name
}

// lookupName finds the character named name for \N{...} escapes, as
// unicodedata.lookup without named sequences: case-insensitive, with CJK
// unified ideograph names computed.
func lookupName(name string) (rune, bool) {
	up := strings.ToUpper(name)
	const cjk = "CJK UNIFIED IDEOGRAPH-"
	if strings.HasPrefix(up, cjk) {
		hex := name[len(cjk):]
		if len(hex) != 4 && len(hex) != 5 {
			return 0, false
		}
		v := 0
		for i := 0; i < len(hex); i++ {
			c := hex[i]
			switch {
			case c >= '0' && c <= '9':
				v = v*16 + int(c-'0')
			case c >= 'A' && c <= 'F':
				v = v*16 + int(c-'A') + 10
			default:
				return 0, false
			}
		}
		if !inRanges(cjkRanges, rune(v)) {
			return 0, false
		}
		return rune(v), true
	}
	n := len(nameCodes)
	i := sort.Search(n, func(i int) bool { return charNames[nameOffsets[i]:nameOffsets[i+1]] >= up })
	if i < n && charNames[nameOffsets[i]:nameOffsets[i+1]] == up {
		return rune(nameCodes[i]), true
	}
	return 0, false
}
