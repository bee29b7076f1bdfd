package interpreters

import (
	"os"
	"path/filepath"

	"github.com/subpy/subpy/core/compile"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/parser"
	"github.com/subpy/subpy/core/vm"
)

// concurrentPkg is the package concurrent: a builtin package whose
// __path__ lists the concurrent directories on sys.path, so that a
// CPython Lib/ on sys.path still provides concurrent.futures.
type concurrentPkg struct{}

// Name implements vm.ModuleDef.
func (concurrentPkg) Name() string { return "concurrent" }

// Lazy implements vm.LazyModuleDef.
func (concurrentPkg) Lazy() bool { return true }

// Exec implements vm.ModuleDef.
func (concurrentPkg) Exec(t *vm.Thread, m *object.Module) bool {
	var dirs []object.Value
	if sys, ok := object.AsModule(t.Interpreter().Modules.GetStr(object.NewStr("sys"))); ok {
		if path, ok := object.AsList(sys.Dict.GetStr(object.NewStr("path"))); ok {
			seen := map[string]bool{}
			for _, p := range path.Items {
				s, ok := object.AsStr(p)
				if !ok {
					continue
				}
				dir := filepath.Join(s.String(), "concurrent")
				if s.String() == "" {
					dir = "concurrent"
				}
				if seen[dir] {
					continue
				}
				if fi, err := os.Stat(dir); err == nil && fi.IsDir() {
					seen[dir] = true
					dirs = append(dirs, object.NewStr(dir).Value())
				}
			}
		}
	}
	m.Dict.SetStr(object.NewStr("__path__"), object.NewList(dirs).Value())
	m.Dict.SetStr(object.NewStr("__package__"), object.NewStr("concurrent").Value())
	return true
}

// concurrentMod is concurrent.interpreters: CPython 3.14's public API
// (Python source below, on top of _interpreters and the native helpers
// here) plus the messaging part (addMessaging).
type concurrentMod struct{ eng Engine }

// Name implements vm.ModuleDef.
func (concurrentMod) Name() string { return "concurrent.interpreters" }

// Lazy implements vm.LazyModuleDef.
func (concurrentMod) Lazy() bool { return true }

const concurrentSrcName = "<concurrent.interpreters>"

// Exec implements vm.ModuleDef.
func (c concurrentMod) Exec(t *vm.Thread, m *object.Module) bool {
	d := m.Dict
	d.SetStr(object.NewStr("__package__"), object.NewStr("concurrent").Value())
	eng := c.eng
	set := func(name string, f object.MethodFunc) {
		d.SetStr(object.NewStr(name), object.NewBuiltin(name, m.Value(), f))
	}
	// _call(id, callable, args, kwargs) -> (result, excinfo): the call
	// with arguments and result crossing under the queue rules.
	set("_call", func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		th := ot.Eval.(*vm.Thread)
		if len(args) != 4 || kw.Len() != 0 {
			return ot.RaiseMsg(object.TypeErrorType, "_call() takes 4 arguments")
		}
		in := lookup(th, args[0], true, "make a call in")
		if in == nil {
			return object.Null
		}
		p, ok := portable(th, args[1])
		if !ok {
			return object.Null
		}
		j := &job{fn: p, result: true}
		if tu, ok := object.AsTuple(args[2]); ok {
			for _, a := range tu.Items {
				ca := copyForQueue(th, a)
				if ca.IsNull() {
					return object.Null
				}
				j.args = append(j.args, ca)
			}
		}
		if kd, ok := object.AsDict(args[3]); ok && kd.Len() > 0 {
			var names []object.Value
			good := true
			kd.Items(func(k, v object.Value) bool {
				cv := copyForQueue(th, v)
				if cv.IsNull() {
					good = false
					return false
				}
				// A name crosses as a plain str (a subclass instance
				// is an object of the caller's).
				s, isStr := object.AsStr(k)
				if !isStr {
					th.RaiseMsg(object.TypeErrorType, "keywords must be strings")
					good = false
					return false
				}
				names = append(names, object.NewStr(s.String()).Value())
				j.args = append(j.args, cv)
				return true
			})
			if !good {
				return object.Null
			}
			j.kwnames = object.NewTuple(names)
		}
		snap, ok := runIn(th, eng, in, j.run)
		if !ok {
			return object.Null
		}
		if snap == nil && j.resErr != "" {
			return th.RaiseMsg(classesOf(th).notShareable, j.resErr)
		}
		res := object.None
		if snap == nil && !j.res.IsNull() {
			res = j.res
		}
		info := snap.value(th)
		if info.IsNull() {
			return object.Null
		}
		return object.NewTuple([]object.Value{res, info}).Value()
	})
	// _prepare_main(id, dict): bind names in the interpreter's __main__,
	// values crossing under the queue rules.
	set("_prepare_main", func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		th := ot.Eval.(*vm.Thread)
		if len(args) != 2 || kw.Len() != 0 {
			return ot.RaiseMsg(object.TypeErrorType, "_prepare_main() takes 2 arguments")
		}
		in := lookup(th, args[0], true, "update __main__ for")
		if in == nil {
			return object.Null
		}
		src, ok := object.AsDict(args[1])
		if !ok {
			return ot.RaiseMsg(object.TypeErrorType, "expected a dict")
		}
		if src.Len() == 0 {
			// As 3.14's set___main___attrs: nothing to bind is an error.
			return ot.RaiseMsg(object.ValueErrorType, "arg 2 must be a non-empty dict")
		}
		var ns []nsItem
		good := true
		src.Items(func(k, v object.Value) bool {
			s, isStr := object.AsStr(k)
			if !isStr {
				th.RaiseMsg(object.TypeErrorType, "prepare_main() names must be str")
				good = false
				return false
			}
			cv := copyForQueue(th, v)
			if cv.IsNull() {
				good = false
				return false
			}
			ns = append(ns, nsItem{object.NewStr(s.String()), cv})
			return true
		})
		if !good {
			return object.Null
		}
		if len(ns) == 0 {
			return object.None
		}
		if _, ok := runIn(th, eng, in, func(tt *vm.Thread) bool { return setMain(tt, ns) }); !ok {
			return object.Null
		}
		return object.None
	})
	mod, err := parser.ParseFile(concurrentSrcName, []byte(concurrentSource), parser.Exec, parser.Options{})
	if err != nil {
		t.Raisef(object.SystemErrorType, "concurrent.interpreters: %v", err)
		return false
	}
	code, err := compile.Compile(mod, concurrentSrcName)
	if err != nil {
		t.Raisef(object.SystemErrorType, "concurrent.interpreters: %v", err)
		return false
	}
	if !t.RunModuleCode(code, m) {
		return false
	}
	return addMessaging(t, m)
}
