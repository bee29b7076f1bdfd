package object

import (
	"strings"
)

// str's methods, as python3.13's: argument checking and error messages
// included. Installed by initStrMethodsFull (after methods.go's older
// set, which they replace).

// strNoKw raises "str.NAME() takes no keyword arguments".
func strNoKw(t *Thread, name string, kwnames *Tuple) bool {
	if kwnames.Len() > 0 {
		t.Raisef(TypeErrorType, "str.%s() takes no keyword arguments", name)
		return false
	}
	return true
}

// strArgRange checks a positional-only method's argument count with
// CPython's "NAME expected at least/most N argument(s), got M".
func strArgRange(t *Thread, name string, args []Value, kwnames *Tuple, min, max int) bool {
	if !strNoKw(t, name, kwnames) {
		return false
	}
	switch {
	case len(args) < min:
		t.Raisef(TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, plural(min), len(args))
		return false
	case len(args) > max:
		t.Raisef(TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, plural(max), len(args))
		return false
	}
	return true
}

// strExactArgs checks a method taking exactly n (0 or 1) arguments.
func strExactArgs(t *Thread, name string, args []Value, kwnames *Tuple, n int) bool {
	if !strNoKw(t, name, kwnames) {
		return false
	}
	if len(args) != n {
		if n == 0 {
			t.Raisef(TypeErrorType, "str.%s() takes no arguments (%d given)", name, len(args))
		} else {
			t.Raisef(TypeErrorType, "str.%s() takes exactly one argument (%d given)", name, len(args))
		}
		return false
	}
	return true
}

// ssizeArg converts an index-like argument to int, raising OverflowError
// for values beyond 64 bits.
func ssizeArg(t *Thread, v Value) (int, bool) {
	r, ok := IndexValue(t, v)
	if !ok {
		return 0, false
	}
	i, ok := AsInt64(r)
	if !ok {
		t.RaiseMsg(OverflowErrorType, "Python int too large to convert to C ssize_t")
		return 0, false
	}
	return clampInt(i), true
}

// cpCount counts the code points of WTF-8 text.
func cpCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// strNthArg is argument i as a str, with "NAME() argument N must be str".
func strNthArg(t *Thread, name string, v Value, n int) (*Str, bool) {
	s, ok := AsStr(v)
	if !ok {
		t.Raisef(TypeErrorType, "%s() argument %d must be str, not %s", name, n, argTypeName(v))
	}
	return s, ok
}

// strSearchArgs parses (sub[, start[, end]]) and returns the byte window
// of self to search and the code point offset of its start; ok false on
// error. empty reports start > len (no match even for "").
func strSearchArgs(t *Thread, name string, self *Str, args []Value, kwnames *Tuple) (sub *Str, win string, base int, empty bool, ok bool) {
	if !strArgRange(t, name, args, kwnames, 1, 3) {
		return
	}
	sub, ok = strNthArg(t, name, args[0], 1)
	if !ok {
		return
	}
	start, end, ok := sliceBounds(t, args[1:], self.length)
	if !ok {
		return
	}
	if start > self.length || start > end {
		return sub, "", start, true, true
	}
	return sub, self.s[self.byteOffset(start):self.byteOffset(end)], start, false, true
}

func strFind(t *Thread, name string, self Value, args []Value, kwnames *Tuple, last, raise bool) Value {
	s := as[Str](self)
	sub, win, base, empty, ok := strSearchArgs(t, name, s, args, kwnames)
	if !ok {
		return Null
	}
	i := -1
	if !empty {
		if last {
			i = strings.LastIndex(win, sub.s)
		} else {
			i = strings.Index(win, sub.s)
		}
	}
	if i < 0 {
		if raise {
			return t.RaiseMsg(ValueErrorType, "substring not found")
		}
		return Int(-1)
	}
	if !s.ascii {
		i = cpCount(win[:i])
	}
	return Int(int64(base + i))
}

