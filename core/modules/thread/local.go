package thread

import (
	"weak"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

// _thread._local: thread-local attributes. The class is made per
// interpreter (classes are never shared) as a plain class whose attribute
// slots are native: each instance keeps, in an attribute of its own
// (implName), a localImpl holding one dict per thread. A thread's first
// access to an instance makes its dict and, for a subclass with its own
// __init__, calls __init__ with the arguments the instance was created
// with, as CPython 3.13 does. Subclasses inherit the slots.

// localImpl is the per-thread storage of one _local instance. Touched
// only under the interpreter's lock.
type localImpl struct {
	object.Header
	dicts     map[*vm.Thread]*object.Dict
	args      []object.Value
	kwnames   *object.Tuple
	ms        *modState
	registerd bool
}

var localImplType = object.NewBuiltinType("_localimpl", nil)

var implName = object.NewStr("_local__impl")

var (
	strDict = object.NewStr("__dict__")
	strInit = object.NewStr("__init__")
)

func newLocalType(vt *vm.Thread) *object.Type {
	t := &vt.Thread
	ns := object.NewDict()
	ns.SetStr(object.NewStr("__module__"), object.NewStr("_thread").Value())
	ns.SetStr(object.NewStr("__doc__"), object.NewStr("Thread-local data").Value())
	ns.SetStr(object.NewStr("__new__"), object.NewBuiltin("__new__", object.Null, localNew))
	typ := object.NewClass(t, object.TypeType, "_local", nil, ns)
	if typ == nil {
		return nil
	}
	typ.GetAttr = localGetAttr
	typ.SetAttr = localSetAttr
	typ.Flags |= object.FlagCustomAttrs
	return typ
}

// localNew is _local.__new__(cls, *args, **kw).
func localNew(t *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
	if len(args) == 0 {
		return t.RaiseMsg(object.TypeErrorType, "_local.__new__(): not enough arguments")
	}
	cls := object.AsType(args[0])
	if cls == nil {
		return t.Raisef(object.TypeErrorType, "_local.__new__(X): X is not a type object (%s)", object.TypeOf(args[0]).Name)
	}
	rest := args[1:]
	if len(rest) > 0 && cls.Lookup(strInit) == object.ObjectType.Lookup(strInit) {
		return t.RaiseMsg(object.TypeErrorType, "Initialization arguments are not supported")
	}
	self := object.ObjectType.New(t, cls, nil, nil)
	if self.IsNull() {
		return object.Null
	}
	vt := vmThread(t)
	impl := &localImpl{Header: object.MakeHeader(localImplType), dicts: map[*vm.Thread]*object.Dict{},
		args: append([]object.Value(nil), rest...), kwnames: kw, ms: stateOf(vt)}
	if object.GenericSetAttr(t, self, implName, object.FromHeap(impl)) < 0 {
		return object.Null
	}
	// The creating thread's dict exists now: the type call runs __init__
	// on it itself.
	impl.dicts[vt] = object.NewDict()
	impl.register()
	return self
}

func (impl *localImpl) register() {
	if !impl.registerd {
		impl.registerd = true
		impl.ms.locals = append(impl.ms.locals, weak.Make(impl))
	}
}

func implOf(v object.Value) *localImpl {
	a := object.AttrsOf(v)
	if a == nil {
		return nil
	}
	iv := a.Get(implName)
	if iv.IsNull() || object.TypeOf(iv) != localImplType {
		return nil
	}
	return object.As[localImpl](iv)
}

// dictOf returns the calling thread's dict of self, making it (and
// running __init__) on the thread's first access. NULL with an exception
// set on failure.
func dictOf(t *object.Thread, self object.Value) *object.Dict {
	impl := implOf(self)
	if impl == nil {
		t.RaiseMsg(object.SystemErrorType, "_thread._local object not initialized")
		return nil
	}
	vt := vmThread(t)
	if d, ok := impl.dicts[vt]; ok {
		return d
	}
	d := object.NewDict()
	impl.dicts[vt] = d
	impl.register()
	typ := object.TypeOf(self)
	if init := typ.Lookup(strInit); !init.IsNull() && init != object.ObjectType.Lookup(strInit) {
		bound := init
		if dt := object.TypeOf(init); dt.DescrGet != nil {
			bound = dt.DescrGet(t, init, self, typ)
			if bound.IsNull() {
				delete(impl.dicts, vt)
				return nil
			}
		}
		if object.Call(t, bound, impl.args, impl.kwnames).IsNull() {
			delete(impl.dicts, vt)
			return nil
		}
	}
	return d
}

// dropLocals forgets the dicts vt had in every _local (the thread ended).
func dropLocals(ms *modState, vt *vm.Thread) {
	live := ms.locals[:0]
	for _, w := range ms.locals {
		if impl := w.Value(); impl != nil {
			delete(impl.dicts, vt)
			live = append(live, w)
		}
	}
	clear(ms.locals[len(live):])
	ms.locals = live
}

func localGetAttr(t *object.Thread, v object.Value, name *object.Str) object.Value {
	d := dictOf(t, v)
	if d == nil {
		return object.Null
	}
	if name.String() == "__dict__" {
		return d.Value()
	}
	typ := object.TypeOf(v)
	descr := typ.Lookup(name)
	var dt *object.Type
	if !descr.IsNull() {
		dt = object.TypeOf(descr)
		if dt.DescrGet != nil && dt.DescrSet != nil {
			return dt.DescrGet(t, descr, v, typ)
		}
	}
	if r := d.GetStr(name); !r.IsNull() {
		return r
	}
	if !descr.IsNull() {
		if dt.DescrGet != nil {
			return dt.DescrGet(t, descr, v, typ)
		}
		return descr
	}
	if ga := typ.Lookup(object.NewStr("__getattr__")); !ga.IsNull() {
		if gt := object.TypeOf(ga); gt.DescrGet != nil {
			ga = gt.DescrGet(t, ga, v, typ)
			if ga.IsNull() {
				return object.Null
			}
		}
		return object.Call(t, ga, []object.Value{name.Value()}, nil)
	}
	return t.Raisef(object.AttributeErrorType, "'%s' object has no attribute '%s'", localTypeName(typ), name.String())
}

// localTypeName is the type's name as CPython's messages give it: the
// base class is the C type _thread._local.
func localTypeName(typ *object.Type) string {
	if typ.Name == "_local" && typ.Module == "_thread" {
		return "_thread._local"
	}
	return typ.TPName()
}

func localSetAttr(t *object.Thread, v object.Value, name *object.Str, val object.Value) int {
	typ := object.TypeOf(v)
	if name.String() == "__dict__" {
		t.Raisef(object.AttributeErrorType, "'%s' object attribute '__dict__' is read-only", localTypeName(typ))
		return -1
	}
	d := dictOf(t, v)
	if d == nil {
		return -1
	}
	if descr := typ.Lookup(name); !descr.IsNull() {
		if dt := object.TypeOf(descr); dt.DescrSet != nil {
			return dt.DescrSet(t, descr, v, val)
		}
	}
	if val.IsNull() {
		if d.GetStr(name).IsNull() {
			t.Raisef(object.AttributeErrorType, "'%s' object has no attribute '%s'", localTypeName(typ), name.String())
			return -1
		}
		return d.DelItem(t, name.Value())
	}
	d.SetStr(name, val)
	return 0
}
