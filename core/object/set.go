package object

// SetType is `set`.
var SetType = &Type{Name: "set"}

// Set is a set. Its table follows CPython's set implementation (linear
// probes, then perturbed jumps; the same growth rule) so that iteration
// order — slot order — matches CPython's for keys with the same hashes
// (ints, floats, tuples of them; str hashes are randomized in both).
type Set struct {
	Header
	table []setEntry // power-of-two length
	fill  int        // active + dummy entries
	used  int        // active entries
	// finger is where pop() starts looking (CPython's so->finger).
	finger int
}

type setEntry struct {
	hash  int64
	key   Value // NULL: unused
	dummy bool  // a deleted entry
}

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

// NewSet returns an empty set.
func NewSet() *Set { return &Set{Header: Header{SetType}, table: make([]setEntry, setMinSize)} }

// Value returns the set as a Value.
func (s *Set) Value() Value { return fromHeap(s) }

// AsSet returns v as a set.
func AsSet(v Value) (*Set, bool) {
	if v.IsHeap() && v.header().typ.layout == SetType {
		return as[Set](v), true
	}
	return nil, false
}

// Len returns the number of items.
func (s *Set) Len() int { return s.used }

// lookup returns the slot of key, or -1; -2 on error.
func (s *Set) lookup(t *Thread, key Value, hash int64) int {
	mask := uint64(len(s.table) - 1)
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := uint64(0); j <= uint64(probes); j++ {
			e := &s.table[i+j]
			if e.key.IsNull() && !e.dummy {
				return -1
			}
			if !e.dummy && e.hash == hash {
				if e.key == key {
					return int(i + j)
				}
				switch Equal(t, e.key, key) {
				case 1:
					return int(i + j)
				case -1:
					return -2
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// Add adds key. Returns 0 or -1.
func (s *Set) Add(t *Thread, key Value) int {
	h, ok := Hash(t, key)
	if !ok {
		return -1
	}
	return s.addHash(t, key, h)
}

func (s *Set) addHash(t *Thread, key Value, hash int64) int {
	mask := uint64(len(s.table) - 1)
	i := uint64(hash) & mask
	perturb := uint64(hash)
	free := -1
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := uint64(0); j <= uint64(probes); j++ {
			e := &s.table[i+j]
			if e.key.IsNull() && !e.dummy {
				if free >= 0 {
					s.table[free] = setEntry{hash, key, false}
					s.used++
					return 0
				}
				*e = setEntry{hash, key, false}
				s.fill++
				s.used++
				if s.fill*5 < int(mask)*3 {
					return 0
				}
				if s.used > 50000 {
					s.resize(s.used * 2)
				} else {
					s.resize(s.used * 4)
				}
				return 0
			}
			if e.dummy {
				free = int(i + j) // the last dummy seen, as CPython's set_add_entry
				continue
			}
			if e.hash == hash {
				if e.key == key {
					return 0
				}
				switch Equal(t, e.key, key) {
				case 1:
					return 0
				case -1:
					return -1
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// insertClean puts a key known to be absent into a table without dummies.
func insertClean(table []setEntry, key Value, hash int64) {
	mask := uint64(len(table) - 1)
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		if table[i].key.IsNull() {
			table[i] = setEntry{hash: hash, key: key}
			return
		}
		if i+setLinearProbes <= mask {
			for j := uint64(1); j <= setLinearProbes; j++ {
				if table[i+j].key.IsNull() {
					table[i+j] = setEntry{hash: hash, key: key}
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *Set) resize(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	for _, e := range old {
		if !e.key.IsNull() && !e.dummy {
			insertClean(s.table, e.key, e.hash)
		}
	}
	s.fill = s.used
}

// Contains returns 1, 0 or -1.
func (s *Set) Contains(t *Thread, key Value) int {
	h, ok := Hash(t, key)
	if !ok {
		return -1
	}
	switch s.lookup(t, key, h) {
	case -2:
		return -1
	case -1:
		return 0
	}
	return 1
}

// Discard removes key: 1 if it was there, 0 if not, -1 on error.
func (s *Set) Discard(t *Thread, key Value) int {
	h, ok := Hash(t, key)
	if !ok {
		return -1
	}
	i := s.lookup(t, key, h)
	switch i {
	case -2:
		return -1
	case -1:
		return 0
	}
	s.table[i] = setEntry{hash: -1, dummy: true}
	s.used--
	return 1
}

// Items calls f for each item in table order.
func (s *Set) Items(f func(Value) bool) {
	for _, e := range s.table {
		if !e.key.IsNull() && !e.dummy && !f(e.key) {
			return
		}
	}
}

// merge adds other's items as CPython's set_merge does (the order of the
// result depends on it).
func (s *Set) merge(t *Thread, o *Set) int {
	if o == s || o.used == 0 {
		return 0
	}
	if (s.fill+o.used)*5 >= (len(s.table)-1)*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		return 0
	}
	if s.fill == 0 {
		s.fill, s.used = o.used, o.used
		for _, e := range o.table {
			if !e.key.IsNull() && !e.dummy {
				insertClean(s.table, e.key, e.hash)
			}
		}
		return 0
	}
	for _, e := range o.table {
		if !e.key.IsNull() && !e.dummy {
			if s.addHash(t, e.key, e.hash) < 0 {
				return -1
			}
		}
	}
	return 0
}

// Update adds the items of iterable v.
func (s *Set) Update(t *Thread, v Value) int {
	if o, ok := AsSet(v); ok {
		return s.merge(t, o)
	}
	if d, ok := AsDict(v); ok {
		if (s.fill+d.Len())*5 >= (len(s.table)-1)*3 {
			s.resize((s.used + d.Len()) * 2)
		}
		failed := false
		d.Items(func(k, _ Value) bool { failed = s.Add(t, k) < 0; return !failed })
		if failed {
			return -1
		}
		return 0
	}
	return ForEach(t, v, func(x Value) bool { return s.Add(t, x) == 0 })
}

func (s *Set) copySet(t *Thread) *Set {
	n := NewSet()
	n.merge(t, s)
	return n
}

func setRepr(t *Thread, v Value) Value {
	s := as[Set](v)
	if s.used == 0 {
		return NewStr(TypeOf(v).Name + "()").Value()
	}
	var items []Value
	s.Items(func(x Value) bool { items = append(items, x); return true })
	r := reprItems(t, "{", "}", items)
	if TypeOf(v) != SetType && !r.IsNull() {
		return NewStr(TypeOf(v).Name + "(" + as[Str](r).s + ")").Value()
	}
	return r
}

// setIter iterates a set in table order.
type setIter struct {
	Header
	s    *Set
	i    int
	used int
}

// SetIterType is `set_iterator`.
var SetIterType = &Type{Name: "set_iterator"}

func setOperand(v Value) (*Set, bool) { return AsSet(v) }

func initSet() {
	setupBuiltinType(SetType, ObjectType, FlagBaseType)
	SetType.Repr = setRepr
	SetType.Hash = unhashable
	SetType.Len = func(t *Thread, v Value) int { return as[Set](v).used }
	SetType.Contains = func(t *Thread, c, v Value) int { return as[Set](c).Contains(t, v) }
	SetType.Iter = func(t *Thread, v Value) Value {
		s := as[Set](v)
		return fromHeap(&setIter{Header{SetIterType}, s, 0, s.used})
	}
	SetType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		s := NewSet()
		s.typ = typ
		return s.Value()
	}
	SetType.Init = func(t *Thread, self Value, args []Value, kwnames *Tuple) int {
		if kwnames != nil || len(args) > 1 {
			t.Raisef(TypeErrorType, "set expected at most 1 argument, got %d", len(args))
			return -1
		}
		s := as[Set](self)
		if len(args) == 1 {
			return s.Update(t, args[0])
		}
		return 0
	}
	SetType.Compare = func(t *Thread, a, b Value, op int) Value {
		x, ok1 := setOperand(a)
		y, ok2 := setOperand(b)
		if !ok1 || !ok2 {
			return NotImplemented
		}
		subset := func(p, q *Set) int {
			if p.used > q.used {
				return 0
			}
			r := 1
			p.Items(func(k Value) bool {
				c := q.Contains(t, k)
				if c != 1 {
					r = c
					return false
				}
				return true
			})
			return r
		}
		var r int
		switch op {
		case cmpEQ, cmpNE:
			r = 0
			if x.used == y.used {
				r = subset(x, y)
			}
			if r >= 0 && op == cmpNE {
				r = 1 - r
			}
		case cmpLE:
			r = subset(x, y)
		case cmpGE:
			r = subset(y, x)
		case cmpLT:
			r = 0
			if x.used < y.used {
				r = subset(x, y)
			}
		case cmpGT:
			r = 0
			if y.used < x.used {
				r = subset(y, x)
			}
		}
		if r < 0 {
			return Null
		}
		return Bool(r == 1)
	}
	binary := func(f func(t *Thread, x, y *Set) Value) BinaryFunc {
		return func(t *Thread, a, b Value) Value {
			x, ok1 := setOperand(a)
			y, ok2 := setOperand(b)
			if !ok1 || !ok2 {
				return NotImplemented
			}
			return f(t, x, y)
		}
	}
	union := func(t *Thread, x, y *Set) Value {
		r := x.copySet(t)
		if r.merge(t, y) < 0 {
			return Null
		}
		return r.Value()
	}
	intersection := func(t *Thread, x, y *Set) Value {
		if y.used > x.used {
			x, y = y, x
		}
		return selectItems(t, y, x, 1)
	}
	difference := func(t *Thread, x, y *Set) Value {
		if x.used>>2 > y.used {
			// As CPython: a copy with y's items discarded (the result's
			// order depends on it).
			r := x.copySet(t)
			failed := false
			y.Items(func(k Value) bool { failed = r.Discard(t, k) < 0; return !failed })
			if failed {
				return Null
			}
			return r.Value()
		}
		return selectItems(t, x, y, 0)
	}
	symdiff := func(t *Thread, x, y *Set) Value {
		// As CPython: a copy of the other operand, updated with x's items
		// (the result's order depends on it).
		r := y.copySet(t)
		failed := false
		x.Items(func(k Value) bool {
			switch r.Discard(t, k) {
			case 0:
				failed = r.Add(t, k) < 0
			case -1:
				failed = true
			}
			return !failed
		})
		if failed {
			return Null
		}
		return r.Value()
	}
	SetType.Binary[nbOr] = binary(union)
	SetType.Binary[nbAnd] = binary(intersection)
	SetType.Binary[nbSub] = binary(difference)
	SetType.Binary[nbXor] = binary(symdiff)
	// The methods take any iterables and follow CPython's algorithm for
	// each kind of argument: the result's order depends on it.
	discardAll := func(t *Thread, r *Set, a Value) bool {
		failed := false
		return ForEach(t, a, func(k Value) bool { failed = r.Discard(t, k) < 0; return !failed }) == 0 && !failed
	}
	withIterable := map[string]func(t *Thread, x *Set, a Value) Value{
		"intersection": func(t *Thread, x *Set, a Value) Value {
			if y, ok := AsSet(a); ok {
				return intersection(t, x, y)
			}
			r := NewSet()
			failed := false
			if ForEach(t, a, func(k Value) bool {
				switch x.Contains(t, k) {
				case 1:
					failed = r.Add(t, k) < 0
				case -1:
					failed = true
				}
				return !failed
			}) < 0 || failed {
				return Null
			}
			return r.Value()
		},
		"difference": func(t *Thread, x *Set, a Value) Value {
			if y, ok := AsSet(a); ok {
				return difference(t, x, y)
			}
			r := x.copySet(t)
			if !discardAll(t, r, a) {
				return Null
			}
			return r.Value()
		},
		"symmetric_difference": func(t *Thread, x *Set, a Value) Value {
			r := NewSet()
			if r.Update(t, a) < 0 {
				return Null
			}
			failed := false
			x.Items(func(k Value) bool {
				switch r.Discard(t, k) {
				case 0:
					failed = r.Add(t, k) < 0
				case -1:
					failed = true
				}
				return !failed
			})
			if failed {
				return Null
			}
			return r.Value()
		},
	}
	SetType.addMethod("union", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		r := as[Set](self).copySet(t)
		for _, a := range args {
			if r.Update(t, a) < 0 {
				return Null
			}
		}
		return r.Value()
	})
	SetType.addMethod("intersection", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) == 0 {
			return as[Set](self).copySet(t).Value()
		}
		r := as[Set](self)
		for _, a := range args {
			v := withIterable["intersection"](t, r, a)
			if v.IsNull() {
				return Null
			}
			r = as[Set](v)
		}
		return r.Value()
	})
	SetType.addMethod("difference", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) == 0 {
			return as[Set](self).copySet(t).Value()
		}
		v := withIterable["difference"](t, as[Set](self), args[0])
		if v.IsNull() {
			return Null
		}
		for _, a := range args[1:] {
			if !discardAll(t, as[Set](v), a) {
				return Null
			}
		}
		return v
	})
	SetType.addMethod("symmetric_difference", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 {
			return t.Raisef(TypeErrorType, "set.symmetric_difference() takes exactly one argument (%d given)", len(args))
		}
		return withIterable["symmetric_difference"](t, as[Set](self), args[0])
	})
	SetType.addMethod("add", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 {
			return t.Raisef(TypeErrorType, "set.add() takes exactly one argument (%d given)", len(args))
		}
		if as[Set](self).Add(t, args[0]) < 0 {
			return Null
		}
		return None
	})
	SetType.addMethod("update", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		for _, a := range args {
			if as[Set](self).Update(t, a) < 0 {
				return Null
			}
		}
		return None
	})
	SetType.addMethod("discard", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 {
			return t.Raisef(TypeErrorType, "set.discard() takes exactly one argument (%d given)", len(args))
		}
		if as[Set](self).Discard(t, args[0]) < 0 {
			return Null
		}
		return None
	})
	SetType.addMethod("remove", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 {
			return t.Raisef(TypeErrorType, "set.remove() takes exactly one argument (%d given)", len(args))
		}
		switch as[Set](self).Discard(t, args[0]) {
		case -1:
			return Null
		case 0:
			return t.Raise(NewException(KeyErrorType, args[0]))
		}
		return None
	})
	SetType.addMethod("copy", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return as[Set](self).copySet(t).Value()
	})
	SetType.addMethod("clear", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		s := as[Set](self)
		s.table, s.fill, s.used = make([]setEntry, setMinSize), 0, 0
		return None
	})
	for _, name := range []string{"issubset", "issuperset"} {
		op := cmpLE
		if name == "issuperset" {
			op = cmpGE
		}
		SetType.addMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if len(args) != 1 {
				return t.Raisef(TypeErrorType, "set.%s() takes exactly one argument (%d given)", name, len(args))
			}
			y, ok := AsSet(args[0])
			if !ok {
				y = NewSet()
				if y.Update(t, args[0]) < 0 {
					return Null
				}
			}
			return SetType.Compare(t, self, y.Value(), op)
		})
	}
	setupBuiltinType(SetIterType, ObjectType, 0)
	SetIterType.New = nil
	SetIterType.Iter = selfIter
	SetIterType.Next = func(t *Thread, v Value) Value {
		it := as[setIter](v)
		if it.used != it.s.used {
			it.used = -1
			return t.RaiseMsg(RuntimeErrorType, "Set changed size during iteration")
		}
		for it.i < len(it.s.table) {
			e := it.s.table[it.i]
			it.i++
			if !e.key.IsNull() && !e.dummy {
				return e.key
			}
		}
		return Null
	}
	initSetMethods()
}

// selectItems returns a new set of the items of from, in from's order,
// for which probe.Contains answers want (1: in probe, 0: not in probe):
// intersection and difference. Null if a comparison raised.
func selectItems(t *Thread, from, probe *Set, want int) Value {
	r := NewSet()
	failed := false
	from.Items(func(k Value) bool {
		switch probe.Contains(t, k) {
		case want:
			failed = r.Add(t, k) < 0
		case -1:
			failed = true
		}
		return !failed
	})
	if failed {
		return Null
	}
	return r.Value()
}
