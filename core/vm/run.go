package vm

import (
	"github.com/subpy/subpy/core/compile"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/parser"
)

// ExecModule runs a module's code object in module m's namespace. On an
// uncaught exception it returns a *PyError (the exception with its
// traceback).
func (t *Thread) ExecModule(code *object.Code, m *object.Module) error {
	if m.Dict.GetStr(object.NewStr("__builtins__")).IsNull() {
		m.Dict.SetStr(object.NewStr("__builtins__"), t.interp.Modules.GetStr(object.NewStr("builtins")))
	}
	if len(t.frames) == 0 {
		t.CDepth = 0 // a fresh top-level run: no Go-level nesting left over
	}
	r := t.runCode(code, m.Dict, t.interp.Builtins, m.Dict, nil)
	if r.IsNull() {
		return t.takeError()
	}
	return nil
}

// RunSource parses, compiles and runs src as the __main__ module.
func (t *Thread) RunSource(filename string, src []byte) error {
	mod, err := parser.ParseFile(filename, src, parser.Exec, parser.Options{})
	if err != nil {
		return err
	}
	code, err := compile.Compile(mod, filename)
	if err != nil {
		return err
	}
	t.interp.Main.Dict.SetStr(object.NewStr("__file__"), object.NewStr(filename).Value())
	return t.ExecModule(code, t.interp.Main)
}

// RunModuleCode runs a module's code object in m's namespace like
// ExecModule, but leaves an uncaught exception set on t (it returns
// false): the importer propagates it to the import statement.
func (t *Thread) RunModuleCode(code *object.Code, m *object.Module) bool {
	if m.Dict.GetStr(object.NewStr("__builtins__")).IsNull() {
		m.Dict.SetStr(object.NewStr("__builtins__"), t.interp.Modules.GetStr(object.NewStr("builtins")))
	}
	return !t.runCode(code, m.Dict, t.interp.Builtins, m.Dict, nil).IsNull()
}
