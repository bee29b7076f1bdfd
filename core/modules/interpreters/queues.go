package interpreters

import (
	"strconv"
	"sync"
	"time"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
	"github.com/subpy/subpy/core/vm"
	"github.com/subpy/subpy/core/xi"
)

// queueObj is a Queue: a shareable handle to a runtime-level queue. Both
// fields are set at creation and never written again.
type queueObj struct {
	object.Header
	q  *xi.Queue
	id int64
}

func (o *queueObj) Value() object.Value { return object.FromHeap(o) }

// queueExtra is the registry's bookkeeping of a queue for _interpqueues:
// the defaults given to create and 3.13's bind/release count.
type queueExtra struct {
	fmt, unboundop int64
	mu             sync.Mutex
	refs           int64 // guarded by mu
}

func asQueue(v object.Value) *queueObj { return object.As[queueObj](v) }

// newQueueHandle wraps a registered queue.
func newQueueHandle(q *xi.Queue, id int64) object.Value {
	return (&queueObj{Header: object.MakeHeader(queueType), q: q, id: id}).Value()
}

// createQueue is concurrent.interpreters.create_queue(maxsize=0).
func createQueue(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
	t := ot.Eval.(*vm.Thread)
	a, ok := parseArgs(t, &sig{fname: "create_queue", names: []string{"maxsize"}, npos: 1}, args, kw)
	if !ok {
		return object.Null
	}
	maxsize := int64(0)
	if !a[0].IsNull() {
		if maxsize, ok = idArg(t, a[0]); !ok {
			return object.Null
		}
	}
	reg := registryOf(t)
	if reg == nil {
		return object.Null
	}
	q := xi.NewQueue(int(maxsize))
	id := reg.AddQueue(q, &queueExtra{fmt: 0, unboundop: unboundReplace}, true)
	return newQueueHandle(q, id)
}

// queueErr raises the Python exception for a queue operation's error; a
// timeout raises QueueEmpty for a get, QueueFull for a put (3.14's Queue).
func queueErr(t *vm.Thread, id int64, err error, get bool) object.Value {
	if err == errRaised {
		return object.Null
	}
	s := msgStateOf(t)
	switch err {
	case xi.ErrEmpty:
		return t.Raisef(s.queueEmpty, "queue %d is empty", id)
	case xi.ErrFull:
		return t.Raisef(s.queueFull, "queue %d is full", id)
	case xi.ErrTimeout:
		if get {
			return t.Raisef(s.queueEmpty, "queue %d is empty", id)
		}
		return t.Raisef(s.queueFull, "queue %d is full", id)
	case xi.ErrNotFound, xi.ErrDestroyed:
		return t.Raisef(s.queueNotFound, "queue %d not found", id)
	}
	return t.Raisef(s.queueError, "queue %d: %v", id, err)
}

// blockArgs parses (block=True, timeout=None) after the first skip
// positional parameters.
func blockArgs(t *vm.Thread, fname string, names []string, args []object.Value, kw *object.Tuple) ([]object.Value, time.Duration, bool, bool) {
	a, ok := parseArgs(t, &sig{fname: fname, names: names, npos: len(names), nreq: len(names) - 2}, args, kw)
	if !ok {
		return nil, 0, false, false
	}
	n := len(names)
	blk := true
	if !a[n-2].IsNull() {
		r := object.Truth(&t.Thread, a[n-2])
		if r < 0 {
			return nil, 0, false, false
		}
		blk = r > 0
	}
	d, wait, ok := timeoutArg(t, a[n-1])
	if !ok {
		return nil, 0, false, false
	}
	return a, d, blk && wait, true
}

// queuePut puts v (already carried by the queue rule) into o.
func queuePut(t *vm.Thread, o *queueObj, v object.Value, blk bool, d time.Duration) object.Value {
	it := xi.Item{Value: v, Owner: ownerOf(t)}
	err := o.q.Put(it, xi.Wait{})
	if err == xi.ErrFull && blk {
		b := newBlocker(t, d)
		for retry := true; retry; {
			err, retry = b.done(o.q.Put(it, b.wait()))
		}
	}
	if err != nil {
		return queueErr(t, o.id, err, false)
	}
	return object.None
}

// queueGet takes the next object from o.
func queueGet(t *vm.Thread, o *queueObj, blk bool, d time.Duration) object.Value {
	it, err := o.q.Get(xi.Wait{})
	if err == xi.ErrEmpty && blk {
		b := newBlocker(t, d)
		for retry := true; retry; {
			it, err = o.q.Get(b.wait())
			err, retry = b.done(err)
		}
	}
	if err != nil {
		return queueErr(t, o.id, err, true)
	}
	if it.Value.IsNull() {
		return object.None // an unbound item (its interpreter is gone)
	}
	return it.Value
}

