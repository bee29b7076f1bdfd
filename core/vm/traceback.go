package vm

import (
	"io"
	"strings"
	"unicode/utf8"

	"github.com/subpy/subpy/core/object"
)

// PrintException writes exc with its traceback and its chained causes and
// contexts as CPython 3.13 prints an uncaught exception (no colour).
func (t *Thread) PrintException(w io.Writer, exc *object.Exception) {
	var b strings.Builder
	sources := map[string][]string{}
	for name, lines := range t.interp.LineCache {
		sources[name] = lines
	}
	p := &tePrinter{t: t, b: &b, sources: sources, mods: map[*object.Dict]string{}} // traceback_group.go
	p.format(buildTE(exc))
	io.WriteString(w, b.String())
}

// exceptionLine is the last part: "Type: message" (with a suggestion
// for NameError, AttributeError and ImportError), or SyntaxError's
// located form, then the exception's __notes__.
func (t *Thread) exceptionLine(exc *object.Exception) string {
	saved := t.Exc
	defer func() { t.Exc = saved }()
	typ := exc.Type()
	name := typ.QualName
	if typ.Module != "builtins" && typ.Module != "__main__" && typ.Module != "" {
		name = typ.Module + "." + name
	}
	var out string
	if typ.IsSubtype(object.SyntaxErrorType) {
		out = t.syntaxErrorLines(exc, name)
	} else {
		s := object.StrOf(&t.Thread, exc.Value())
		msg := ""
		if s.IsNull() {
			t.Clear()
			msg = "<exception str() failed>"
		} else {
			str, _ := object.AsStr(s)
			msg = str.String()
		}
		msg += t.suggestion(exc)
		if msg == "" {
			out = name + "\n"
		} else {
			out = name + ": " + msg + "\n"
		}
	}
	return out + t.notesText(exc)
}

// notesText formats __notes__: each note's lines, or the repr of a
// __notes__ that is not a sequence.
func (t *Thread) notesText(exc *object.Exception) string {
	notes := exc.Notes()
	if notes.IsNull() {
		return ""
	}
	var items []object.Value
	if l, ok := object.AsList(notes); ok {
		items = l.Items
	} else if tu, ok := object.AsTuple(notes); ok {
		items = tu.Items
	} else if _, ok := object.AsStr(notes); !ok && object.TypeOf(notes).GetItem != nil && object.TypeOf(notes).Len != nil {
		var ok bool
		if items, ok = object.CollectItems(&t.Thread, notes); !ok {
			t.Clear()
			items = nil
		}
	} else {
		r := object.Repr(&t.Thread, notes)
		if r == nil {
			t.Clear()
			return "<__notes__ repr() failed>\n"
		}
		return r.String() + "\n"
	}
	var b strings.Builder
	for _, n := range items {
		s := object.StrOf(&t.Thread, n)
		if s.IsNull() {
			t.Clear()
			b.WriteString("<note str() failed>\n")
			continue
		}
		str, _ := object.AsStr(s)
		for _, l := range strings.Split(str.String(), "\n") {
			b.WriteString(l + "\n")
		}
	}
	return b.String()
}

