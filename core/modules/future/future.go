// Package future is the module __future__ (CPython's Lib/__future__.py,
// written in Go as a builtin module): one _Feature object per future
// statement feature, all_feature_names and the CO_* compiler flags. The
// compiler (core/compile) knows the feature names itself; this module is
// what `from __future__ import annotations` binds at run time and what
// programs inspect. Module is its vm.ModuleDef.
package future

import (
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

// Module is the __future__ module's definition.
type Module struct{}

var _ vm.ModuleDef = Module{}

// Name implements vm.ModuleDef.
func (Module) Name() string { return "__future__" }

// Lazy implements vm.LazyModuleDef: __future__ is created on first import.
func (Module) Lazy() bool { return true }

// feature is a _Feature instance.
type feature struct {
	object.Header
	optional, mandatory object.Value // release tuples; mandatory may be None
	flag                int64
}

// featureType is __future__._Feature.
var featureType = newFeatureType()

func newFeatureType() *object.Type {
	typ := object.NewBuiltinType("_Feature", nil)
	typ.Module = "__future__"
	typ.New = nil
	typ.Repr = func(t *object.Thread, v object.Value) object.Value {
		f := object.As[feature](v)
		args := object.NewTuple([]object.Value{f.optional, f.mandatory, object.Int(f.flag)})
		r := object.Repr(t, args.Value())
		if r == nil {
			return object.Null
		}
		return object.NewStr("_Feature" + r.String()).Value()
	}
	typ.AddGetter("optional", func(t *object.Thread, v object.Value) object.Value { return object.As[feature](v).optional })
	typ.AddGetter("mandatory", func(t *object.Thread, v object.Value) object.Value { return object.As[feature](v).mandatory })
	typ.AddGetter("compiler_flag", func(t *object.Thread, v object.Value) object.Value {
		return object.Int(object.As[feature](v).flag)
	})
	typ.AddMethod("getOptionalRelease", func(t *object.Thread, self object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) != 0 || kw.Len() != 0 {
			return t.Raisef(object.TypeErrorType, "_Feature.getOptionalRelease() takes 1 positional argument but %d were given", len(args)+1)
		}
		return object.As[feature](self).optional
	})
	typ.AddMethod("getMandatoryRelease", func(t *object.Thread, self object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) != 0 || kw.Len() != 0 {
			return t.Raisef(object.TypeErrorType, "_Feature.getMandatoryRelease() takes 1 positional argument but %d were given", len(args)+1)
		}
		return object.As[feature](self).mandatory
	})
	return typ
}

// release is a sys.version_info-like 5-tuple.
type release struct {
	major, minor, micro int64
	level               string
	serial              int64
}

func (r *release) value() object.Value {
	if r == nil {
		return object.None
	}
	return object.NewTuple([]object.Value{object.Int(r.major), object.Int(r.minor), object.Int(r.micro),
		object.NewStr(r.level).Value(), object.Int(r.serial)}).Value()
}

// The compiler flags, CPython 3.13's values.
var flags = []struct {
	name  string
	value int64
}{
	{"CO_NESTED", 0x0010},
	{"CO_GENERATOR_ALLOWED", 0},
	{"CO_FUTURE_DIVISION", 0x20000},
	{"CO_FUTURE_ABSOLUTE_IMPORT", 0x40000},
	{"CO_FUTURE_WITH_STATEMENT", 0x80000},
	{"CO_FUTURE_PRINT_FUNCTION", 0x100000},
	{"CO_FUTURE_UNICODE_LITERALS", 0x200000},
	{"CO_FUTURE_BARRY_AS_BDFL", 0x400000},
	{"CO_FUTURE_GENERATOR_STOP", 0x800000},
	{"CO_FUTURE_ANNOTATIONS", 0x1000000},
}

// The features in CPython's order.
var features = []struct {
	name                string
	optional, mandatory *release
	flag                int64
}{
	{"nested_scopes", &release{2, 1, 0, "beta", 1}, &release{2, 2, 0, "alpha", 0}, 0x0010},
	{"generators", &release{2, 2, 0, "alpha", 1}, &release{2, 3, 0, "final", 0}, 0},
	{"division", &release{2, 2, 0, "alpha", 2}, &release{3, 0, 0, "alpha", 0}, 0x20000},
	{"absolute_import", &release{2, 5, 0, "alpha", 1}, &release{3, 0, 0, "alpha", 0}, 0x40000},
	{"with_statement", &release{2, 5, 0, "alpha", 1}, &release{2, 6, 0, "alpha", 0}, 0x80000},
	{"print_function", &release{2, 6, 0, "alpha", 2}, &release{3, 0, 0, "alpha", 0}, 0x100000},
	{"unicode_literals", &release{2, 6, 0, "alpha", 2}, &release{3, 0, 0, "alpha", 0}, 0x200000},
	{"barry_as_FLUFL", &release{3, 1, 0, "alpha", 2}, &release{4, 0, 0, "alpha", 0}, 0x400000},
	{"generator_stop", &release{3, 5, 0, "beta", 1}, &release{3, 7, 0, "alpha", 0}, 0x800000},
	{"annotations", &release{3, 7, 0, "beta", 1}, nil, 0x1000000},
}

// FeatureNames returns all_feature_names.
func FeatureNames() []string {
	names := make([]string, len(features))
	for i, f := range features {
		names[i] = f.name
	}
	return names
}

// Exec implements vm.ModuleDef: it fills the namespace.
func (Module) Exec(t *vm.Thread, m *object.Module) bool {
	d := m.Dict
	set := func(name string, v object.Value) { d.SetStr(object.NewStr(name), v) }
	names := make([]object.Value, len(features))
	for i, f := range features {
		names[i] = object.NewStr(f.name).Value()
	}
	set("all_feature_names", object.NewList(names).Value())
	for _, f := range flags {
		set(f.name, object.Int(f.value))
	}
	set("_Feature", featureType.Value())
	for _, f := range features {
		set(f.name, object.FromHeap(&feature{Header: object.MakeHeader(featureType),
			optional: f.optional.value(), mandatory: f.mandatory.value(), flag: f.flag}))
	}
	return true
}
