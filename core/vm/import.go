package vm

// The import statement: IMPORT_NAME, IMPORT_FROM and IMPORT_STAR. Modules
// come from the interpreter's sys.modules (Interp.Modules: builtin modules
// are installed there at creation) and then from Config.Importer (the
// finder for .py modules on sys.path: core/modules/importer). This file
// resolves relative names, walks the parents and handles fromlists; the
// Importer finds, creates and executes one module.

import (
	"strings"

	"github.com/subpy/subpy/core/object"
)

// Importer finds and loads a module that is not in sys.modules yet (name
// is absolute and dotted; its parent is already imported). It returns the
// module, NULL without an exception when there is no such module, or NULL
// with the exception set when loading failed.
type Importer func(t *Thread, name string) object.Value

// resolveName turns a relative import (level > 0) into an absolute name
// from the importing module's __package__ (or __name__ and __path__), as
// importlib's _calc___package__ and _resolve_name.
func (t *Thread) resolveName(f *Frame, name string, level int) (string, bool) {
	pkg := f.globals.GetStr(object.NewStr("__package__"))
	var pkgName string
	switch s, ok := object.AsStr(pkg); {
	case ok:
		pkgName = s.String()
	case !pkg.IsNull() && pkg != object.None:
		t.RaiseMsg(object.TypeErrorType, "package must be a string")
		return "", false
	default:
		if s, ok := object.AsStr(f.globals.GetStr(object.NewStr("__name__"))); ok {
			pkgName = s.String()
			if f.globals.GetStr(object.NewStr("__path__")).IsNull() {
				if i := strings.LastIndexByte(pkgName, '.'); i >= 0 {
					pkgName = pkgName[:i]
				} else {
					pkgName = ""
				}
			}
		}
	}
	if pkgName == "" {
		e := t.NewImportError(object.ImportErrorType, "attempted relative import with no known parent package", object.None, object.None)
		t.Raise(e)
		return "", false
	}
	base := pkgName
	for i := 1; i < level; i++ {
		j := strings.LastIndexByte(base, '.')
		if j < 0 {
			e := t.NewImportError(object.ImportErrorType, "attempted relative import beyond top-level package", object.None, object.None)
			t.Raise(e)
			return "", false
		}
		base = base[:j]
	}
	if name == "" {
		return base, true
	}
	return base + "." + name, true
}

// importModule returns the module called name (absolute, dotted),
// importing its parents first: sys.modules, then Config.Importer.
func (t *Thread) importModule(name string) (top, mod object.Value) {
	parts := strings.Split(name, ".")
	for i := range parts {
		full := strings.Join(parts[:i+1], ".")
		m := t.interp.Modules.GetStr(object.NewStr(full))
		if m == object.None {
			e := t.NewImportError(object.ModuleNotFoundErrorType, "import of "+full+" halted; None in sys.modules", object.NewStr(full).Value(), object.None)
			t.Raise(e)
			return object.Null, object.Null
		}
		if m.IsNull() {
			if m = t.builtinModule(full); m.IsNull() && t.Exc != nil {
				return object.Null, object.Null
			}
		}
		if m.IsNull() && t.interp.importer != nil {
			if m = t.interp.importer(t, full); m.IsNull() && t.Exc != nil {
				return object.Null, object.Null
			}
			if !m.IsNull() {
				t.interp.Modules.SetStr(object.NewStr(full), m)
			}
		}
		if m.IsNull() {
			e := t.NewImportError(object.ModuleNotFoundErrorType, "No module named '"+full+"'", object.NewStr(full).Value(), object.None)
			t.Raise(e)
			return object.Null, object.Null
		}
		if i == 0 {
			top = m
		} else if !object.GetAttr(&t.Thread, mod, object.NewStr(parts[i])).IsNull() {
			// already bound on the parent
		} else {
			t.Clear()
			object.SetAttr(&t.Thread, mod, object.NewStr(parts[i]), m)
			t.Clear()
		}
		mod = m
	}
	return top, mod
}

// importName is IMPORT_NAME.
func (t *Thread) importName(f *Frame, name string, fromlist object.Value, level int) object.Value {
	if level > 0 {
		abs, ok := t.resolveName(f, name, level)
		if !ok {
			return object.Null
		}
		name = abs
	}
	top, mod := t.importModule(name)
	if mod.IsNull() {
		return object.Null
	}
	if fromlist == object.None || fromlist.IsNull() {
		if level > 0 {
			return mod
		}
		return top
	}
	tu, ok := object.AsTuple(fromlist)
	if !ok || tu.Len() == 0 {
		if level > 0 {
			return mod
		}
		return top
	}
	if !t.handleFromlist(mod, name, tu.Items, false) {
		return object.Null
	}
	return mod
}

