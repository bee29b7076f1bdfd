package vm

// The iterator builtins: enumerate, zip, map, filter, reversed. Like
// builtins.go they move to core/builtins unchanged.

import (
	"github.com/subpy/subpy/core/object"
)

type enumerateObj struct {
	object.Header
	it object.Value
	n  int64
}

type zipObj struct {
	object.Header
	its []object.Value
}

type mapObj struct {
	object.Header
	fn  object.Value
	its []object.Value
}

type filterObj struct {
	object.Header
	fn, it object.Value
}

type reversedObj struct {
	object.Header
	seq object.Value
	i   int
}

// The iterator types: built at package initialization, immutable after.
var (
	enumerateType = newIterType("enumerate", func(t *object.Thread, v object.Value) object.Value {
		e := object.As[enumerateObj](v)
		x := object.Next(t, e.it)
		if x.IsNull() {
			return object.Null
		}
		e.n++
		return object.NewTuple([]object.Value{object.Int(e.n - 1), x}).Value()
	})
	zipType = newIterType("zip", func(t *object.Thread, v object.Value) object.Value {
		z := object.As[zipObj](v)
		if len(z.its) == 0 {
			return object.Null
		}
		items := make([]object.Value, len(z.its))
		for i, it := range z.its {
			if items[i] = object.Next(t, it); items[i].IsNull() {
				return object.Null
			}
		}
		return object.NewTuple(items).Value()
	})
	mapType = newIterType("map", func(t *object.Thread, v object.Value) object.Value {
		m := object.As[mapObj](v)
		args := make([]object.Value, len(m.its))
		for i, it := range m.its {
			if args[i] = object.Next(t, it); args[i].IsNull() {
				return object.Null
			}
		}
		return object.Call(t, m.fn, args, nil)
	})
	filterType = newIterType("filter", func(t *object.Thread, v object.Value) object.Value {
		f := object.As[filterObj](v)
		for {
			x := object.Next(t, f.it)
			if x.IsNull() {
				return object.Null
			}
			keep := x
			if f.fn != object.None {
				if keep = object.Call(t, f.fn, []object.Value{x}, nil); keep.IsNull() {
					return object.Null
				}
			}
			switch object.Truth(t, keep) {
			case 1:
				return x
			case -1:
				return object.Null
			}
		}
	})
	reversedType = newIterType("reversed", func(t *object.Thread, v object.Value) object.Value {
		r := object.As[reversedObj](v)
		if r.i <= 0 {
			return object.Null
		}
		r.i--
		x := object.GetItem(t, r.seq, object.Int(int64(r.i)))
		if x.IsNull() {
			r.i = 0
		}
		return x
	})
)

func newIterType(name string, next object.NextFunc) *object.Type {
	typ := object.NewBuiltinType(name, nil)
	typ.Iter = object.SelfIter
	typ.Next = next
	typ.New = nil
	typ.AddMethod("__iter__", func(t *object.Thread, self object.Value, args []object.Value, kw *object.Tuple) object.Value {
		return self
	})
	typ.AddMethod("__next__", func(t *object.Thread, self object.Value, args []object.Value, kw *object.Tuple) object.Value {
		r := next(t, self)
		if r.IsNull() && t.Exc == nil {
			return t.Raise(object.NewException(object.StopIterationType))
		}
		return r
	})
	return typ
}

func iterArgs(t *Thread, args []object.Value) ([]object.Value, bool) {
	its := make([]object.Value, len(args))
	for i, a := range args {
		if its[i] = object.GetIter(&t.Thread, a); its[i].IsNull() {
			return nil, false
		}
	}
	return its, true
}

func installIterBuiltins(fn func(string, builtinFunc)) {
	fn("map", func(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) < 2 {
			return t.RaiseMsg(object.TypeErrorType, "map() must have at least two arguments.")
		}
		its, ok := iterArgs(t, args[1:])
		if !ok {
			return object.Null
		}
		return object.FromHeap(&mapObj{object.MakeHeader(mapType), args[0], its})
	})
	fn("filter", func(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) != 2 {
			return t.Raisef(object.TypeErrorType, "filter expected 2 arguments, got %d", len(args))
		}
		it := object.GetIter(&t.Thread, args[1])
		if it.IsNull() {
			return object.Null
		}
		return object.FromHeap(&filterObj{object.MakeHeader(filterType), args[0], it})
	})
}
