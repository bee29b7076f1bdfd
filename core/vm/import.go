package vm

// The import statement: IMPORT_NAME, IMPORT_FROM and IMPORT_STAR. Modules
// come from the interpreter's sys.modules (Interp.Modules: builtin modules
// are installed there at creation) and then from Config.Importer (the
// finder for .py modules on sys.path, next session's work).

import (
	"strings"

	"github.com/subpy/subpy/core/object"
)

// Importer finds and loads a module that is not in sys.modules yet (name
// is absolute and dotted; its parent is already imported). It returns the
// module, NULL without an exception when there is no such module, or NULL
// with the exception set when loading failed.
type Importer func(t *Thread, name string) object.Value

// importName is IMPORT_NAME.
func (t *Thread) importName(f *Frame, name string, fromlist object.Value, level int) object.Value {
	if level > 0 {
		// TODO(engine): relative imports need __package__/__spec__.
		return t.RaiseMsg(object.ImportErrorType, "attempted relative import with no known parent package")
	}
	parts := strings.Split(name, ".")
	var top, mod object.Value
	for i := range parts {
		full := strings.Join(parts[:i+1], ".")
		m := t.interp.Modules.GetStr(object.NewStr(full))
		if m.IsNull() && t.interp.importer != nil {
			if m = t.interp.importer(t, full); m.IsNull() && t.Exc != nil {
				return object.Null
			}
			if !m.IsNull() {
				t.interp.Modules.SetStr(object.NewStr(full), m)
			}
		}
		if m.IsNull() {
			e := object.NewException(object.ModuleNotFoundErrorType, object.NewStr("No module named '"+full+"'").Value())
			e.SetAttr(&t.Thread, "name", object.NewStr(full).Value())
			return t.Raise(e)
		}
		if i == 0 {
			top = m
		} else if !object.GetAttr(&t.Thread, mod, object.NewStr(parts[i])).IsNull() {
			// already bound on the parent
		} else {
			t.Clear()
			object.SetAttr(&t.Thread, mod, object.NewStr(parts[i]), m)
		}
		mod = m
	}
	if fromlist == object.None {
		return top
	}
	if tu, ok := object.AsTuple(fromlist); ok && tu.Len() == 0 {
		return top
	}
	return mod
}

// importFrom is IMPORT_FROM: module.name, with CPython's ImportError.
func (t *Thread) importFrom(mod object.Value, name *object.Str) object.Value {
	v := object.GetAttr(&t.Thread, mod, name)
	if !v.IsNull() || !t.ExceptionMatches(object.AttributeErrorType) {
		return v
	}
	t.Clear()
	modName, where := "<unknown module name>", "unknown location"
	if m, ok := object.AsModule(mod); ok {
		if s, ok := object.AsStr(m.Dict.GetStr(object.NewStr("__name__"))); ok {
			modName = s.String()
		}
		if s, ok := object.AsStr(m.Dict.GetStr(object.NewStr("__file__"))); ok {
			where = s.String()
		}
	}
	e := object.NewException(object.ImportErrorType, object.NewStr("cannot import name '"+name.String()+"' from '"+modName+"' ("+where+")").Value())
	e.SetAttr(&t.Thread, "name", object.NewStr(modName).Value())
	return t.Raise(e)
}

// importStar is IMPORT_STAR: the module's __all__, or its names not
// starting with an underscore, into the frame's locals.
func (t *Thread) importStar(f *Frame, mod object.Value) bool {
	m, ok := object.AsModule(mod)
	if !ok || f.locals == nil {
		t.RaiseMsg(object.SystemErrorType, "import * outside a module body")
		return false
	}
	if all := m.Dict.GetStr(object.NewStr("__all__")); !all.IsNull() {
		return object.ForEach(&t.Thread, all, func(n object.Value) bool {
			name, ok := object.AsStr(n)
			if !ok {
				t.RaiseMsg(object.TypeErrorType, "Item in __all__ must be str")
				return false
			}
			v := t.importFrom(mod, name)
			if v.IsNull() {
				return false
			}
			f.locals.SetStr(name, v)
			return true
		}) == 0
	}
	m.Dict.Items(func(k, v object.Value) bool {
		if s, ok := object.AsStr(k); ok && !strings.HasPrefix(s.String(), "_") {
			f.locals.SetStr(s, v)
		}
		return true
	})
	return true
}