// syntaxErrorLines is a SyntaxError's last part: its file and line, the
// source text with carets under offset..end_offset, "Type: msg".
func (t *Thread) syntaxErrorLines(exc *object.Exception, stype string) string {
	var b strings.Builder
	get := func(n string) object.Value { return exc.Field(n) }
	suffix := ""
	lineno := get("lineno")
	filename := get("filename")
	if lineno != object.None {
		fn := "<string>"
		if s, ok := object.AsStr(filename); ok && s.String() != "" {
			fn = s.String()
		} else if filename != object.None {
			if r := object.StrOf(&t.Thread, filename); !r.IsNull() {
				fs, _ := object.AsStr(r)
				if fs.String() != "" {
					fn = fs.String()
				}
			}
		}
		ls := object.StrOf(&t.Thread, lineno)
		lstr := "?"
		if !ls.IsNull() {
			x, _ := object.AsStr(ls)
			lstr = x.String()
		}
		b.WriteString("  File \"" + fn + "\", line " + lstr + "\n")
	} else if filename != object.None {
		if r := object.StrOf(&t.Thread, filename); !r.IsNull() {
			fs, _ := object.AsStr(r)
			suffix = " (" + fs.String() + ")"
		}
	}
	if text, ok := object.AsStr(get("text")); ok {
		rtext := strings.TrimRight(text.String(), "\n")
		ltext := strings.TrimLeft(rtext, " \n\f")
		spaces := utf8.RuneCountInString(rtext) - utf8.RuneCountInString(ltext)
		offV := get("offset")
		if offV == object.None {
			b.WriteString("    " + ltext + "\n")
		} else if off64, ok := object.AsInt64(offV); ok {
			offset := int(off64)
			tlen := utf8.RuneCountInString(text.String())
			rlen := utf8.RuneCountInString(rtext)
			var end int
			if eq := object.Equal(&t.Thread, lineno, get("end_lineno")); eq == 1 {
				if e, ok := object.AsInt64(get("end_offset")); ok && e != 0 {
					end = int(e)
				} else {
					end = offset
				}
			} else {
				t.Clear()
				end = rlen + 1
			}
			if tlen > 0 && offset > tlen {
				offset = rlen + 1
			}
			if tlen > 0 && end > tlen {
				end = rlen + 1
			}
			if offset >= end || end < 0 {
				end = offset + 1
			}
			col, endCol := offset-1-spaces, end-1-spaces
			b.WriteString("    " + ltext + "\n")
			if col >= 0 {
				var sp strings.Builder
				i := 0
				for _, c := range ltext {
					if i >= col {
						break
					}
					if c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n' {
						sp.WriteRune(c)
					} else {
						sp.WriteByte(' ')
					}
					i++
				}
				b.WriteString("    " + sp.String() + strings.Repeat("^", max(endCol-col, 0)) + "\n")
			}
		}
	}
	msg := "<no detail available>"
	if m := get("msg"); m != object.None {
		if r := object.StrOf(&t.Thread, m); !r.IsNull() {
			ms, _ := object.AsStr(r)
			if ms.String() != "" {
				msg = ms.String()
			}
		} else {
			t.Clear()
		}
	}
	b.WriteString(stype + ": " + msg + suffix + "\n")
	return b.String()
}

// FormatUncaught is what an uncaught exception prints (CPython's
// PyErr_Display through sys.excepthook): "" when a Python-level
// sys.excepthook handled it, otherwise the text for stderr — the
// traceback, or "Error in sys.excepthook:" and both tracebacks when the
// hook failed, or "sys.excepthook is missing" and the traceback.
func (t *Thread) FormatUncaught(exc *object.Exception) string {
	var b strings.Builder
	sys, ok := object.AsModule(t.interp.Modules.GetStr(object.NewStr("sys")))
	if !ok {
		t.PrintException(&b, exc)
		return b.String()
	}
	hook := sys.Dict.GetStr(object.NewStr("excepthook"))
	if hook.IsNull() {
		b.WriteString("sys.excepthook is missing\n")
		t.PrintException(&b, exc)
		return b.String()
	}
	if orig := sys.Dict.GetStr(object.NewStr("__excepthook__")); hook == orig {
		t.PrintException(&b, exc)
		return b.String()
	}
	saved := t.Exc
	t.Exc = nil
	r := object.Call(&t.Thread, hook, []object.Value{exc.Type().Value(), exc.Value(), exc.TracebackValue()}, nil)
	if !r.IsNull() {
		t.Exc = saved
		return ""
	}
	hookExc := t.Exc
	t.Exc = saved
	b.WriteString("Error in sys.excepthook:\n")
	t.PrintException(&b, hookExc)
	b.WriteString("\nOriginal exception was:\n")
	t.PrintException(&b, exc)
	return b.String()
}
