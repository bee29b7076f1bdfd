// Package stdlib assembles the builtin modules written in Go (sys, math,
// time) and the .py importer into the configuration an interpreter is
// created with: it is the one place core/lifecycle (and tests) take the
// default module set from. It sits on layer 8 because it imports its
// layer-7 siblings.
package stdlib

import (
	"github.com/subpy/subpy/core/modules/importer"
	"github.com/subpy/subpy/core/modules/math"
	"github.com/subpy/subpy/core/modules/sys"
	"github.com/subpy/subpy/core/modules/time"
	"github.com/subpy/subpy/core/vm"
)

// Options are what the host knows about the process: sys.argv, sys.path
// (the script's directory first, as the caller decides) and
// sys.executable.
type Options = sys.Options

// Config returns cfg with the default builtin modules appended to
// cfg.Modules and the .py importer installed (unless cfg.Importer is
// already set).
func Config(cfg vm.Config, opts Options) vm.Config {
	cfg.Modules = append(append([]vm.ModuleDef(nil), cfg.Modules...), Modules(opts)...)
	if cfg.Importer == nil {
		cfg.Importer = importer.Import
	}
	return cfg
}

// Modules returns the default builtin modules.
func Modules(opts Options) []vm.ModuleDef {
	return []vm.ModuleDef{sys.New(opts), math.Module{}, time.Module{}}
}