func newQueueType() *object.Type {
	typ := object.NewBuiltinType("Queue", nil)
	typ.Module = "concurrent.interpreters"
	typ.New = func(ot *object.Thread, _ *object.Type, args []object.Value, kw *object.Tuple) object.Value {
		t := ot.Eval.(*vm.Thread)
		if len(args) != 1 || kw.Len() != 0 {
			return t.Raisef(object.TypeErrorType, "Queue() takes exactly one argument (the queue ID)")
		}
		if !object.IsInt(args[0]) {
			return t.Raisef(object.TypeErrorType, "id must be an int, got %s", object.TypeOf(args[0]).Name)
		}
		id, ok := idArg(t, args[0])
		if !ok {
			return object.Null
		}
		reg := registryOf(t)
		if reg == nil {
			return object.Null
		}
		q, _ := reg.Queue(id)
		if q == nil {
			return t.Raisef(msgStateOf(t).queueNotFound, "queue %d not found", id)
		}
		return (&queueObj{Header: object.MakeHeader(typ), q: q, id: id}).Value()
	}
	typ.Repr = func(t *object.Thread, v object.Value) object.Value {
		return object.NewStr("Queue(" + strconv.FormatInt(asQueue(v).id, 10) + ")").Value()
	}
	typ.Hash = func(t *object.Thread, v object.Value) (int64, bool) { return idHash(asQueue(v).id), true }
	typ.Compare = func(t *object.Thread, a, b object.Value, op int) object.Value {
		if object.TypeOf(b) != typ || (op != opcode.CMP_EQ && op != opcode.CMP_NE) {
			return object.NotImplemented
		}
		return object.Bool((asQueue(a).q == asQueue(b).q) == (op == opcode.CMP_EQ))
	}
	typ.AddGetter("id", func(t *object.Thread, v object.Value) object.Value { return object.Int(asQueue(v).id) })
	typ.AddGetter("maxsize", func(t *object.Thread, v object.Value) object.Value {
		return object.Int(int64(max(asQueue(v).q.Maxsize(), 0)))
	})
	typ.AddMethod("put", func(ot *object.Thread, self object.Value, args []object.Value, kw *object.Tuple) object.Value {
		t := ot.Eval.(*vm.Thread)
		o := asQueue(self)
		if len(args) == 1 && kw == nil { // the fast path: put(obj)
			v := copyForQueue(t, args[0])
			if v.IsNull() {
				return v
			}
			return queuePut(t, o, v, true, 0)
		}
		a, d, blk, ok := blockArgs(t, "put", []string{"obj", "block", "timeout"}, args, kw)
		if !ok {
			return object.Null
		}
		v := copyForQueue(t, a[0])
		if v.IsNull() {
			return v
		}
		return queuePut(t, o, v, blk, d)
	})
	typ.AddMethod("put_nowait", func(ot *object.Thread, self object.Value, args []object.Value, kw *object.Tuple) object.Value {
		t := ot.Eval.(*vm.Thread)
		if len(args) != 1 || kw.Len() != 0 {
			if !noKw(t, "put_nowait", kw) {
				return object.Null
			}
			return t.Raisef(object.TypeErrorType, "put_nowait() takes exactly one argument (%d given)", len(args))
		}
		v := copyForQueue(t, args[0])
		if v.IsNull() {
			return v
		}
		return queuePut(t, asQueue(self), v, false, 0)
	})
	typ.AddMethod("get", func(ot *object.Thread, self object.Value, args []object.Value, kw *object.Tuple) object.Value {
		t := ot.Eval.(*vm.Thread)
		if len(args) == 0 {
			return queueGet(t, asQueue(self), true, 0)
		}
		_, d, blk, ok := blockArgs(t, "get", []string{"block", "timeout"}, args, kw)
		if !ok {
			return object.Null
		}
		return queueGet(t, asQueue(self), blk, d)
	})
	noArgs := func(name string, f func(t *vm.Thread, o *queueObj) object.Value) {
		typ.AddMethod(name, func(ot *object.Thread, self object.Value, args []object.Value, kw *object.Tuple) object.Value {
			t := ot.Eval.(*vm.Thread)
			if len(args) != 0 {
				return t.Raisef(object.TypeErrorType, "Queue.%s() takes no arguments (%d given)", name, len(args))
			}
			return f(t, asQueue(self))
		})
	}
	noArgs("get_nowait", func(t *vm.Thread, o *queueObj) object.Value { return queueGet(t, o, false, 0) })
	noArgs("qsize", func(t *vm.Thread, o *queueObj) object.Value { return object.Int(int64(o.q.Len())) })
	noArgs("empty", func(t *vm.Thread, o *queueObj) object.Value { return object.Bool(o.q.Len() == 0) })
	noArgs("full", func(t *vm.Thread, o *queueObj) object.Value { return object.Bool(o.q.Full()) })
	return typ
}