// strPad is center/ljust/rjust.
func strPad(t *Thread, name string, self Value, args []Value, kwnames *Tuple) Value {
	if !strArgRange(t, name, args, kwnames, 1, 2) {
		return Null
	}
	width, ok := ssizeArg(t, args[0])
	if !ok {
		return Null
	}
	fill := " "
	if len(args) > 1 {
		f, ok := AsStr(args[1])
		if !ok {
			return t.Raisef(TypeErrorType, "The fill character must be a unicode character, not %s", TypeOf(args[1]).Name)
		}
		if f.length != 1 {
			return t.RaiseMsg(TypeErrorType, "The fill character must be exactly one character long")
		}
		fill = f.s
	}
	s := as[Str](self)
	n := width - s.length
	if n <= 0 {
		if TypeOf(self) == StrType {
			return self
		}
		return NewStr(s.s).Value()
	}
	var left int
	switch name {
	case "ljust":
		left = 0
	case "rjust":
		left = n
	default:
		left = n / 2
		if n%2 == 1 && width%2 == 1 {
			left++
		}
	}
	return NewStr(strings.Repeat(fill, left) + s.s + strings.Repeat(fill, n-left)).Value()
}

// strSplitArgs parses split/rsplit's (sep=None, maxsplit=-1).
func strSplitArgs(t *Thread, name string, args []Value, kwnames *Tuple) (sep *Str, maxsplit int, ok bool) {
	pos, kw := kwArgs(args, kwnames)
	if len(pos) > 2 {
		t.Raisef(TypeErrorType, "%s() takes at most 2 arguments (%d given)", name, len(args))
		return nil, 0, false
	}
	sepv, maxv := None, Value(Int(-1))
	if len(pos) > 0 {
		sepv = pos[0]
	}
	if len(pos) > 1 {
		maxv = pos[1]
	}
	for k, v := range kw {
		switch k {
		case "sep":
			if len(pos) > 0 {
				t.Raisef(TypeErrorType, "argument for %s() given by name ('sep') and position (1)", name)
				return nil, 0, false
			}
			sepv = v
		case "maxsplit":
			if len(pos) > 1 {
				t.Raisef(TypeErrorType, "argument for %s() given by name ('maxsplit') and position (2)", name)
				return nil, 0, false
			}
			maxv = v
		default:
			t.Raisef(TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k)
			return nil, 0, false
		}
	}
	m, ok := ssizeArg(t, maxv)
	if !ok {
		return nil, 0, false
	}
	if m < 0 {
		m = 1 << 62
	}
	if sepv != None {
		var isStr bool
		sep, isStr = AsStr(sepv)
		if !isStr {
			t.Raisef(TypeErrorType, "must be str or None, not %s", TypeOf(sepv).Name)
			return nil, 0, false
		}
		if sep.s == "" {
			t.RaiseMsg(ValueErrorType, "empty separator")
			return nil, 0, false
		}
	}
	return sep, m, true
}

// strList makes a list of new strs; their objects share one allocation
// (split results are many small strings).
func strList(parts []string) Value {
	items := make([]Value, len(parts))
	slab := make([]Str, len(parts))
	for i, p := range parts {
		if len(p) <= 1 {
			items[i] = NewStr(p).Value()
			continue
		}
		slab[i].init(p)
		items[i] = fromHeap(&slab[i])
	}
	return NewList(items).Value()
}

// runeAt decodes the code point at byte i of s.
func runeAt(s string, i int) (rune, int) {
	if s[i] < 0x80 {
		return rune(s[i]), 1
	}
	return decodeWTF8(s[i:])
}

// runeBefore decodes the code point ending at byte i of s.
func runeBefore(s string, i int) (rune, int) {
	j := i - 1
	for j > 0 && s[j]&0xC0 == 0x80 && i-j < 4 {
		j--
	}
	r, w := decodeWTF8(s[j:i])
	if j+w != i {
		return rune(s[i-1]), 1
	}
	return r, i - j
}

// splitSpace splits s on runs of Unicode whitespace, at most max times.
func splitSpace(s string, max int) []string {
	var parts []string
	i := 0
	for {
		for i < len(s) {
			r, w := runeAt(s, i)
			if !uniIsSpace(r) {
				break
			}
			i += w
		}
		if i >= len(s) {
			return parts
		}
		if len(parts) == max {
			// The rest is kept as is, trailing space included.
			return append(parts, s[i:])
		}
		j := i
		for j < len(s) {
			r, w := runeAt(s, j)
			if uniIsSpace(r) {
				break
			}
			j += w
		}
		parts = append(parts, s[i:j])
		i = j
	}
}

