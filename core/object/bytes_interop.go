package object

import (
	"bytes"
	"math/big"
)

// Where bytes meet the other builtin types: str(b, encoding), int(b),
// float(b), int.to_bytes/from_bytes. Installed by initBytes as wrappers
// around those types' constructors (init only).

func initBytesInterop() {
	strNew := StrType.New
	StrType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		if len(args) < 2 && kwnames.Len() == 0 {
			return strNew(t, typ, args, kwnames)
		}
		pos, kw := kwArgs(args, kwnames)
		if len(args) > 3 {
			return t.Raisef(TypeErrorType, "str expected at most 3 arguments, got %d", len(args))
		}
		obj := Value(NewBytes("").Value())
		enc, errs := "utf-8", "strict"
		for i, p := range pos {
			switch i {
			case 0:
				obj = p
			default:
				s, ok := AsStr(p)
				if !ok {
					return t.Raisef(TypeErrorType, "str() argument '%s' must be str, not %s", [3]string{"", "encoding", "errors"}[i], TypeOf(p).Name)
				}
				if i == 1 {
					enc = s.s
				} else {
					errs = s.s
				}
			}
		}
		for k, v := range kw {
			switch k {
			case "object":
				obj = v
			case "encoding", "errors":
				s, ok := AsStr(v)
				if !ok {
					return t.Raisef(TypeErrorType, "str() argument '%s' must be str, not %s", k, TypeOf(v).Name)
				}
				if k == "encoding" {
					enc = s.s
				} else {
					errs = s.s
				}
			default:
				return t.Raisef(TypeErrorType, "str() got an unexpected keyword argument '%s'", k)
			}
		}
		_, hasEnc := kw["encoding"]
		_, hasErr := kw["errors"]
		if len(pos) < 2 && !hasEnc && !hasErr {
			// str(object=x): no decoding.
			return strNew(t, typ, []Value{obj}, nil)
		}
		if _, ok := AsStr(obj); ok {
			return t.RaiseMsg(TypeErrorType, "decoding str is not supported")
		}
		b, ok := BytesLike(obj)
		if !ok {
			return t.Raisef(TypeErrorType, "decoding to str: need a bytes-like object, %s found", TypeOf(obj).Name)
		}
		r := decodeBytes(t, b, enc, errs)
		if r.IsNull() || typ == StrType {
			return r
		}
		return strNew(t, typ, []Value{r}, nil)
	}
	// int(b'42'), int(b'ff', 16), float(b'1.5'): parsed as text, errors
	// show the bytes' repr.
	numFromBytes := func(orig NewFunc, what string) NewFunc {
		return func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
			if len(args) == 0 {
				return orig(t, typ, args, kwnames)
			}
			b, ok := BytesLike(args[0])
			if !ok {
				return orig(t, typ, args, kwnames)
			}
			rs := make([]rune, len(b))
			for i, c := range b {
				rs[i] = rune(c)
			}
			if !isASCII(b) {
				// Non-ASCII bytes never form a number.
				rs = []rune{'\x00'}
			}
			na := append([]Value{NewStr(string(rs)).Value()}, args[1:]...)
			r := orig(t, typ, na, kwnames)
			if r.IsNull() && t.ExceptionMatches(ValueErrorType) {
				t.Clear()
				if what == "float" {
					return t.Raisef(ValueErrorType, "could not convert string to float: %s", BytesRepr(b))
				}
				base := int64(10)
				if len(args) > 1 {
					base, _ = AsInt64(args[1])
				}
				return t.Raisef(ValueErrorType, "invalid literal for int() with base %d: %s", base, BytesRepr(b))
			}
			return r
		}
	}
	IntType.New = numFromBytes(IntType.New, "int")
	FloatType.New = numFromBytes(FloatType.New, "float")

	IntType.addMethod("to_bytes", intToBytes)
	IntType.Dict.setStrInit("from_bytes", fromHeap(&wrapper{Header{ClassMethodType},
		NewBuiltin("from_bytes", Null, intFromBytes)}))
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// byteOrderArgs parses int.to_bytes/from_bytes' byteorder and signed.
func byteOrderArgs(t *Thread, order Value, signed Value) (little, sgn, ok bool) {
	if !order.IsNull() {
		s, isStr := AsStr(order)
		if !isStr {
			t.Raisef(TypeErrorType, "to_bytes() argument 'byteorder' must be str, not %s", TypeOf(order).Name)
			return false, false, false
		}
		switch s.s {
		case "little":
			little = true
		case "big":
		default:
			t.RaiseMsg(ValueErrorType, "byteorder must be either 'little' or 'big'")
			return false, false, false
		}
	}
	if !signed.IsNull() {
		r := Truth(t, signed)
		if r < 0 {
			return false, false, false
		}
		sgn = r == 1
	}
	return little, sgn, true
}

