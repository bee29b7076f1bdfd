package vm

// The builtins completed to CPython 3.13's behaviour: ascii, iter with a
// sentinel, next, sum (with CPython's int and compensated float paths),
// round (__round__), reversed (__reversed__), zip(strict=), enumerate,
// hash, bin/oct/hex/chr of __index__ objects, ord of bytes, pow's
// keywords, min/max/sorted argument checks, aiter/anext, breakpoint, help,
// delattr and the site constants. installMiscBuiltins runs after the
// first builtins and replaces the ones it redefines.
//
// breakpoint() calls sys.breakpointhook when sys has one; subpy has no
// pdb, so without it breakpoint raises CPython's "lost
// sys.breakpointhook". help is a _Helper object whose call prints a short text
// (there is no pydoc).

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
)

type callableIterObj struct {
	object.Header
	fn, sentinel object.Value // fn NULL: exhausted
}

var callableIterType = newIterType("callable_iterator", func(t *object.Thread, v object.Value) object.Value {
	c := object.As[callableIterObj](v)
	if c.fn.IsNull() {
		return object.Null
	}
	r := object.Call(t, c.fn, nil, nil)
	if r.IsNull() {
		if t.ExceptionMatches(object.StopIterationType) {
			t.Clear()
			c.fn = object.Null
		}
		return object.Null
	}
	eq := object.RichCompare(t, r, c.sentinel, opcode.CMP_EQ)
	if eq.IsNull() {
		return object.Null
	}
	switch object.Truth(t, eq) {
	case 1:
		c.fn = object.Null
		return object.Null
	case -1:
		return object.Null
	}
	return r
})

// asciiRepr escapes the non-ASCII characters of a repr as ascii() does.
func asciiRepr(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			goto escape
		}
	}
	return s
escape:
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString(`\x`)
			b.WriteString(hex2(uint32(r), 2))
		case r < 0x10000:
			b.WriteString(`\u`)
			b.WriteString(hex2(uint32(r), 4))
		default:
			b.WriteString(`\U`)
			b.WriteString(hex2(uint32(r), 8))
		}
	}
	return b.String()
}

func hex2(v uint32, n int) string {
	const digits = "0123456789abcdef"
	buf := make([]byte, n)
	for i := n - 1; i >= 0; i-- {
		buf[i] = digits[v&15]
		v >>= 4
	}
	return string(buf)
}

// surrogateEscapes: WTF-8 lone surrogates decode as RuneError above; a
// repr escapes them already (\udxxx), so asciiRepr never sees them.

func builtinAscii(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if !exactArgs(t, "ascii", args, kw, 1) {
		return object.Null
	}
	r := object.Repr(&t.Thread, args[0])
	if r == nil {
		return object.Null
	}
	s := r.String()
	if a := asciiRepr(s); a != s {
		return object.NewStr(a).Value()
	}
	return r.Value()
}