// rsplitSpace is splitSpace from the right; the parts come out in order.
func rsplitSpace(s string, max int) []string {
	var parts []string
	j := len(s)
	for {
		for j > 0 {
			r, w := runeBefore(s, j)
			if !uniIsSpace(r) {
				break
			}
			j -= w
		}
		if j <= 0 {
			break
		}
		if len(parts) == max {
			parts = append(parts, s[:j])
			break
		}
		i := j
		for i > 0 {
			r, w := runeBefore(s, i)
			if uniIsSpace(r) {
				break
			}
			i -= w
		}
		parts = append(parts, s[i:j])
		j = i
	}
	for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
		parts[a], parts[b] = parts[b], parts[a]
	}
	return parts
}

// strStartsEnds is startswith/endswith.
func strStartsEnds(t *Thread, name string, self Value, args []Value, kwnames *Tuple, end bool) Value {
	if !strArgRange(t, name, args, kwnames, 1, 3) {
		return Null
	}
	s := as[Str](self)
	start, stop, ok := sliceBounds(t, args[1:], s.length)
	if !ok {
		return Null
	}
	check := func(v Value) int {
		sub, ok := AsStr(v)
		if !ok {
			return -1
		}
		if start > s.length {
			return 0
		}
		if stop < start {
			return 0
		}
		win := s.s[s.byteOffset(start):s.byteOffset(stop)]
		if end && strings.HasSuffix(win, sub.s) || !end && strings.HasPrefix(win, sub.s) {
			return 1
		}
		return 0
	}
	if tup, ok := AsTuple(args[0]); ok {
		for _, it := range tup.Items {
			switch check(it) {
			case -1:
				return t.Raisef(TypeErrorType, "tuple for %s must only contain str, not %s", name, TypeOf(it).Name)
			case 1:
				return True
			}
		}
		return False
	}
	switch check(args[0]) {
	case -1:
		return t.Raisef(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, TypeOf(args[0]).Name)
	case 1:
		return True
	}
	return False
}

// strStripArgs is the chars argument of strip/lstrip/rstrip.
func strStrip(t *Thread, name string, self Value, args []Value, kwnames *Tuple, left, right bool) Value {
	if !strArgRange(t, name, args, kwnames, 0, 1) {
		return Null
	}
	s := as[Str](self).s
	chars, byChars := "", false
	if len(args) == 1 && args[0] != None {
		cs, ok := AsStr(args[0])
		if !ok {
			return t.Raisef(TypeErrorType, "%s arg must be None or str", name)
		}
		chars, byChars = cs.s, true
	}
	cut := func(r rune, w int, at int) bool {
		if !byChars {
			return uniIsSpace(r)
		}
		if r < 0x80 {
			return strings.IndexByte(chars, byte(r)) >= 0
		}
		return strings.Contains(chars, s[at:at+w])
	}
	i, j := 0, len(s)
	if left {
		for i < j {
			r, w := runeAt(s, i)
			if !cut(r, w, i) {
				break
			}
			i += w
		}
	}
	if right {
		for j > i {
			r, w := runeBefore(s, j)
			if !cut(r, w, j-w) {
				break
			}
			j -= w
		}
	}
	if i == 0 && j == len(s) && TypeOf(self) == StrType {
		return self
	}
	return NewStr(s[i:j]).Value()
}

// strSplitLines is str.splitlines.
func strSplitLines(s string, keepends bool) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); {
		r, w := runeAt(s, i)
		if !uniIsLinebreak(r) {
			i += w
			continue
		}
		end := i
		i += w
		if r == '\r' && i < len(s) && s[i] == '\n' {
			i++
		}
		if keepends {
			end = i
		}
		parts = append(parts, s[start:end])
		start = i
	}
	if start < len(s) {
		parts = append(parts, s[start:])
	}
	return parts
}

// kwOnlyOne parses a method with one optional argument that may also be
// given by keyword (splitlines(keepends), expandtabs(tabsize)).
func kwOnlyOne(t *Thread, name, kwname string, args []Value, kwnames *Tuple) (Value, bool) {
	pos, kw := kwArgs(args, kwnames)
	if len(pos) > 1 {
		t.Raisef(TypeErrorType, "%s() takes at most 1 argument (%d given)", name, len(args))
		return Null, false
	}
	if len(kw) > 1 {
		t.Raisef(TypeErrorType, "%s() takes at most 1 keyword argument (%d given)", name, len(kw))
		return Null, false
	}
	var v Value
	if len(pos) == 1 {
		v = pos[0]
	}
	for k, x := range kw {
		if k != kwname {
			t.Raisef(TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k)
			return Null, false
		}
		if len(pos) == 1 {
			t.Raisef(TypeErrorType, "argument for %s() given by name ('%s') and position (1)", name, kwname)
			return Null, false
		}
		v = x
	}
	return v, true
}

