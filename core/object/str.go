package object

import (
	"strconv"
	"strings"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

// StrType is `str`.
var StrType = &Type{Name: "str"}

// Str is a str: immutable and shareable between interpreters running in
// parallel (docs/engine-design.md, §3, §5). What is O(len) to compute is
// not done at creation: the hash and the sparse index of non-ASCII text are
// computed on first use and published with an atomic store (two threads
// may both compute them; they store the same value). `a + b` may write b's
// bytes into the spare capacity after a's bytes in a's buffer: see
// strConcat (str_concat.go).
type Str struct {
	Header
	s      string // UTF-8 (WTF-8 for lone surrogates)
	length int    // in code points
	hashc  int64  // hash(s); 0 until computed (atomic)
	// cpidx points to a []int32 holding the byte offset of every
	// strIndexStep-th code point of non-ASCII text; nil until built
	// (atomic). ASCII text needs none: code point i is byte i.
	cpidx unsafe.Pointer
	// spare is the number of bytes after s in its buffer that belong to no
	// str yet; claim (atomic) is set by the one concatenation allowed to
	// write there. Both are 0 for strs not made by concatenation.
	spare int
	claim uint32
	ascii bool
	cat   bool // made by a concatenation (its buffer grows geometrically)
}

const strIndexStep = 32

// latin1 holds the pre-built one-character strings U+0000..U+00FF.
var latin1 [256]*Str

var emptyStr = newStr("")

// NewStr returns the str s (UTF-8).
func NewStr(s string) *Str {
	if len(s) <= 2 {
		if s == "" && emptyStr != nil {
			return emptyStr
		}
		if len(s) == 1 && s[0] < 0x80 && latin1[s[0]] != nil {
			return latin1[s[0]]
		}
	}
	return newStr(s)
}

func newStr(s string) *Str {
	o := &Str{}
	o.init(s)
	return o
}

// init fills a zero Str with s (slabs of strings: strList).
func (o *Str) init(s string) {
	o.Header = Header{StrType}
	o.s = s
	if isASCIIString(s) {
		o.length = len(s)
		o.ascii = true
		return
	}
	n := 0
	for i := 0; i < len(s); n++ {
		if s[i] < 0x80 {
			i++
			continue
		}
		_, w := decodeWTF8(s[i:])
		i += w
	}
	o.length = n
}

// clone returns a copy of the str's fields for a str subclass instance
// (subclass.go); the copy never extends the shared buffer.
func (o *Str) clone() Str {
	return Str{Header: o.Header, s: o.s, length: o.length, hashc: atomic.LoadInt64(&o.hashc),
		cpidx: atomic.LoadPointer(&o.cpidx), ascii: o.ascii}
}

// Value returns the str as a Value.
func (s *Str) Value() Value { return fromHeap(s) }

// String returns the Go string.
func (s *Str) String() string { return s.s }

// Len returns the length in code points.
func (s *Str) Len() int { return s.length }

// IsASCII reports whether every code point is below 128.
func (s *Str) IsASCII() bool { return s.ascii }

// Hash returns hash(s).
func (s *Str) Hash() int64 {
	if h := atomic.LoadInt64(&s.hashc); h != 0 {
		return h
	}
	return s.computeHash()
}

func (s *Str) computeHash() int64 {
	var h int64
	if s.ascii {
		h = hashByteString(s.s)
	} else {
		h = hashWideString(s.s)
	}
	atomic.StoreInt64(&s.hashc, h)
	return h
}

// cpIndex returns the sparse index of non-ASCII text, building it on first
// use.
func (s *Str) cpIndex() []int32 {
	if p := atomic.LoadPointer(&s.cpidx); p != nil {
		return *(*[]int32)(p)
	}
	str := s.s
	idx := make([]int32, 0, s.length/strIndexStep+1)
	n := 0
	for i := 0; i < len(str); n++ {
		if n%strIndexStep == 0 {
			idx = append(idx, int32(i))
		}
		if str[i] < 0x80 {
			i++
			continue
		}
		_, w := decodeWTF8(str[i:])
		i += w
	}
	atomic.StorePointer(&s.cpidx, unsafe.Pointer(&idx))
	return idx
}

// byteOffset returns the byte offset of code point i (0 <= i <= length).
func (s *Str) byteOffset(i int) int {
	if s.ascii {
		return i
	}
	if i == s.length {
		return len(s.s)
	}
	off := int(s.cpIndex()[i/strIndexStep])
	for k := i % strIndexStep; k > 0; k-- {
		_, w := decodeWTF8(s.s[off:])
		off += w
	}
	return off
}

// Substr returns code points [i, j).
func (s *Str) Substr(i, j int) *Str {
	return NewStr(s.s[s.byteOffset(i):s.byteOffset(j)])
}

// AsStr returns v as a str (subclasses included).
func AsStr(v Value) (*Str, bool) {
	if v.IsHeap() && v.header().typ.layout == StrType {
		return as[Str](v), true
	}
	return nil, false
}

// StrRepr returns repr() of a Go string.
func StrRepr(s string) string { return strRepr(s, false) }

// StrASCII returns ascii() of a Go string: its repr with every non-ASCII
// character escaped.
func StrASCII(s string) string { return strRepr(s, true) }

func strRepr(s string, ascii bool) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = decodeWTF8(s[i:])
		}
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteByte(byte(r))
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x`)
			b.WriteString(hex2(int(r)))
		case r < 0x7f:
			b.WriteByte(byte(r))
		case ascii || !uniIsPrintable(r) || (w == 1 && r == utf8.RuneError):
			b.WriteString(escapeRune(r))
		default:
			b.WriteString(s[i : i+w])
		}
		i += w
	}
	b.WriteByte(quote)
	return b.String()
}

// ASCII is ascii(v).
func ASCII(t *Thread, v Value) Value {
	r := Repr(t, v)
	if r == nil {
		return Null
	}
	if r.ascii {
		return r.Value()
	}
	// Escape the non-ASCII characters of the repr.
	var b strings.Builder
	for i := 0; i < len(r.s); {
		c, w := decodeWTF8(r.s[i:])
		if c < 0x80 {
			b.WriteByte(byte(c))
		} else {
			b.WriteString(escapeRune(c))
		}
		i += w
	}
	return NewStr(b.String()).Value()
}

func hex2(x int) string { return leftPad(strconv.FormatInt(int64(x), 16), 2) }

func leftPad(s string, n int) string {
	if len(s) < n {
		return strings.Repeat("0", n-len(s)) + s
	}
	return s
}

func strCompare(t *Thread, a, b Value, op int) Value {
	x, ok1 := AsStr(a)
	y, ok2 := AsStr(b)
	if !ok1 || !ok2 {
		return NotImplemented
	}
	if op == cmpEQ || op == cmpNE {
		eq := x == y || (len(x.s) == len(y.s) && x.s == y.s)
		return Bool(eq == (op == cmpEQ))
	}
	return cmpResult(strings.Compare(x.s, y.s), op)
}

// normIndex applies Python's negative-index rule; ok false if out of range.
func normIndex(i int64, n int) (int, bool) {
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, false
	}
	return int(i), true
}

func strGetItem(t *Thread, v, key Value) Value {
	s := as[Str](v)
	if i, ok := AsInt64(key); ok {
		j, ok := normIndex(i, s.length)
		if !ok {
			return t.RaiseMsg(IndexErrorType, "string index out of range")
		}
		return s.Substr(j, j+1).Value()
	}
	if sl, ok := AsSlice(key); ok {
		start, _, step, n, ok := sl.Indices(t, s.length)
		if !ok {
			return Null
		}
		if step == 1 {
			return s.Substr(start, start+n).Value()
		}
		if s.ascii {
			buf := make([]byte, n)
			for k, i := 0, start; k < n; k, i = k+1, i+step {
				buf[k] = s.s[i]
			}
			return NewStr(string(buf)).Value()
		}
		var b strings.Builder
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			b.WriteString(s.s[s.byteOffset(i):s.byteOffset(i+1)])
		}
		return NewStr(b.String()).Value()
	}
	if IsInt(key) {
		return t.RaiseMsg(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if HasIndex(key) {
		r, ok := IndexValue(t, key)
		if !ok {
			return Null
		}
		return strGetItem(t, v, r)
	}
	return t.Raisef(TypeErrorType, "string indices must be integers, not '%s'", TypeOf(key).Name)
}

func strIter(t *Thread, v Value) Value {
	return fromHeap(&seqIter{Header: Header{StrIterType}, seq: v})
}

func strArg(t *Thread, method string, v Value) (*Str, bool) {
	s, ok := AsStr(v)
	if !ok {
		t.Raisef(TypeErrorType, "%s arg must be str, not %s", method, TypeOf(v).Name)
	}
	return s, ok
}

func initStr() {
	setupBuiltinType(StrType, ObjectType, FlagBaseType)
	for i := range latin1 {
		latin1[i] = newStr(string(rune(i)))
	}
	StrType.Repr = func(t *Thread, v Value) Value { return NewStr(StrRepr(as[Str](v).s)).Value() }
	StrType.Str = func(t *Thread, v Value) Value {
		if TypeOf(v) == StrType {
			return v
		}
		return NewStr(as[Str](v).s).Value()
	}
	StrType.Hash = func(t *Thread, v Value) (int64, bool) { return as[Str](v).Hash(), true }
	StrType.Compare = strCompare
	StrType.Bool = func(t *Thread, v Value) int {
		if as[Str](v).s != "" {
			return 1
		}
		return 0
	}
	StrType.Len = func(t *Thread, v Value) int { return as[Str](v).length }
	StrType.GetItem = strGetItem
	StrType.Iter = strIter
	StrType.Contains = func(t *Thread, c, v Value) int {
		sub, ok := AsStr(v)
		if !ok {
			t.Raisef(TypeErrorType, "'in <string>' requires string as left operand, not %s", TypeOf(v).Name)
			return -1
		}
		if strings.Contains(as[Str](c).s, sub.s) {
			return 1
		}
		return 0
	}
	StrType.Binary[nbAdd] = func(t *Thread, a, b Value) Value {
		x, ok1 := AsStr(a)
		y, ok2 := AsStr(b)
		if !ok1 || !ok2 {
			if ok1 {
				return t.Raisef(TypeErrorType, "can only concatenate str (not \"%s\") to str", TypeOf(b).Name)
			}
			return NotImplemented
		}
		return strConcat(x, y, TypeOf(a) == StrType, TypeOf(b) == StrType).Value()
	}
	StrType.Binary[nbMul] = func(t *Thread, a, b Value) Value {
		if _, ok := AsStr(a); !ok {
			a, b = b, a
		}
		s, ok := AsStr(a)
		if !ok {
			return NotImplemented
		}
		if !IsInt(b) {
			if !HasIndex(b) {
				return NotImplemented
			}
			var ok bool
			if b, ok = IndexValue(t, b); !ok {
				return Null
			}
		}
		n, ok := AsInt64(b)
		if !ok {
			return t.RaiseMsg(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		if n <= 0 || s.s == "" {
			return emptyStr.Value()
		}
		if n == 1 && TypeOf(a) == StrType {
			return a
		}
		if n > (1<<63-1)/int64(s.length) {
			return t.RaiseMsg(OverflowErrorType, "repeated string is too long")
		}
		if n > (1<<63-1)/int64(len(s.s)) || allocTooLarge(n*int64(len(s.s)), 1) {
			return raiseNoMemory(t)
		}
		return NewStr(strings.Repeat(s.s, int(n))).Value()
	}
	StrType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		if kwnames != nil || len(args) > 1 {
			return t.RaiseMsg(TypeErrorType, "str() takes at most 1 argument")
		}
		if len(args) == 0 {
			return emptyStr.Value()
		}
		return StrOf(t, args[0])
	}
	StrType.Init = nil
}
