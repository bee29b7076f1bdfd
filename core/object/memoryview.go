package object

import (
	"strconv"
	"strings"
)

// MemoryViewType is `memoryview`: a one-dimensional view of the bytes of
// a bytes or bytearray, with the formats 'B' (unsigned bytes), 'b'
// (signed) and 'c' (length-1 bytes).
var MemoryViewType = &Type{Name: "memoryview"}

// MemoryView is a memoryview (one interpreter: it may view a bytearray).
type MemoryView struct {
	Header
	obj      Value // the exporter: a bytes or a bytearray
	start    int   // byte offset of item 0
	step     int   // byte distance between items
	n        int   // number of items
	format   byte  // 'B', 'b' or 'c'
	readonly bool
	released bool
}

// Value returns the memoryview as a Value.
func (m *MemoryView) Value() Value { return fromHeap(m) }

// AsMemoryView returns v as a memoryview.
func AsMemoryView(v Value) (*MemoryView, bool) {
	if v.IsHeap() && v.header().typ.layout == MemoryViewType {
		return as[MemoryView](v), true
	}
	return nil, false
}

// SharesBytes reports whether m is a live read-only view over an exact
// bytes object: immutable, so it may cross to another interpreter by
// reference (ARCHITECTURE.md's sharing list).
func (m *MemoryView) SharesBytes() bool {
	return m.readonly && !m.released && m.obj.IsHeap() && TypeOf(m.obj) == BytesType
}

// NewMemoryView returns memoryview(obj), or Null with TypeError.
func NewMemoryView(t *Thread, obj Value) Value {
	if m, ok := AsMemoryView(obj); ok {
		if !m.check(t) {
			return Null
		}
		c := *m
		return fromHeap(&c)
	}
	b, ok := BytesLike(obj)
	if !ok {
		return t.Raisef(TypeErrorType, "memoryview: a bytes-like object is required, not '%s'", TypeOf(obj).Name)
	}
	return fromHeap(&MemoryView{Header: Header{MemoryViewType}, obj: obj, step: 1, n: len(b),
		format: 'B', readonly: !isByteArray(obj)})
}

// base returns the exporter's current bytes.
func (m *MemoryView) base() []byte {
	if a, ok := AsByteArray(m.obj); ok {
		return a.b
	}
	b, _ := BytesLike(m.obj)
	return b
}

// bytes returns a copy of the viewed bytes.
func (m *MemoryView) bytes() []byte {
	b := m.base()
	out := make([]byte, m.n)
	for i := range out {
		j := m.start + i*m.step
		if j >= 0 && j < len(b) {
			out[i] = b[j]
		}
	}
	return out
}

func (m *MemoryView) check(t *Thread) bool {
	if m.released {
		t.RaiseMsg(ValueErrorType, "operation forbidden on released memoryview object")
		return false
	}
	return true
}

func (m *MemoryView) item(c byte) Value {
	switch m.format {
	case 'b':
		return Int(int64(int8(c)))
	case 'c':
		return NewBytes(string([]byte{c})).Value()
	}
	return Int(int64(c))
}

func mvGetItem(t *Thread, v, key Value) Value {
	m := as[MemoryView](v)
	if !m.check(t) {
		return Null
	}
	if IsInt(key) || (HasIndex(key) && !IsInstance(key, SliceType)) {
		r, ok := IndexValue(t, key)
		if !ok {
			return Null
		}
		i, ok := AsInt64(r)
		if !ok {
			return t.RaiseMsg(IndexErrorType, "cannot fit 'int' into an index-sized integer")
		}
		j, ok := normIndex(i, m.n)
		if !ok {
			return t.RaiseMsg(IndexErrorType, "index out of bounds on dimension 1")
		}
		return m.item(m.base()[m.start+j*m.step])
	}
	if sl, ok := AsSlice(key); ok {
		start, _, step, n, ok := sl.Indices(t, m.n)
		if !ok {
			return Null
		}
		c := *m
		c.start = m.start + start*m.step
		c.step = m.step * step
		c.n = n
		return fromHeap(&c)
	}
	if tu, ok := AsTuple(key); ok && len(tu.Items) == 1 && IsInt(tu.Items[0]) {
		return mvGetItem(t, v, tu.Items[0])
	}
	return t.RaiseMsg(TypeErrorType, "memoryview: invalid slice key")
}

// mvByte converts an assigned item to a byte of the view's format.
func (m *MemoryView) mvByte(t *Thread, val Value) (byte, bool) {
	if m.format == 'c' {
		b, ok := AsBytes(val)
		if !ok || len(b.s) != 1 {
			t.Raisef(ValueErrorType, "memoryview: invalid value for format '%c'", m.format)
			return 0, false
		}
		return b.s[0], true
	}
	if !IsInt(val) {
		t.Raisef(TypeErrorType, "memoryview: invalid type for format '%c'", m.format)
		return 0, false
	}
	i, ok := AsInt64(val)
	lo, hi := int64(0), int64(255)
	if m.format == 'b' {
		lo, hi = -128, 127
	}
	if !ok || i < lo || i > hi {
		t.Raisef(ValueErrorType, "memoryview: invalid value for format '%c'", m.format)
		return 0, false
	}
	return byte(i), true
}