// strTranslate is str.translate.
func strTranslate(t *Thread, self Value, table Value) Value {
	s := as[Str](self).s
	var b strings.Builder
	var cache map[rune]string
	for i := 0; i < len(s); {
		r, w := runeAt(s, i)
		i += w
		if m, ok := cache[r]; ok {
			b.WriteString(m)
			continue
		}
		v := GetItem(t, table, Int(int64(r)))
		var m string
		if v.IsNull() {
			if !t.ExceptionMatches(LookupErrorType) {
				return Null
			}
			t.Clear()
			var one strings.Builder
			writeRuneWTF8(&one, r)
			m = one.String()
		} else if v == None {
			m = ""
		} else if ms, ok := AsStr(v); ok {
			m = ms.s
		} else if IsInt(v) {
			c, ok := AsInt64(v)
			if !ok || c < 0 || c > 0x10FFFF {
				return t.RaiseMsg(ValueErrorType, "character mapping must be in range(0x110000)")
			}
			var one strings.Builder
			writeRuneWTF8(&one, rune(c))
			m = one.String()
		} else {
			return t.RaiseMsg(TypeErrorType, "character mapping must return integer, None or str")
		}
		if cache == nil {
			cache = map[rune]string{}
		}
		cache[r] = m
		b.WriteString(m)
	}
	return NewStr(b.String()).Value()
}

