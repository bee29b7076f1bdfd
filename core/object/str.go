package object

import (
	"hash/maphash"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// StrType is `str`.
var StrType = &Type{Name: "str"}

// Str is a str: immutable and shareable, so every field is computed at
// creation (docs/engine-design.md, §5).
type Str struct {
	Header
	s      string // UTF-8 (WTF-8 for lone surrogates)
	length int    // in code points
	hash   int64
	// index holds the byte offset of every strIndexStep-th code point; nil
	// for ASCII text, where code point i is byte i.
	index []int32
}

const strIndexStep = 32

// strSeed seeds str hashes: made once at init, never written afterwards.
var strSeed = maphash.MakeSeed()

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
	o := &Str{Header: Header{StrType}, s: s}
	o.hash = hashByteString(s)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		o.length = len(s)
		return o
	}
	n := 0
	for i := 0; i < len(s); {
		if n%strIndexStep == 0 {
			o.index = append(o.index, int32(i))
		}
		_, w := decodeWTF8(s[i:])
		i += w
		n++
	}
	o.length = n
	return o
}

// Value returns the str as a Value.
func (s *Str) Value() Value { return fromHeap(s) }

// String returns the Go string.
func (s *Str) String() string { return s.s }

// Len returns the length in code points.
func (s *Str) Len() int { return s.length }

// Hash returns hash(s).
func (s *Str) Hash() int64 { return s.hash }

// byteOffset returns the byte offset of code point i (0 <= i <= length).
func (s *Str) byteOffset(i int) int {
	if s.index == nil {
		return i
	}
	if i == s.length {
		return len(s.s)
	}
	off := int(s.index[i/strIndexStep])
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
	if r.index == nil {
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
		eq := x == y || (x.hash == y.hash && x.s == y.s)
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
		var b strings.Builder
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			b.WriteString(s.s[s.byteOffset(i):s.byteOffset(i+1)])
		}
		return NewStr(b.String()).Value()
	}
	if IsInt(key) {
		return t.RaiseMsg(IndexErrorType, "cannot fit 'int' into an index-sized integer")
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
	StrType.Hash = func(t *Thread, v Value) (int64, bool) { return as[Str](v).hash, true }
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
		return NewStr(x.s + y.s).Value()
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
			if TypeOf(b).Index == nil {
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
		if n*int64(len(s.s)) > 1<<34 {
			return t.RaiseMsg(MemoryErrorType, "")
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
	StrType.addMethod("join", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 {
			return t.Raisef(TypeErrorType, "str.join() takes exactly one argument (%d given)", len(args))
		}
		var parts []string
		i := 0
		if ForEach(t, args[0], func(v Value) bool {
			s, ok := AsStr(v)
			if !ok {
				t.Raisef(TypeErrorType, "sequence item %d: expected str instance, %s found", i, TypeOf(v).Name)
				return false
			}
			parts = append(parts, s.s)
			i++
			return true
		}) < 0 {
			return Null
		}
		return NewStr(strings.Join(parts, as[Str](self).s)).Value()
	})
	simple := func(name string, f func(string) string) {
		StrType.addMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			return NewStr(f(as[Str](self).s)).Value()
		})
	}
	simple("upper", strings.ToUpper)
	simple("lower", strings.ToLower)
	strip := func(name string, left, right bool) {
		StrType.addMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			s := as[Str](self).s
			cut := unicode.IsSpace
			if len(args) > 1 {
				return t.Raisef(TypeErrorType, "%s expected at most 1 argument, got %d", name, len(args))
			}
			if len(args) == 1 && args[0] != None {
				chars, ok := AsStr(args[0])
				if !ok {
					return t.Raisef(TypeErrorType, "%s arg must be None or str", name)
				}
				cut = func(r rune) bool { return strings.ContainsRune(chars.s, r) }
			}
			if left {
				s = strings.TrimLeftFunc(s, cut)
			}
			if right {
				s = strings.TrimRightFunc(s, cut)
			}
			return NewStr(s).Value()
		})
	}
	strip("strip", true, true)
	strip("lstrip", true, false)
	strip("rstrip", false, true)
	pred := func(name string, f func(s, x string) bool) {
		StrType.addMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if len(args) != 1 {
				return t.Raisef(TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
			}
			x, ok := strArg(t, name, args[0])
			if !ok {
				return Null
			}
			return Bool(f(as[Str](self).s, x.s))
		})
	}
	pred("startswith", strings.HasPrefix)
	pred("endswith", strings.HasSuffix)
	StrType.addMethod("split", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		s := as[Str](self).s
		pos, kw := kwArgs(args, kwnames)
		sepv, maxv := None, Int(-1)
		if len(pos) > 0 {
			sepv = pos[0]
		}
		if len(pos) > 1 {
			maxv = pos[1]
		}
		if v, ok := kw["sep"]; ok {
			sepv = v
		}
		if v, ok := kw["maxsplit"]; ok {
			maxv = v
		}
		maxsplit, ok := AsInt64(maxv)
		if !ok {
			return t.Raisef(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(maxv).Name)
		}
		var parts []string
		if sepv == None {
			parts = strings.Fields(s)
			if maxsplit >= 0 && int64(len(parts)) > maxsplit+1 {
				// Whitespace split with a limit: the rest keeps its inner spacing.
				rest := strings.TrimLeftFunc(s, unicode.IsSpace)
				parts = parts[:0]
				for i := int64(0); i < maxsplit; i++ {
					j := strings.IndexFunc(rest, unicode.IsSpace)
					parts = append(parts, rest[:j])
					rest = strings.TrimLeftFunc(rest[j:], unicode.IsSpace)
				}
				parts = append(parts, rest)
			}
		} else {
			sep, ok := strArg(t, "split", sepv)
			if !ok {
				return Null
			}
			if sep.s == "" {
				return t.RaiseMsg(ValueErrorType, "empty separator")
			}
			n := -1
			if maxsplit >= 0 {
				n = int(maxsplit) + 1
			}
			parts = strings.SplitN(s, sep.s, n)
		}
		items := make([]Value, len(parts))
		for i, p := range parts {
			items[i] = NewStr(p).Value()
		}
		return NewList(items).Value()
	})
	StrType.addMethod("replace", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 2 {
			return t.Raisef(TypeErrorType, "replace expected 2 arguments, got %d", len(args))
		}
		old, ok1 := strArg(t, "replace", args[0])
		if !ok1 {
			return Null
		}
		nw, ok2 := strArg(t, "replace", args[1])
		if !ok2 {
			return Null
		}
		return NewStr(strings.ReplaceAll(as[Str](self).s, old.s, nw.s)).Value()
	})
}