// --- _interpqueues -------------------------------------------------------

// queuesModule is _interpqueues with CPython 3.13.0's functions.
type queuesModule struct{}

func (queuesModule) Name() string { return "_interpqueues" }
func (queuesModule) Lazy() bool   { return true }

// lowQueue finds the queue an ID argument names, raising
// QueueNotFoundError.
func lowQueue(t *vm.Thread, v object.Value) (*xi.Queue, *queueExtra, int64, bool) {
	id, ok := idArg(t, v)
	if !ok {
		return nil, nil, 0, false
	}
	reg := registryOf(t)
	if reg == nil {
		return nil, nil, 0, false
	}
	q, ex := reg.Queue(id)
	if q == nil {
		t.Raisef(msgStateOf(t).queueNotFound, "queue %d not found", id)
		return nil, nil, id, false
	}
	e, _ := ex.(*queueExtra)
	if e == nil {
		e = &queueExtra{unboundop: unboundReplace}
	}
	return q, e, id, true
}

func unboundArg(t *vm.Thread, v object.Value) (int64, bool) {
	op, ok := idArg(t, v)
	if !ok {
		return 0, false
	}
	if op < unboundRemove || op > unboundReplace {
		t.Raisef(object.ValueErrorType, "unsupported unboundop %d", op)
		return 0, false
	}
	return op, true
}

