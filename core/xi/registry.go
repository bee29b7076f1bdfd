package xi

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"weak"
)

// Registry numbers the queues and channels of a runtime (the IDs
// _interpqueues and _interpchannels hand out, from 1, never reused within
// an initialization; queues and channels are numbered separately, as they
// are two modules). It lives in statestruct.Runtime.XI. Extra is where
// the bindings keep their own per-object bookkeeping (3.13's per-end
// associations, default fmt/unboundop); it is set at Add and read-only
// afterwards (point it at a struct with its own mutex). Extra is held
// strongly: it must not reference a weakly registered object, or that
// object is never collected.
//
// Lookups by ID take no lock (every queue operation from Python does one,
// from many interpreters in parallel); adding and listing are rarer.
type Registry struct {
	queues table[Queue]
	chans  table[Channel]
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{} }

// table is the registry of one kind of object.
type table[T any] struct {
	// last is the last ID handed out.
	last atomic.Int64
	// m maps an ID to its *entry[T].
	m sync.Map
}

// entry is one registered object: strong keeps it alive, otherwise weak
// points at it. Immutable once stored.
type entry[T any] struct {
	strong *T
	weak   weak.Pointer[T]
	extra  any
}

func (e *entry[T]) get() *T {
	if e.strong != nil {
		return e.strong
	}
	return e.weak.Value()
}

func (t *table[T]) add(x *T, extra any, isWeak bool) int64 {
	id := t.last.Add(1)
	e := &entry[T]{extra: extra}
	if isWeak {
		e.weak = weak.Make(x)
		// Drop the entry (and its Extra) once x is collected. The cleanup
		// holds t and the ID, never x.
		runtime.AddCleanup(x, func(id int64) { t.m.Delete(id) }, id)
	} else {
		e.strong = x
	}
	t.m.Store(id, e)
	return id
}

func (t *table[T]) get(id int64) (*T, any) {
	v, ok := t.m.Load(id)
	if !ok {
		return nil, nil
	}
	e := v.(*entry[T])
	x := e.get()
	if x == nil {
		return nil, nil
	}
	return x, e.extra
}

func (t *table[T]) remove(id int64) bool {
	v, ok := t.m.LoadAndDelete(id)
	return ok && v.(*entry[T]).get() != nil
}

// live returns the live objects with their IDs, in creation order.
func (t *table[T]) live() ([]int64, []*T) {
	type pair struct {
		id int64
		x  *T
	}
	var ps []pair
	t.m.Range(func(k, v any) bool {
		if x := v.(*entry[T]).get(); x != nil {
			ps = append(ps, pair{k.(int64), x})
		}
		return true
	})
	slices.SortFunc(ps, func(a, b pair) int { return cmp.Compare(a.id, b.id) })
	ids := make([]int64, len(ps))
	objs := make([]*T, len(ps))
	for i, p := range ps {
		ids[i], objs[i] = p.id, p.x
	}
	return ids, objs
}

// AddQueue registers q and returns its ID. weak: the registry does not
// keep q alive (high-level queues, collected when unreachable); otherwise
// it does until RemoveQueue (low-level _interpqueues.create).
func (r *Registry) AddQueue(q *Queue, extra any, weak bool) int64 {
	return r.queues.add(q, extra, weak)
}

// Queue returns the queue with that ID and its Extra, or nil.
func (r *Registry) Queue(id int64) (*Queue, any) { return r.queues.get(id) }

// RemoveQueue unregisters a queue (after Destroy); false if unknown.
func (r *Registry) RemoveQueue(id int64) bool { return r.queues.remove(id) }

// Queues returns the IDs of the live queues, in creation order.
func (r *Registry) Queues() []int64 {
	ids, _ := r.queues.live()
	return ids
}

// AddChannel, Channel, RemoveChannel and Channels are the same for
// channels.
func (r *Registry) AddChannel(c *Channel, extra any, weak bool) int64 {
	return r.chans.add(c, extra, weak)
}
func (r *Registry) Channel(id int64) (*Channel, any) { return r.chans.get(id) }
func (r *Registry) RemoveChannel(id int64) bool      { return r.chans.remove(id) }
func (r *Registry) Channels() []int64 {
	ids, _ := r.chans.live()
	return ids
}

// UnbindAll applies fn to the items interpreter owner put in every queue
// and channel (called when that interpreter is destroyed). fn runs under
// one queue's or channel's lock at a time.
func (r *Registry) UnbindAll(owner int64, fn func(Item) (Item, bool)) {
	_, qs := r.queues.live()
	for _, q := range qs {
		q.Unbind(owner, fn)
	}
	_, cs := r.chans.live()
	for _, c := range cs {
		c.Unbind(owner, fn)
	}
}

// DestroyAll destroys every registered queue and channel, waking their
// waiters with ErrDestroyed, and empties the registry (the runtime's
// finalization). IDs keep counting up.
func (r *Registry) DestroyAll() {
	ids, qs := r.queues.live()
	for i, q := range qs {
		q.Destroy()
		r.queues.m.Delete(ids[i])
	}
	ids, cs := r.chans.live()
	for i, c := range cs {
		c.Destroy()
		r.chans.m.Delete(ids[i])
	}
	r.queues.m.Clear()
	r.chans.m.Clear()
}
