package vm

import (
	"fmt"
	"strings"

	"github.com/subpy/subpy/core/object"
)

// CallFunction runs a Python function from Go (object.Evaluator): it
// pushes the frame and runs the dispatch loop until that frame returns.
func (t *Thread) CallFunction(fn *object.Function, args []object.Value, kwnames *object.Tuple) object.Value {
	if fn.Code.Flags&object.CodeGenerator != 0 {
		return t.makeGenerator(fn, args, kwnames)
	}
	if !t.EnterCall("") {
		return object.Null
	}
	f := t.enterFunction(fn, args, kwnames)
	if f == nil {
		t.LeaveCall()
		return object.Null
	}
	f.entry = true
	r := t.run()
	t.LeaveCall()
	return r
}

// enterFunction pushes fn's frame with its arguments bound (nil on error,
// the exception set).
func (t *Thread) enterFunction(fn *object.Function, args []object.Value, kwnames *object.Tuple) *Frame {
	if t.depth >= t.interp.RecursionLimit {
		t.RaiseMsg(object.RecursionErrorType, "maximum recursion depth exceeded")
		return nil
	}
	code := fn.Code
	f := t.pushFrame(code)
	f.fn, f.globals, f.builtins = fn, fn.Globals, fn.Builtins
	locals := f.slots[:code.NLocals()]
	if kwnames == nil && len(args) == code.ArgCount && code.Flags&(object.CodeVarargs|object.CodeVarkw) == 0 && code.KwOnlyArgCount == 0 {
		for i, a := range args {
			locals[i] = a
		}
		clear(locals[len(args):])
	} else if clear(locals); !t.bindArgs(fn, f.slots, args, kwnames) {
		t.popFrame()
		return nil
	}
	if fn.Closure != nil {
		// COPY_FREE_VARS does it in CPython; cells go to the last slots.
		copy(f.slots[code.NLocals()-code.NFree:], fn.Closure.Items)
	}
	t.depth++
	return f
}

// bindArgs binds positional and keyword arguments, defaults, *args and
// **kwargs into the local slots, with CPython's error messages.
func (t *Thread) bindArgs(fn *object.Function, slots, args []object.Value, kwnames *object.Tuple) bool {
	code := fn.Code
	nkw := kwnames.Len()
	npos := len(args) - nkw
	argc := code.ArgCount
	kwonly := code.KwOnlyArgCount
	varargs := code.Flags&object.CodeVarargs != 0
	varkw := code.Flags&object.CodeVarkw != 0
	next := argc + kwonly
	var kwdict *object.Dict
	if varargs {
		next++
	}
	if varkw {
		kwdict = object.NewDict()
		slots[next] = kwdict.Value()
	}
	n := min(npos, argc)
	copy(slots, args[:n])
	if varargs {
		extra := args[n:npos]
		slots[argc+kwonly] = object.NewTuple(append([]object.Value(nil), extra...)).Value()
	}
	for i := 0; i < nkw; i++ {
		name, _ := object.AsStr(kwnames.Items[i])
		val := args[npos+i]
		j := -1
		for k := code.PosOnlyArgCount; k < argc+kwonly; k++ {
			if code.LocalNames[k] == name.String() {
				j = k
				break
			}
		}
		if j < 0 {
			if kwdict != nil {
				kwdict.SetStr(name, val)
				continue
			}
			for k := 0; k < code.PosOnlyArgCount; k++ {
				if code.LocalNames[k] == name.String() {
					t.Raisef(object.TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", fn.QualName, name.String())
					return false
				}
			}
			// CPython 3.13 suggests the nearest keyword-capable parameter.
			if sug := closestName(code.LocalNames[code.PosOnlyArgCount:argc+kwonly], name.String()); sug != "" {
				t.Raisef(object.TypeErrorType, "%s() got an unexpected keyword argument '%s'. Did you mean '%s'?", fn.QualName, name.String(), sug)
				return false
			}
			t.Raisef(object.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fn.QualName, name.String())
			return false
		}
		if !slots[j].IsNull() {
			t.Raisef(object.TypeErrorType, "%s() got multiple values for argument '%s'", fn.QualName, name.String())
			return false
		}
		slots[j] = val
	}
	if !varargs && npos > argc {
		return t.tooManyPositional(fn, npos, nkw, slots)
	}
	// Defaults for missing positional parameters.
	ndef := fn.Defaults.Len()
	var missing []string
	for i := npos; i < argc; i++ {
		if !slots[i].IsNull() {
			continue
		}
		if d := i - (argc - ndef); d >= 0 {
			slots[i] = fn.Defaults.Items[d]
		} else {
			missing = append(missing, code.LocalNames[i])
		}
	}
	if len(missing) > 0 {
		t.raiseMissing(fn, missing, "positional")
		return false
	}
	for i := argc; i < argc+kwonly; i++ {
		if !slots[i].IsNull() {
			continue
		}
		if fn.KwDefaults != nil {
			if v := fn.KwDefaults.GetStr(object.NewStr(code.LocalNames[i])); !v.IsNull() {
				slots[i] = v
				continue
			}
		}
		missing = append(missing, code.LocalNames[i])
	}
	if len(missing) > 0 {
		t.raiseMissing(fn, missing, "keyword-only")
		return false
	}
	return true
}

func (t *Thread) raiseMissing(fn *object.Function, names []string, kind string) {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	s := "s"
	if len(names) == 1 {
		s = ""
	}
	t.Raisef(object.TypeErrorType, "%s() missing %d required %s argument%s: %s", fn.QualName, len(names), kind, s, list)
}

func (t *Thread) tooManyPositional(fn *object.Function, given, nkw int, slots []object.Value) bool {
	code := fn.Code
	argc := code.ArgCount
	ndef := fn.Defaults.Len()
	var takes string
	if ndef > 0 {
		takes = fmt.Sprintf("from %d to %d positional arguments", argc-ndef, argc)
	} else {
		s := "s"
		if argc == 1 {
			s = ""
		}
		takes = fmt.Sprintf("%d positional argument%s", argc, s)
	}
	kwGiven := 0
	for i := argc; i < argc+code.KwOnlyArgCount; i++ {
		if !slots[i].IsNull() {
			kwGiven++
		}
	}
	_ = nkw
	was := "was"
	if given != 1 {
		was = "were"
	}
	if kwGiven > 0 {
		s := "s"
		if kwGiven == 1 {
			s = ""
		}
		ps := "s"
		if given == 1 {
			ps = ""
		}
		t.Raisef(object.TypeErrorType, "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given", fn.QualName, takes, given, ps, kwGiven, s)
		return false
	}
	t.Raisef(object.TypeErrorType, "%s() takes %s but %d %s given", fn.QualName, takes, given, was)
	return false
}
