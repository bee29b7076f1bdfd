package importer

import (
	"github.com/subpy/subpy/core/object"
)

// specType is ModuleSpec-lite: a module's __spec__ with name, origin,
// parent, submodule_search_locations, has_location and _initializing
// (what IMPORT_FROM reads to word the circular-import error). Made at
// package initialization and never written afterwards.
var specType = newSpecType()

// spec is an instance: its attributes live in a dict.
type spec struct {
	object.Header
	attrs *object.Dict
}

func (s *spec) Value() object.Value { return object.FromHeap(s) }

func (s *spec) set(name string, v object.Value) {
	k, ok := specKeys[name]
	if !ok {
		k = object.NewStr(name)
	}
	s.attrs.SetStr(k, v)
}

// specKeys are the attribute names of a spec, made once (strs are
// immutable and shareable).
var specKeys = func() map[string]*object.Str {
	m := map[string]*object.Str{}
	for _, n := range []string{"name", "loader", "origin", "has_location", "cached", "submodule_search_locations",
		"parent", "_initializing"} {
		m[n] = object.NewStr(n)
	}
	return m
}()

func newSpecType() *object.Type {
	typ := object.NewBuiltinType("ModuleSpec", nil)
	typ.GetAttr = func(t *object.Thread, v object.Value, name *object.Str) object.Value {
		if r := object.As[spec](v).attrs.GetStr(name); !r.IsNull() {
			return r
		}
		return object.GenericGetAttr(t, v, name)
	}
	typ.SetAttr = func(t *object.Thread, v object.Value, name *object.Str, val object.Value) int {
		d := object.As[spec](v).attrs
		if val.IsNull() {
			return d.DelItem(t, name.Value())
		}
		d.SetStr(name, val)
		return 0
	}
	typ.Repr = func(t *object.Thread, v object.Value) object.Value {
		d := object.As[spec](v).attrs
		r := "ModuleSpec(name=" + object.StrRepr(strOf(d, "name")) + ", loader=None"
		if o, ok := object.AsStr(d.GetStr(object.NewStr("origin"))); ok {
			r += ", origin=" + object.StrRepr(o.String())
		}
		if l := d.GetStr(object.NewStr("submodule_search_locations")); l != object.None && !l.IsNull() {
			lr := object.ReprValue(t, l)
			if lr.IsNull() {
				return lr
			}
			s, _ := object.AsStr(lr)
			r += ", submodule_search_locations=" + s.String()
		}
		return object.NewStr(r + ")").Value()
	}
	return typ
}

func strOf(d *object.Dict, name string) string {
	if s, ok := object.AsStr(d.GetStr(object.NewStr(name))); ok {
		return s.String()
	}
	return ""
}

// newSpec makes the __spec__ of a module being loaded.
func newSpec(name, parent string, loc location) *spec {
	s := &spec{Header: object.MakeHeader(specType), attrs: object.NewDict()}
	str := func(v string) object.Value { return object.NewStr(v).Value() }
	s.set("name", str(name))
	s.set("loader", object.None)
	if loc.file != "" {
		s.set("origin", str(loc.file))
		s.set("has_location", object.True)
		s.set("cached", object.None)
	} else {
		s.set("origin", object.None)
		s.set("has_location", object.False)
	}
	if loc.pkgDirs != nil {
		s.set("submodule_search_locations", strList(loc.pkgDirs))
		s.set("parent", str(name))
	} else {
		s.set("submodule_search_locations", object.None)
		s.set("parent", str(parent))
	}
	s.set("_initializing", object.True)
	return s
}

// BuiltinSpec is the __spec__ of a builtin module (origin 'built-in', as
// CPython's BuiltinImporter makes it).
func BuiltinSpec(name string) object.Value {
	s := &spec{Header: object.MakeHeader(specType), attrs: object.NewDict()}
	s.attrs.Reserve(8)
	s.set("name", object.NewStr(name).Value())
	s.set("loader", object.None)
	s.set("origin", builtInOrigin)
	s.set("has_location", object.False)
	s.set("submodule_search_locations", object.None)
	s.set("parent", emptyStr)
	s.set("_initializing", object.False)
	return s.Value()
}

var emptyStr = object.NewStr("").Value()

var builtInOrigin = object.NewStr("built-in").Value()

// nsPathType is _frozen_importlib_external._NamespacePath: a namespace
// package's __path__, a read-only sequence of directories (not a list,
// as CPython's).
var nsPathType = newNSPathType()

type nsPath struct {
	object.Header
	dirs *object.List
}

func newNSPath(dirs []string) object.Value {
	l, _ := object.AsList(strList(dirs))
	return object.FromHeap(&nsPath{Header: object.MakeHeader(nsPathType), dirs: l})
}

func newNSPathType() *object.Type {
	typ := object.NewBuiltinType("_NamespacePath", nil)
	typ.Module = "_frozen_importlib_external"
	list := func(v object.Value) object.Value { return object.As[nsPath](v).dirs.Value() }
	typ.Repr = func(t *object.Thread, v object.Value) object.Value {
		r := object.ReprValue(t, list(v))
		if r.IsNull() {
			return r
		}
		s, _ := object.AsStr(r)
		return object.NewStr("_NamespacePath(" + s.String() + ")").Value()
	}
	typ.Iter = func(t *object.Thread, v object.Value) object.Value { return object.GetIter(t, list(v)) }
	typ.Len = func(t *object.Thread, v object.Value) int { return object.Len(t, list(v)) }
	typ.GetItem = func(t *object.Thread, v, k object.Value) object.Value { return object.GetItem(t, list(v), k) }
	typ.Contains = func(t *object.Thread, v, k object.Value) int { return object.Contains(t, list(v), k) }
	return typ
}
