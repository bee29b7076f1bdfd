package object

import "strings"

// ByteArrayType is `bytearray`.
var ByteArrayType = &Type{Name: "bytearray"}

// ByteArray is a bytearray: a mutable byte sequence (one interpreter).
type ByteArray struct {
	Header
	b []byte
}

// NewByteArray returns a bytearray owning b.
func NewByteArray(b []byte) *ByteArray { return &ByteArray{Header{ByteArrayType}, b} }

// Value returns the bytearray as a Value.
func (a *ByteArray) Value() Value { return fromHeap(a) }

// Bytes returns the contents (not a copy).
func (a *ByteArray) Bytes() []byte { return a.b }

// AsByteArray returns v as a bytearray (subclasses included).
func AsByteArray(v Value) (*ByteArray, bool) {
	if isByteArray(v) {
		return as[ByteArray](v), true
	}
	return nil, false
}

// assignableBytes converts the right side of a slice assignment.
func assignableBytes(t *Thread, v Value) ([]byte, bool) {
	if b, ok := BytesLike(v); ok {
		return append([]byte(nil), b...), true
	}
	if IsInt(v) || TypeOf(v).Iter == nil {
		t.Raisef(TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
		return nil, false
	}
	if _, ok := AsStr(v); ok {
		t.RaiseMsg(TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
		return nil, false
	}
	return bytesFromObject(t, v, "bytearray")
}

func byteArraySetItem(t *Thread, obj, key, val Value) int {
	a := as[ByteArray](obj)
	if !IsInt(key) && HasIndex(key) {
		r, ok := IndexValue(t, key)
		if !ok {
			return -1
		}
		key = r
	}
	if i, ok := AsInt64(key); ok {
		j, ok := normIndex(i, len(a.b))
		if !ok {
			t.RaiseMsg(IndexErrorType, "bytearray index out of range")
			return -1
		}
		if val.IsNull() {
			a.b = append(a.b[:j], a.b[j+1:]...)
			return 0
		}
		c, ok := byteValue(t, val)
		if !ok {
			return -1
		}
		a.b[j] = c
		return 0
	}
	sl, ok := AsSlice(key)
	if !ok {
		if IsInt(key) {
			t.RaiseMsg(IndexErrorType, "cannot fit 'int' into an index-sized integer")
			return -1
		}
		t.Raisef(TypeErrorType, "bytearray indices must be integers or slices, not %s", TypeOf(key).Name)
		return -1
	}
	start, stop, step, n, ok := sl.Indices(t, len(a.b))
	if !ok {
		return -1
	}
	var src []byte
	if !val.IsNull() {
		if src, ok = assignableBytes(t, val); !ok {
			return -1
		}
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		nb := make([]byte, 0, len(a.b)-(stop-start)+len(src))
		nb = append(append(append(nb, a.b[:start]...), src...), a.b[stop:]...)
		a.b = nb
		return 0
	}
	if val.IsNull() {
		del := make([]bool, len(a.b))
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			del[i] = true
		}
		out := a.b[:0:0]
		for i, c := range a.b {
			if !del[i] {
				out = append(out, c)
			}
		}
		a.b = out
		return 0
	}
	if len(src) != n {
		t.Raisef(ValueErrorType, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
		return -1
	}
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		a.b[i] = src[k]
	}
	return 0
}

func initByteArray() {
	setupBuiltinType(ByteArrayType, ObjectType, FlagBaseType)
	ByteArrayType.Repr = func(t *Thread, v Value) Value {
		name := TypeOf(v).Name
		r := BytesRepr(as[ByteArray](v).b)
		if r[1] == '"' {
			// bytearray's repr escapes ' even inside double quotes.
			r = `b"` + strings.ReplaceAll(r[2:len(r)-1], "'", `\'`) + `"`
		}
		return NewStr(name + "(" + r + ")").Value()
	}
	ByteArrayType.Hash = unhashable
	ByteArrayType.Compare = bytesCompare
	ByteArrayType.Len = func(t *Thread, v Value) int { return len(as[ByteArray](v).b) }
	ByteArrayType.GetItem = bytesGetItem
	ByteArrayType.SetItem = byteArraySetItem
	ByteArrayType.Contains = bytesContains
	ByteArrayType.Iter = func(t *Thread, v Value) Value {
		return fromHeap(&bytesIter{Header: Header{BytesIterType}, seq: v})
	}
	ByteArrayType.Binary[nbAdd] = bytesConcat
	ByteArrayType.Binary[nbMul] = bytesRepeat
	ByteArrayType.Binary[nbMod] = func(t *Thread, a, b Value) Value {
		x, ok := AsByteArray(a)
		if !ok {
			return NotImplemented
		}
		return bytesFormat(t, x.b, b, true)
	}
	ByteArrayType.InPlace[nbAdd] = func(t *Thread, a, b Value) Value {
		y, ok := BytesLike(b)
		if !ok {
			return t.Raisef(TypeErrorType, "can't concat %s to bytearray", TypeOf(b).Name)
		}
		x := as[ByteArray](a)
		x.b = append(x.b, y...)
		return a
	}
	ByteArrayType.InPlace[nbMul] = func(t *Thread, a, b Value) Value {
		r := bytesRepeat(t, a, b)
		if r.IsNull() || r == NotImplemented {
			return r
		}
		as[ByteArray](a).b = as[ByteArray](r).b
		return a
	}
	ByteArrayType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		a := NewByteArray(nil)
		a.typ = typ
		return a.Value()
	}
	ByteArrayType.Init = func(t *Thread, self Value, args []Value, kwnames *Tuple) int {
		b, ok := bytesNewArgs(t, "bytearray", args, kwnames)
		if !ok {
			return -1
		}
		as[ByteArray](self).b = b
		return 0
	}
	m := ByteArrayType.addMethod
	ba := func(v Value) *ByteArray { return as[ByteArray](v) }
	m("append", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "bytearray.append", args, kwnames, 1, 1) {
			return Null
		}
		c, ok := byteValue(t, args[0])
		if !ok {
			return Null
		}
		ba(self).b = append(ba(self).b, c)
		return None
	})
	m("extend", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "bytearray.extend", args, kwnames, 1, 1) {
			return Null
		}
		if _, ok := AsStr(args[0]); ok {
			return t.RaiseMsg(TypeErrorType, "expected iterable of integers; got: 'str'")
		}
		if !IsInt(args[0]) && TypeOf(args[0]).Iter == nil {
			if _, ok := BytesLike(args[0]); !ok {
				return t.Raisef(TypeErrorType, "can't extend bytearray with %s", TypeOf(args[0]).Name)
			}
		}
		if IsInt(args[0]) {
			return t.Raisef(TypeErrorType, "can't extend bytearray with %s", TypeOf(args[0]).Name)
		}
		b, ok := bytesFromObject(t, args[0], "bytearray")
		if !ok {
			return Null
		}
		ba(self).b = append(ba(self).b, b...)
		return None
	})
	m("pop", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "bytearray.pop", args, kwnames, 0, 1) {
			return Null
		}
		a := ba(self)
		if len(a.b) == 0 {
			return t.RaiseMsg(IndexErrorType, "pop from empty bytearray")
		}
		i := int64(-1)
		if len(args) == 1 {
			var ok bool
			if i, ok = AsInt64(args[0]); !ok {
				return t.Raisef(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(args[0]).Name)
			}
		}
		j, ok := normIndex(i, len(a.b))
		if !ok {
			return t.RaiseMsg(IndexErrorType, "pop index out of range")
		}
		c := a.b[j]
		a.b = append(a.b[:j], a.b[j+1:]...)
		return Int(int64(c))
	})
	m("insert", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if kwnames.Len() > 0 || len(args) != 2 {
			return t.Raisef(TypeErrorType, "insert expected 2 arguments, got %d", len(args))
		}
		i, ok := AsInt64(args[0])
		if !ok {
			return t.Raisef(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(args[0]).Name)
		}
		c, ok := byteValue(t, args[1])
		if !ok {
			return Null
		}
		a := ba(self)
		n := int64(len(a.b))
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		a.b = append(a.b, 0)
		copy(a.b[i+1:], a.b[i:])
		a.b[i] = c
		return None
	})
	m("remove", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "bytearray.remove", args, kwnames, 1, 1) {
			return Null
		}
		c, ok := byteValue(t, args[0])
		if !ok {
			return Null
		}
		a := ba(self)
		for i, x := range a.b {
			if x == c {
				a.b = append(a.b[:i], a.b[i+1:]...)
				return None
			}
		}
		return t.RaiseMsg(ValueErrorType, "value not found in bytearray")
	})
	m("clear", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "bytearray.clear", args, kwnames, 0, 0) {
			return Null
		}
		ba(self).b = nil
		return None
	})
	m("reverse", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "bytearray.reverse", args, kwnames, 0, 0) {
			return Null
		}
		b := ba(self).b
		for l, r := 0, len(b)-1; l < r; l, r = l+1, r-1 {
			b[l], b[r] = b[r], b[l]
		}
		return None
	})
	m("copy", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "bytearray.copy", args, kwnames, 0, 0) {
			return Null
		}
		return NewByteArray(append([]byte(nil), ba(self).b...)).Value()
	})
}
