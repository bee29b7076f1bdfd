package object

import "strings"

// DictType is `dict`.
var DictType = &Type{Name: "dict"}

// Dict is an insertion-ordered hash table (CPython's compact layout):
// indices is an open-addressing table of positions in entries, which are
// kept in insertion order. Deleted entries keep their place with a NULL
// key until the next resize compacts them.
type Dict struct {
	Header
	indices []int32 // power-of-two length; dkEmpty, dkDummy or an entry index
	entries []dictEntry
	used    int
	// KeysVersion changes whenever a key is added or removed (never when
	// only a value changes): LOAD_GLOBAL's cache checks it.
	KeysVersion uint32
}

type dictEntry struct {
	hash  int64
	key   Value // NULL: deleted
	value Value
}

const (
	dkEmpty = -1
	dkDummy = -2
	dkMin   = 8
)

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{Header: Header{DictType}} }

// Value returns the dict as a Value.
func (d *Dict) Value() Value { return fromHeap(d) }

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

// AsDict returns v as a dict (subclasses included).
func AsDict(v Value) (*Dict, bool) {
	if v.IsHeap() && v.header().typ.layout == DictType {
		return as[Dict](v), true
	}
	return nil, false
}

// lookup finds key: the entry index (or -1) and the indices slot where it
// is or would go. -2 as entry index means an exception was raised.
func (d *Dict) lookup(t *Thread, key Value, hash int64) (int, int) {
	if len(d.indices) == 0 {
		return -1, -1
	}
	mask := uint64(len(d.indices) - 1)
	i := uint64(hash) & mask
	perturb := uint64(hash)
	free := -1
	ks, keyIsStr := AsStr(key)
	for {
		ix := d.indices[i]
		if ix == dkEmpty {
			if free >= 0 {
				return -1, free
			}
			return -1, int(i)
		}
		if ix == dkDummy {
			if free < 0 {
				free = int(i)
			}
		} else {
			e := &d.entries[ix]
			if e.key == key {
				return int(ix), int(i)
			}
			if e.hash == hash {
				if keyIsStr {
					if es, ok := AsStr(e.key); ok {
						if es.s == ks.s {
							return int(ix), int(i)
						}
						goto next
					}
				}
				switch Equal(t, e.key, key) {
				case 1:
					return int(ix), int(i)
				case -1:
					return -2, 0
				}
			}
		}
	next:
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// getStr looks a str key up without raising (NULL when missing).
func (d *Dict) getStr(key *Str) Value {
	if len(d.indices) == 0 {
		return Null
	}
	mask := uint64(len(d.indices) - 1)
	h := key.Hash()
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		ix := d.indices[i]
		if ix == dkEmpty {
			return Null
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.key.p == (Value{}).p {
				goto next
			}
			if e.hash == h {
				if es, ok := AsStr(e.key); ok && (es == key || es.s == key.s) {
					return e.value
				}
			}
		}
	next:
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// GetStr returns d[key] for a str key, NULL when missing (raises nothing).
func (d *Dict) GetStr(key *Str) Value { return d.getStr(key) }

// LookupStrIndex returns the entry index of a str key, or -1: with
// KeysVersion, what LOAD_GLOBAL caches.
func (d *Dict) LookupStrIndex(key *Str) int {
	ix, _ := d.lookup(nil, key.Value(), key.Hash())
	return ix
}

// EntryValue returns the value of entry ix (from LookupStrIndex).
func (d *Dict) EntryValue(ix int) Value { return d.entries[ix].value }

// GetItem returns d[key], or NULL: missing when t.Exc is nil.
func (d *Dict) GetItem(t *Thread, key Value) Value {
	h, ok := Hash(t, key)
	if !ok {
		return Null
	}
	ix, _ := d.lookup(t, key, h)
	if ix < 0 {
		return Null
	}
	return d.entries[ix].value
}

// SetItem sets d[key] = val. Returns 0 or -1.
func (d *Dict) SetItem(t *Thread, key, val Value) int {
	h, ok := Hash(t, key)
	if !ok {
		return -1
	}
	return d.setItemHash(t, key, h, val)
}

func (d *Dict) setItemHash(t *Thread, key Value, h int64, val Value) int {
	ix, slot := d.lookup(t, key, h)
	if ix == -2 {
		return -1
	}
	if ix >= 0 {
		d.entries[ix].value = val
		return 0
	}
	if len(d.indices) == 0 || (len(d.entries)+1)*3 > len(d.indices)*2 {
		d.resize(max(dkMin, (d.used+1)*3))
		_, slot = d.lookup(t, key, h)
	}
	d.indices[slot] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{h, key, val})
	d.used++
	d.KeysVersion++
	return 0
}

// setStrInit sets a str key while building builtin tables at init.
func (d *Dict) setStrInit(name string, val Value) {
	s := NewStr(name)
	d.setItemHash(nil, s.Value(), s.Hash(), val)
}

// SetStr sets d[key] = val for a str key (cannot fail).
func (d *Dict) SetStr(key *Str, val Value) { d.setItemHash(nil, key.Value(), key.Hash(), val) }

// resize rebuilds the table for at least n/... entries, compacting.
func (d *Dict) resize(n int) {
	size := dkMin
	for size < n {
		size <<= 1
	}
	entries := make([]dictEntry, 0, max(d.used*2, 4))
	for _, e := range d.entries {
		if !e.key.IsNull() {
			entries = append(entries, e)
		}
	}
	d.entries = entries
	d.indices = make([]int32, size)
	for i := range d.indices {
		d.indices[i] = dkEmpty
	}
	mask := uint64(size - 1)
	for ix, e := range entries {
		i := uint64(e.hash) & mask
		perturb := uint64(e.hash)
		for d.indices[i] != dkEmpty {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		d.indices[i] = int32(ix)
	}
	d.KeysVersion++
}

// DelItem deletes d[key]; KeyError when missing. Returns 0 or -1.
func (d *Dict) DelItem(t *Thread, key Value) int {
	h, ok := Hash(t, key)
	if !ok {
		return -1
	}
	ix, slot := d.lookup(t, key, h)
	if ix == -2 {
		return -1
	}
	if ix < 0 {
		t.Raise(NewException(KeyErrorType, key))
		return -1
	}
	d.indices[slot] = dkDummy
	d.entries[ix] = dictEntry{}
	d.used--
	d.KeysVersion++
	return 0
}

// Items calls f for each item in order until it returns false.
func (d *Dict) Items(f func(k, v Value) bool) {
	for _, e := range d.entries {
		if !e.key.IsNull() && !f(e.key, e.value) {
			return
		}
	}
}

func dictRepr(t *Thread, v Value) Value {
	d := as[Dict](v)
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for _, e := range d.entries {
		if e.key.IsNull() {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		k := Repr(t, e.key)
		if k == nil {
			return Null
		}
		val := Repr(t, e.value)
		if val == nil {
			return Null
		}
		b.WriteString(k.s)
		b.WriteString(": ")
		b.WriteString(val.s)
	}
	b.WriteByte('}')
	return NewStr(b.String()).Value()
}

// dictIter iterates over a dict's keys, values or items.
type dictIter struct {
	Header
	d    *Dict
	i    int
	used int
	kind int // 0 keys, 1 values, 2 items
	left int // items not yet produced
}

// DictIterType is the type of iter(dict) and of the views' iterators.
var DictIterType = &Type{Name: "dict_keyiterator"}

// dictView is dict.keys(), .values() or .items().
type dictView struct {
	Header
	d    *Dict
	kind int
}

// The view types.
var (
	DictKeysType   = &Type{Name: "dict_keys"}
	DictValuesType = &Type{Name: "dict_values"}
	DictItemsType  = &Type{Name: "dict_items"}
)

func newDictIter(d *Dict, kind int) Value {
	return fromHeap(&dictIter{Header{dictIterTypes[0][kind]}, d, 0, d.used, kind, d.used})
}

func initDict() {
	setupBuiltinType(DictType, ObjectType, FlagBaseType)
	DictType.Repr = dictRepr
	DictType.Hash = unhashable
	DictType.Len = func(t *Thread, v Value) int { return as[Dict](v).used }
	DictType.GetItem = func(t *Thread, v, key Value) Value {
		r := as[Dict](v).GetItem(t, key)
		if r.IsNull() && t.Exc == nil {
			return t.Raise(NewException(KeyErrorType, key))
		}
		return r
	}
	DictType.SetItem = func(t *Thread, v, key, val Value) int {
		if val.IsNull() {
			return as[Dict](v).DelItem(t, key)
		}
		return as[Dict](v).SetItem(t, key, val)
	}
	DictType.Contains = func(t *Thread, c, key Value) int {
		r := as[Dict](c).GetItem(t, key)
		if r.IsNull() {
			if t.Exc != nil {
				return -1
			}
			return 0
		}
		return 1
	}
	DictType.Iter = func(t *Thread, v Value) Value { return newDictIter(as[Dict](v), 0) }
	DictType.Compare = func(t *Thread, a, b Value, op int) Value {
		x, ok1 := AsDict(a)
		y, ok2 := AsDict(b)
		if !ok1 || !ok2 || (op != cmpEQ && op != cmpNE) {
			return NotImplemented
		}
		eq := x.used == y.used
		for _, e := range x.entries {
			if !eq {
				break
			}
			if e.key.IsNull() {
				continue
			}
			w := y.GetItem(t, e.key)
			if w.IsNull() {
				if t.Exc != nil {
					return Null
				}
				eq = false
				break
			}
			r := Equal(t, e.value, w)
			if r < 0 {
				return Null
			}
			eq = r == 1
		}
		return Bool(eq == (op == cmpEQ))
	}
	DictType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		d := &Dict{Header: Header{typ}}
		return fromHeap(d)
	}
	DictType.Init = func(t *Thread, self Value, args []Value, kwnames *Tuple) int {
		return dictUpdate(t, as[Dict](self), "dict", args, kwnames)
	}
	DictType.addMethod("get", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "get", args, kwnames, 1, 2) {
			return Null
		}
		r := as[Dict](self).GetItem(t, args[0])
		if r.IsNull() {
			if t.Exc != nil {
				return Null
			}
			if len(args) == 2 {
				return args[1]
			}
			return None
		}
		return r
	})
	for kind, name := range []string{"keys", "values", "items"} {
		typ := []*Type{DictKeysType, DictValuesType, DictItemsType}[kind]
		DictType.addMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !argCount(t, "dict."+name, args, kwnames, 0, 0) {
				return Null
			}
			return fromHeap(&dictView{Header{typ}, as[Dict](self), kind})
		})
		setupBuiltinType(typ, ObjectType, 0)
		typ.New = nil
		typ.Iter = func(t *Thread, v Value) Value { return newDictIter(as[dictView](v).d, kind) }
		typ.Len = func(t *Thread, v Value) int { return as[dictView](v).d.used }
		typ.Repr = func(t *Thread, v Value) Value {
			items, ok := CollectItems(t, v)
			if !ok {
				return Null
			}
			return reprItems(t, typ.Name+"([", "])", items)
		}
	}
	DictType.addMethod("pop", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "pop", args, kwnames, 1, 2) {
			return Null
		}
		d := as[Dict](self)
		r := d.GetItem(t, args[0])
		if r.IsNull() {
			if t.Exc != nil {
				return Null
			}
			if len(args) == 2 {
				return args[1]
			}
			return t.Raise(NewException(KeyErrorType, args[0]))
		}
		if d.DelItem(t, args[0]) < 0 {
			return Null
		}
		return r
	})
	setupBuiltinType(DictIterType, ObjectType, 0)
	DictIterType.New = nil
	DictIterType.Iter = selfIter
	DictIterType.Next = func(t *Thread, v Value) Value {
		it := as[dictIter](v)
		if it.used != it.d.used {
			it.used = -1
			return t.RaiseMsg(RuntimeErrorType, "dictionary changed size during iteration")
		}
		for it.i < len(it.d.entries) {
			e := &it.d.entries[it.i]
			it.i++
			if e.key.IsNull() {
				continue
			}
			if it.left == 0 {
				// As many items as at the start, but a new one: a key
				// was removed and another added.
				it.i = len(it.d.entries)
				return t.RaiseMsg(RuntimeErrorType, "dictionary keys changed during iteration")
			}
			it.left--
			switch it.kind {
			case 0:
				return e.key
			case 1:
				return e.value
			}
			return NewTuple([]Value{e.key, e.value}).Value()
		}
		return Null
	}
	initDictViews()
}
