package object

import (
	"strconv"
	"strings"
)

// str.format and printf-style % formatting.

// strFormatMethod is str.format(*args, **kwargs).
func strFormatMethod(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
	pos, kw := kwArgs(args, kwnames)
	out, ok := formatTemplate(t, as[Str](self).s, pos, kw, new(int), 2)
	if !ok {
		return Null
	}
	return NewStr(out).Value()
}

// formatTemplate expands a str.format template; auto counts automatic
// field numbers (-1 once manual numbering was used).
func formatTemplate(t *Thread, s string, pos []Value, kw map[string]Value, auto *int, depth int) (string, bool) {
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
		// Find the matching '}' (nested braces in the spec).
		level, j := 1, i+1
		for ; j < len(s) && level > 0; j++ {
			switch s[j] {
			case '{':
				level++
			case '}':
				level--
			}
		}
		if level > 0 {
			t.RaiseMsg(ValueErrorType, "expected '}' before end of string")
			return "", false
		}
		field := s[i+1 : j-1]
		i = j - 1
		r, ok := formatField(t, field, pos, kw, auto, depth)
		if !ok {
			return "", false
		}
		b.WriteString(r)
	}
	return b.String(), true
}

func formatField(t *Thread, field string, pos []Value, kw map[string]Value, auto *int, depth int) (string, bool) {
	name, spec := field, ""
	conv := byte(0)
	if k := strings.IndexByte(field, ':'); k >= 0 {
		name, spec = field[:k], field[k+1:]
	}
	if k := strings.IndexByte(name, '!'); k >= 0 {
		if k+2 != len(name) {
			t.RaiseMsg(ValueErrorType, "expected ':' after conversion specifier")
			return "", false
		}
		conv = name[k+1]
		name = name[:k]
	}
	// The first part: a number, a name, or empty (automatic numbering).
	end := len(name)
	if k := strings.IndexAny(name, ".["); k >= 0 {
		end = k
	}
	first, rest := name[:end], name[end:]
	var v Value
	if first == "" {
		if *auto < 0 {
			t.RaiseMsg(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
			return "", false
		}
		first = strconv.Itoa(*auto)
		*auto++
	} else if _, err := strconv.Atoi(first); err == nil {
		if *auto > 0 {
			t.RaiseMsg(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
			return "", false
		}
		*auto = -1
	}
	if n, err := strconv.Atoi(first); err == nil {
		if n >= len(pos) {
			t.Raisef(IndexErrorType, "Replacement index %d out of range for positional args tuple", n)
			return "", false
		}
		v = pos[n]
	} else {
		var ok bool
		if v, ok = kw[first]; !ok {
			t.Raise(NewException(KeyErrorType, NewStr(first).Value()))
			return "", false
		}
	}
	for rest != "" {
		if rest[0] == '.' {
			k := strings.IndexAny(rest[1:], ".[")
			attr := rest[1:]
			if k >= 0 {
				attr, rest = rest[1:k+1], rest[k+1:]
			} else {
				rest = ""
			}
			if v = GetAttr(t, v, NewStr(attr)); v.IsNull() {
				return "", false
			}
			continue
		}
		k := strings.IndexByte(rest, ']')
		if k < 0 {
			t.RaiseMsg(ValueErrorType, "Missing ']' in format string")
			return "", false
		}
		key := rest[1:k]
		rest = rest[k+1:]
		var kv Value
		if n, err := strconv.Atoi(key); err == nil {
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
		v = ReprValue(t, v) // TODO(engine): ascii()
	default:
		t.Raisef(ValueErrorType, "Unknown conversion specifier %c", conv)
		return "", false
	}
	if v.IsNull() {
		return "", false
	}
	if strings.IndexByte(spec, '{') >= 0 {
		if depth == 0 {
			t.RaiseMsg(ValueErrorType, "Max string recursion exceeded")
			return "", false
		}
		var ok bool
		if spec, ok = formatTemplate(t, spec, pos, kw, auto, depth-1); !ok {
			return "", false
		}
	}
	r := Format(t, v, spec)
	if r.IsNull() {
		return "", false
	}
	return as[Str](r).s, true
}

// strPercent is str % args (printf-style formatting).
func strPercent(t *Thread, a, b Value) Value {
	fs, ok := AsStr(a)
	if !ok {
		return NotImplemented
	}
	s := fs.s
	var items []Value
	var mapping Value
	if tu, ok := AsTuple(b); ok {
		items = tu.Items
	} else {
		items = []Value{b}
		if _, isStr := AsStr(b); !isStr && TypeOf(b).GetItem != nil && TypeOf(b) != TupleType {
			mapping = b
		}
	}
	next := 0
	var out strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			out.WriteByte(s[i])
			continue
		}
		i++
		if i >= len(s) {
			return t.RaiseMsg(ValueErrorType, "incomplete format")
		}
		var arg Value
		if s[i] == '(' {
			k := strings.IndexByte(s[i:], ')')
			if k < 0 || mapping.IsNull() {
				if mapping.IsNull() {
					return t.RaiseMsg(TypeErrorType, "format requires a mapping")
				}
				return t.RaiseMsg(ValueErrorType, "incomplete format key")
			}
			if arg = GetItem(t, mapping, NewStr(s[i+1:i+k]).Value()); arg.IsNull() {
				return Null
			}
			i += k + 1
		}
		// flags, width, precision
		j := i
		for j < len(s) && strings.IndexByte("-+ #0", s[j]) >= 0 {
			j++
		}
		flags := s[i:j]
		k := j
		for k < len(s) && (s[k] >= '0' && s[k] <= '9' || s[k] == '.' || s[k] == '*') {
			k++
		}
		widthPrec := s[j:k]
		if k >= len(s) {
			return t.RaiseMsg(ValueErrorType, "incomplete format")
		}
		conv := s[k]
		i = k
		if conv == '%' {
			out.WriteByte('%')
			continue
		}
		if arg.IsNull() {
			if next >= len(items) {
				return t.RaiseMsg(TypeErrorType, "not enough arguments for format string")
			}
			arg = items[next]
			next++
		}
		spec := ""
		align := ">"
		if strings.Contains(flags, "-") {
			align = "<"
		}
		sign := ""
		if strings.Contains(flags, "+") {
			sign = "+"
		} else if strings.Contains(flags, " ") {
			sign = " "
		}
		zero := strings.Contains(flags, "0") && align == ">"
		alt := strings.Contains(flags, "#")
		var r Value
		switch conv {
		case 's', 'r', 'a':
			if conv == 's' {
				r = StrOf(t, arg)
			} else {
				r = ReprValue(t, arg)
			}
			if r.IsNull() {
				return Null
			}
			spec = align + widthPrec
			r = Format(t, r, spec)
		case 'd', 'i', 'u', 'x', 'X', 'o', 'e', 'E', 'f', 'F', 'g', 'G', 'c':
			if !IsInt(arg) && !arg.IsFloat() {
				if conv == 'c' {
					if cs, ok := AsStr(arg); ok && cs.length == 1 {
						r = Format(t, arg, align+widthPrec)
						break
					}
				}
				return t.Raisef(TypeErrorType, "%%%c format: a real number is required, not %s", conv, TypeOf(arg).Name)
			}
			if (conv == 'd' || conv == 'i' || conv == 'u' || conv == 'x' || conv == 'X' || conv == 'o') && arg.IsFloat() {
				if arg = CallArgs(t, IntType.Value(), arg); arg.IsNull() {
					return Null
				}
			}
			c := conv
			if c == 'i' || c == 'u' {
				c = 'd'
			}
			spec = align + sign
			if alt {
				spec += "#"
			}
			if zero {
				spec = "0" + spec[1:]
				spec = "=" + spec[1:]
				spec = "0" + spec
			}
			spec += widthPrec + string(c)
			r = Format(t, arg, spec)
		default:
			return t.Raisef(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", conv, conv, k)
		}
		if r.IsNull() {
			return Null
		}
		out.WriteString(as[Str](r).s)
	}
	if next < len(items) && mapping.IsNull() {
		return t.RaiseMsg(TypeErrorType, "not all arguments converted during string formatting")
	}
	return NewStr(out.String()).Value()
}

func initStrFormat() {
	StrType.addMethod("format", strFormatMethod)
	StrType.Binary[nbMod] = strPercent
}
