// Package warnings is the builtin module warnings: warn and warn_explicit
// (the filters, the once-per-location registries, "error" raising) are
// written in Go so they add no frame of their own to a traceback; the
// filter editing functions, catch_warnings, WarningMessage and the
// showwarning/formatwarning hooks are Python source (warnings_py.go) run
// in the module's namespace when it is first imported. Module is its
// vm.ModuleDef.
package warnings

import (
	"regexp"
	"strings"

	"github.com/subpy/subpy/core/compile"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/parser"
	"github.com/subpy/subpy/core/vm"
)

// Module is the warnings module's definition.
type Module struct{}

var _ vm.LazyModuleDef = Module{}

// Name implements vm.ModuleDef.
func (Module) Name() string { return "warnings" }

// Lazy implements vm.LazyModuleDef: warnings is created on first import.
func (Module) Lazy() bool { return true }

const srcName = "<frozen warnings>"

// Exec implements vm.ModuleDef.
func (Module) Exec(t *vm.Thread, m *object.Module) bool {
	d := m.Dict
	set := func(name string, v object.Value) { d.SetStr(object.NewStr(name), v) }
	fn := func(name string, f object.MethodFunc) { set(name, object.NewBuiltin(name, m.Value(), f)) }
	fn("warn", func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		th := ot.Eval.(*vm.Thread)
		a, ok := parseArgs(th, "warn", args, kw, []string{"message", "category", "stacklevel", "source", "skip_file_prefixes"}, 1)
		if !ok {
			return object.Null
		}
		level := int64(1)
		if !a[2].IsNull() {
			n, ok := object.AsInt64(a[2])
			if !ok {
				return th.Raisef(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", object.TypeOf(a[2]).Name)
			}
			level = n
		}
		if !warn(th, m, a[0], a[1], int(level), a[3]) {
			return object.Null
		}
		return object.None
	})
	fn("warn_explicit", func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		th := ot.Eval.(*vm.Thread)
		a, ok := parseArgs(th, "warn_explicit", args, kw, []string{"message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"}, 4)
		if !ok {
			return object.Null
		}
		fs, ok := object.AsStr(a[2])
		if !ok {
			return th.Raisef(object.TypeErrorType, "warn_explicit() argument 'filename' must be str, not %s", object.TypeOf(a[2]).Name)
		}
		ln, ok := object.AsInt64(a[3])
		if !ok {
			return th.Raisef(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", object.TypeOf(a[3]).Name)
		}
		reg := a[5]
		if reg.IsNull() {
			reg = object.None
		}
		if !warnExplicit(th, m, a[0], categoryOrDefault(a[1]), fs.String(), int(ln), a[4], reg, a[7]) {
			return object.Null
		}
		return object.None
	})
	fn("_rematch", func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) != 3 {
			return ot.RaiseMsg(object.TypeErrorType, "_rematch() takes 3 arguments")
		}
		p, ok1 := object.AsStr(args[0])
		s, ok2 := object.AsStr(args[2])
		flags, _ := object.AsInt64(args[1])
		if !ok1 || !ok2 {
			return object.False
		}
		pat := p.String()
		if strings.HasSuffix(pat, `\Z`) && !strings.HasSuffix(pat, `\\Z`) {
			pat = pat[:len(pat)-2] + `\z` // Python's end of text
		}
		expr := "^(?:" + pat + ")"
		if flags&2 != 0 {
			expr = "(?i)" + expr
		}
		re, err := regexp.Compile(expr)
		if err != nil {
			return object.Bool(strings.HasPrefix(s.String(), p.String()))
		}
		return object.Bool(re.MatchString(s.String()))
	})
	fn("_escape", func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) != 1 {
			return ot.RaiseMsg(object.TypeErrorType, "_escape() takes 1 argument")
		}
		s, ok := object.AsStr(args[0])
		if !ok {
			return ot.Raisef(object.TypeErrorType, "_escape() argument must be str, not %s", object.TypeOf(args[0]).Name)
		}
		return object.NewStr(regexp.QuoteMeta(s.String())).Value()
	})
	fn("_getline", func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		th := ot.Eval.(*vm.Thread)
		if len(args) != 2 {
			return ot.RaiseMsg(object.TypeErrorType, "_getline() takes 2 arguments")
		}
		f, ok1 := object.AsStr(args[0])
		n, ok2 := object.AsInt64(args[1])
		if !ok1 || !ok2 {
			return object.None
		}
		if line, ok := th.SourceLine(f.String(), int(n)); ok {
			return object.NewStr(line + "\n").Value()
		}
		return object.None
	})
	mod, err := parser.ParseFile(srcName, []byte(pySource), parser.Exec, parser.Options{})
	if err != nil {
		th := t
		th.Raisef(object.SystemErrorType, "warnings: %v", err)
		return false
	}
	code, err := compile.Compile(mod, srcName)
	if err != nil {
		t.Raisef(object.SystemErrorType, "warnings: %v", err)
		return false
	}
	return t.RunModuleCode(code, m)
}

