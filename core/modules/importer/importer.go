// Package importer is the finder and loader of .py modules and packages
// on sys.path: Import is the vm.Importer an interpreter is created with
// (vm.Config.Importer). core/vm resolves relative names, walks parents and
// handles fromlists; Import finds one module (a package directory with
// __init__.py, a name.py file, or a namespace package), creates it with
// __name__, __file__, __package__, __path__ and a __spec__, puts it in
// sys.modules before running it (so circular imports see the partial
// module) and removes it again when running fails.
package importer

import (
	"archive/zip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/subpy/subpy/core/compile"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/parser"
	"github.com/subpy/subpy/core/vm"
)

var _ vm.Importer = Import

// location is where a module was found.
type location struct {
	file    string   // the source file ("" for a namespace package)
	pkgDirs []string // __path__ for packages; nil for plain modules
}

// find looks for the module's last name component in the directories of
// search, as importlib's FileFinder: in each directory a package
// (name/__init__.py) first, then name.py; a directory without
// __init__.py makes a namespace package only if no directory has a
// regular module.
func find(last string, search []string) (location, bool) {
	var portions []string
	for _, dir := range search {
		if dir == "" {
			dir = "."
		}
		abs, err := filepath.Abs(dir)
		if err != nil {
			continue
		}
		if archive, prefix, ok := zipParts(abs); ok {
			// A zip archive on sys.path (or a package inside one), as
			// zipimport: a package first, then a module.
			if loc, ok := findInZip(archive, prefix, last); ok {
				if loc.file == "" {
					portions = append(portions, loc.pkgDirs...)
					continue
				}
				return loc, true
			}
			continue
		}
		pkg := filepath.Join(abs, last)
		if st, err := os.Stat(pkg); err == nil && st.IsDir() {
			init := filepath.Join(pkg, "__init__.py")
			if fi, err := os.Stat(init); err == nil && fi.Mode().IsRegular() {
				return location{file: init, pkgDirs: []string{pkg}}, true
			}
		}
		file := pkg + ".py"
		if fi, err := os.Stat(file); err == nil && fi.Mode().IsRegular() {
			return location{file: file}, true
		}
		if st, err := os.Stat(pkg); err == nil && st.IsDir() {
			portions = append(portions, pkg)
		}
	}
	if len(portions) > 0 {
		return location{pkgDirs: portions}, true
	}
	return location{}, false
}

// strItems returns the str items of a list value (others are skipped, as
// importlib skips non-str path entries).
func strItems(v object.Value) []string {
	if object.TypeOf(v) == nsPathType {
		v = object.As[nsPath](v).dirs.Value()
	}
	l, ok := object.AsList(v)
	if !ok {
		return nil
	}
	var out []string
	for _, it := range l.Items {
		if s, ok := object.AsStr(it); ok {
			out = append(out, s.String())
		}
	}
	return out
}

func strList(items []string) object.Value {
	vals := make([]object.Value, len(items))
	for i, s := range items {
		vals[i] = object.NewStr(s).Value()
	}
	return object.NewList(vals).Value()
}

func notFound(t *vm.Thread, name, msg string) object.Value {
	return t.Raise(t.NewImportError(object.ModuleNotFoundErrorType, msg, object.NewStr(name).Value(), object.None))
}

