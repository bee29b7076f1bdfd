package object

import (
	"bytes"
	"strings"
)

// The methods bytes and bytearray share: self's contents are read through
// BytesLike, results are of self's kind (mkLike).

// bytesSubArg is a method's bytes-like argument.
func bytesSubArg(t *Thread, v Value, method string) ([]byte, bool) {
	if b, ok := BytesLike(v); ok {
		return b, true
	}
	t.Raisef(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(v).Name)
	return nil, false
}

// subOrByte is the needle of find/count/index: bytes-like or an int.
func subOrByte(t *Thread, v Value) ([]byte, bool) {
	if IsInt(v) {
		b, ok := byteValue(t, v)
		if !ok {
			return nil, false
		}
		return []byte{b}, true
	}
	if b, ok := BytesLike(v); ok {
		return b, true
	}
	t.Raisef(TypeErrorType, "argument should be integer or bytes-like object, not '%s'", TypeOf(v).Name)
	return nil, false
}

// sliceBounds applies optional start/end arguments as str.find does.
func sliceBounds(t *Thread, args []Value, n int) (int, int, bool) {
	start, end := 0, n
	if len(args) > 0 && args[0] != None {
		s, ok := sliceInt(t, args[0])
		if !ok {
			return 0, 0, false
		}
		start = s
	}
	if len(args) > 1 && args[1] != None {
		e, ok := sliceInt(t, args[1])
		if !ok {
			return 0, 0, false
		}
		end = e
	}
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end, true
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func isAlphaByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

func asciiMap(b []byte, f func(i int, c byte) byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		out[i] = f(i, c)
	}
	return out
}

func toUpperByte(c byte) byte {
	if isLowerByte(c) {
		return c - 32
	}
	return c
}

func toLowerByte(c byte) byte {
	if isUpperByte(c) {
		return c + 32
	}
	return c
}