// parseArgs binds positional and keyword arguments to names; unset ones
// are NULL.
func parseArgs(t *vm.Thread, fname string, args []object.Value, kw *object.Tuple, names []string, required int) ([]object.Value, bool) {
	out := make([]object.Value, len(names))
	npos := len(args) - kw.Len()
	if npos > len(names) {
		t.Raisef(object.TypeErrorType, "%s() takes at most %d arguments (%d given)", fname, len(names), npos)
		return nil, false
	}
	copy(out, args[:npos])
	for i := 0; i < kw.Len(); i++ {
		k, _ := object.AsStr(kw.Items[i])
		j := -1
		for x, n := range names {
			if n == k.String() {
				j = x
			}
		}
		if j < 0 {
			t.Raisef(object.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, k.String())
			return nil, false
		}
		if !out[j].IsNull() {
			t.Raisef(object.TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, k.String(), j+1)
			return nil, false
		}
		out[j] = args[npos+i]
	}
	for i := 0; i < required; i++ {
		if out[i].IsNull() {
			t.Raisef(object.TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
			return nil, false
		}
	}
	return out, true
}

func categoryOrDefault(c object.Value) object.Value {
	if c.IsNull() || c == object.None {
		return object.UserWarningType.Value()
	}
	return c
}

func getattr(t *vm.Thread, m *object.Module, name string) object.Value {
	return m.Dict.GetStr(object.NewStr(name))
}

// warn is warnings.warn: the location is the frame stacklevel levels up.
func warn(t *vm.Thread, m *object.Module, message, category object.Value, stacklevel int, source object.Value) bool {
	if category.IsNull() || category == object.None {
		category = object.UserWarningType.Value()
	}
	if e, ok := object.AsException(message); ok && e.Type().IsSubtype(object.WarningType) {
		category = e.Type().Value()
	}
	if ct := object.AsType(category); ct == nil || !ct.IsSubtype(object.WarningType) {
		t.Raisef(object.TypeErrorType, "category must be a Warning subclass, not '%s'", object.TypeOf(category).Name)
		return false
	}
	var globals *object.Dict
	filename, lineno := "<sys>", 0
	if fr := t.CallerFrameObject(stacklevel - 1); fr != nil && stacklevel >= 1 {
		globals = fr.Globals
		filename = fr.Code.Filename
		lineno = fr.Lineno()
	} else if fr := t.CallerFrameObject(0); fr != nil && stacklevel < 1 {
		globals = fr.Globals
		filename = fr.Code.Filename
		lineno = fr.Lineno()
	} else if sys, ok := object.AsModule(t.Interpreter().Modules.GetStr(object.NewStr("sys"))); ok {
		globals = sys.Dict
	}
	registry := object.None
	module := object.NewStr("<string>").Value()
	if globals != nil {
		key := object.NewStr("__warningregistry__")
		registry = globals.GetStr(key)
		if registry.IsNull() {
			registry = object.NewDict().Value()
			globals.SetStr(key, registry)
		}
		if n := globals.GetStr(object.NewStr("__name__")); !n.IsNull() {
			module = n
		}
	}
	return warnExplicit(t, m, message, category, filename, lineno, module, registry, source)
}

// warnExplicit applies the filters to a warning at filename:lineno.
func warnExplicit(t *vm.Thread, m *object.Module, message, category object.Value, filename string, lineno int, module, registry, source object.Value) bool {
	ot := &t.Thread
	if module.IsNull() || module == object.None {
		name := strings.TrimSuffix(filename, ".py")
		if name == "" {
			name = "<unknown>"
		}
		module = object.NewStr(name).Value()
	}
	if registry != object.None {
		if _, ok := object.AsDict(registry); !ok {
			t.RaiseMsg(object.TypeErrorType, "'registry' must be a dict or None")
			return false
		}
	}
	reg, _ := object.AsDict(registry)
	version := getattr(t, m, "_filters_version")
	if version.IsNull() {
		version = object.Int(0)
	}
	vkey := object.NewStr("version")
	if reg != nil {
		cur := reg.GetStr(vkey)
		if cur.IsNull() || object.Equal(ot, cur, version) != 1 {
			ot.Clear()
			object.CallMethod(ot, reg.Value(), "clear")
			reg.SetStr(vkey, version)
		}
	}
	var text object.Value
	if e, ok := object.AsException(message); ok && e.Type().IsSubtype(object.WarningType) {
		s := object.StrOf(ot, message)
		if s.IsNull() {
			return false
		}
		text = s
		category = e.Type().Value()
	} else {
		text = message
		message = object.Call(ot, category, []object.Value{message}, nil)
		if message.IsNull() {
			return false
		}
	}
	lineV := object.Int(int64(lineno))
	key := object.NewTuple([]object.Value{text, category, lineV}).Value()
	if reg != nil {
		if v := reg.GetItem(ot, key); !v.IsNull() {
			if object.Truth(ot, v) == 1 {
				return true
			}
		} else if ot.Exc != nil {
			ot.Clear()
		}
	}
	action, item, ok := findAction(t, m, text, category, module, lineno)
	if !ok {
		return false
	}
	switch action {
	case "ignore":
		return true
	case "error":
		if e, ok := object.AsException(message); ok {
			t.Raise(e)
		} else {
			t.Raisef(object.TypeErrorType, "exceptions must derive from BaseException")
		}
		return false
	case "once":
		if reg != nil {
			reg.SetItem(ot, key, object.True)
		}
		once, _ := object.AsDict(getattr(t, m, "onceregistry"))
		okey := object.NewTuple([]object.Value{text, category}).Value()
		if once != nil {
			if v := once.GetItem(ot, okey); !v.IsNull() && object.Truth(ot, v) == 1 {
				return true
			}
			ot.Clear()
			once.SetItem(ot, okey, object.True)
		}
	case "always", "all":
	case "module":
		if reg != nil {
			reg.SetItem(ot, key, object.True)
			akey := object.NewTuple([]object.Value{text, category}).Value()
			if v := reg.GetItem(ot, akey); !v.IsNull() && object.Truth(ot, v) == 1 {
				return true
			}
			ot.Clear()
			reg.SetItem(ot, akey, object.True)
		}
	case "default":
		if reg != nil {
			reg.SetItem(ot, key, object.True)
		}
	default:
		r1 := object.Repr(ot, object.NewStr(action).Value())
		r2 := object.Repr(ot, item)
		if r1 == nil || r2 == nil {
			return false
		}
		t.Raisef(object.RuntimeErrorType, "Unrecognized action (%s) in warnings.filters:\n %s", r1.String(), r2.String())
		return false
	}
	wm := getattr(t, m, "WarningMessage")
	show := getattr(t, m, "_showwarnmsg")
	if wm.IsNull() || show.IsNull() {
		return true
	}
	if source.IsNull() {
		source = object.None
	}
	msg := object.Call(ot, wm, []object.Value{message, category, object.NewStr(filename).Value(), lineV, object.None, object.None, source}, nil)
	if msg.IsNull() {
		return false
	}
	return !object.CallArgs(ot, show, msg).IsNull()
}

// findAction returns the action of the first matching filter (or the
// default action) and the filter.
func findAction(t *vm.Thread, m *object.Module, text, category, module object.Value, lineno int) (string, object.Value, bool) {
	ot := &t.Thread
	fl, ok := object.AsList(getattr(t, m, "filters"))
	if !ok {
		t.RaiseMsg(object.ValueErrorType, "_warnings.filters must be a list")
		return "", object.Null, false
	}
	cat := object.AsType(category)
	for i := 0; i < len(fl.Items); i++ {
		item := fl.Items[i]
		tu, ok := object.AsTuple(item)
		if !ok || len(tu.Items) != 5 {
			t.Raisef(object.ValueErrorType, "_warnings.filters item %d isn't a 5-tuple", i)
			return "", object.Null, false
		}
		act, ok := object.AsStr(tu.Items[0])
		if !ok {
			t.Raisef(object.TypeErrorType, "action must be a string, not '%s'", object.TypeOf(tu.Items[0]).Name)
			return "", object.Null, false
		}
		if !matches(t, tu.Items[1], text) {
			if ot.Exc != nil {
				return "", object.Null, false
			}
			continue
		}
		fc := object.AsType(tu.Items[2])
		if fc == nil || cat == nil || !cat.IsSubtype(fc) {
			continue
		}
		if !matches(t, tu.Items[3], module) {
			if ot.Exc != nil {
				return "", object.Null, false
			}
			continue
		}
		ln, _ := object.AsInt64(tu.Items[4])
		if ln != 0 && int(ln) != lineno {
			continue
		}
		return act.String(), item, true
	}
	def, ok := object.AsStr(getattr(t, m, "defaultaction"))
	if !ok {
		t.RaiseMsg(object.ValueErrorType, "_warnings.defaultaction not found")
		return "", object.Null, false
	}
	return def.String(), object.None, true
}

// matches is `pattern is None or pattern.match(text)`.
func matches(t *vm.Thread, pattern, text object.Value) bool {
	if pattern == object.None {
		return true
	}
	if ps, ok := object.AsStr(pattern); ok {
		ts, ok := object.AsStr(text)
		return ok && ps.String() == ts.String()
	}
	r := object.CallMethod(&t.Thread, pattern, "match", text)
	if r.IsNull() {
		return false
	}
	return object.Truth(&t.Thread, r) == 1
}