func builtinIter(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if kw != nil {
		return t.RaiseMsg(object.TypeErrorType, "iter() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return t.RaiseMsg(object.TypeErrorType, "iter expected at least 1 argument, got 0")
	case 1:
		return object.GetIter(&t.Thread, args[0])
	case 2:
		if object.TypeOf(args[0]).Call == nil {
			return t.RaiseMsg(object.TypeErrorType, "iter(v, w): v must be callable")
		}
		return object.FromHeap(&callableIterObj{object.MakeHeader(callableIterType), args[0], args[1]})
	}
	return t.Raisef(object.TypeErrorType, "iter expected at most 2 arguments, got %d", len(args))
}

func builtinNext(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if kw != nil {
		return t.RaiseMsg(object.TypeErrorType, "next() takes no keyword arguments")
	}
	if len(args) < 1 {
		return t.Raisef(object.TypeErrorType, "next expected at least 1 argument, got %d", len(args))
	}
	if len(args) > 2 {
		return t.Raisef(object.TypeErrorType, "next expected at most 2 arguments, got %d", len(args))
	}
	if object.TypeOf(args[0]).Next == nil {
		return t.Raisef(object.TypeErrorType, "'%s' object is not an iterator", object.TypeOf(args[0]).Name)
	}
	r := object.Next(&t.Thread, args[0])
	if r.IsNull() {
		if len(args) == 2 && (t.Exc == nil || t.ExceptionMatches(object.StopIterationType)) {
			t.Clear()
			return args[1]
		}
		if t.Exc == nil {
			return t.Raise(object.NewException(object.StopIterationType))
		}
	}
	return r
}

func builtinSum(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if len(args)-kw.Len() == 0 {
		return t.RaiseMsg(object.TypeErrorType, "sum() takes at least 1 positional argument (0 given)")
	}
	a, ok := parseArgs(t, "sum", args, kw, []string{"iterable", "start"}, 2, 1)
	if !ok {
		return object.Null
	}
	if kw != nil && !a[0].IsNull() && kw.Len() == 1 {
		if s, _ := object.AsStr(kw.Items[0]); s.String() == "iterable" {
			return t.RaiseMsg(object.TypeErrorType, "sum() takes at least 1 positional argument (0 given)")
		}
	}
	result := object.Int(0)
	if !a[1].IsNull() {
		result = a[1]
		switch typ := object.TypeOf(result); {
		case typ.IsSubtype(object.StrType):
			return t.RaiseMsg(object.TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
		case typ.IsSubtype(object.BytesType):
			return t.RaiseMsg(object.TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]")
		case typ.IsSubtype(object.ByteArrayType):
			return t.RaiseMsg(object.TypeErrorType, "sum() can't sum bytearray [use b''.join(seq) instead]")
		}
	}
	it := object.GetIter(&t.Thread, a[0])
	if it.IsNull() {
		return object.Null
	}
	next := func() (object.Value, bool) {
		x := object.Next(&t.Thread, it)
		if x.IsNull() {
			if t.Exc != nil && !t.ExceptionMatches(object.StopIterationType) {
				return object.Null, false
			}
			t.Clear()
		}
		return x, true
	}
	for {
		// The int path: exact ints (and bools) in an int64.
		if result.IsSmallInt() {
			acc := result.SmallInt()
			for {
				x, ok := next()
				if !ok {
					return object.Null
				}
				if x.IsNull() {
					return object.Int(acc)
				}
				if v, ok := smallIntOrBool(x); ok {
					if s := acc + v; (s > acc) == (v > 0) || v == 0 {
						acc = s
						continue
					}
				}
				if result = object.BinaryOp(&t.Thread, object.Int(acc), x, opcode.NB_ADD); result.IsNull() {
					return object.Null
				}
				break
			}
		}
		// The float path: Neumaier's compensated sum, as CPython 3.12+.
		if result.IsFloat() {
			f, c := result.FloatVal(), 0.0
			for {
				x, ok := next()
				if !ok {
					return object.Null
				}
				if x.IsNull() {
					if c != 0 && !math.IsInf(c, 0) && !math.IsNaN(c) {
						f += c
					}
					return object.Float(f)
				}
				var xf float64
				isNum := true
				switch {
				case x.IsFloat():
					xf = x.FloatVal()
				case x.IsSmallInt() || x == object.True || x == object.False:
					v, _ := smallIntOrBool(x)
					xf = float64(v)
				default:
					isNum = false
				}
				if isNum {
					s := f + xf
					if math.Abs(f) >= math.Abs(xf) {
						c += (f - s) + xf
					} else {
						c += (xf - s) + f
					}
					f = s
					continue
				}
				if c != 0 && !math.IsInf(c, 0) && !math.IsNaN(c) {
					f += c
				}
				if result = object.BinaryOp(&t.Thread, object.Float(f), x, opcode.NB_ADD); result.IsNull() {
					return object.Null
				}
				break
			}
			continue
		}
		// The generic path.
		x, ok := next()
		if !ok {
			return object.Null
		}
		if x.IsNull() {
			return result
		}
		if result = object.BinaryOp(&t.Thread, result, x, opcode.NB_ADD); result.IsNull() {
			return object.Null
		}
		if !result.IsSmallInt() && !result.IsFloat() {
			// Stay generic (a list, a str subclass...): no fast path to retry.
			for {
				x, ok := next()
				if !ok {
					return object.Null
				}
				if x.IsNull() {
					return result
				}
				if result = object.BinaryOp(&t.Thread, result, x, opcode.NB_ADD); result.IsNull() {
					return object.Null
				}
			}
		}
	}
}

var strRound, strReversed = object.NewStr("__round__"), object.NewStr("__reversed__")

func builtinRound2(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	a, ok := parseArgs(t, "round", args, kw, []string{"number", "ndigits"}, 2, 1)
	if !ok {
		return object.Null
	}
	x := a[0]
	if x.IsSmallInt() || x.IsFloat() || object.TypeOf(x) == object.IntType || object.TypeOf(x) == object.FloatType {
		if a[1].IsNull() {
			return builtinRound(t, []object.Value{x}, nil)
		}
		if a[1] != object.None {
			nd, ok := object.IndexValue(&t.Thread, a[1])
			if !ok {
				return object.Null
			}
			a[1] = nd
		}
		return builtinRound(t, []object.Value{x, a[1]}, nil)
	}
	m := object.TypeOf(x).Lookup(strRound)
	if m.IsNull() {
		return t.Raisef(object.TypeErrorType, "type %s doesn't define __round__ method", object.TypeOf(x).Name)
	}
	if a[1].IsNull() || a[1] == object.None {
		return object.CallArgs(&t.Thread, m, x)
	}
	return object.CallArgs(&t.Thread, m, x, a[1])
}

func builtinReversed(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if kw != nil {
		return t.RaiseMsg(object.TypeErrorType, "reversed() takes no keyword arguments")
	}
	if len(args) != 1 {
		return t.Raisef(object.TypeErrorType, "reversed expected 1 argument, got %d", len(args))
	}
	v := args[0]
	typ := object.TypeOf(v)
	if m := typ.Lookup(strReversed); !m.IsNull() {
		if m == object.None {
			return t.Raisef(object.TypeErrorType, "'%s' object is not reversible", typ.Name)
		}
		return object.CallArgs(&t.Thread, m, v)
	}
	if typ.GetItem == nil || typ.Len == nil || typ.IsSubtype(object.DictType) || typ.IsSubtype(object.SetType) || typ.IsSubtype(object.FrozenSetType) {
		return t.Raisef(object.TypeErrorType, "'%s' object is not reversible", typ.Name)
	}
	n := object.Len(&t.Thread, v)
	if n < 0 {
		return object.Null
	}
	return object.FromHeap(&reversedObj{object.MakeHeader(reversedType), v, n})
}

type zipStrictObj struct {
	object.Header
	its []object.Value
}

var zipStrictType = newIterType("zip", func(t *object.Thread, v object.Value) object.Value {
	z := object.As[zipStrictObj](v)
	if len(z.its) == 0 {
		return object.Null
	}
	items := make([]object.Value, len(z.its))
	for i, it := range z.its {
		if items[i] = object.Next(t, it); items[i].IsNull() {
			if t.Exc != nil {
				return object.Null
			}
			plural := ""
			if i > 1 {
				plural = "s"
			}
			if i > 0 {
				return t.Raisef(object.ValueErrorType, "zip() argument %d is shorter than argument%s%s", i+1, plural, argRange(i))
			}
			// The first is exhausted: every other must be too.
			for j := 1; j < len(z.its); j++ {
				x := object.Next(t, z.its[j])
				if !x.IsNull() {
					plural := ""
					if j > 1 {
						plural = "s"
					}
					return t.Raisef(object.ValueErrorType, "zip() argument %d is longer than argument%s%s", j+1, plural, argRange(j))
				}
				if t.Exc != nil {
					return object.Null
				}
			}
			return object.Null
		}
	}
	return object.NewTuple(items).Value()
})

// argRange is " 1" or " 1-n" (zip's strict messages).
func argRange(n int) string {
	if n == 1 {
		return " 1"
	}
	return " 1-" + itoa(n)
}

func builtinZip(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	pos, kws := splitKw(args, kw)
	strict := false
	for k, v := range kws {
		if k != "strict" {
			return t.Raisef(object.TypeErrorType, "zip() got an unexpected keyword argument '%s'", k)
		}
		r := object.Truth(&t.Thread, v)
		if r < 0 {
			return object.Null
		}
		strict = r == 1
	}
	its, ok := iterArgs(t, pos)
	if !ok {
		return object.Null
	}
	if strict {
		return object.FromHeap(&zipStrictObj{object.MakeHeader(zipStrictType), its})
	}
	return object.FromHeap(&zipObj{object.MakeHeader(zipType), its})
}

func builtinEnumerate(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	pos, kws := splitKw(args, kw)
	if len(pos)+len(kws) > 2 {
		return t.Raisef(object.TypeErrorType, "enumerate() takes at most 2 arguments (%d given)", len(pos)+len(kws))
	}
	var iterable, start object.Value
	if len(pos) > 0 {
		iterable = pos[0]
	}
	if len(pos) > 1 {
		start = pos[1]
	}
	for k, v := range kws {
		switch {
		case k == "iterable" && iterable.IsNull():
			iterable = v
		case k == "start" && start.IsNull():
			start = v
		default:
			return t.Raisef(object.TypeErrorType, "enumerate() got an unexpected keyword argument '%s'", k)
		}
	}
	if iterable.IsNull() {
		return t.RaiseMsg(object.TypeErrorType, "enumerate() missing required argument 'iterable'")
	}
	n := int64(0)
	if !start.IsNull() {
		iv, ok := object.IndexValue(&t.Thread, start)
		if !ok {
			return object.Null
		}
		if n, ok = object.AsInt64(iv); !ok {
			return t.RaiseMsg(object.OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
	}
	it := object.GetIter(&t.Thread, iterable)
	if it.IsNull() {
		return object.Null
	}
	return object.FromHeap(&enumerateObj{object.MakeHeader(enumerateType), it, n})
}

func builtinHash(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if !exactArgs(t, "hash", args, kw, 1) {
		return object.Null
	}
	h, ok := object.Hash(&t.Thread, args[0])
	if !ok {
		return object.Null
	}
	return object.Int(h)
}

// indexArg is an argument that must be an int (__index__ honoured).
func (t *Thread) indexArg(v object.Value) object.Value {
	iv, ok := object.IndexValue(&t.Thread, v)
	if !ok {
		return object.Null
	}
	return iv
}

func baseBuiltin(name, spec string) builtinFunc {
	return func(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
		if !exactArgs(t, name, args, kw, 1) {
			return object.Null
		}
		iv := t.indexArg(args[0])
		if iv.IsNull() {
			return object.Null
		}
		return object.Format(&t.Thread, iv, spec)
	}
}

func builtinChr(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if !exactArgs(t, "chr", args, kw, 1) {
		return object.Null
	}
	iv := t.indexArg(args[0])
	if iv.IsNull() {
		return object.Null
	}
	i, ok := object.AsInt64(iv)
	if !ok || i < 0 || i > 0x10ffff {
		return t.RaiseMsg(object.ValueErrorType, "chr() arg not in range(0x110000)")
	}
	if i >= 0xd800 && i < 0xe000 {
		// A lone surrogate: WTF-8, as the scanner stores them.
		r := rune(i)
		b := []byte{byte(0xe0 | r>>12), byte(0x80 | (r>>6)&0x3f), byte(0x80 | r&0x3f)}
		return object.NewStr(string(b)).Value()
	}
	return object.NewStr(string(rune(i))).Value()
}

func builtinOrd(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if !exactArgs(t, "ord", args, kw, 1) {
		return object.Null
	}
	if s, ok := object.AsStr(args[0]); ok {
		if s.Len() != 1 {
			return t.Raisef(object.TypeErrorType, "ord() expected a character, but string of length %d found", s.Len())
		}
		str := s.String()
		r, n := utf8.DecodeRuneInString(str)
		if r == utf8.RuneError && n <= 1 && len(str) == 3 {
			// WTF-8 lone surrogate.
			r = rune(str[0]&0x0f)<<12 | rune(str[1]&0x3f)<<6 | rune(str[2]&0x3f)
		}
		return object.Int(int64(r))
	}
	if b, ok := object.BytesLike(args[0]); ok {
		if len(b) != 1 {
			return t.Raisef(object.TypeErrorType, "ord() expected a character, but string of length %d found", len(b))
		}
		return object.Int(int64(b[0]))
	}
	return t.Raisef(object.TypeErrorType, "ord() expected string of length 1, but %s found", object.TypeOf(args[0]).Name)
}

func builtinPow(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	a, ok := parseArgs(t, "pow", args, kw, []string{"base", "exp", "mod"}, 3, 2)
	if !ok {
		return object.Null
	}
	if a[2].IsNull() || a[2] == object.None {
		return object.BinaryOp(&t.Thread, a[0], a[1], opcode.NB_POWER)
	}
	// A class's __pow__ takes the modulus.
	if typ := object.TypeOf(a[0]); typ.IsHeapType() {
		if m := typ.Lookup(object.NewStr("__pow__")); !m.IsNull() {
			r := object.CallArgs(&t.Thread, m, a[0], a[1], a[2])
			if r.IsNull() || r != object.NotImplemented {
				return r
			}
		}
	}
	return powMod(t, a[0], a[1], a[2])
}

var minMaxKw = map[string]bool{"key": true, "default": true}

// builtinMinMax checks min/max's keywords before minMax runs.
func builtinMinMax(name string, op int) builtinFunc {
	return func(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
		pos, kws := splitKw(args, kw)
		for k := range kws {
			if !minMaxKw[k] {
				if len(kws) > 2 {
					return t.Raisef(object.TypeErrorType, "%s() takes at most 2 keyword arguments (%d given)", name, len(kws))
				}
				return t.Raisef(object.TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k)
			}
		}
		if _, ok := kws["default"]; ok && len(pos) > 1 {
			return t.Raisef(object.TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		return minMax(t, name, args, kw, op)
	}
}

func builtinSorted2(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	pos, kws := splitKw(args, kw)
	if len(pos) != 1 {
		return t.Raisef(object.TypeErrorType, "sorted expected 1 argument, got %d", len(pos))
	}
	if len(kws) > 2 {
		return t.Raisef(object.TypeErrorType, "sort() takes at most 2 keyword arguments (%d given)", len(kws))
	}
	for k := range kws {
		if k != "key" && k != "reverse" {
			return t.Raisef(object.TypeErrorType, "sort() got an unexpected keyword argument '%s'", k)
		}
	}
	if r, ok := kws["reverse"]; ok && r.IsFloat() {
		return t.RaiseMsg(object.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	return builtinSorted(t, args, kw)
}

func builtinDelattr(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if !exactArgs(t, "delattr", args, kw, 2) {
		return object.Null
	}
	name, ok := object.AsStr(args[1])
	if !ok {
		return t.Raisef(object.TypeErrorType, "attribute name must be string, not '%s'", object.TypeOf(args[1]).Name)
	}
	if object.SetAttr(&t.Thread, args[0], name, object.Null) < 0 {
		return object.Null
	}
	return object.None
}

func builtinAiter(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if !exactArgs(t, "aiter", args, kw, 1) {
		return object.Null
	}
	typ := object.TypeOf(args[0])
	m := typ.Lookup(object.NewStr("__aiter__"))
	if m.IsNull() {
		return t.Raisef(object.TypeErrorType, "'%s' object is not an async iterable", typ.Name)
	}
	it := object.CallArgs(&t.Thread, m, args[0])
	if it.IsNull() {
		return it
	}
	if object.TypeOf(it).Lookup(object.NewStr("__anext__")).IsNull() {
		return t.Raisef(object.TypeErrorType, "aiter() returned not an async iterator of type '%s'", object.TypeOf(it).Name)
	}
	return it
}

// anextAwaitable is anext(it, default)'s awaitable: it awaits
// it.__anext__() and turns StopAsyncIteration into the default.
type anextAwaitable struct {
	object.Header
	inner, def object.Value // inner: the iterator of the awaited object
}

// anextStep resumes the awaited __anext__() with v: what it yields, or
// StopIteration carrying its result (the default for StopAsyncIteration).
func anextStep(ot *object.Thread, self, v object.Value) object.Value {
	a := object.As[anextAwaitable](self)
	t := ot.Eval.(*Thread)
	r, done := t.send(a.inner, v)
	if r.IsNull() {
		if t.ExceptionMatches(object.StopAsyncIterationType) {
			t.Clear()
			return t.Raise(object.NewException(object.StopIterationType, a.def))
		}
		return r
	}
	if done {
		return t.Raise(object.NewException(object.StopIterationType, r))
	}
	return r
}

var anextAwaitableType = func() *object.Type {
	typ := newIterType("anext_awaitable", func(t *object.Thread, v object.Value) object.Value {
		return anextStep(t, v, object.None)
	})
	typ.AddMethod("__await__", func(t *object.Thread, self object.Value, args []object.Value, kwnames *object.Tuple) object.Value {
		return self
	})
	typ.AddMethod("send", func(t *object.Thread, self object.Value, args []object.Value, kwnames *object.Tuple) object.Value {
		if len(args) != 1 {
			return t.Raisef(object.TypeErrorType, "send() takes exactly one argument (%d given)", len(args))
		}
		return anextStep(t, self, args[0])
	})
	return typ
}()

func builtinAnext(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if kw != nil {
		return t.RaiseMsg(object.TypeErrorType, "anext() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		if len(args) < 1 {
			return t.Raisef(object.TypeErrorType, "anext expected at least 1 argument, got %d", len(args))
		}
		return t.Raisef(object.TypeErrorType, "anext expected at most 2 arguments, got %d", len(args))
	}
	typ := object.TypeOf(args[0])
	m := typ.Lookup(object.NewStr("__anext__"))
	if m.IsNull() {
		return t.Raisef(object.TypeErrorType, "'%s' object is not an async iterator", typ.Name)
	}
	aw := object.CallArgs(&t.Thread, m, args[0])
	if aw.IsNull() || len(args) == 1 {
		return aw
	}
	inner := t.getAwaitable(aw, 0)
	if inner.IsNull() {
		return object.Null
	}
	return object.FromHeap(&anextAwaitable{object.MakeHeader(anextAwaitableType), inner, args[1]})
}

func builtinBreakpoint(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if sys, ok := object.AsModule(t.interp.Modules.GetStr(strSys)); ok {
		if h := sys.Dict.GetStr(object.NewStr("breakpointhook")); !h.IsNull() {
			return object.Call(&t.Thread, h, args, kw)
		}
	}
	return t.RaiseMsg(object.RuntimeErrorType, "lost sys.breakpointhook")
}

const helpText = "Type help() for interactive help, or help(object) for help about object."

func builtinHelp(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if len(args) == 0 {
		return builtinPrint(t, []object.Value{object.NewStr("subpy has no interactive help (pydoc); " + helpText).Value()}, nil)
	}
	v := args[0]
	name := object.TypeOf(v).Name
	if n := object.GetAttr(&t.Thread, v, object.NewStr("__name__")); !n.IsNull() {
		if s, ok := object.AsStr(n); ok {
			name = s.String()
		}
	} else {
		t.Clear()
	}
	text := "Help on " + name + ":\n"
	if d := object.GetAttr(&t.Thread, v, object.NewStr("__doc__")); !d.IsNull() {
		if s, ok := object.AsStr(d); ok {
			text += "\n" + s.String() + "\n"
		}
	} else {
		t.Clear()
	}
	return builtinPrint(t, []object.Value{object.NewStr(text).Value()}, nil)
}

// siteTextType is the type of copyright, credits and license: its repr is
// the text (CPython's _sitebuiltins._Printer).
type siteText struct {
	object.Header
	text string
}

var siteTextType = func() *object.Type {
	typ := object.NewBuiltinType("_Printer", nil)
	typ.New = nil
	typ.Repr = func(t *object.Thread, v object.Value) object.Value {
		return object.NewStr(object.As[siteText](v).text).Value()
	}
	typ.Call = func(t *object.Thread, v object.Value, args []object.Value, kwnames *object.Tuple) object.Value {
		return t.Eval.(*Thread).callPrint(object.As[siteText](v).text)
	}
	return typ
}()

// helperType is help's type (CPython's _sitebuiltins._Helper): its repr
// says how to use it, calling it prints a short help text.
var helperType = func() *object.Type {
	typ := object.NewBuiltinType("_Helper", nil)
	typ.Module = "_sitebuiltins"
	typ.New = nil
	typ.Repr = func(t *object.Thread, v object.Value) object.Value { return object.NewStr(helpText).Value() }
	typ.Call = func(t *object.Thread, v object.Value, args []object.Value, kwnames *object.Tuple) object.Value {
		return builtinHelp(t.Eval.(*Thread), args, kwnames)
	}
	return typ
}()

func (t *Thread) callPrint(s string) object.Value {
	return builtinPrint(t, []object.Value{object.NewStr(s).Value()}, nil)
}

func installMiscBuiltins(set func(string, object.Value), fn func(string, builtinFunc)) {
	fn("globals", builtinGlobals)
	fn("locals", builtinLocals)
	fn("vars", builtinVars)
	fn("dir", builtinDir)
	fn("eval", builtinEval)
	fn("exec", builtinExec)
	fn("compile", builtinCompile)
	fn("__import__", builtinImport)
	fn("ascii", builtinAscii)
	fn("iter", builtinIter)
	fn("next", builtinNext)
	fn("sum", builtinSum)
	fn("round", builtinRound2)
	fn("reversed", builtinReversed)
	fn("zip", builtinZip)
	fn("enumerate", builtinEnumerate)
	fn("hash", builtinHash)
	fn("bin", baseBuiltin("bin", "#b"))
	fn("oct", baseBuiltin("oct", "#o"))
	fn("hex", baseBuiltin("hex", "#x"))
	fn("chr", builtinChr)
	fn("ord", builtinOrd)
	fn("pow", builtinPow)
	fn("min", builtinMinMax("min", opcode.CMP_LT))
	fn("max", builtinMinMax("max", opcode.CMP_GT))
	fn("sorted", builtinSorted2)
	fn("delattr", builtinDelattr)
	fn("aiter", builtinAiter)
	fn("anext", builtinAnext)
	fn("breakpoint", builtinBreakpoint)
	set("help", object.FromHeap(&siteText{object.MakeHeader(helperType), helpText}))
	fn("open", builtinOpen)
	fn("isinstance", builtinIsInstance)
	fn("issubclass", builtinIsSubclass)
	set("copyright", object.FromHeap(&siteText{object.MakeHeader(siteTextType),
		"Copyright (c) 2001-2024 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."}))
	set("credits", object.FromHeap(&siteText{object.MakeHeader(siteTextType),
		"    Thanks to CWI, CNRI, BeOpen, Zope Corporation, the Python Software\n    Foundation, and a cast of thousands for supporting Python\n    development.  See www.python.org for more information."}))
	set("license", object.FromHeap(&siteText{object.MakeHeader(siteTextType),
		"Type license() to see the full license text"}))
	set("__debug__", object.True)
	set("True", object.True)
	set("False", object.False)
	set("memoryview", object.MemoryViewType.Value())
	set("__package__", object.NewStr("").Value())
	set("__doc__", object.NewStr("Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all 'built-in'\ncore features of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\nThis module is always available.  It is not intended to be\nimported.").Value())
}

// smallIntOrBool returns an unboxed int's or a bool's value (sum's int
// path: exact ints and bools).
func smallIntOrBool(v object.Value) (int64, bool) {
	switch {
	case v.IsSmallInt():
		return v.SmallInt(), true
	case v == object.True:
		return 1, true
	case v == object.False:
		return 0, true
	}
	return 0, false
}

// isinstance and issubclass: object.IsInstanceOf/IsSubclassOf (tuples,
// metaclass hooks) with the builtins' argument checks.
func builtinIsInstance(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if !exactArgs(t, "isinstance", args, kw, 2) {
		return object.Null
	}
	r := object.IsInstanceOf(&t.Thread, args[0], args[1])
	if r < 0 {
		return object.Null
	}
	return object.Bool(r == 1)
}

func builtinIsSubclass(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if !exactArgs(t, "issubclass", args, kw, 2) {
		return object.Null
	}
	r := object.IsSubclassOf(&t.Thread, args[0], args[1])
	if r < 0 {
		return object.Null
	}
	return object.Bool(r == 1)
}