// argCount checks a method's argument count; name is "type.method" (the
// "expected" messages use the bare method name, as CPython's).
func argCount(t *Thread, name string, args []Value, kwnames *Tuple, min, max int) bool {
	short := name[strings.LastIndexByte(name, '.')+1:]
	if kwnames.Len() > 0 {
		t.Raisef(TypeErrorType, "%s() takes no keyword arguments", short)
		return false
	}
	if len(args) < min || len(args) > max {
		switch {
		case min == max && min == 0:
			t.Raisef(TypeErrorType, "%s() takes no arguments (%d given)", name, len(args))
		case min == max && min == 1:
			t.Raisef(TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
		case len(args) < min:
			t.Raisef(TypeErrorType, "%s expected at least %d argument%s, got %d", short, min, plural(min), len(args))
		default:
			t.Raisef(TypeErrorType, "%s expected at most %d argument%s, got %d", short, max, plural(max), len(args))
		}
		return false
	}
	return true
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func bytesList(like Value, parts [][]byte) Value {
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = mkLike(like, p)
	}
	return NewList(items).Value()
}

// splitWhitespace splits on runs of ASCII whitespace, at most max times
// (-1: no limit), from the left or the right.
func splitWhitespace(b []byte, max int, right bool) [][]byte {
	var parts [][]byte
	if !right {
		i := 0
		for {
			for i < len(b) && isSpaceByte(b[i]) {
				i++
			}
			if i == len(b) {
				break
			}
			if max == 0 {
				parts = append(parts, b[i:])
				break
			}
			j := i
			for j < len(b) && !isSpaceByte(b[j]) {
				j++
			}
			parts = append(parts, b[i:j])
			max--
			i = j
		}
		return parts
	}
	j := len(b)
	for {
		for j > 0 && isSpaceByte(b[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		if max == 0 {
			parts = append(parts, b[:j])
			break
		}
		i := j
		for i > 0 && !isSpaceByte(b[i-1]) {
			i--
		}
		parts = append(parts, b[i:j])
		max--
		j = i
	}
	for l, r := 0, len(parts)-1; l < r; l, r = l+1, r-1 {
		parts[l], parts[r] = parts[r], parts[l]
	}
	return parts
}

func splitArgs(t *Thread, name string, args []Value, kwnames *Tuple) (Value, int, bool) {
	pos, kw := kwArgs(args, kwnames)
	sep, max := None, -1
	if len(pos) > 2 {
		t.Raisef(TypeErrorType, "%s() takes at most 2 arguments (%d given)", name, len(pos))
		return Null, 0, false
	}
	if len(pos) > 0 {
		sep = pos[0]
	}
	var maxv Value
	if len(pos) > 1 {
		maxv = pos[1]
	}
	for k, v := range kw {
		switch k {
		case "sep":
			sep = v
		case "maxsplit":
			maxv = v
		default:
			t.Raisef(TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k)
			return Null, 0, false
		}
	}
	if !maxv.IsNull() {
		m, ok := AsInt64(maxv)
		if !ok {
			t.Raisef(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(maxv).Name)
			return Null, 0, false
		}
		max = int(m)
		if max < 0 {
			max = -1
		}
	}
	return sep, max, true
}

func stripBytes(t *Thread, name string, b []byte, args []Value, left, right bool) ([]byte, bool) {
	var chars []byte
	if len(args) > 1 {
		t.Raisef(TypeErrorType, "%s expected at most 1 argument, got %d", name, len(args))
		return nil, false
	}
	ws := true
	if len(args) == 1 && args[0] != None {
		c, ok := bytesSubArg(t, args[0], name)
		if !ok {
			return nil, false
		}
		chars, ws = c, false
	}
	in := func(c byte) bool {
		if ws {
			return isSpaceByte(c)
		}
		return bytes.IndexByte(chars, c) >= 0
	}
	i, j := 0, len(b)
	if left {
		for i < j && in(b[i]) {
			i++
		}
	}
	if right {
		for j > i && in(b[j-1]) {
			j--
		}
	}
	return b[i:j], true
}

func addBytesMethods(typ *Type) {
	m := typ.addMethod
	tn := typ.Name
	data := func(v Value) []byte { b, _ := BytesLike(v); return b }
	m("decode", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		enc, errs, ok := codecArgs(t, "decode", args, kwnames)
		if !ok {
			return Null
		}
		return decodeBytes(t, data(self), enc, errs)
	})
	m("hex", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return bytesHex(t, data(self), args, kwnames)
	})
	typ.Dict.setStrInit("fromhex", fromHeap(&wrapper{Header{ClassMethodType},
		NewBuiltin("fromhex", Null, func(t *Thread, _ Value, args []Value, kwnames *Tuple) Value {
			if len(args) != 2 {
				return t.Raisef(TypeErrorType, "fromhex() takes exactly one argument (%d given)", len(args)-1)
			}
			s, ok := AsStr(args[1])
			if !ok {
				return t.Raisef(TypeErrorType, "fromhex() argument must be str, not %s", argTypeName(args[1]))
			}
			var out []byte
			hexVal := func(c byte) int {
				switch {
				case c >= '0' && c <= '9':
					return int(c - '0')
				case c >= 'a' && c <= 'f':
					return int(c-'a') + 10
				case c >= 'A' && c <= 'F':
					return int(c-'A') + 10
				}
				return -1
			}
			str := s.s
			for i := 0; i < len(str); {
				if isSpaceByte(str[i]) {
					i++
					continue
				}
				hi := hexVal(str[i])
				if hi < 0 {
					return t.Raisef(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i)
				}
				if i+1 >= len(str) || hexVal(str[i+1]) < 0 {
					return t.Raisef(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
				}
				out = append(out, byte(hi<<4|hexVal(str[i+1])))
				i += 2
			}
			cls := AsType(args[0])
			if cls == ByteArrayType {
				return NewByteArray(out).Value()
			}
			if cls == BytesType {
				return NewBytes(string(out)).Value()
			}
			return Call(t, args[0], []Value{NewBytes(string(out)).Value()}, nil)
		})}))
	typ.Dict.setStrInit("maketrans", fromHeap(&wrapper{Header{StaticMethodType},
		NewBuiltin("maketrans", Null, func(t *Thread, _ Value, args []Value, kwnames *Tuple) Value {
			if kwnames.Len() > 0 || len(args) != 2 {
				return t.Raisef(TypeErrorType, "maketrans expected 2 arguments, got %d", len(args))
			}
			from, ok := bytesSubArg(t, args[0], "maketrans")
			if !ok {
				return Null
			}
			to, ok := bytesSubArg(t, args[1], "maketrans")
			if !ok {
				return Null
			}
			if len(from) != len(to) {
				return t.RaiseMsg(ValueErrorType, "maketrans arguments must have same length")
			}
			table := make([]byte, 256)
			for i := range table {
				table[i] = byte(i)
			}
			for i, c := range from {
				table[c] = to[i]
			}
			return NewBytes(string(table)).Value()
		})}))
	m("translate", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		pos, kw := kwArgs(args, kwnames)
		if len(pos) < 1 || len(pos) > 2 {
			return t.Raisef(TypeErrorType, "translate expected at least 1 argument, got %d", len(pos))
		}
		var table, del []byte
		if pos[0] != None {
			var ok bool
			if table, ok = bytesSubArg(t, pos[0], "translate"); !ok {
				return Null
			}
			if len(table) != 256 {
				return t.RaiseMsg(ValueErrorType, "translation table must be 256 characters long")
			}
		}
		dv, ok := kw["delete"]
		if len(pos) == 2 {
			dv, ok = pos[1], true
		}
		if ok {
			if del, ok = bytesSubArg(t, dv, "translate"); !ok {
				return Null
			}
		}
		var out []byte
		for _, c := range data(self) {
			if bytes.IndexByte(del, c) >= 0 {
				continue
			}
			if table != nil {
				c = table[c]
			}
			out = append(out, c)
		}
		return mkLike(self, out)
	})
	m("expandtabs", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		pos, kw := kwArgs(args, kwnames)
		size := int64(8)
		v, ok := kw["tabsize"]
		if len(pos) > 0 {
			v, ok = pos[0], true
		}
		if ok {
			if size, ok = AsInt64(v); !ok {
				return t.Raisef(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(v).Name)
			}
		}
		var out []byte
		col := 0
		for _, c := range data(self) {
			switch c {
			case '\t':
				if size > 0 {
					n := int(size) - col%int(size)
					out = append(out, bytes.Repeat([]byte{' '}, n)...)
					col += n
				}
			case '\n', '\r':
				out = append(out, c)
				col = 0
			default:
				out = append(out, c)
				col++
			}
		}
		return mkLike(self, out)
	})
	m("join", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, tn+"."+"join", args, kwnames, 1, 1) {
			return Null
		}
		sep := data(self)
		var out []byte
		i := 0
		bad := false
		if ForEach(t, args[0], func(x Value) bool {
			b, ok := BytesLike(x)
			if !ok {
				t.Raisef(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, TypeOf(x).Name)
				bad = true
				return false
			}
			if i > 0 {
				out = append(out, sep...)
			}
			out = append(out, b...)
			i++
			return true
		}) < 0 || bad {
			return Null
		}
		return mkLike(self, out)
	})
	for _, right := range []bool{false, true} {
		name := "split"
		if right {
			name = "rsplit"
		}
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			sep, max, ok := splitArgs(t, name, args, kwnames)
			if !ok {
				return Null
			}
			b := data(self)
			if sep == None {
				return bytesList(self, splitWhitespace(b, max, right))
			}
			s, ok := bytesSubArg(t, sep, name)
			if !ok {
				return Null
			}
			if len(s) == 0 {
				return t.RaiseMsg(ValueErrorType, "empty separator")
			}
			var parts [][]byte
			if !right {
				parts = bytes.SplitN(b, s, max+boolInt(max >= 0))
			} else {
				for max != 0 {
					i := bytes.LastIndex(b, s)
					if i < 0 {
						break
					}
					parts = append(parts, b[i+len(s):])
					b = b[:i]
					max--
				}
				parts = append(parts, b)
				for l, r := 0, len(parts)-1; l < r; l, r = l+1, r-1 {
					parts[l], parts[r] = parts[r], parts[l]
				}
			}
			return bytesList(self, parts)
		})
	}
	m("splitlines", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		pos, kw := kwArgs(args, kwnames)
		keep := false
		if len(pos) > 0 {
			keep = Truth(t, pos[0]) == 1
		} else if v, ok := kw["keepends"]; ok {
			keep = Truth(t, v) == 1
		}
		b := data(self)
		var parts [][]byte
		for i := 0; i < len(b); {
			j := i
			for j < len(b) && b[j] != '\n' && b[j] != '\r' {
				j++
			}
			eol := j
			if j < len(b) {
				if b[j] == '\r' && j+1 < len(b) && b[j+1] == '\n' {
					j += 2
				} else {
					j++
				}
			}
			if keep {
				eol = j
			}
			parts = append(parts, b[i:eol])
			i = j
		}
		return bytesList(self, parts)
	})
	for _, k := range []struct {
		name        string
		left, right bool
	}{{"strip", true, true}, {"lstrip", true, false}, {"rstrip", false, true}} {
		m(k.name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if kwnames.Len() > 0 {
				return t.Raisef(TypeErrorType, "%s() takes no keyword arguments", k.name)
			}
			r, ok := stripBytes(t, k.name, data(self), args, k.left, k.right)
			if !ok {
				return Null
			}
			return mkLike(self, r)
		})
	}
	for _, prefix := range []bool{true, false} {
		name := "startswith"
		if !prefix {
			name = "endswith"
		}
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !argCount(t, tn+"."+name, args, kwnames, 1, 3) {
				return Null
			}
			b := data(self)
			start, end, ok := sliceBounds(t, args[1:], len(b))
			if !ok {
				return Null
			}
			test := func(s []byte) bool {
				if start > len(b) || end-start < len(s) {
					return false
				}
				if prefix {
					return bytes.Equal(b[start:start+len(s)], s)
				}
				return bytes.Equal(b[end-len(s):end], s)
			}
			if tu, ok := AsTuple(args[0]); ok {
				for _, it := range tu.Items {
					s, ok := BytesLike(it)
					if !ok {
						return t.Raisef(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(it).Name)
					}
					if test(s) {
						return True
					}
				}
				return False
			}
			s, ok := BytesLike(args[0])
			if !ok {
				return t.Raisef(TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, TypeOf(args[0]).Name)
			}
			return Bool(test(s))
		})
	}
	find := func(name string, rev, raise bool) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !argCount(t, tn+"."+name, args, kwnames, 1, 3) {
				return Null
			}
			sub, ok := subOrByte(t, args[0])
			if !ok {
				return Null
			}
			b := data(self)
			start, end, ok := sliceBounds(t, args[1:], len(b))
			if !ok {
				return Null
			}
			i := -1
			if start <= end && start <= len(b) {
				if rev {
					i = bytes.LastIndex(b[start:end], sub)
				} else {
					i = bytes.Index(b[start:end], sub)
				}
				if i >= 0 {
					i += start
				}
			}
			if i < 0 && raise {
				return t.RaiseMsg(ValueErrorType, "subsection not found")
			}
			return Int(int64(i))
		})
	}
	find("find", false, false)
	find("rfind", true, false)
	find("index", false, true)
	find("rindex", true, true)
	m("count", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, tn+"."+"count", args, kwnames, 1, 3) {
			return Null
		}
		sub, ok := subOrByte(t, args[0])
		if !ok {
			return Null
		}
		b := data(self)
		start, end, ok := sliceBounds(t, args[1:], len(b))
		if !ok {
			return Null
		}
		if start > end || start > len(b) {
			return Int(0)
		}
		return Int(int64(bytes.Count(b[start:end], sub)))
	})
	m("replace", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		pos, kw := kwArgs(args, kwnames)
		if v, ok := kw["count"]; ok && len(pos) == 2 {
			pos = append(pos, v)
		}
		if len(pos) < 2 || len(pos) > 3 {
			return t.Raisef(TypeErrorType, "replace expected at least 2 arguments, got %d", len(pos))
		}
		old, ok := bytesSubArg(t, pos[0], "replace")
		if !ok {
			return Null
		}
		nw, ok := bytesSubArg(t, pos[1], "replace")
		if !ok {
			return Null
		}
		n := int64(-1)
		if len(pos) == 3 {
			if n, ok = AsInt64(pos[2]); !ok {
				return t.Raisef(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(pos[2]).Name)
			}
		}
		return mkLike(self, bytes.Replace(data(self), old, nw, int(n)))
	})
	for _, k := range []struct {
		name string
		f    func(i int, c byte, b []byte) byte
	}{
		{"upper", func(i int, c byte, b []byte) byte { return toUpperByte(c) }},
		{"lower", func(i int, c byte, b []byte) byte { return toLowerByte(c) }},
		{"swapcase", func(i int, c byte, b []byte) byte {
			if isUpperByte(c) {
				return toLowerByte(c)
			}
			return toUpperByte(c)
		}},
		{"capitalize", func(i int, c byte, b []byte) byte {
			if i == 0 {
				return toUpperByte(c)
			}
			return toLowerByte(c)
		}},
		{"title", func(i int, c byte, b []byte) byte {
			if i > 0 && isAlphaByte(b[i-1]) {
				return toLowerByte(c)
			}
			return toUpperByte(c)
		}},
	} {
		m(k.name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !argCount(t, tn+"."+k.name, args, kwnames, 0, 0) {
				return Null
			}
			b := data(self)
			return mkLike(self, asciiMap(b, func(i int, c byte) byte { return k.f(i, c, b) }))
		})
	}
	for _, k := range []struct {
		name string
		f    func(c byte) bool
	}{
		{"isalpha", isAlphaByte}, {"isdigit", isDigitByte}, {"isspace", isSpaceByte},
		{"isalnum", func(c byte) bool { return isAlphaByte(c) || isDigitByte(c) }},
		{"isascii", nil},
	} {
		m(k.name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !argCount(t, tn+"."+k.name, args, kwnames, 0, 0) {
				return Null
			}
			b := data(self)
			if k.f == nil {
				for _, c := range b {
					if c >= 0x80 {
						return False
					}
				}
				return True
			}
			if len(b) == 0 {
				return False
			}
			for _, c := range b {
				if !k.f(c) {
					return False
				}
			}
			return True
		})
	}
	for _, upper := range []bool{false, true} {
		name := "islower"
		if upper {
			name = "isupper"
		}
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			cased := false
			for _, c := range data(self) {
				if isUpperByte(c) {
					if !upper {
						return False
					}
					cased = true
				} else if isLowerByte(c) {
					if upper {
						return False
					}
					cased = true
				}
			}
			return Bool(cased)
		})
	}
	m("istitle", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		cased, prev := false, false
		for _, c := range data(self) {
			switch {
			case isUpperByte(c):
				if prev {
					return False
				}
				prev, cased = true, true
			case isLowerByte(c):
				if !prev {
					return False
				}
				prev, cased = true, true
			default:
				prev = false
			}
		}
		return Bool(cased)
	})
	for _, rev := range []bool{false, true} {
		name := "partition"
		if rev {
			name = "rpartition"
		}
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !argCount(t, tn+"."+name, args, kwnames, 1, 1) {
				return Null
			}
			sep, ok := bytesSubArg(t, args[0], name)
			if !ok {
				return Null
			}
			if len(sep) == 0 {
				return t.RaiseMsg(ValueErrorType, "empty separator")
			}
			b := data(self)
			var i int
			if rev {
				i = bytes.LastIndex(b, sep)
			} else {
				i = bytes.Index(b, sep)
			}
			empty := mkLike(self, nil)
			if i < 0 {
				if rev {
					return NewTuple([]Value{empty, mkLike(self, nil), mkLike(self, b)}).Value()
				}
				return NewTuple([]Value{mkLike(self, b), empty, mkLike(self, nil)}).Value()
			}
			return NewTuple([]Value{mkLike(self, b[:i]), mkLike(self, sep), mkLike(self, b[i+len(sep):])}).Value()
		})
	}
	for _, k := range []string{"removeprefix", "removesuffix"} {
		m(k, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !argCount(t, tn+"."+k, args, kwnames, 1, 1) {
				return Null
			}
			a, ok := bytesSubArg(t, args[0], k)
			if !ok {
				return Null
			}
			b := data(self)
			if k == "removeprefix" && bytes.HasPrefix(b, a) {
				b = b[len(a):]
			} else if k == "removesuffix" && bytes.HasSuffix(b, a) && len(a) > 0 {
				b = b[:len(b)-len(a)]
			}
			if !isByteArray(self) && len(b) == len(data(self)) && TypeOf(self) == BytesType {
				return self
			}
			return mkLike(self, b)
		})
	}
	for _, k := range []string{"center", "ljust", "rjust"} {
		m(k, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !argCount(t, tn+"."+k, args, kwnames, 1, 2) {
				return Null
			}
			w, ok := AsInt64(args[0])
			if !ok {
				return t.Raisef(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(args[0]).Name)
			}
			fill := byte(' ')
			if len(args) == 2 {
				f, ok := BytesLike(args[1])
				if !ok || len(f) != 1 {
					return t.Raisef(TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", k, TypeOf(args[1]).Name)
				}
				fill = f[0]
			}
			b := data(self)
			pad := int(w) - len(b)
			if pad <= 0 {
				return mkLike(self, b)
			}
			var left int
			switch k {
			case "ljust":
				left = 0
			case "rjust":
				left = pad
			default:
				left = pad/2 + (pad & int(w) & 1)
			}
			out := append(append(bytes.Repeat([]byte{fill}, left), b...), bytes.Repeat([]byte{fill}, pad-left)...)
			return mkLike(self, out)
		})
	}
	m("zfill", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, tn+"."+"zfill", args, kwnames, 1, 1) {
			return Null
		}
		w, ok := AsInt64(args[0])
		if !ok {
			return t.Raisef(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(args[0]).Name)
		}
		b := data(self)
		pad := int(w) - len(b)
		if pad <= 0 {
			return mkLike(self, b)
		}
		out := append(bytes.Repeat([]byte{'0'}, pad), b...)
		if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
			out[0], out[pad] = b[0], '0'
		}
		return mkLike(self, out)
	})
}

