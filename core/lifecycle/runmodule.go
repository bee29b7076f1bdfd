package lifecycle

// The launcher's -m MODULE and `subpy DIR` / `subpy FILE.zip` modes, as
// CPython 3.13's runpy._run_module_as_main runs them: the module is found
// (its parent packages imported first), a package runs its __main__
// submodule, and the code runs in the existing __main__ module with
// __name__ == "__main__", __file__, __cached__, __package__, __loader__
// and __spec__ set as runpy sets them and sys.argv[0] the file's path.
// runpy's errors ("No module named X", "Error while finding module
// specification for ...", "... is a package and cannot be directly
// executed", "can't find '__main__' module in ...") are printed as
// "<sys.executable>: <message>" with status 1; exceptions raised while the
// module's parents are imported or while it runs are printed with the
// "<frozen runpy>" frames CPython shows above the module's own.

import (
	"archive/zip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/subpy/subpy/core/compile"
	"github.com/subpy/subpy/core/modules/importer"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/parser"
	"github.com/subpy/subpy/core/vm"
	"github.com/subpy/subpy/statestruct"
)

// runpyError is runpy's _Error: a message the launcher prints after the
// executable's name, exiting with status 1.
type runpyError struct{ msg string }

func (e *runpyError) Error() string { return e.msg }

// frozenFrame is a traceback entry of a frame CPython runs from a frozen
// module (runpy, importlib): no source line is shown for it.
type frozenFrame struct {
	file, fn string
	line     int32
}

var (
	frameRunModuleAsMain  = frozenFrame{"<frozen runpy>", "_run_module_as_main", 198}
	frameRunCode          = frozenFrame{"<frozen runpy>", "_run_code", 88}
	frameGetDetailsEntry  = frozenFrame{"<frozen runpy>", "_run_module_as_main", 189}
	frameGetDetailsPkg    = frozenFrame{"<frozen runpy>", "_get_module_details", 148}
	frameGetDetailsImp    = frozenFrame{"<frozen runpy>", "_get_module_details", 112}
	frameGetDetailsCode   = frozenFrame{"<frozen runpy>", "_get_module_details", 159}
	frameMainDetailsEntry = frozenFrame{"<frozen runpy>", "_run_module_as_main", 191}
	frameGetMainDetails   = frozenFrame{"<frozen runpy>", "_get_main_module_details", 240}
	frameGetCode          = frozenFrame{"<frozen importlib._bootstrap_external>", "get_code", 1156}
	frameSourceToCode     = frozenFrame{"<frozen importlib._bootstrap_external>", "source_to_code", 1086}
	frameFramesRemoved    = frozenFrame{"<frozen importlib._bootstrap>", "_call_with_frames_removed", 488}
)

func (f frozenFrame) code() *object.Code {
	c := object.NewCode()
	c.Name, c.QualName, c.Filename = f.fn, f.fn, f.file
	c.Positions = []object.Position{{Line: f.line, EndLine: f.line, Col: -1, EndCol: -1}}
	return c
}

// prependFrames puts frames (outermost first) in front of exc's traceback.
func prependFrames(exc *object.Exception, frames []frozenFrame) {
	for i := len(frames) - 1; i >= 0; i-- {
		exc.AddTraceback(frames[i].code(), 0)
	}
}

// moduleDetails is what runpy's _get_module_details finds: the module's
// name, its source file, the package __package__ names and its spec.
type moduleDetails struct {
	name string
	file string
	pkg  string
	spec object.Value
	// depth counts the package levels walked (a package runs its
	// __main__): each adds a "_get_module_details" frame to tracebacks.
	depth int
	// fromPath: a directory's or zip file's __main__ (runpy's
	// _get_main_module_details frames in a SyntaxError's traceback).
	fromPath bool
}

// RunModule runs the module called name as __main__ (`subpy -m name`),
// with the current directory first on sys.path.
func RunModule(t *statestruct.Thread, name string) Result {
	vt, err := StartInterpreter(t)
	if err != nil {
		writeAll(stderrFD, []byte("SystemError: "+err.Error()+"\n"))
		return Result{Outcome: Failed, ExitCode: 1}
	}
	vi := t.Interpreter().Engine.(*vm.Interp)
	defer flush(vi)
	cwd, err := os.Getwd()
	if err != nil {
		cwd = ""
	}
	prependPath(vi, cwd)
	d, err := getModuleDetails(vt, name, 0)
	if err != nil {
		return detailsFailure(vt, vi, err, nil)
	}
	return runMain(vt, vi, d, d.file, true)
}

