package thread

import (
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/subpy/subpy/core/compile"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/parser"
	"github.com/subpy/subpy/core/vm"
)

// threadingModule is the builtin module threading: the Python source in
// threading_py.go run in the module's namespace, over _thread.
type threadingModule struct{}

func (threadingModule) Name() string { return "threading" }
func (threadingModule) Lazy() bool   { return true }

// frozenName is the file name threading's code carries when the standard
// library's threading.py is not on sys.path.
const frozenName = "<frozen threading>"

// threadingSource is pySource with its line directives applied: a line
// "#@N" makes the next line line N (blank lines pad up to it). The few
// lines that show in the tracebacks CPython prints for a thread (the call
// of run() and of the target, of an excepthook, of a Timer's function)
// sit at the line numbers they have in CPython 3.13's threading.py, whose
// text the tracebacks then show, so that they read the same.
func threadingSource() (string, error) {
	var b strings.Builder
	line := 0
	for _, l := range strings.SplitAfter(pySource, "\n") {
		if rest, ok := strings.CutPrefix(l, "#@"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(rest))
			if err != nil {
				return "", fmt.Errorf("threading source: bad line directive %q", l)
			}
			if line >= n {
				return "", fmt.Errorf("threading source: line %d is already past %d", line+1, n)
			}
			for line < n-1 {
				b.WriteByte('\n')
				line++
			}
			continue
		}
		b.WriteString(l)
		line++
	}
	return b.String(), nil
}

// threadingFile finds threading.py on sys.path (the file the module
// shadows), or returns frozenName.
func threadingFile(vt *vm.Thread) string {
	path := object.NewList(nil)
	if sys, ok := object.AsModule(vt.Interpreter().Modules.GetStr(object.NewStr("sys"))); ok {
		if l, ok := object.AsList(sys.Dict.GetStr(object.NewStr("path"))); ok {
			path = l
		}
	}
	var dirs []string
	for _, p := range path.Items {
		if dir, ok := object.AsStr(p); ok && dir.String() != "" {
			dirs = append(dirs, dir.String())
		}
	}
	// Until the interpreter's configuration puts the standard library on
	// sys.path, also look where CPython 3.13.0 is installed by pyenv (the
	// installation ARCHITECTURE.md takes the standard library from).
	home := os.Getenv("HOME")
	if home == "" {
		if u, err := user.Current(); err == nil {
			home = u.HomeDir
		}
	}
	if home != "" {
		dirs = append(dirs, filepath.Join(home, ".pyenv", "versions", "3.13.0", "lib", "python3.13"))
	}
	for _, dir := range dirs {
		f := filepath.Join(dir, "threading.py")
		if st, err := os.Stat(f); err == nil && st.Mode().IsRegular() {
			// Only the standard library's own copy (beside _threading_local.py).
			if _, err := os.Stat(filepath.Join(dir, "_threading_local.py")); err == nil {
				return f
			}
		}
	}
	return frozenName
}

// Exec implements vm.ModuleDef.
func (threadingModule) Exec(t *vm.Thread, m *object.Module) bool {
	src, err := threadingSource()
	if err != nil {
		t.Raisef(object.SystemErrorType, "%v", err)
		return false
	}
	// _time is time.monotonic, as CPython's threading imports it.
	start := time.Now()
	m.Dict.SetStr(object.NewStr("_time"), object.NewBuiltin("monotonic", object.Null,
		func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
			if !noArgs(ot, "time.monotonic", args, kw) {
				return object.Null
			}
			return object.Float(float64(time.Since(start).Nanoseconds())/1e9 + 1)
		}))
	file := threadingFile(t)
	// Tracebacks show this source's lines (where it matches CPython's
	// file line for line, the two read the same).
	vi := t.Interpreter()
	if vi.LineCache == nil {
		vi.LineCache = map[string][]string{}
	}
	vi.LineCache[file] = strings.Split(src, "\n")
	mod, err := parser.ParseFile(file, []byte(src), parser.Exec, parser.Options{})
	if err != nil {
		t.Raisef(object.SystemErrorType, "threading: %v", err)
		return false
	}
	code, err := compile.Compile(mod, file)
	if err != nil {
		t.Raisef(object.SystemErrorType, "threading: %v", err)
		return false
	}
	return t.RunModuleCode(code, m)
}