// strMaketrans is the static method str.maketrans.
func strMaketrans(t *Thread, _ Value, args []Value, kwnames *Tuple) Value {
	if kwnames.Len() > 0 {
		return t.RaiseMsg(TypeErrorType, "str.maketrans() takes no keyword arguments")
	}
	if len(args) < 1 {
		return t.Raisef(TypeErrorType, "maketrans expected at least 1 argument, got %d", len(args))
	}
	if len(args) > 3 {
		return t.Raisef(TypeErrorType, "maketrans expected at most 3 arguments, got %d", len(args))
	}
	d := NewDict()
	if len(args) == 1 {
		src, ok := AsDict(args[0])
		if !ok {
			return t.RaiseMsg(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
		}
		for _, e := range src.entries {
			if e.key.IsNull() {
				continue
			}
			k := e.key
			if ks, ok := AsStr(k); ok {
				if ks.length != 1 {
					return t.RaiseMsg(ValueErrorType, "string keys in translate table must be of length 1")
				}
				r, _ := runeAt(ks.s, 0)
				k = Int(int64(r))
			} else if !IsInt(k) {
				return t.RaiseMsg(TypeErrorType, "keys in translate table must be strings or integers")
			}
			if d.SetItem(t, k, e.value) < 0 {
				return Null
			}
		}
		return d.Value()
	}
	var strs [3]*Str
	for i := 1; i < len(args); i++ {
		s, ok := AsStr(args[i])
		if !ok {
			return t.Raisef(TypeErrorType, "maketrans() argument %d must be str, not %s", i+1, argTypeName(args[i]))
		}
		strs[i] = s
	}
	first, ok := AsStr(args[0])
	if !ok {
		return t.RaiseMsg(TypeErrorType, "first maketrans argument must be a string if there is a second argument")
	}
	strs[0] = first
	if strs[0].length != strs[1].length {
		return t.RaiseMsg(ValueErrorType, "the first two maketrans arguments must have equal length")
	}
	from, to := strRunes(strs[0].s), strRunes(strs[1].s)
	for i, r := range from {
		if d.SetItem(t, Int(int64(r)), Int(int64(to[i]))) < 0 {
			return Null
		}
	}
	if strs[2] != nil {
		for _, r := range strRunes(strs[2].s) {
			if d.SetItem(t, Int(int64(r)), None) < 0 {
				return Null
			}
		}
	}
	return d.Value()
}

// strExpandTabs is str.expandtabs.
func strExpandTabs(s string, tab int) string {
	if strings.IndexByte(s, '\t') < 0 {
		return s
	}
	var b strings.Builder
	col := 0
	for i := 0; i < len(s); {
		r, w := runeAt(s, i)
		switch r {
		case '\t':
			if tab > 0 {
				n := tab - col%tab
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteByte(byte(r))
			col = 0
		default:
			b.WriteString(s[i : i+w])
			col++
		}
		i += w
	}
	return b.String()
}

// strReplace is str.replace(old, new, count=-1).
func strReplace(s, old, nw string, count int) string {
	if count < 0 {
		count = -1
	}
	if old == "" && count != 0 {
		// Insert new around every code point.
		var b strings.Builder
		n := 0
		i := 0
		for ; i <= len(s); n++ {
			if count >= 0 && n >= count {
				break
			}
			b.WriteString(nw)
			if i == len(s) {
				i++
				break
			}
			_, w := runeAt(s, i)
			b.WriteString(s[i : i+w])
			i += w
		}
		if i < len(s) {
			b.WriteString(s[i:])
		}
		return b.String()
	}
	return strings.Replace(s, old, nw, count)
}

func initStrMethodsFull() {
	m := StrType.addMethod
	noArgs := func(name string, f func(string) string) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !strExactArgs(t, name, args, kwnames, 0) {
				return Null
			}
			s := as[Str](self).s
			r := f(s)
			if r == s && TypeOf(self) == StrType {
				return self
			}
			return NewStr(r).Value()
		})
	}
	noArgs("lower", StrLower)
	noArgs("upper", StrUpper)
	noArgs("casefold", StrCasefold)
	noArgs("swapcase", StrSwapcase)
	noArgs("title", StrTitle)
	noArgs("capitalize", StrCapitalize)
	pred := func(name string, f func(string) bool) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !strExactArgs(t, name, args, kwnames, 0) {
				return Null
			}
			return Bool(f(as[Str](self).s))
		})
	}
	pred("isalpha", func(s string) bool { return strAll(s, uniIsAlpha) })
	pred("isalnum", func(s string) bool { return strAll(s, uniIsAlnum) })
	pred("isdecimal", func(s string) bool { return strAll(s, uniIsDecimal) })
	pred("isdigit", func(s string) bool { return strAll(s, uniIsDigit) })
	pred("isnumeric", func(s string) bool { return strAll(s, uniIsNumeric) })
	pred("isspace", func(s string) bool { return strAll(s, uniIsSpace) })
	pred("isprintable", func(s string) bool { return forRunes(s, uniIsPrintable) })
	pred("isascii", isASCIIString)
	pred("islower", StrIsLower)
	pred("isupper", StrIsUpper)
	pred("istitle", StrIsTitle)
	pred("isidentifier", StrIsIdentifier)

	m("find", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return strFind(t, "find", self, args, kwnames, false, false)
	})
	m("rfind", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return strFind(t, "rfind", self, args, kwnames, true, false)
	})
	m("index", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return strFind(t, "index", self, args, kwnames, false, true)
	})
	m("rindex", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return strFind(t, "rindex", self, args, kwnames, true, true)
	})
	m("count", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		s := as[Str](self)
		sub, win, _, empty, ok := strSearchArgs(t, "count", s, args, kwnames)
		if !ok {
			return Null
		}
		if empty {
			return Int(0)
		}
		if sub.s == "" {
			return Int(int64(cpCount(win) + 1))
		}
		return Int(int64(strings.Count(win, sub.s)))
	})
	m("center", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return strPad(t, "center", self, args, kwnames)
	})
	m("ljust", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return strPad(t, "ljust", self, args, kwnames)
	})
	m("rjust", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return strPad(t, "rjust", self, args, kwnames)
	})
	m("zfill", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !strExactArgs(t, "zfill", args, kwnames, 1) {
			return Null
		}
		width, ok := ssizeArg(t, args[0])
		if !ok {
			return Null
		}
		s := as[Str](self)
		n := width - s.length
		if n <= 0 {
			if TypeOf(self) == StrType {
				return self
			}
			return NewStr(s.s).Value()
		}
		if s.s != "" && (s.s[0] == '+' || s.s[0] == '-') {
			return NewStr(s.s[:1] + strings.Repeat("0", n) + s.s[1:]).Value()
		}
		return NewStr(strings.Repeat("0", n) + s.s).Value()
	})
	m("split", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		sep, max, ok := strSplitArgs(t, "split", args, kwnames)
		if !ok {
			return Null
		}
		so := as[Str](self)
		s := so.s
		if sep == nil {
			if so.ascii {
				return splitSpaceASCII(s, max)
			}
			return strList(splitSpace(s, max))
		}
		n := -1
		if max < 1<<62 {
			n = max + 1
		}
		return strList(strings.SplitN(s, sep.s, n))
	})
	m("rsplit", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		sep, max, ok := strSplitArgs(t, "rsplit", args, kwnames)
		if !ok {
			return Null
		}
		s := as[Str](self).s
		if sep == nil {
			return strList(rsplitSpace(s, max))
		}
		var parts []string
		for max > 0 {
			i := strings.LastIndex(s, sep.s)
			if i < 0 {
				break
			}
			parts = append(parts, s[i+len(sep.s):])
			s = s[:i]
			max--
		}
		parts = append(parts, s)
		for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
			parts[a], parts[b] = parts[b], parts[a]
		}
		return strList(parts)
	})
	m("splitlines", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		v, ok := kwOnlyOne(t, "splitlines", "keepends", args, kwnames)
		if !ok {
			return Null
		}
		keep := false
		if !v.IsNull() {
			tr := Truth(t, v)
			if tr < 0 {
				return Null
			}
			keep = tr == 1
		}
		return strList(strSplitLines(as[Str](self).s, keep))
	})
	m("expandtabs", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		v, ok := kwOnlyOne(t, "expandtabs", "tabsize", args, kwnames)
		if !ok {
			return Null
		}
		tab := 8
		if !v.IsNull() {
			r, ok := IndexValue(t, v)
			if !ok {
				return Null
			}
			n, ok := AsInt64(r)
			if !ok || n > 1<<31-1 || n < -1<<31 {
				return t.RaiseMsg(OverflowErrorType, "Python int too large to convert to C int")
			}
			tab = int(n)
		}
		return NewStr(strExpandTabs(as[Str](self).s, tab)).Value()
	})
	m("startswith", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return strStartsEnds(t, "startswith", self, args, kwnames, false)
	})
	m("endswith", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return strStartsEnds(t, "endswith", self, args, kwnames, true)
	})
	m("strip", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return strStrip(t, "strip", self, args, kwnames, true, true)
	})
	m("lstrip", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return strStrip(t, "lstrip", self, args, kwnames, true, false)
	})
	m("rstrip", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return strStrip(t, "rstrip", self, args, kwnames, false, true)
	})
	part := func(name string, last bool) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !strExactArgs(t, name, args, kwnames, 1) {
				return Null
			}
			sep, ok := AsStr(args[0])
			if !ok {
				return t.Raisef(TypeErrorType, "must be str, not %s", TypeOf(args[0]).Name)
			}
			if sep.s == "" {
				return t.RaiseMsg(ValueErrorType, "empty separator")
			}
			s := as[Str](self).s
			var i int
			if last {
				i = strings.LastIndex(s, sep.s)
			} else {
				i = strings.Index(s, sep.s)
			}
			e := emptyStr.Value()
			if i < 0 {
				whole := self
				if TypeOf(self) != StrType {
					whole = NewStr(s).Value()
				}
				if last {
					return NewTuple([]Value{e, e, whole}).Value()
				}
				return NewTuple([]Value{whole, e, e}).Value()
			}
			sv := sep.Value()
			if TypeOf(sv) != StrType {
				sv = NewStr(sep.s).Value()
			}
			return NewTuple([]Value{NewStr(s[:i]).Value(), sv, NewStr(s[i+len(sep.s):]).Value()}).Value()
		})
	}
	part("partition", false)
	part("rpartition", true)
	affix := func(name string, prefix bool) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !strExactArgs(t, name, args, kwnames, 1) {
				return Null
			}
			a, ok := AsStr(args[0])
			if !ok {
				return t.Raisef(TypeErrorType, "%s() argument must be str, not %s", name, argTypeName(args[0]))
			}
			s := as[Str](self).s
			r := s
			if prefix {
				r = strings.TrimPrefix(s, a.s)
			} else {
				r = strings.TrimSuffix(s, a.s)
			}
			if len(r) == len(s) && TypeOf(self) == StrType {
				return self
			}
			return NewStr(r).Value()
		})
	}
	affix("removeprefix", true)
	affix("removesuffix", false)
	m("replace", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		pos, kw := kwArgs(args, kwnames)
		countv := Value(Int(-1))
		for k, v := range kw {
			if k != "count" {
				return t.Raisef(TypeErrorType, "replace() got an unexpected keyword argument '%s'", k)
			}
			if len(pos) > 2 {
				return t.RaiseMsg(TypeErrorType, "argument for replace() given by name ('count') and position (3)")
			}
			countv = v
		}
		if len(pos) < 2 {
			return t.Raisef(TypeErrorType, "replace() takes at least 2 positional arguments (%d given)", len(pos))
		}
		if len(pos) > 3 {
			return t.Raisef(TypeErrorType, "replace() takes at most 3 arguments (%d given)", len(args))
		}
		if len(pos) == 3 {
			countv = pos[2]
		}
		old, ok := strNthArg(t, "replace", pos[0], 1)
		if !ok {
			return Null
		}
		nw, ok := strNthArg(t, "replace", pos[1], 2)
		if !ok {
			return Null
		}
		count, ok := ssizeArg(t, countv)
		if !ok {
			return Null
		}
		return NewStr(strReplace(as[Str](self).s, old.s, nw.s, count)).Value()
	})
	m("translate", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !strExactArgs(t, "translate", args, kwnames, 1) {
			return Null
		}
		return strTranslate(t, self, args[0])
	})
	StrType.Dict.setStrInit("maketrans", fromHeap(&wrapper{Header{StaticMethodType},
		NewBuiltin("maketrans", Null, strMaketrans)}))
	m("join", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !strExactArgs(t, "join", args, kwnames, 1) {
			return Null
		}
		sep := as[Str](self).s
		var items []Value
		if l, ok := AsList(args[0]); ok {
			items = l.Items
		} else if tu, ok := AsTuple(args[0]); ok {
			items = tu.Items
		} else {
			if TypeOf(args[0]).Iter == nil && TypeOf(args[0]).GetItem == nil {
				return t.RaiseMsg(TypeErrorType, "can only join an iterable")
			}
			var ok bool
			items, ok = CollectItems(t, args[0])
			if !ok {
				return Null
			}
		}
		if len(items) == 1 {
			if s, ok := AsStr(items[0]); ok && TypeOf(items[0]) == StrType {
				return s.Value()
			}
		}
		n := len(sep) * max(len(items)-1, 0)
		for i, it := range items {
			s, ok := AsStr(it)
			if !ok {
				return t.Raisef(TypeErrorType, "sequence item %d: expected str instance, %s found", i, TypeOf(it).Name)
			}
			n += len(s.s)
		}
		var b strings.Builder
		b.Grow(n)
		for i, it := range items {
			if i > 0 {
				b.WriteString(sep)
			}
			b.WriteString(as[Str](it).s)
		}
		return NewStr(b.String()).Value()
	})
}

