package object

import (
	"math/big"
	"strconv"
	"strings"
)

// str.format and printf-style % formatting.

// fmtArgs are the arguments of str.format / str.format_map.
type fmtArgs struct {
	pos     []Value
	kw      map[string]Value
	mapping Value // format_map's mapping; Null for format
	auto    int   // next automatic field number; -1 once manual numbering was used
	manual  bool
}

// strFormatMethod is str.format(*args, **kwargs).
func strFormatMethod(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
	pos, kw := kwArgs(args, kwnames)
	out, ok := formatTemplate(t, as[Str](self).s, &fmtArgs{pos: pos, kw: kw}, 2)
	if !ok {
		return Null
	}
	return NewStr(out).Value()
}

// strFormatMap is str.format_map(mapping).
func strFormatMap(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
	if !strExactArgs(t, "format_map", args, kwnames, 1) {
		return Null
	}
	out, ok := formatTemplate(t, as[Str](self).s, &fmtArgs{mapping: args[0]}, 2)
	if !ok {
		return Null
	}
	return NewStr(out).Value()
}

// formatTemplate expands a str.format template.
func formatTemplate(t *Thread, s string, a *fmtArgs, depth int) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '}' {
			if i+1 < len(s) && s[i+1] == '}' {
				b.WriteByte('}')
				i++
				continue
			}
			t.RaiseMsg(ValueErrorType, "Single '}' encountered in format string")
			return "", false
		}
		if c != '{' {
			b.WriteByte(c)
			continue
		}
		if i+1 < len(s) && s[i+1] == '{' {
			b.WriteByte('{')
			i++
			continue
		}
		if i+1 == len(s) {
			t.RaiseMsg(ValueErrorType, "Single '{' encountered in format string")
			return "", false
		}
		// Find the end of the field: brackets in the name are skipped,
		// braces nest in the spec, the conversion character is taken as is.
		j, nested, inSpec := i+1, 1, false
	scan:
		for j < len(s) {
			c := s[j]
			j++
			if !inSpec {
				switch c {
				case '[':
					for j < len(s) && s[j] != ']' {
						j++
					}
				case '{':
					t.RaiseMsg(ValueErrorType, "unexpected '{' in field name")
					return "", false
				case '}':
					nested = 0
					break scan
				case ':':
					inSpec = true
				case '!':
					if j >= len(s) {
						t.RaiseMsg(ValueErrorType, "end of string while looking for conversion specifier")
						return "", false
					}
					j++
					inSpec = true
				}
				continue
			}
			switch c {
			case '{':
				nested++
			case '}':
				nested--
				if nested == 0 {
					break scan
				}
			}
		}
		if nested > 0 {
			if inSpec {
				t.RaiseMsg(ValueErrorType, "unmatched '{' in format spec")
			} else {
				t.RaiseMsg(ValueErrorType, "expected '}' before end of string")
			}
			return "", false
		}
		r, ok := formatField(t, s[i+1:j-1], a, depth)
		if !ok {
			return "", false
		}
		b.WriteString(r)
		i = j - 1
	}
	return b.String(), true
}

// fieldIndex parses a decimal field number; -1 when name is not one.
func fieldIndex(t *Thread, name string) (int, bool) {
	if name == "" {
		return -1, true
	}
	for i := 0; i < len(name); i++ {
		if name[i] < '0' || name[i] > '9' {
			return -1, true
		}
	}
	n, err := strconv.Atoi(name)
	if err != nil || n > 1<<62 {
		t.RaiseMsg(ValueErrorType, "Too many decimal digits in format string")
		return 0, false
	}
	return n, true
}