func intToBytes(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
	pos, kw := kwArgs(args, kwnames)
	if len(pos) > 2 {
		return t.Raisef(TypeErrorType, "to_bytes() takes at most 2 positional arguments (%d given)", len(pos))
	}
	length, order := Int(1), Null
	if len(pos) > 0 {
		length = pos[0]
	}
	if len(pos) > 1 {
		order = pos[1]
	}
	for k, v := range kw {
		switch k {
		case "length":
			length = v
		case "byteorder":
			order = v
		case "signed":
		default:
			return t.Raisef(TypeErrorType, "to_bytes() got an unexpected keyword argument '%s'", k)
		}
	}
	signed := Null
	if v, ok := kw["signed"]; ok {
		signed = v
	}
	little, sgn, ok := byteOrderArgs(t, order, signed)
	if !ok {
		return Null
	}
	n, ok := AsInt64(length)
	if !ok {
		return t.Raisef(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(length).Name)
	}
	if n < 0 {
		return t.RaiseMsg(ValueErrorType, "length argument must be non-negative")
	}
	s, b, _ := intParts(self)
	x := bigOf(s, b)
	if x.Sign() < 0 && !sgn {
		return t.RaiseMsg(OverflowErrorType, "can't convert negative int to unsigned")
	}
	// Two's complement in n bytes.
	mod := new(big.Int).Lsh(big.NewInt(1), uint(8*n))
	if sgn {
		half := new(big.Int).Rsh(mod, 1)
		if x.Cmp(half) >= 0 || x.Cmp(new(big.Int).Neg(half)) < 0 {
			return t.RaiseMsg(OverflowErrorType, "int too big to convert")
		}
	} else if x.Cmp(mod) >= 0 {
		return t.RaiseMsg(OverflowErrorType, "int too big to convert")
	}
	y := new(big.Int).Set(x)
	if y.Sign() < 0 {
		y.Add(y, mod)
	}
	out := make([]byte, n)
	y.FillBytes(out)
	if little {
		for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
			out[l], out[r] = out[r], out[l]
		}
	}
	return NewBytes(string(out)).Value()
}

func intFromBytes(t *Thread, _ Value, args []Value, kwnames *Tuple) Value {
	pos, kw := kwArgs(args, kwnames)
	cls := pos[0]
	pos = pos[1:]
	if len(pos) > 2 {
		return t.Raisef(TypeErrorType, "from_bytes() takes at most 2 positional arguments (%d given)", len(pos))
	}
	var src, order Value
	if len(pos) > 0 {
		src = pos[0]
	}
	if len(pos) > 1 {
		order = pos[1]
	}
	for k, v := range kw {
		switch k {
		case "bytes":
			src = v
		case "byteorder":
			order = v
		case "signed":
		default:
			return t.Raisef(TypeErrorType, "from_bytes() got an unexpected keyword argument '%s'", k)
		}
	}
	if src.IsNull() {
		return t.RaiseMsg(TypeErrorType, "from_bytes() missing required argument 'bytes' (pos 1)")
	}
	signed := Null
	if v, ok := kw["signed"]; ok {
		signed = v
	}
	little, sgn, ok := byteOrderArgs(t, order, signed)
	if !ok {
		return Null
	}
	if TypeOf(src).IsSubtype(StrType) || (IsInt(src) && TypeOf(src).Lookup(NewStr("__bytes__")).IsNull()) {
		// CPython's PyObject_Bytes: neither bytes(str) nor bytes(n) apply.
		return t.Raisef(TypeErrorType, "cannot convert '%s' object to bytes", TypeOf(src).Name)
	}
	b, ok := bytesFromObject(t, src, "bytes")
	if !ok {
		return Null
	}
	b = bytes.Clone(b)
	if little {
		for l, r := 0, len(b)-1; l < r; l, r = l+1, r-1 {
			b[l], b[r] = b[r], b[l]
		}
	}
	x := new(big.Int).SetBytes(b)
	if sgn && len(b) > 0 && b[0]&0x80 != 0 {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	r := NewIntFromBig(x)
	if AsType(cls) == IntType {
		return r
	}
	return Call(t, cls, []Value{r}, nil)
}

// addBuiltinNew gives a builtin type a static __new__ (so that a class's
// `super().__new__(cls, ...)` reaches the type's own constructor) and,
// when it has an Init slot, an __init__.
func addBuiltinNew(typ *Type) {
	typ.Dict.setStrInit("__new__", fromHeap(&wrapper{Header{StaticMethodType},
		NewBuiltin("__new__", Null, func(t *Thread, _ Value, args []Value, kwnames *Tuple) Value {
			if len(args)-kwnames.Len() < 1 {
				return t.Raisef(TypeErrorType, "%s.__new__(): not enough arguments", typ.Name)
			}
			cls := AsType(args[0])
			if cls == nil {
				return t.Raisef(TypeErrorType, "%s.__new__(X): X is not a type object (%s)", typ.Name, TypeOf(args[0]).Name)
			}
			if !cls.IsSubtype(typ) {
				return t.Raisef(TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", typ.Name, cls.Name, cls.Name, typ.Name)
			}
			return newOfLayout(t, typ, cls, args[1:], kwnames) // subclass.go: boxes heap subclasses
		})}))
	if typ.Init != nil {
		init := typ.Init
		typ.addMethod("__init__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if init(t, self, args, kwnames) < 0 {
				return Null
			}
			return None
		})
	}
}