// asciiSpace reports whether the ASCII byte c is whitespace for str.
func asciiSpace(c byte) bool { return c < 0x80 && asciiProps[c]&propSpace != 0 }

// splitSpaceASCII is str.split() of ASCII text: fields counted first, so
// the list, its items and the strs are three allocations.
func splitSpaceASCII(s string, max int) Value {
	n, i := 0, 0
	for {
		for i < len(s) && asciiSpace(s[i]) {
			i++
		}
		if i >= len(s) {
			break
		}
		n++
		if n > max {
			break
		}
		for i < len(s) && !asciiSpace(s[i]) {
			i++
		}
	}
	items := make([]Value, n)
	slab := make([]Str, n)
	i = 0
	for k := 0; k < n; k++ {
		for asciiSpace(s[i]) {
			i++
		}
		j := len(s)
		if k < max {
			j = i
			for j < len(s) && !asciiSpace(s[j]) {
				j++
			}
		}
		if j-i == 1 {
			items[k] = NewStr(s[i:j]).Value()
		} else {
			slab[k].init(s[i:j])
			items[k] = fromHeap(&slab[k])
		}
		i = j
	}
	return NewList(items).Value()
}

// argTypeName names v's type as argument-clinic errors do ("None" for
// None).
func argTypeName(v Value) string {
	if v == None {
		return "None"
	}
	return TypeOf(v).Name
}