// RunPath runs the __main__ module of a directory or zip file
// (`subpy DIR`, `subpy app.zip`): the path, made absolute, goes first on
// sys.path and sys.argv[0] stays as given.
func RunPath(t *statestruct.Thread, path string) Result {
	vt, err := StartInterpreter(t)
	if err != nil {
		writeAll(stderrFD, []byte("SystemError: "+err.Error()+"\n"))
		return Result{Outcome: Failed, ExitCode: 1}
	}
	vi := t.Interpreter().Engine.(*vm.Interp)
	defer flush(vi)
	abs := path
	if !filepath.IsAbs(abs) {
		if cwd, err := os.Getwd(); err == nil {
			abs = cwd + "/" + path
		}
	}
	prependPath(vi, abs)
	file := strings.TrimSuffix(abs, "/") + "/__main__.py"
	var src []byte
	if st, err := os.Stat(abs); err == nil && st.IsDir() {
		src, err = os.ReadFile(file)
		if err != nil {
			src = nil
		}
	} else if src = readZipMain(abs); src != nil {
		importer.RememberSource(vi, file, src)
	}
	if src == nil {
		return detailsFailure(vt, vi, &runpyError{"can't find '__main__' module in " + object.StrRepr(abs)}, nil)
	}
	d := moduleDetails{name: "__main__", file: file, fromPath: true,
		spec: importer.Spec("__main__", "", importer.Found{File: file})}
	return runMainSource(vt, vi, d, src, false)
}

// readZipMain returns the __main__.py of a zip archive, nil when the
// file is no zip archive or has none.
func readZipMain(path string) []byte {
	r, err := zip.OpenReader(path)
	if err != nil {
		return nil
	}
	defer r.Close()
	for _, f := range r.File {
		if f.Name != "__main__.py" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil
		}
		return data
	}
	return nil
}

// IsZipFile reports whether path is a zip archive (the launcher runs it
// as a directory).
func IsZipFile(path string) bool {
	r, err := zip.OpenReader(path)
	if err != nil {
		return false
	}
	r.Close()
	return true
}

func prependPath(vi *vm.Interp, dir string) {
	sys, ok := object.AsModule(vi.Modules.GetStr(object.NewStr("sys")))
	if !ok {
		return
	}
	path, ok := object.AsList(sys.Dict.GetStr(object.NewStr("path")))
	if !ok {
		return
	}
	path.Items = append([]object.Value{object.NewStr(dir).Value()}, path.Items...)
}

func sysValue(vi *vm.Interp, name string) object.Value {
	sys, ok := object.AsModule(vi.Modules.GetStr(object.NewStr("sys")))
	if !ok {
		return object.Null
	}
	return sys.Dict.GetStr(object.NewStr(name))
}

// pyErrorExc is an exception raised while the module's details were
// looked up (importing its parents), with the runpy frames it went
// through.
type pyErrorExc struct {
	exc    *object.Exception
	frames []frozenFrame
}

func (e *pyErrorExc) Error() string { return "exception" }