// Import implements vm.Importer: it loads the module called name (its
// parent is already in sys.modules) and returns it, NULL without an
// exception when no such module exists, NULL with an exception when
// loading failed.
func Import(t *vm.Thread, name string) object.Value {
	in := t.Interpreter()
	var search []string
	parentName, last := "", name
	var parent *object.Module
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parentName, last = name[:i], name[i+1:]
		p, ok := object.AsModule(in.Modules.GetStr(object.NewStr(parentName)))
		if !ok {
			return object.Null
		}
		parent = p
		path := p.Dict.GetStr(object.NewStr("__path__"))
		if path.IsNull() {
			return notFound(t, name, "No module named '"+name+"'; '"+parentName+"' is not a package")
		}
		search = strItems(path)
	} else {
		sys, ok := object.AsModule(in.Modules.GetStr(object.NewStr("sys")))
		if !ok {
			return object.Null
		}
		search = strItems(sys.Dict.GetStr(object.NewStr("path")))
	}
	loc, ok := find(last, search)
	if !ok {
		return object.Null
	}
	m := object.NewModule(name)
	d := m.Dict
	set := func(k string, v object.Value) { d.SetStr(object.NewStr(k), v) }
	str := func(s string) object.Value { return object.NewStr(s).Value() }
	pkg := parentName
	if loc.pkgDirs != nil {
		pkg = name
		if loc.file == "" {
			set("__path__", newNSPath(loc.pkgDirs))
		} else {
			set("__path__", strList(loc.pkgDirs))
		}
	}
	spec := newSpec(name, parentName, loc)
	set("__package__", str(pkg))
	set("__loader__", object.None)
	set("__spec__", spec.Value())
	if loc.file != "" {
		set("__file__", str(loc.file))
	} else {
		set("__file__", object.None)
	}
	key := object.NewStr(name)
	if loc.file == "" { // a namespace package has no code to run
		spec.set("_initializing", object.False)
		in.Modules.SetStr(key, m.Value())
		bindOnParent(t, parent, last, m.Value())
		return m.Value()
	}
	src, err := ReadSource(loc.file)
	if err == nil && strings.Contains(loc.file, ".zip/") {
		RememberSource(in, loc.file, src)
	}
	if err != nil {
		return raiseBuiltin(t, "OSError", err.Error())
	}
	code, ok := compileSource(t, loc.file, src)
	if !ok {
		return object.Null
	}
	in.Modules.SetStr(key, m.Value())
	if !t.RunModuleCode(code, m) {
		exc := t.Exc
		t.Clear()
		if in.Modules.DelItem(&t.Thread, key.Value()) < 0 {
			t.Clear()
		}
		spec.set("_initializing", object.False)
		t.Exc = exc
		return object.Null
	}
	spec.set("_initializing", object.False)
	// The module may have replaced itself in sys.modules.
	r := in.Modules.GetStr(key)
	if r.IsNull() {
		return t.Raisef(object.ImportErrorType, "Loaded module %s not found in sys.modules", name)
	}
	bindOnParent(t, parent, last, r)
	return r
}

func bindOnParent(t *vm.Thread, parent *object.Module, last string, m object.Value) {
	if parent != nil {
		parent.Dict.SetStr(object.NewStr(last), m)
	}
}

// compileSource parses and compiles a module's source; syntax errors
// become SyntaxError.
func compileSource(t *vm.Thread, filename string, src []byte) (*object.Code, bool) {
	mod, err := parser.ParseFile(filename, src, parser.Exec, parser.Options{})
	if err == nil {
		var code *object.Code
		code, err = compile.CompileWarn(mod, filename, src, func(line int, msg string) bool {
			if !t.WarnExplicit(object.SyntaxWarningType, msg, filename, line) {
				t.Clear()
				return false
			}
			return true
		})
		if err == nil {
			return code, true
		}
	}
	var ce *compile.Error
	if errors.As(err, &ce) && ce.Internal {
		t.Raisef(object.SystemErrorType, "%v", err)
		return nil, false
	}
	if errors.As(err, &ce) && ce.Unsupported {
		t.Raisef(object.NotImplementedErrorType, "%v", err)
		return nil, false
	}
	t.RaiseSyntaxError(src, filename, err)
	return nil, false
}

// raiseBuiltin raises the builtin exception class called name (looked up
// in builtins, as not every class exists in core/object yet; ImportError
// stands in for a missing one).
func raiseBuiltin(t *vm.Thread, name, msg string) object.Value {
	typ := object.AsType(t.Interpreter().Builtins.GetStr(object.NewStr(name)))
	if typ == nil || !typ.IsSubtype(object.BaseExceptionType) {
		typ = object.ImportErrorType
	}
	return t.Raise(object.NewException(typ, object.NewStr(msg).Value()))
}