// handleFromlist imports the submodules a `from package import x` names
// (importlib's _handle_fromlist): for a package (a module with __path__),
// each name that is not an attribute yet is tried as a submodule; a
// missing submodule is not an error here (IMPORT_FROM reports it).
func (t *Thread) handleFromlist(mod object.Value, name string, items []object.Value, recursive bool) bool {
	m, ok := object.AsModule(mod)
	if !ok || m.Dict.GetStr(object.NewStr("__path__")).IsNull() {
		return true
	}
	for _, it := range items {
		s, ok := object.AsStr(it)
		if !ok {
			t.RaiseMsg(object.TypeErrorType, "Item in "+name+".__all__ must be str, not "+object.TypeOf(it).Name)
			return false
		}
		if s.String() == "*" {
			if recursive {
				continue
			}
			if all := m.Dict.GetStr(object.NewStr("__all__")); !all.IsNull() {
				names, ok := object.CollectItems(&t.Thread, all)
				if !ok || !t.handleFromlist(mod, name, names, true) {
					return false
				}
			}
			continue
		}
		if !m.Dict.GetStr(s).IsNull() {
			continue
		}
		sub := name + "." + s.String()
		if _, sm := t.importModule(sub); sm.IsNull() {
			exc := t.Exc
			if t.ExceptionMatches(object.ModuleNotFoundErrorType) {
				n, ok := object.AsStr(object.GetAttr(&t.Thread, exc.Value(), object.NewStr("name")))
				t.Exc = exc
				if ok && n.String() == sub {
					t.Clear()
					continue
				}
			}
			return false
		}
	}
	return true
}

// importFrom is IMPORT_FROM: module.name (or sys.modules["module.name"],
// for circular imports of submodules), with CPython's ImportError.
func (t *Thread) importFrom(mod object.Value, name *object.Str) object.Value {
	v := object.GetAttr(&t.Thread, mod, name)
	if !v.IsNull() || !t.ExceptionMatches(object.AttributeErrorType) {
		return v
	}
	t.Clear()
	modName, where := "<unknown module name>", "unknown location"
	initializing := false
	if m, ok := object.AsModule(mod); ok {
		if s, ok := object.AsStr(m.Dict.GetStr(object.NewStr("__name__"))); ok {
			modName = s.String()
			if sub := t.interp.Modules.GetStr(object.NewStr(modName + "." + name.String())); !sub.IsNull() && sub != object.None {
				return sub
			}
		}
		if s, ok := object.AsStr(m.Dict.GetStr(object.NewStr("__file__"))); ok {
			where = s.String()
		}
		if spec := m.Dict.GetStr(object.NewStr("__spec__")); !spec.IsNull() && spec != object.None {
			if v := object.GetAttr(&t.Thread, spec, object.NewStr("_initializing")); !v.IsNull() {
				initializing = object.Truth(&t.Thread, v) == 1
			}
			t.Clear()
		}
	}
	msg := "cannot import name '" + name.String() + "' from '" + modName + "' (" + where + ")"
	if initializing {
		msg = "cannot import name '" + name.String() + "' from partially initialized module '" + modName +
			"' (most likely due to a circular import) (" + where + ")"
	}
	path := object.None
	if where != "unknown location" {
		path = object.NewStr(where).Value()
	}
	e := t.NewImportError(object.ImportErrorType, msg, object.NewStr(modName).Value(), path)
	e.SetAttr(&t.Thread, "name_from", name.Value())
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

var importErrorKw = object.NewTuple([]object.Value{object.NewStr("name").Value(), object.NewStr("path").Value()})

// NewImportError makes an ImportError (or a subclass: typ) as
// `typ(msg, name=name, path=path)` does, so msg, name and path are set
// as CPython sets them. If the class cannot be called, a bare instance
// with the message is returned (the call's exception is cleared).
func (t *Thread) NewImportError(typ *object.Type, msg string, name, path object.Value) *object.Exception {
	m := object.NewStr(msg).Value()
	r := object.Call(&t.Thread, typ.Value(), []object.Value{m, name, path}, importErrorKw)
	if e, ok := object.AsException(r); ok {
		return e
	}
	t.Clear()
	return object.NewException(typ, m)
}

// RaiseSyntaxError raises the SyntaxError (IndentationError, TabError)
// for a parse or compile error of src, with filename, lineno, offset,
// text, end_lineno and end_offset set as CPython sets them (the
// importer's modules with bad syntax).
func (t *Thread) RaiseSyntaxError(src []byte, filename string, err error) {
	t.raiseSyntaxError(src, filename, err)
}
