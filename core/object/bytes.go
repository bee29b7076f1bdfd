package object

import (
	"strings"
	"sync/atomic"
	"unicode/utf8"
)

// BytesType is `bytes`; ByteArrayType is `bytearray` (bytearray.go).
var BytesType = &Type{Name: "bytes"}

// Bytes is a bytes object: immutable and shareable (docs/engine-design.md,
// §3); its hash is computed on first use and published atomically, and
// `a + b` may extend a's buffer in place as str's does (str_concat.go).
type Bytes struct {
	Header
	s     string
	hashc int64  // hash(s); 0 until computed (atomic)
	spare int    // room after s in its buffer (str_concat.go)
	claim uint32 // atomic
	cat   bool   // made by a concatenation
}

// NewBytes returns the bytes s.
func NewBytes(s string) *Bytes {
	return &Bytes{Header: Header{BytesType}, s: s}
}

// Hash returns hash(b).
func (b *Bytes) Hash() int64 {
	if h := atomic.LoadInt64(&b.hashc); h != 0 {
		return h
	}
	h := hashByteString(b.s)
	atomic.StoreInt64(&b.hashc, h)
	return h
}

// clone copies the bytes' fields for a bytes subclass instance
// (subclass.go); the copy never extends the shared buffer.
func (b *Bytes) clone() Bytes {
	return Bytes{Header: b.Header, s: b.s, hashc: atomic.LoadInt64(&b.hashc)}
}

// Value returns the bytes as a Value.
func (b *Bytes) Value() Value { return fromHeap(b) }

// String returns the bytes as a Go string.
func (b *Bytes) String() string { return b.s }

// AsBytes returns v as a bytes object (subclasses included).
func AsBytes(v Value) (*Bytes, bool) {
	if v.IsHeap() && v.header().typ.layout == BytesType {
		return as[Bytes](v), true
	}
	return nil, false
}

// BytesLike returns the contents of a bytes or bytearray (the buffer
// protocol of the builtin types). The result must not be modified.
func BytesLike(v Value) ([]byte, bool) {
	if !v.IsHeap() {
		return nil, false
	}
	switch v.header().typ.layout {
	case BytesType:
		return []byte(as[Bytes](v).s), true
	case ByteArrayType:
		return as[ByteArray](v).b, true
	case MemoryViewType:
		if m := as[MemoryView](v); !m.released {
			return m.bytes(), true
		}
	}
	return nil, false
}

// isByteArray reports whether v is a bytearray (results of its methods are
// bytearrays too).
func isByteArray(v Value) bool { return v.IsHeap() && v.header().typ.layout == ByteArrayType }

// mkLike makes a bytes, or a bytearray when like is one.
func mkLike(like Value, b []byte) Value {
	if isByteArray(like) {
		return NewByteArray(b).Value()
	}
	return NewBytes(string(b)).Value()
}