// bytesHex is bytes.hex(sep, bytes_per_sep) (bytearray and memoryview too).
func bytesHex(t *Thread, b []byte, args []Value, kwnames *Tuple) Value {
	pos, kw := kwArgs(args, kwnames)
	sep := ""
	bps := int64(1)
	if len(pos) > 0 {
		kw = map[string]Value{"sep": pos[0]}
		if len(pos) > 1 {
			kw["bytes_per_sep"] = pos[1]
		}
	}
	if v, ok := kw["sep"]; ok {
		if s, ok := AsStr(v); ok {
			sep = s.s
		} else if b, ok := BytesLike(v); ok {
			sep = string(b)
		} else {
			return t.RaiseMsg(TypeErrorType, "sep must be str or bytes.")
		}
		if len(sep) != 1 {
			return t.RaiseMsg(ValueErrorType, "sep must be length 1.")
		}
	}
	if v, ok := kw["bytes_per_sep"]; ok {
		bps, _ = AsInt64(v)
	}
	const digits = "0123456789abcdef"
	var sb strings.Builder
	n := len(b)
	for i, c := range b {
		if sep != "" && i > 0 && bps != 0 {
			var boundary bool
			if bps > 0 {
				boundary = (n-i)%int(bps) == 0
			} else {
				boundary = i%int(-bps) == 0
			}
			if boundary {
				sb.WriteString(sep)
			}
		}
		sb.WriteByte(digits[c>>4])
		sb.WriteByte(digits[c&15])
	}
	return NewStr(sb.String()).Value()
}