func formatField(t *Thread, field string, a *fmtArgs, depth int) (string, bool) {
	// The field name ends at ':' or '!' outside brackets.
	k := 0
	for k < len(field) && field[k] != ':' && field[k] != '!' {
		if field[k] == '[' {
			for k < len(field) && field[k] != ']' {
				k++
			}
			if k == len(field) {
				break
			}
		}
		k++
	}
	name, spec := field[:k], ""
	conv := byte(0)
	if k < len(field) && field[k] == '!' {
		conv = field[k+1]
		k += 2
		if k < len(field) && field[k] != ':' {
			t.RaiseMsg(ValueErrorType, "expected ':' after conversion specifier")
			return "", false
		}
	}
	if k < len(field) {
		spec = field[k+1:]
	}
	end := len(name)
	if e := strings.IndexAny(name, ".["); e >= 0 {
		end = e
	}
	first, rest := name[:end], name[end:]
	idx, ok := fieldIndex(t, first)
	if !ok {
		return "", false
	}
	var v Value
	if first == "" {
		if a.manual {
			t.RaiseMsg(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
			return "", false
		}
		idx = a.auto
		a.auto++
	} else if idx >= 0 {
		if a.auto > 0 {
			t.RaiseMsg(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
			return "", false
		}
		a.manual = true
	}
	if idx >= 0 {
		if !a.mapping.IsNull() {
			t.RaiseMsg(ValueErrorType, "Format string contains positional fields")
			return "", false
		}
		if idx >= len(a.pos) {
			t.Raisef(IndexErrorType, "Replacement index %d out of range for positional args tuple", idx)
			return "", false
		}
		v = a.pos[idx]
	} else if !a.mapping.IsNull() {
		if v = GetItem(t, a.mapping, NewStr(first).Value()); v.IsNull() {
			return "", false
		}
	} else {
		var ok bool
		if v, ok = a.kw[first]; !ok {
			t.Raise(NewException(KeyErrorType, NewStr(first).Value()))
			return "", false
		}
	}
	for rest != "" {
		if rest[0] == '.' {
			e := strings.IndexAny(rest[1:], ".[")
			attr := rest[1:]
			if e >= 0 {
				attr, rest = rest[1:e+1], rest[e+1:]
			} else {
				rest = ""
			}
			if attr == "" {
				t.RaiseMsg(ValueErrorType, "Empty attribute in format string")
				return "", false
			}
			if v = GetAttr(t, v, NewStr(attr)); v.IsNull() {
				return "", false
			}
			continue
		}
		e := strings.IndexByte(rest, ']')
		if e < 0 {
			t.RaiseMsg(ValueErrorType, "Missing ']' in format string")
			return "", false
		}
		key := rest[1:e]
		rest = rest[e+1:]
		if key == "" {
			t.RaiseMsg(ValueErrorType, "Empty attribute in format string")
			return "", false
		}
		if rest != "" && rest[0] != '.' && rest[0] != '[' {
			t.RaiseMsg(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
			return "", false
		}
		var kv Value
		n, ok := fieldIndex(t, key)
		if !ok {
			return "", false
		}
		if n >= 0 {
			kv = Int(int64(n))
		} else {
			kv = NewStr(key).Value()
		}
		if v = GetItem(t, v, kv); v.IsNull() {
			return "", false
		}
	}
	switch conv {
	case 0:
	case 's':
		v = StrOf(t, v)
	case 'r':
		v = ReprValue(t, v)
	case 'a':
		v = ASCII(t, v)
	default:
		if conv < 0x80 {
			t.Raisef(ValueErrorType, "Unknown conversion specifier %c", conv)
		} else {
			t.Raisef(ValueErrorType, "Unknown conversion specifier \\x%x", conv)
		}
		return "", false
	}
	if v.IsNull() {
		return "", false
	}
	if strings.IndexByte(spec, '{') >= 0 {
		if depth <= 1 {
			t.RaiseMsg(ValueErrorType, "Max string recursion exceeded")
			return "", false
		}
		var ok bool
		if spec, ok = formatTemplate(t, spec, a, depth-1); !ok {
			return "", false
		}
	}
	r := Format(t, v, spec)
	if r.IsNull() {
		return "", false
	}
	return as[Str](r).s, true
}

// pctSpec is one printf-style conversion's flags, width and precision.
type pctSpec struct {
	left, plus, space, alt, zero bool
	width, prec                  int // prec -1: none
}

// pctPad pads body (whose sign/prefix part is head) to the width: zeros
// after the head when zero-padding numbers, spaces otherwise.
func (p *pctSpec) pad(head, body string, numeric bool) string {
	n := cpCount(head) + cpCount(body)
	if n >= p.width {
		return head + body
	}
	fill := p.width - n
	switch {
	case p.left:
		return head + body + strings.Repeat(" ", fill)
	case p.zero && numeric:
		return head + strings.Repeat("0", fill) + body
	}
	return strings.Repeat(" ", fill) + head + body
}

// pctNumber formats arg for the numeric conversions d i u x X o e E f F
// g G; ok false with the exception set.
func pctNumber(t *Thread, conv byte, p *pctSpec, arg Value) (string, bool) {
	switch conv {
	case 'd', 'i', 'u', 'x', 'X', 'o':
		v := arg
		if !IsInt(v) {
			typ := TypeOf(v)
			if conv == 'd' || conv == 'i' || conv == 'u' {
				if !(v.IsFloat() || typ.layout == FloatType) && !HasIndex(v) &&
					typ.LookupString("__int__").IsNull() && typ.LookupString("__float__").IsNull() {
					t.Raisef(TypeErrorType, "%%%c format: a real number is required, not %s", conv, typ.Name)
					return "", false
				}
				if v = CallArgs(t, IntType.Value(), v); v.IsNull() {
					return "", false
				}
			} else {
				if !HasIndex(v) {
					t.Raisef(TypeErrorType, "%%%c format: an integer is required, not %s", conv, typ.Name)
					return "", false
				}
				var ok bool
				if v, ok = IndexValue(t, v); !ok {
					return "", false
				}
			}
		}
		small, b, _ := intParts(v)
		var neg bool
		var abs *big.Int
		if b == nil {
			neg = small < 0
		} else {
			neg = b.Sign() < 0
			abs = new(big.Int).Abs(b)
		}
		text := func(base int) string {
			if abs != nil {
				return abs.Text(base)
			}
			u := uint64(small)
			if neg {
				u = uint64(-small)
			}
			return strconv.FormatUint(u, base)
		}
		var digits, prefix string
		switch conv {
		case 'x':
			digits, prefix = text(16), "0x"
		case 'X':
			digits, prefix = strings.ToUpper(text(16)), "0X"
		case 'o':
			digits, prefix = text(8), "0o"
		default:
			if b != nil && !CheckIntStrLimit(t, v) {
				return "", false
			}
			digits = text(10)
		}
		if !p.alt {
			prefix = ""
		}
		if p.prec > len(digits) {
			digits = strings.Repeat("0", p.prec-len(digits)) + digits
		}
		head := ""
		switch {
		case neg:
			head = "-"
		case p.plus:
			head = "+"
		case p.space:
			head = " "
		}
		return p.pad(head+prefix, digits, true), true
	}
	var x float64
	if arg.IsFloat() || TypeOf(arg).layout == FloatType {
		x = arg.FloatVal()
	} else if IsInt(arg) {
		var ok bool
		if x, ok = IntToFloat(t, arg); !ok {
			return "", false
		}
	} else {
		f := CallArgs(t, FloatType.Value(), arg)
		if f.IsNull() {
			if t.ExceptionMatches(TypeErrorType) || t.ExceptionMatches(ValueErrorType) {
				t.Clear()
				t.Raisef(TypeErrorType, "must be real number, not %s", TypeOf(arg).Name)
			}
			return "", false
		}
		x = f.FloatVal()
	}
	f := formatSpec{fill: ' ', precision: p.prec, alt: p.alt, typ: conv}
	if f.precision < 0 {
		f.precision = 6
	}
	switch {
	case p.plus:
		f.sign = '+'
	case p.space:
		f.sign = ' '
	}
	r := formatFloat(t, x, f)
	if r.IsNull() {
		return "", false
	}
	body := as[Str](r).s
	head := ""
	if body != "" && (body[0] == '-' || body[0] == '+' || body[0] == ' ') {
		head, body = body[:1], body[1:]
	}
	return p.pad(head, body, true), true
}

// parsePct parses the flags, width and precision at s[i:] ('*' takes an
// int from next()); it returns the index of the conversion character.
func parsePct(t *Thread, s string, i int, p *pctSpec, next func() (Value, bool)) (int, bool) {
	for ; i < len(s); i++ {
		switch s[i] {
		case '-':
			p.left = true
			continue
		case '+':
			p.plus = true
			continue
		case ' ':
			p.space = true
			continue
		case '#':
			p.alt = true
			continue
		case '0':
			p.zero = true
			continue
		}
		break
	}
	star := func() (int, bool) {
		v, ok := next()
		if !ok {
			return 0, false
		}
		if !IsInt(v) {
			t.RaiseMsg(TypeErrorType, "* wants int")
			return 0, false
		}
		n, ok := AsInt64(v)
		if !ok || n > 1<<31-1 || n < -(1<<31-1) {
			t.RaiseMsg(ValueErrorType, "width too big")
			return 0, false
		}
		return int(n), true
	}
	p.prec = -1
	if i < len(s) && s[i] == '*' {
		w, ok := star()
		if !ok {
			return 0, false
		}
		if w < 0 {
			p.left, w = true, -w
		}
		p.width = w
		i++
	} else {
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			p.width = p.width*10 + int(s[i]-'0')
			if p.width > 1<<31-1 {
				t.RaiseMsg(ValueErrorType, "width too big")
				return 0, false
			}
			i++
		}
	}
	if i < len(s) && s[i] == '.' {
		i++
		p.prec = 0
		if i < len(s) && s[i] == '*' {
			w, ok := star()
			if !ok {
				return 0, false
			}
			p.prec = max(w, 0)
			i++
		} else {
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				p.prec = p.prec*10 + int(s[i]-'0')
				if p.prec > 1<<31-1 {
					t.RaiseMsg(ValueErrorType, "precision too big")
					return 0, false
				}
				i++
			}
		}
	}
	for i < len(s) && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L') {
		i++
	}
	if i >= len(s) {
		t.RaiseMsg(ValueErrorType, "incomplete format")
		return 0, false
	}
	return i, true
}