// BytesRepr is repr() of a bytes object's contents: b'...'.
func BytesRepr(s []byte) string {
	quote := byte('\'')
	if strings.IndexByte(string(s), '\'') >= 0 && strings.IndexByte(string(s), '"') < 0 {
		quote = '"'
	}
	var sb strings.Builder
	sb.WriteByte('b')
	sb.WriteByte(quote)
	for _, c := range s {
		switch {
		case c == quote || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < 32 || c >= 127:
			sb.WriteString(`\x`)
			sb.WriteString(hex2(int(c)))
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}

// byteValue converts an int to a byte ("byte must be in range(0, 256)").
func byteValue(t *Thread, v Value) (byte, bool) {
	i, ok := AsInt64(v)
	if !ok {
		if IsInt(v) {
			t.RaiseMsg(ValueErrorType, "byte must be in range(0, 256)")
			return 0, false
		}
		t.Raisef(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(v).Name)
		return 0, false
	}
	if i < 0 || i > 255 {
		t.RaiseMsg(ValueErrorType, "byte must be in range(0, 256)")
		return 0, false
	}
	return byte(i), true
}

// bytesFromObject is bytes(x)/bytearray(x) for one argument x.
func bytesFromObject(t *Thread, v Value, what string) ([]byte, bool) {
	if b, ok := BytesLike(v); ok {
		return append([]byte(nil), b...), true
	}
	if _, ok := AsStr(v); ok {
		t.RaiseMsg(TypeErrorType, "string argument without an encoding")
		return nil, false
	}
	if n, ok := AsInt64(v); ok {
		if n < 0 {
			t.RaiseMsg(ValueErrorType, "negative count")
			return nil, false
		}
		return make([]byte, n), true
	}
	if IsInt(v) {
		t.RaiseMsg(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		return nil, false
	}
	if m := TypeOf(v).LookupString("__bytes__"); !m.IsNull() && what == "bytes" {
		r := CallMethod(t, v, "__bytes__")
		if r.IsNull() {
			return nil, false
		}
		b, ok := AsBytes(r)
		if !ok {
			t.Raisef(TypeErrorType, "__bytes__ returned non-bytes (type %s)", TypeOf(r).Name)
			return nil, false
		}
		return []byte(b.s), true
	}
	if TypeOf(v).Iter == nil && TypeOf(v).GetItem == nil {
		t.Raisef(TypeErrorType, "cannot convert '%s' object to %s", TypeOf(v).Name, what)
		return nil, false
	}
	var out []byte
	bad := false
	rangeMsg := "bytes must be in range(0, 256)"
	if what == "bytearray" {
		rangeMsg = "byte must be in range(0, 256)"
	}
	if ForEach(t, v, func(x Value) bool {
		i, ok := AsInt64(x)
		if !ok {
			if IsInt(x) {
				t.RaiseMsg(ValueErrorType, rangeMsg)
			} else {
				t.Raisef(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(x).Name)
			}
			bad = true
			return false
		}
		if i < 0 || i > 255 {
			t.RaiseMsg(ValueErrorType, rangeMsg)
			bad = true
			return false
		}
		out = append(out, byte(i))
		return true
	}) < 0 || bad {
		return nil, false
	}
	return out, true
}

// CallMethod calls v.name(*args), looking name up on the type.
func CallMethod(t *Thread, v Value, name string, args ...Value) Value {
	f := GetAttr(t, v, NewStr(name))
	if f.IsNull() {
		return Null
	}
	return Call(t, f, args, nil)
}

// bytesNewArgs parses bytes()/bytearray() arguments: (source, encoding, errors).
func bytesNewArgs(t *Thread, what string, args []Value, kwnames *Tuple) ([]byte, bool) {
	pos, kw := kwArgs(args, kwnames)
	var src, enc, errs Value
	if len(pos) > 3 {
		t.Raisef(TypeErrorType, "%s() takes at most 3 arguments (%d given)", what, len(args))
		return nil, false
	}
	vals := []*Value{&src, &enc, &errs}
	for i, p := range pos {
		*vals[i] = p
	}
	for k, v := range kw {
		switch k {
		case "source":
			src = v
		case "encoding":
			enc = v
		case "errors":
			errs = v
		default:
			t.Raisef(TypeErrorType, "%s() got an unexpected keyword argument '%s'", what, k)
			return nil, false
		}
	}
	if src.IsNull() {
		if !enc.IsNull() || !errs.IsNull() {
			t.RaiseMsg(TypeErrorType, "encoding or errors without sequence argument")
			return nil, false
		}
		return nil, true
	}
	if !enc.IsNull() || !errs.IsNull() {
		s, ok := AsStr(src)
		if !ok {
			if enc.IsNull() {
				t.RaiseMsg(TypeErrorType, "errors without a string argument")
			} else {
				t.RaiseMsg(TypeErrorType, "encoding without a string argument")
			}
			return nil, false
		}
		e, er := "utf-8", "strict"
		if !enc.IsNull() {
			es, ok := strArg(t, what+"() argument 'encoding'", enc)
			if !ok {
				return nil, false
			}
			e = es.s
		}
		if !errs.IsNull() {
			es, ok := strArg(t, what+"() argument 'errors'", errs)
			if !ok {
				return nil, false
			}
			er = es.s
		}
		return encodeStr(t, s, e, er)
	}
	return bytesFromObject(t, src, what)
}

func bytesCompare(t *Thread, a, b Value, op int) Value {
	x, ok1 := BytesLike(a)
	y, ok2 := BytesLike(b)
	if !ok1 || !ok2 {
		return NotImplemented
	}
	return cmpResult(strings.Compare(string(x), string(y)), op)
}

// bytesGetItem indexes or slices a bytes/bytearray.
func bytesGetItem(t *Thread, v, key Value) Value {
	if b, ok := AsBytes(v); ok {
		// bytes: index the string itself (BytesLike would copy it).
		if i, ok := AsInt64(key); ok {
			j, ok := normIndex(i, len(b.s))
			if !ok {
				return t.RaiseMsg(IndexErrorType, "index out of range")
			}
			return Int(int64(b.s[j]))
		}
		if sl, ok := AsSlice(key); ok {
			start, _, step, n, ok := sl.Indices(t, len(b.s))
			if !ok {
				return Null
			}
			if step == 1 {
				return NewBytes(b.s[start : start+n]).Value()
			}
			out := make([]byte, n)
			for k, i := 0, start; k < n; k, i = k+1, i+step {
				out[k] = b.s[i]
			}
			return NewBytes(string(out)).Value()
		}
	}
	if !IsInt(key) && HasIndex(key) {
		r, ok := IndexValue(t, key)
		if !ok {
			return Null
		}
		key = r
	}
	data, _ := BytesLike(v)
	if i, ok := AsInt64(key); ok {
		j, ok := normIndex(i, len(data))
		if !ok {
			if isByteArray(v) {
				return t.RaiseMsg(IndexErrorType, "bytearray index out of range")
			}
			return t.RaiseMsg(IndexErrorType, "index out of range")
		}
		return Int(int64(data[j]))
	}
	if sl, ok := AsSlice(key); ok {
		start, _, step, n, ok := sl.Indices(t, len(data))
		if !ok {
			return Null
		}
		out := make([]byte, n)
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			out[k] = data[i]
		}
		return mkLike(v, out)
	}
	if IsInt(key) {
		return t.RaiseMsg(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	what := "byte"
	if isByteArray(v) {
		what = "bytearray"
	}
	return t.Raisef(TypeErrorType, "%s indices must be integers or slices, not %s", what, TypeOf(key).Name)
}

func bytesContains(t *Thread, c, v Value) int {
	data, _ := BytesLike(c)
	if IsInt(v) {
		b, ok := byteValue(t, v)
		if !ok {
			return -1
		}
		if strings.IndexByte(string(data), b) >= 0 {
			return 1
		}
		return 0
	}
	sub, ok := BytesLike(v)
	if !ok {
		t.Raisef(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(v).Name)
		return -1
	}
	if strings.Contains(string(data), string(sub)) {
		return 1
	}
	return 0
}

// bytesIter iterates the ints of a bytes/bytearray.
type bytesIter struct {
	Header
	seq Value
	i   int
}

// BytesIterType is `bytes_iterator`.
var BytesIterType = &Type{Name: "bytes_iterator"}

func bytesConcat(t *Thread, a, b Value) Value {
	if xb, ok := AsBytes(a); ok {
		// bytes + bytes-like: no copy of a's bytes but the one into the
		// result, which may extend a's buffer in place (str_concat.go).
		var ys string
		if yb, ok := AsBytes(b); ok {
			ys = yb.s
		} else if y, ok := BytesLike(b); ok {
			ys = string(y)
		} else {
			return t.Raisef(TypeErrorType, "can't concat %s to %s", TypeOf(b).Name, TypeOf(a).Name)
		}
		xExact := TypeOf(a) == BytesType
		if len(ys) == 0 && xExact {
			return a
		}
		if len(xb.s) == 0 && TypeOf(b) == BytesType {
			return b
		}
		r := &Bytes{Header: Header{BytesType}, cat: true}
		r.s, r.spare = concatBuf(xb.s, ys, xb.spare, &xb.claim, xb.cat, xExact)
		return r.Value()
	}
	x, ok1 := BytesLike(a)
	y, ok2 := BytesLike(b)
	if !ok1 {
		return NotImplemented
	}
	if !ok2 {
		return t.Raisef(TypeErrorType, "can't concat %s to %s", TypeOf(b).Name, TypeOf(a).Name)
	}
	out := make([]byte, 0, len(x)+len(y))
	return mkLike(a, append(append(out, x...), y...))
}

func bytesRepeat(t *Thread, a, b Value) Value {
	if _, ok := BytesLike(a); !ok {
		a, b = b, a
	}
	x, ok := BytesLike(a)
	if !ok {
		return NotImplemented
	}
	if !IsInt(b) {
		if TypeOf(b).Index != nil || TypeOf(b) == BoolType {
			b = TypeOf(b).Index(t, b)
			if b.IsNull() {
				return Null
			}
		} else {
			return t.Raisef(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeOf(b).Name)
		}
	}
	n, ok := AsInt64(b)
	if !ok {
		if s, _, _ := intParts(b); s < 0 {
			n = 0
		} else {
			return t.RaiseMsg(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
	}
	if n < 0 {
		n = 0
	}
	if len(x) > 0 && n > (1<<63-1)/int64(len(x)) {
		return t.RaiseMsg(OverflowErrorType, "repeated bytes are too long")
	}
	if len(x) > 0 && allocTooLarge(n*int64(len(x)), 1) {
		return raiseNoMemory(t)
	}
	return mkLike(a, []byte(strings.Repeat(string(x), int(n))))
}

func initBytes() {
	setupBuiltinType(BytesType, ObjectType, FlagBaseType)
	BytesType.Repr = func(t *Thread, v Value) Value {
		return NewStr(BytesRepr([]byte(as[Bytes](v).s))).Value()
	}
	BytesType.Hash = func(t *Thread, v Value) (int64, bool) { return as[Bytes](v).Hash(), true }
	BytesType.Compare = bytesCompare
	BytesType.Len = func(t *Thread, v Value) int { return len(as[Bytes](v).s) }
	BytesType.GetItem = bytesGetItem
	BytesType.Contains = bytesContains
	BytesType.Iter = func(t *Thread, v Value) Value {
		return fromHeap(&bytesIter{Header: Header{BytesIterType}, seq: v})
	}
	BytesType.Binary[nbAdd] = bytesConcat
	BytesType.Binary[nbMul] = bytesRepeat
	BytesType.Binary[nbMod] = func(t *Thread, a, b Value) Value {
		x, ok := AsBytes(a)
		if !ok {
			return NotImplemented
		}
		return bytesFormat(t, []byte(x.s), b, false)
	}
	BytesType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		if len(args) == 1 && kwnames == nil && TypeOf(args[0]) == BytesType && typ == BytesType {
			return args[0]
		}
		b, ok := bytesNewArgs(t, "bytes", args, kwnames)
		if !ok {
			return Null
		}
		o := NewBytes(string(b))
		o.typ = typ
		return o.Value()
	}
	BytesType.Init = nil
	setupBuiltinType(BytesIterType, ObjectType, 0)
	BytesIterType.New = nil
	BytesIterType.Iter = selfIter
	BytesIterType.Next = func(t *Thread, v Value) Value {
		it := as[bytesIter](v)
		if b, ok := AsBytes(it.seq); ok {
			if it.i >= len(b.s) {
				return Null
			}
			it.i++
			return Int(int64(b.s[it.i-1]))
		}
		data, _ := BytesLike(it.seq)
		if it.i >= len(data) {
			return Null
		}
		it.i++
		return Int(int64(data[it.i-1]))
	}
	initByteArray()
	initMemoryView()
	initBytesInterop()
	addBytesMethods(BytesType)
	addBytesMethods(ByteArrayType)
	StrType.addMethod("encode", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		enc, errs, ok := codecArgs(t, "encode", args, kwnames)
		if !ok {
			return Null
		}
		so := as[Str](self)
		if (enc == "utf-8" || enc == "utf8") && (so.ascii || utf8.ValidString(so.s)) {
			return NewBytes(so.s).Value() // strings are immutable: no copy
		}
		b, ok := encodeStr(t, so, enc, errs)
		if !ok {
			return Null
		}
		return NewBytes(string(b)).Value()
	})
}

// codecArgs parses (encoding='utf-8', errors='strict').
func codecArgs(t *Thread, name string, args []Value, kwnames *Tuple) (string, string, bool) {
	pos, kw := kwArgs(args, kwnames)
	vals := []string{"utf-8", "strict"}
	if len(pos) > 2 {
		t.Raisef(TypeErrorType, "%s() takes at most 2 arguments (%d given)", name, len(pos))
		return "", "", false
	}
	set := func(i int, v Value) bool {
		s, ok := AsStr(v)
		if !ok {
			argName := [2]string{"encoding", "errors"}[i]
			t.Raisef(TypeErrorType, "%s() argument '%s' must be str, not %s", name, argName, argTypeName(v))
			return false
		}
		vals[i] = s.s
		return true
	}
	for i, p := range pos {
		if !set(i, p) {
			return "", "", false
		}
	}
	for k, v := range kw {
		i := 0
		switch k {
		case "encoding":
		case "errors":
			i = 1
		default:
			t.Raisef(TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k)
			return "", "", false
		}
		if !set(i, v) {
			return "", "", false
		}
	}
	return vals[0], vals[1], true
}

// raiseUnicodeError raises a codec error with CPython's attributes
// (encoding, object, start, end, reason); its message is the only arg.
func raiseUnicodeError(t *Thread, typ *Type, msg, enc string, obj Value, start, end int, reason string) {
	_ = msg // str(e) rebuilds it from the attributes, as CPython's
	v := Call(t, typ.Value(), []Value{NewStr(enc).Value(), obj, Int(int64(start)), Int(int64(end)), NewStr(reason).Value()}, nil)
	if v.IsNull() {
		return
	}
	if e, ok := AsException(v); ok {
		t.Raise(e)
	}
}
