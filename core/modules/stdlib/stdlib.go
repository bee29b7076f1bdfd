// Package stdlib assembles the builtin modules written in Go (sys, math,
// time, warnings, __future__, _thread, threading, the interpreters modules) and the .py importer into the configuration an interpreter is
// created with: it is the one place core/lifecycle (and tests) take the
// default module set from. It sits on layer 8 because it imports its
// layer-7 siblings.
package stdlib

import (
	"github.com/subpy/subpy/core/modules/future"
	"github.com/subpy/subpy/core/modules/importer"
	"github.com/subpy/subpy/core/modules/interpreters"
	"github.com/subpy/subpy/core/modules/math"
	"github.com/subpy/subpy/core/modules/sys"
	"github.com/subpy/subpy/core/modules/thread"
	"github.com/subpy/subpy/core/modules/time"
	"github.com/subpy/subpy/core/modules/warnings"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

// Options are what the host knows about the process: sys.argv, sys.path
// (the script's directory first, as the caller decides) and
// sys.executable.
type Options = sys.Options

// Config returns cfg with the default builtin modules appended to
// cfg.Modules and the .py importer installed (unless cfg.Importer is
// already set). eng (core/lifecycle) lets _interpreters create
// interpreters; nil leaves the interpreters modules out (tests without a
// runtime).
func Config(cfg vm.Config, opts Options, eng interpreters.Engine) vm.Config {
	cfg.Modules = append(append([]vm.ModuleDef(nil), cfg.Modules...), Modules(opts)...)
	if eng != nil {
		cfg.Modules = append(cfg.Modules, withSpecs(interpreters.Modules(eng))...)
	}
	if cfg.Importer == nil {
		cfg.Importer = importer.Import
	}
	return cfg
}

// Modules returns the default builtin modules.
func Modules(opts Options) []vm.ModuleDef {
	mods := append([]vm.ModuleDef{withSpec{sys.New(opts)}}, staticModules...)
	return append(mods, withSpecs(thread.Modules())...)
}

// staticModules are the builtin modules that take no options, wrapped
// once (immutable).
var staticModules = withSpecs([]vm.ModuleDef{math.Module{}, time.Module{}, warnings.Module{}, future.Module{}})

// withSpecs wraps each definition so that its module gets the __spec__
// CPython's BuiltinImporter gives a builtin module (origin 'built-in':
// its repr says "(built-in)"); lazy modules stay lazy.
func withSpecs(defs []vm.ModuleDef) []vm.ModuleDef {
	for i, d := range defs {
		if lz, ok := d.(vm.LazyModuleDef); ok && lz.Lazy() {
			defs[i] = lazyWithSpec{withSpec{d}}
		} else {
			defs[i] = withSpec{d}
		}
	}
	return defs
}

type withSpec struct{ vm.ModuleDef }

var strSpec = object.NewStr("__spec__")

// Exec implements vm.ModuleDef.
func (w withSpec) Exec(t *vm.Thread, m *object.Module) bool {
	if !w.ModuleDef.Exec(t, m) {
		return false
	}
	if s := m.Dict.GetStr(strSpec); s.IsNull() || s == object.None {
		m.Dict.SetStr(strSpec, importer.BuiltinSpec(w.Name()))
	}
	return true
}

// lazyWithSpec is withSpec for a vm.LazyModuleDef.
type lazyWithSpec struct{ withSpec }

// Lazy implements vm.LazyModuleDef.
func (lazyWithSpec) Lazy() bool { return true }

// BuiltinsSpec gives the builtins module its __spec__ (lifecycle calls it
// once the interpreter exists).
func BuiltinsSpec(in *vm.Interp) {
	if b, ok := object.AsModule(in.Modules.GetStr(object.NewStr("builtins"))); ok {
		b.Dict.SetStr(strSpec, importer.BuiltinSpec("builtins"))
	}
}