// getModuleDetails is runpy's _get_module_details for a source module.
func getModuleDetails(vt *vm.Thread, name string, depth int) (moduleDetails, error) {
	if strings.HasPrefix(name, ".") {
		return moduleDetails{}, &runpyError{"Relative module names not supported"}
	}
	vi := vt.Interpreter()
	pkgName := ""
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		pkgName = name[:i]
		if vt.ImportModule(pkgName).IsNull() {
			exc := vt.Exc
			swallow := false
			if exc.Type().IsSubtype(object.ImportErrorType) {
				n, ok := object.AsStr(object.GetAttr(&vt.Thread, exc.Value(), object.NewStr("name")))
				if ok && (n.String() == pkgName || strings.HasPrefix(pkgName, n.String()+".")) {
					swallow = true
				}
			}
			vt.Clear()
			if !swallow {
				return moduleDetails{}, detailsExc(exc, depth, frameGetDetailsImp)
			}
		}
	}
	// importlib.util.find_spec.
	var found importer.Found
	var ok bool
	existing := vi.Modules.GetStr(object.NewStr(name))
	if pkgName != "" && !existing.IsNull() && existing != object.None {
		// runpy warns when importing the package already imported the
		// module it is about to run (unless that is a package).
		if m, ok := object.AsModule(existing); !ok || m.Dict.GetStr(object.NewStr("__path__")).IsNull() {
			msg := object.StrRepr(name) + " found in sys.modules after import of package " + object.StrRepr(pkgName) +
				", but prior to execution of " + object.StrRepr(name) + "; this may result in unpredictable behaviour"
			if !vt.WarnExplicit(object.RuntimeWarningType, msg, "<frozen runpy>", 128) {
				exc := vt.Exc
				vt.Clear()
				return moduleDetails{}, detailsExc(exc, depth, frameGetDetailsImp)
			}
		}
	}
	if !existing.IsNull() && existing != object.None {
		m, isMod := object.AsModule(existing)
		if !isMod {
			return moduleDetails{}, &runpyError{"No code object available for " + name}
		}
		switch spec := m.Dict.GetStr(object.NewStr("__spec__")); {
		case spec.IsNull():
			return moduleDetails{}, &runpyError{"Error while finding module specification for " + object.StrRepr(name) +
				" (ValueError: " + name + ".__spec__ is not set)"}
		case spec == object.None:
			return moduleDetails{}, &runpyError{"Error while finding module specification for " + object.StrRepr(name) +
				" (ValueError: " + name + ".__spec__ is None)"}
		}
		f, _ := object.AsStr(m.Dict.GetStr(object.NewStr("__file__")))
		if f == nil {
			return moduleDetails{}, &runpyError{"No code object available for " + name}
		}
		found.File = f.String()
		if p := m.Dict.GetStr(object.NewStr("__path__")); !p.IsNull() {
			found.PkgDirs = importer.StrItems(p)
			if found.PkgDirs == nil {
				found.PkgDirs = []string{}
			}
		}
		ok = true
	} else if isBuiltinModule(vi, name) {
		return moduleDetails{}, &runpyError{"No code object available for " + name}
	} else if pkgName != "" {
		parent := vt.ImportModule(pkgName)
		if parent.IsNull() {
			exc := vt.Exc
			vt.Clear()
			return moduleDetails{}, specError(vt, name, exc)
		}
		m, _ := object.AsModule(parent)
		var path object.Value
		if m != nil {
			path = m.Dict.GetStr(object.NewStr("__path__"))
		}
		if path.IsNull() {
			return moduleDetails{}, &runpyError{"Error while finding module specification for " + object.StrRepr(name) +
				" (ModuleNotFoundError: __path__ attribute not found on " + object.StrRepr(pkgName) +
				" while trying to find " + object.StrRepr(name) + ")" + pySuffixHint(name)}
		}
		found, ok = importer.Find(name, importer.StrItems(path))
	} else {
		found, ok = importer.Find(name, importer.StrItems(sysValue(vi, "path")))
	}
	if !ok {
		return moduleDetails{}, &runpyError{"No module named " + name}
	}
	if found.PkgDirs != nil {
		if name == "__main__" || strings.HasSuffix(name, ".__main__") {
			return moduleDetails{}, &runpyError{"Cannot use package as __main__ module"}
		}
		d, err := getModuleDetails(vt, name+".__main__", depth+1)
		var re *runpyError
		if errors.As(err, &re) {
			if vi.Modules.GetStr(object.NewStr(name)).IsNull() {
				return d, err
			}
			return d, &runpyError{re.msg + "; " + object.StrRepr(name) + " is a package and cannot be directly executed"}
		}
		return d, err
	}
	if found.File == "" {
		return moduleDetails{}, &runpyError{object.StrRepr(name) + " is a namespace package and cannot be executed"}
	}
	return moduleDetails{name: name, file: found.File, pkg: pkgName, depth: depth,
		spec: importer.Spec(name, pkgName, found)}, nil
}

// pySuffixHint is runpy's hint for `-m script.py`.
func pySuffixHint(name string) string {
	if strings.HasSuffix(name, ".py") {
		return ". Try using '" + name[:len(name)-3] + "' instead of '" + name + "' as the module name."
	}
	return ""
}

// specError words an exception find_spec raised: runpy catches
// ImportError, AttributeError, TypeError and ValueError; others
// propagate.
func specError(vt *vm.Thread, name string, exc *object.Exception) error {
	typ := exc.Type()
	if !(typ.IsSubtype(object.ImportErrorType) || typ.IsSubtype(object.AttributeErrorType) ||
		typ.IsSubtype(object.TypeErrorType) || typ.IsSubtype(object.ValueErrorType)) {
		return detailsExc(exc, 0, frameGetDetailsImp)
	}
	text := ""
	if s, ok := object.AsStr(object.StrOf(&vt.Thread, exc.Value())); ok {
		text = s.String()
	} else {
		vt.Clear()
	}
	return &runpyError{"Error while finding module specification for " + object.StrRepr(name) +
		" (" + typ.Name + ": " + text + ")" + pySuffixHint(name)}
}

func detailsExc(exc *object.Exception, depth int, last frozenFrame) error {
	frames := []frozenFrame{frameGetDetailsEntry}
	for i := 0; i < depth; i++ {
		frames = append(frames, frameGetDetailsPkg)
	}
	return &pyErrorExc{exc: exc, frames: append(frames, last)}
}