// Found is where Find located a module: File is its source ("" for a
// namespace package), PkgDirs its __path__ (nil for a plain module).
type Found struct {
	File    string
	PkgDirs []string
}

// Find locates the module called name in the directories search (sys.path
// or its parent package's __path__) without loading it: importlib's
// find_spec for a source module. ok is false when there is none.
func Find(name string, search []string) (Found, bool) {
	last := name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		last = name[i+1:]
	}
	loc, ok := find(last, search)
	return Found{File: loc.file, PkgDirs: loc.pkgDirs}, ok
}

// Spec returns a __spec__ for a module found at f (runpy's __main__ gets
// the spec of the module it runs).
func Spec(name, parent string, f Found) object.Value {
	s := newSpec(name, parent, location{file: f.File, pkgDirs: f.PkgDirs})
	s.set("_initializing", object.False)
	return s.Value()
}

// StrItems returns the str items of a list value (sys.path, __path__).
func StrItems(v object.Value) []string { return strItems(v) }

// zipParts splits a path that runs into a zip archive (/x/app.zip/pkg)
// into the archive and the directory inside it ("pkg/"; "" at the top).
func zipParts(path string) (archive, prefix string, ok bool) {
	for p := path; p != "/" && p != "." && p != ""; p = filepath.Dir(p) {
		st, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !st.Mode().IsRegular() {
			return "", "", false
		}
		rest := strings.Trim(path[len(p):], "/")
		if rest != "" {
			rest += "/"
		}
		r, err := zip.OpenReader(p)
		if err != nil {
			return "", "", false
		}
		r.Close()
		return p, rest, true
	}
	return "", "", false
}

// findInZip looks for prefix+last as a package or a module in a zip
// archive; a directory without __init__.py is a namespace portion.
func findInZip(archive, prefix, last string) (location, bool) {
	r, err := zip.OpenReader(archive)
	if err != nil {
		return location{}, false
	}
	defer r.Close()
	names := map[string]bool{}
	dirs := map[string]bool{}
	for _, f := range r.File {
		names[f.Name] = true
		for d := filepath.Dir(f.Name); d != "." && d != "/"; d = filepath.Dir(d) {
			dirs[d+"/"] = true
		}
	}
	base := prefix + last
	if names[base+"/__init__.py"] {
		return location{file: archive + "/" + base + "/__init__.py", pkgDirs: []string{archive + "/" + base}}, true
	}
	if names[base+".py"] {
		return location{file: archive + "/" + base + ".py"}, true
	}
	if dirs[base+"/"] {
		return location{pkgDirs: []string{archive + "/" + base}}, true
	}
	return location{}, false
}

// ReadSource reads a module's source: a file, or a member of a zip
// archive named as archive/inner/path.py.
func ReadSource(path string) ([]byte, error) {
	src, err := os.ReadFile(path)
	if err == nil {
		return src, nil
	}
	archive, prefix, ok := zipParts(filepath.Dir(path))
	if !ok {
		return nil, err
	}
	r, zerr := zip.OpenReader(archive)
	if zerr != nil {
		return nil, err
	}
	defer r.Close()
	want := prefix + filepath.Base(path)
	for _, f := range r.File {
		if f.Name == want {
			rc, oerr := f.Open()
			if oerr != nil {
				return nil, oerr
			}
			defer rc.Close()
			return io.ReadAll(rc)
		}
	}
	return nil, err
}

// RememberSource makes src the source tracebacks show for filename (a
// module read from a zip archive, which they cannot open).
func RememberSource(in *vm.Interp, filename string, src []byte) {
	if _, err := os.Stat(filename); err == nil {
		return
	}
	if in.LineCache == nil {
		in.LineCache = map[string][]string{}
	}
	in.LineCache[filename] = strings.Split(string(src), "\n")
}
