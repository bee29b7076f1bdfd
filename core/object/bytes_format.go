package object

import (
	"strings"
)

// bytesFormat is bytes % args (PEP 461): %s/%b insert bytes-like
// objects, %r/%a the ASCII repr, numbers format as str's % does.
func bytesFormat(t *Thread, s []byte, b Value, bytearray bool) Value {
	var items []Value
	var mapping Value
	if tu, ok := AsTuple(b); ok {
		items = tu.Items
	} else {
		items = []Value{b}
		_, isBytes := BytesLike(b)
		if _, isStr := AsStr(b); !isStr && !isBytes && TypeOf(b).GetItem != nil && TypeOf(b) != TupleType {
			mapping = b
		}
	}
	next := 0
	var out []byte
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			out = append(out, s[i])
			continue
		}
		i++
		if i >= len(s) {
			return t.RaiseMsg(ValueErrorType, "incomplete format")
		}
		var arg Value
		if s[i] == '(' {
			k := strings.IndexByte(string(s[i:]), ')')
			if mapping.IsNull() {
				return t.RaiseMsg(TypeErrorType, "format requires a mapping")
			}
			if k < 0 {
				return t.RaiseMsg(ValueErrorType, "incomplete format key")
			}
			if arg = GetItem(t, mapping, NewBytes(string(s[i+1:i+k])).Value()); arg.IsNull() {
				return Null
			}
			next = len(items) // after a key, positional specs find no argument
			i += k + 1
		}
		nextArg := func() (Value, bool) {
			if next >= len(items) {
				t.RaiseMsg(TypeErrorType, "not enough arguments for format string")
				return Null, false
			}
			next++
			return items[next-1], true
		}
		var p pctSpec
		k, ok := parsePct(t, string(s), i, &p, nextArg)
		if !ok {
			return Null
		}
		conv := s[k]
		specStart := i
		i = k
		if conv == '%' {
			if k != specStart {
				return t.Raisef(ValueErrorType, "unsupported format character '%%' (0x25) at index %d", k)
			}
			out = append(out, '%')
			continue
		}
		if arg.IsNull() {
			if arg, ok = nextArg(); !ok {
				return Null
			}
		}
		var piece []byte
		switch conv {
		case 's', 'b':
			p, ok := BytesLike(arg)
			if !ok {
				if TypeOf(arg).LookupString("__bytes__").IsNull() {
					return t.Raisef(TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeOf(arg).Name)
				}
				r := CallMethod(t, arg, "__bytes__")
				if r.IsNull() {
					return Null
				}
				if p, ok = BytesLike(r); !ok {
					return t.Raisef(TypeErrorType, "__bytes__ returned non-bytes (type %s)", TypeOf(r).Name)
				}
			}
			piece = p
		case 'c':
			if p, ok := BytesLike(arg); ok {
				if len(p) != 1 {
					return t.RaiseMsg(TypeErrorType, "%c requires an integer in range(256) or a single byte")
				}
				piece = p
			} else if IsInt(arg) {
				n, ok := AsInt64(arg)
				if !ok || n < 0 || n > 255 {
					return t.RaiseMsg(OverflowErrorType, "%c arg not in range(256)")
				}
				piece = []byte{byte(n)}
			} else {
				return t.RaiseMsg(TypeErrorType, "%c requires an integer in range(256) or a single byte")
			}
		case 'r', 'a':
			r := Repr(t, arg)
			if r == nil {
				return Null
			}
			piece = []byte(asciiEscape(r.s))
		default:
			if strings.IndexByte("diuxXoeEfFgG", conv) < 0 {
				if conv >= 0x80 {
					return t.RaiseMsg(ValueErrorType, "character argument not in range(0x110000)")
				}
				return t.Raisef(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", conv, conv, k)
			}
			r, ok := pctNumber(t, conv, &p, arg)
			if !ok {
				return Null
			}
			out = append(out, r...)
			continue
		}
		if p.prec >= 0 && p.prec < len(piece) && conv != 'c' {
			piece = piece[:p.prec]
		}
		pad := p.width - len(piece)
		if pad > 0 && !p.left {
			out = append(out, strings.Repeat(" ", pad)...)
		}
		out = append(out, piece...)
		if pad > 0 && p.left {
			out = append(out, strings.Repeat(" ", pad)...)
		}
	}
	if next < len(items) && mapping.IsNull() {
		return t.RaiseMsg(TypeErrorType, "not all arguments converted during bytes formatting")
	}
	if bytearray {
		return NewByteArray(out).Value()
	}
	return NewBytes(string(out)).Value()
}

func atoiSimple(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// asciiEscape is ascii()'s escaping of a repr.
func asciiEscape(s string) string {
	var sb strings.Builder
	for _, r := range s {
		sb.WriteString(escapeRune(r))
	}
	return sb.String()
}

// escapeRune is r as ascii() shows it.