func isBuiltinModule(vi *vm.Interp, name string) bool {
	for _, n := range vi.BuiltinModuleNames() {
		if n == name {
			return true
		}
	}
	return false
}

// detailsFailure reports a failure before the module ran.
func detailsFailure(vt *vm.Thread, vi *vm.Interp, err error, _ []frozenFrame) Result {
	flush(vi)
	var re *runpyError
	if errors.As(err, &re) {
		exe := ""
		if s, ok := object.AsStr(sysValue(vi, "executable")); ok {
			exe = s.String()
		}
		writeAll(stderrFD, []byte(exe+": "+re.msg+"\n"))
		return Result{Outcome: Exit, ExitCode: 1}
	}
	var pe *pyErrorExc
	if errors.As(err, &pe) {
		prependFrames(pe.exc, pe.frames)
		return handleException(vt, vi, pe.exc)
	}
	writeAll(stderrFD, []byte("SystemError: "+err.Error()+"\n"))
	return Result{Outcome: Failed, ExitCode: 1}
}

// runMain reads the module's source and runs it as __main__.
func runMain(vt *vm.Thread, vi *vm.Interp, d moduleDetails, file string, setArgv0 bool) Result {
	src, err := importer.ReadSource(file)
	if err != nil {
		return detailsFailure(vt, vi, &runpyError{"No code object available for " + d.name}, nil)
	}
	importer.RememberSource(vi, file, src)
	return runMainSource(vt, vi, d, src, setArgv0)
}

// runMainSource compiles src and runs it in __main__ (runpy's _run_code).
func runMainSource(vt *vm.Thread, vi *vm.Interp, d moduleDetails, src []byte, setArgv0 bool) Result {
	mod, err := parser.ParseFile(d.file, src, parser.Exec, parser.Options{})
	var code *object.Code
	if err == nil {
		code, err = compile.CompileWarn(mod, d.file, src, func(line int, msg string) bool {
			if !vt.WarnExplicit(object.SyntaxWarningType, msg, d.file, line) {
				vt.Clear()
				return false
			}
			return true
		})
	}
	if err != nil {
		var ce *compile.Error
		if !(errors.As(err, &ce) && ce.Unsupported) {
			flush(vi)
			frames := []frozenFrame{frameGetDetailsEntry}
			if d.fromPath {
				frames = []frozenFrame{frameMainDetailsEntry, frameGetMainDetails}
			}
			for i := 0; i < d.depth; i++ {
				frames = append(frames, frameGetDetailsPkg)
			}
			frames = append(frames, frameGetDetailsCode, frameGetCode, frameSourceToCode, frameFramesRemoved)
			var b strings.Builder
			b.WriteString("Traceback (most recent call last):\n")
			for _, f := range frames {
				b.WriteString("  File \"" + f.file + "\", line " + strconv.Itoa(int(f.line)) + ", in " + f.fn + "\n")
			}
			writeAll(stderrFD, []byte(b.String()))
		}
		return syntaxFailure(vi, d.file, err)
	}
	if setArgv0 {
		if argv, ok := object.AsList(sysValue(vi, "argv")); ok && len(argv.Items) > 0 {
			argv.Items[0] = object.NewStr(d.file).Value()
		}
	}
	main := vi.Main
	set := func(k string, v object.Value) { main.Dict.SetStr(object.NewStr(k), v) }
	str := func(s string) object.Value { return object.NewStr(s).Value() }
	set("__name__", str("__main__"))
	set("__file__", str(d.file))
	set("__cached__", str(cachedPath(d.file)))
	set("__doc__", object.None)
	set("__loader__", object.None)
	set("__package__", str(d.pkg))
	set("__spec__", d.spec)
	err = vt.ExecModule(code, main)
	if err == nil {
		return Result{}
	}
	var pe *vm.PyError
	if !errors.As(err, &pe) {
		flush(vi)
		writeAll(stderrFD, []byte("SystemError: "+err.Error()+"\n"))
		return Result{Outcome: Failed, ExitCode: 1}
	}
	prependFrames(pe.Exc, []frozenFrame{frameRunModuleAsMain, frameRunCode})
	return handleException(vt, vi, pe.Exc)
}

// cachedPath is importlib's cache_from_source: where CPython 3.13 would
// keep the module's bytecode (never written by subpy).
func cachedPath(file string) string {
	dir, base := filepath.Split(file)
	base = strings.TrimSuffix(base, ".py")
	return dir + "__pycache__/" + base + ".cpython-313.pyc"
}