func mvSetItem(t *Thread, v, key, val Value) int {
	m := as[MemoryView](v)
	if !m.check(t) {
		return -1
	}
	if m.readonly {
		t.RaiseMsg(TypeErrorType, "cannot modify read-only memory")
		return -1
	}
	if val.IsNull() {
		t.RaiseMsg(TypeErrorType, "cannot delete memory")
		return -1
	}
	b := m.base()
	if IsInt(key) {
		i, ok := AsInt64(key)
		if !ok {
			t.RaiseMsg(IndexErrorType, "cannot fit 'int' into an index-sized integer")
			return -1
		}
		j, ok := normIndex(i, m.n)
		if !ok {
			t.RaiseMsg(IndexErrorType, "index out of bounds on dimension 1")
			return -1
		}
		c, ok := m.mvByte(t, val)
		if !ok {
			return -1
		}
		b[m.start+j*m.step] = c
		return 0
	}
	sl, ok := AsSlice(key)
	if !ok {
		t.RaiseMsg(TypeErrorType, "memoryview: invalid slice key")
		return -1
	}
	start, _, step, n, ok := sl.Indices(t, m.n)
	if !ok {
		return -1
	}
	src, ok := BytesLike(val)
	if !ok {
		t.Raisef(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(val).Name)
		return -1
	}
	if len(src) != n {
		t.RaiseMsg(ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures")
		return -1
	}
	src = append([]byte(nil), src...)
	for k := 0; k < n; k++ {
		b[m.start+(start+k*step)*m.step] = src[k]
	}
	return 0
}

func mvCompare(t *Thread, a, b Value, op int) Value {
	if op != cmpEQ && op != cmpNE {
		return NotImplemented
	}
	m := as[MemoryView](a)
	if m.released {
		return Bool((a == b) == (op == cmpEQ))
	}
	var other []byte
	if o, ok := AsMemoryView(b); ok {
		if o.released {
			return Bool(op == cmpNE)
		}
		if m.format != o.format && (m.format == 'c' || o.format == 'c') {
			return Bool(op == cmpNE)
		}
		if m.format != o.format {
			// Compare as integers.
			x, y := m.bytes(), o.bytes()
			eq := len(x) == len(y)
			for i := 0; eq && i < len(x); i++ {
				eq = m.item(x[i]) == o.item(y[i])
			}
			return Bool(eq == (op == cmpEQ))
		}
		other = o.bytes()
	} else if ob, ok := BytesLike(b); ok {
		if m.format == 'c' {
			return Bool((m.n == 0 && len(ob) == 0) == (op == cmpEQ))
		}
		if m.format == 'b' {
			x := m.bytes()
			eq := len(x) == len(ob)
			for i := 0; eq && i < len(x); i++ {
				eq = int8(x[i]) >= 0 && x[i] == ob[i]
			}
			return Bool(eq == (op == cmpEQ))
		}
		other = ob
	} else {
		return NotImplemented
	}
	eq := string(m.bytes()) == string(other)
	return Bool(eq == (op == cmpEQ))
}

func initMemoryView() {
	setupBuiltinType(MemoryViewType, ObjectType, 0)
	MemoryViewType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		pos, kw := kwArgs(args, kwnames)
		if len(pos)+len(kw) != 1 {
			if len(pos)+len(kw) == 0 {
				return t.RaiseMsg(TypeErrorType, "memoryview() missing required argument 'object' (pos 1)")
			}
			return t.Raisef(TypeErrorType, "memoryview() takes at most 1 argument (%d given)", len(pos)+len(kw))
		}
		obj := Null
		if len(pos) == 1 {
			obj = pos[0]
		}
		for k, v := range kw {
			if k != "object" {
				return t.Raisef(TypeErrorType, "memoryview() got an unexpected keyword argument '%s'", k)
			}
			obj = v
		}
		return NewMemoryView(t, obj)
	}
	MemoryViewType.Init = nil
	MemoryViewType.Len = func(t *Thread, v Value) int {
		m := as[MemoryView](v)
		if !m.check(t) {
			return -1
		}
		return m.n
	}
	MemoryViewType.GetItem = mvGetItem
	MemoryViewType.SetItem = mvSetItem
	MemoryViewType.Compare = mvCompare
	MemoryViewType.Repr = func(t *Thread, v Value) Value {
		m := as[MemoryView](v)
		what := "memory"
		if m.released {
			what = "released memory"
		}
		return NewStr("<" + what + " at 0x" + strconv.FormatUint(uint64(uintptr(v.Ptr())), 16) + ">").Value()
	}
	MemoryViewType.Hash = func(t *Thread, v Value) (int64, bool) {
		m := as[MemoryView](v)
		if !m.check(t) {
			return 0, false
		}
		if !m.readonly {
			t.RaiseMsg(ValueErrorType, "cannot hash writable memoryview object")
			return 0, false
		}
		return hashByteString(string(m.bytes())), true
	}
	MemoryViewType.Iter = func(t *Thread, v Value) Value {
		m := as[MemoryView](v)
		if !m.check(t) {
			return Null
		}
		items := make([]Value, m.n)
		for i, c := range m.bytes() {
			items[i] = m.item(c)
		}
		return GetIter(t, NewTuple(items).Value())
	}
	meth := func(name string, f func(t *Thread, m *MemoryView, args []Value) Value, min, max int) {
		MemoryViewType.addMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			m := as[MemoryView](self)
			if name != "release" && name != "__exit__" && !m.check(t) {
				return Null
			}
			if kwnames.Len() > 0 && name != "tobytes" {
				return t.Raisef(TypeErrorType, "memoryview.%s() takes no keyword arguments", name)
			}
			if len(args) < min || len(args) > max {
				if max == 0 {
					return t.Raisef(TypeErrorType, "memoryview.%s() takes no arguments (%d given)", name, len(args))
				}
				return t.Raisef(TypeErrorType, "%s expected at most %d arguments, got %d", name, max, len(args))
			}
			return f(t, m, args)
		})
	}
	meth("tobytes", func(t *Thread, m *MemoryView, args []Value) Value {
		return NewBytes(string(m.bytes())).Value()
	}, 0, 1)
	meth("tolist", func(t *Thread, m *MemoryView, args []Value) Value {
		b := m.bytes()
		items := make([]Value, len(b))
		for i, c := range b {
			items[i] = m.item(c)
		}
		return NewList(items).Value()
	}, 0, 0)
	MemoryViewType.addMethod("hex", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		m := as[MemoryView](self)
		if !m.check(t) {
			return Null
		}
		return bytesHex(t, m.bytes(), args, kwnames)
	})
	meth("release", func(t *Thread, m *MemoryView, args []Value) Value {
		m.released = true
		return None
	}, 0, 0)
	meth("__enter__", func(t *Thread, m *MemoryView, args []Value) Value {
		return m.Value()
	}, 0, 0)
	meth("__exit__", func(t *Thread, m *MemoryView, args []Value) Value {
		m.released = true
		return None
	}, 0, 3)
	meth("toreadonly", func(t *Thread, m *MemoryView, args []Value) Value {
		c := *m
		c.readonly = true
		return fromHeap(&c)
	}, 0, 0)
	meth("cast", func(t *Thread, m *MemoryView, args []Value) Value {
		f, ok := AsStr(args[0])
		if !ok {
			return t.Raisef(TypeErrorType, "cast() argument 'format' must be str, not %s", TypeOf(args[0]).Name)
		}
		fs := strings.TrimPrefix(f.s, "@")
		if fs != "B" && fs != "b" && fs != "c" {
			return t.RaiseMsg(ValueErrorType, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
		}
		if m.step != 1 {
			return t.RaiseMsg(TypeErrorType, "memoryview: casts are restricted to C-contiguous views")
		}
		c := *m
		c.format = fs[0]
		return fromHeap(&c)
	}, 1, 2)
	getter := func(name string, f func(m *MemoryView) Value) {
		MemoryViewType.Dict.setStrInit(name, fromHeap(&Property{Header: Header{PropertyType},
			Get: NewBuiltin(name, Null, func(t *Thread, _ Value, args []Value, kwnames *Tuple) Value {
				m, ok := AsMemoryView(args[0])
				if !ok {
					return t.RaiseMsg(TypeErrorType, "descriptor requires a 'memoryview' object")
				}
				if !m.check(t) {
					return Null
				}
				return f(m)
			})}))
	}
	getter("readonly", func(m *MemoryView) Value { return Bool(m.readonly) })
	getter("itemsize", func(m *MemoryView) Value { return Int(1) })
	getter("nbytes", func(m *MemoryView) Value { return Int(int64(m.n)) })
	getter("ndim", func(m *MemoryView) Value { return Int(1) })
	getter("format", func(m *MemoryView) Value { return NewStr(string(m.format)).Value() })
	getter("obj", func(m *MemoryView) Value { return m.obj })
	getter("shape", func(m *MemoryView) Value { return NewTuple([]Value{Int(int64(m.n))}).Value() })
	getter("strides", func(m *MemoryView) Value { return NewTuple([]Value{Int(int64(m.step))}).Value() })
	getter("contiguous", func(m *MemoryView) Value { return Bool(m.step == 1 || m.n <= 1) })
	getter("c_contiguous", func(m *MemoryView) Value { return Bool(m.step == 1 || m.n <= 1) })
	getter("f_contiguous", func(m *MemoryView) Value { return Bool(m.step == 1 || m.n <= 1) })
}