// Exec implements vm.ModuleDef.
func (queuesModule) Exec(t *vm.Thread, m *object.Module) bool {
	s := msgStateOf(t)
	set := func(name string, v object.Value) { m.Dict.SetStr(object.NewStr(name), v) }
	set("__doc__", object.NewStr("This module provides primitive operations to manage Python interpreters.\nThe 'interpreters' module provides a more convenient interface.").Value())
	set("QueueError", s.queueError.Value())
	set("QueueNotFoundError", s.queueNotFound.Value())
	fn := func(name string, sg *sig, f func(t *vm.Thread, a []object.Value) object.Value) {
		set(name, sigBuiltin(m, name, sg, f))
	}
	one := func(name string) *sig { return &sig{fname: name, names: []string{"qid"}, npos: 1, nreq: 1} }
	fn("create", &sig{fname: "create", names: []string{"maxsize", "fmt", "unboundop"}, npos: 3, nreq: 3}, func(t *vm.Thread, a []object.Value) object.Value {
		maxsize, ok := idArg(t, a[0])
		if !ok {
			return object.Null
		}
		f, ok := idArg(t, a[1])
		if !ok {
			return object.Null
		}
		op, ok := unboundArg(t, a[2])
		if !ok {
			return object.Null
		}
		reg := registryOf(t)
		if reg == nil {
			return object.Null
		}
		return object.Int(reg.AddQueue(xi.NewQueue(int(maxsize)), &queueExtra{fmt: f, unboundop: op}, false))
	})
	fn("destroy", one("destroy"), func(t *vm.Thread, a []object.Value) object.Value {
		q, _, id, ok := lowQueue(t, a[0])
		if !ok {
			return object.Null
		}
		q.Destroy()
		registryOf(t).RemoveQueue(id)
		return object.None
	})
	fn("list_all", &sig{fname: "list_all"}, func(t *vm.Thread, a []object.Value) object.Value {
		reg := registryOf(t)
		if reg == nil {
			return object.Null
		}
		ids := reg.Queues()
		out := make([]object.Value, 0, len(ids))
		for i := len(ids) - 1; i >= 0; i-- {
			_, ex := reg.Queue(ids[i])
			e, _ := ex.(*queueExtra)
			if e == nil {
				continue
			}
			out = append(out, object.NewTuple([]object.Value{object.Int(ids[i]), object.Int(e.fmt), object.Int(e.unboundop)}).Value())
		}
		return object.NewList(out).Value()
	})
	fn("put", &sig{fname: "put", names: []string{"qid", "obj", "fmt", "unboundop"}, npos: 4, nreq: 4}, func(t *vm.Thread, a []object.Value) object.Value {
		q, _, id, ok := lowQueue(t, a[0])
		if !ok {
			return object.Null
		}
		f, ok := idArg(t, a[2])
		if !ok {
			return object.Null
		}
		op, ok := unboundArg(t, a[3])
		if !ok {
			return object.Null
		}
		if !shareable(a[1]) {
			return lowNotShareable(t, a[1])
		}
		if err := q.Put(xi.Item{Value: a[1], Fmt: int(f), Unbound: int(op), Owner: ownerOf(t)}, xi.Wait{}); err != nil {
			if err == xi.ErrFull {
				return t.Raisef(lowQueueFull(t), "queue %d is full", id)
			}
			return queueErr(t, id, err, false)
		}
		return object.None
	})
	fn("get", one("get"), func(t *vm.Thread, a []object.Value) object.Value {
		q, _, id, ok := lowQueue(t, a[0])
		if !ok {
			return object.Null
		}
		it, err := q.Get(xi.Wait{})
		if err != nil {
			if err == xi.ErrEmpty {
				return t.Raisef(lowQueueEmpty(t), "queue %d is empty", id)
			}
			return queueErr(t, id, err, true)
		}
		if it.Value.IsNull() {
			return object.NewTuple([]object.Value{object.None, object.Int(int64(it.Fmt)), object.Int(int64(it.Unbound))}).Value()
		}
		return object.NewTuple([]object.Value{it.Value, object.Int(int64(it.Fmt)), object.None}).Value()
	})
	fn("bind", one("bind"), func(t *vm.Thread, a []object.Value) object.Value {
		_, e, _, ok := lowQueue(t, a[0])
		if !ok {
			return object.Null
		}
		e.mu.Lock()
		e.refs++
		e.mu.Unlock()
		return object.None
	})
	fn("release", one("release"), func(t *vm.Thread, a []object.Value) object.Value {
		q, e, id, ok := lowQueue(t, a[0])
		if !ok {
			return object.Null
		}
		e.mu.Lock()
		if e.refs > 0 {
			e.refs--
		}
		last := e.refs == 0
		e.mu.Unlock()
		if last {
			q.Destroy()
			registryOf(t).RemoveQueue(id)
		}
		return object.None
	})
	fn("get_maxsize", one("get_maxsize"), func(t *vm.Thread, a []object.Value) object.Value {
		q, _, _, ok := lowQueue(t, a[0])
		if !ok {
			return object.Null
		}
		return object.Int(int64(q.Maxsize()))
	})
	fn("get_queue_defaults", one("get_queue_defaults"), func(t *vm.Thread, a []object.Value) object.Value {
		_, e, _, ok := lowQueue(t, a[0])
		if !ok {
			return object.Null
		}
		return object.NewTuple([]object.Value{object.Int(e.fmt), object.Int(e.unboundop)}).Value()
	})
	fn("is_full", one("is_full"), func(t *vm.Thread, a []object.Value) object.Value {
		q, _, _, ok := lowQueue(t, a[0])
		if !ok {
			return object.Null
		}
		return object.Bool(q.Full())
	})
	fn("get_count", one("get_count"), func(t *vm.Thread, a []object.Value) object.Value {
		q, _, _, ok := lowQueue(t, a[0])
		if !ok {
			return object.Null
		}
		return object.Int(int64(q.Len()))
	})
	fn("_register_heap_types", &sig{fname: "_register_heap_types", names: []string{"queuetype", "emptyerror", "fullerror"}, npos: 3, nreq: 3}, func(t *vm.Thread, a []object.Value) object.Value {
		e, f := object.AsType(a[1]), object.AsType(a[2])
		if object.AsType(a[0]) == nil || e == nil || f == nil {
			return t.RaiseMsg(object.TypeErrorType, "expected a type")
		}
		s := msgStateOf(t)
		s.regEmpty, s.regFull = e, f
		return object.None
	})
	return true
}

// lowQueueEmpty and lowQueueFull are the classes _interpqueues raises:
// the registered heap types, else concurrent.interpreters'.
func lowQueueEmpty(t *vm.Thread) *object.Type {
	s := msgStateOf(t)
	if s.regEmpty != nil {
		return s.regEmpty
	}
	return s.queueEmpty
}

func lowQueueFull(t *vm.Thread) *object.Type {
	s := msgStateOf(t)
	if s.regFull != nil {
		return s.regFull
	}
	return s.queueFull
}

// lowNotShareable is 3.13's NotShareableError of the low-level modules:
// "<repr> does not support cross-interpreter data".
func lowNotShareable(t *vm.Thread, v object.Value) object.Value {
	r := object.Repr(&t.Thread, v)
	if r == nil {
		return object.Null
	}
	return t.RaiseMsg(classesOf(t).notShareable, r.String()+" does not support cross-interpreter data")
}