// pctIsMapping is the test % applies to its right operand for
// %(name)s: a mapping that is neither a tuple nor a str.
func pctIsMapping(v Value) bool {
	typ := TypeOf(v)
	if typ.GetItem == nil {
		return false
	}
	if _, ok := AsTuple(v); ok {
		return false
	}
	if _, ok := AsStr(v); ok {
		return false
	}
	if _, ok := BytesLike(v); ok {
		return false
	}
	return true
}

// strPercent is str % args (printf-style formatting).
func strPercent(t *Thread, a, b Value) Value {
	fs, ok := AsStr(a)
	if !ok {
		return NotImplemented
	}
	s := fs.s
	var items []Value
	mapping := Null
	if tu, ok := AsTuple(b); ok {
		items = tu.Items
	} else {
		items = []Value{b}
		if pctIsMapping(b) {
			mapping = b
		}
	}
	nextIdx := 0
	next := func() (Value, bool) {
		if nextIdx >= len(items) {
			t.RaiseMsg(TypeErrorType, "not enough arguments for format string")
			return Null, false
		}
		nextIdx++
		return items[nextIdx-1], true
	}
	var out strings.Builder
	out.Grow(len(s) + 16)
	usedKey := false
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			j := strings.IndexByte(s[i:], '%')
			if j < 0 {
				out.WriteString(s[i:])
				break
			}
			out.WriteString(s[i : i+j])
			i += j - 1
			continue
		}
		i++
		if i >= len(s) {
			return t.RaiseMsg(ValueErrorType, "incomplete format")
		}
		var arg Value
		if s[i] == '(' {
			if mapping.IsNull() {
				return t.RaiseMsg(TypeErrorType, "format requires a mapping")
			}
			depth, k := 1, i+1
			for k < len(s) && depth > 0 {
				switch s[k] {
				case '(':
					depth++
				case ')':
					depth--
				}
				k++
			}
			if depth > 0 {
				return t.RaiseMsg(ValueErrorType, "incomplete format key")
			}
			if arg = GetItem(t, mapping, NewStr(s[i+1:k-1]).Value()); arg.IsNull() {
				return Null
			}
			usedKey = true
			nextIdx = len(items) // after a key, positional specs find no argument
			i = k
		}
		var p pctSpec
		specStart := i
		k, ok := parsePct(t, s, i, &p, next)
		if !ok {
			return Null
		}
		i = k
		conv := s[k]
		if conv == '%' {
			if k != specStart {
				return t.Raisef(ValueErrorType, "unsupported format character '%%' (0x25) at index %d", cpCount(s[:k]))
			}
			out.WriteByte('%')
			continue
		}
		if arg.IsNull() {
			if arg, ok = next(); !ok {
				return Null
			}
		}
		switch conv {
		case 's', 'r', 'a':
			var r Value
			switch conv {
			case 's':
				r = StrOf(t, arg)
			case 'r':
				r = ReprValue(t, arg)
			default:
				r = ASCII(t, arg)
			}
			if r.IsNull() {
				return Null
			}
			str := as[Str](r)
			if p.prec >= 0 && p.prec < str.length {
				str = str.Substr(0, p.prec)
			}
			out.WriteString(p.pad("", str.s, false))
		case 'c':
			var ch string
			if cs, ok := AsStr(arg); ok {
				if cs.length != 1 {
					return t.RaiseMsg(TypeErrorType, "%c requires int or char")
				}
				ch = cs.s
			} else if IsInt(arg) || HasIndex(arg) {
				iv, ok := IndexValue(t, arg)
				if !ok {
					return Null
				}
				n, ok := AsInt64(iv)
				if !ok || n < 0 || n > 0x10FFFF {
					return t.RaiseMsg(OverflowErrorType, "%c arg not in range(0x110000)")
				}
				var sb strings.Builder
				writeRuneWTF8(&sb, rune(n))
				ch = sb.String()
			} else {
				return t.RaiseMsg(TypeErrorType, "%c requires int or char")
			}
			out.WriteString(p.pad("", ch, false))
		case 'd', 'i', 'u', 'x', 'X', 'o', 'e', 'E', 'f', 'F', 'g', 'G':
			r, ok := pctNumber(t, conv, &p, arg)
			if !ok {
				return Null
			}
			out.WriteString(r)
		default:
			r, _ := decodeWTF8(s[k:])
			shown := r
			if r < 31 || r > 126 {
				shown = '?'
			}
			return t.Raisef(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", shown, r, cpCount(s[:k]))
		}
	}
	if nextIdx < len(items) && mapping.IsNull() {
		return t.RaiseMsg(TypeErrorType, "not all arguments converted during string formatting")
	}
	_ = usedKey
	return NewStr(out.String()).Value()
}

func initStrFormat() {
	initStrMethodsFull()
	StrType.addMethod("format", strFormatMethod)
	StrType.addMethod("format_map", strFormatMap)
	StrType.Binary[nbMod] = strPercent
}
