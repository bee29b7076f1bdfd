package object

// The mutating methods of set that act in place (pop, the *_update
// family) and the augmented assignment operators.

// pop removes and returns an arbitrary item, starting where the last pop
// stopped, as CPython does (so the order of pops matches).
func (s *Set) pop(t *Thread) Value {
	if s.used == 0 {
		return t.RaiseMsg(KeyErrorType, "pop from an empty set")
	}
	mask := len(s.table) - 1
	i := s.finger & mask
	for {
		e := &s.table[i]
		if !e.key.IsNull() && !e.dummy {
			break
		}
		i = (i + 1) & mask
	}
	k := s.table[i].key
	s.table[i] = setEntry{hash: -1, dummy: true}
	s.used--
	s.finger = i + 1
	return k
}

// intersectionUpdate keeps the items also in each of args.
func (s *Set) intersectionUpdate(t *Thread, args []Value) int {
	for _, a := range args {
		var r Value
		if y, ok := AsSet(a); ok {
			x, o := s, y
			if y.used > s.used {
				x, o = y, s
			}
			r = selectItems(t, o, x, 1)
		} else {
			n := NewSet()
			failed := false
			if ForEach(t, a, func(k Value) bool {
				switch s.Contains(t, k) {
				case 1:
					failed = n.Add(t, k) < 0
				case -1:
					failed = true
				}
				return !failed
			}) < 0 || failed {
				return -1
			}
			r = n.Value()
		}
		if r.IsNull() {
			return -1
		}
		s.swapTable(as[Set](r))
	}
	return 0
}

// swapTable makes s hold o's items (o is a fresh set that is dropped).
func (s *Set) swapTable(o *Set) {
	s.table, s.fill, s.used, s.finger = o.table, o.fill, o.used, 0
}

// differenceUpdate discards the items of each of args.
func (s *Set) differenceUpdate(t *Thread, args []Value) int {
	for _, a := range args {
		if a.p == s.Value().p {
			s.table, s.fill, s.used, s.finger = make([]setEntry, setMinSize), 0, 0, 0
			continue
		}
		if y, ok := AsSet(a); ok {
			failed := false
			// Iterate over a snapshot: y may be s's own alias.
			y.Items(func(k Value) bool { failed = s.Discard(t, k) < 0; return !failed })
			if failed {
				return -1
			}
			continue
		}
		failed := false
		if ForEach(t, a, func(k Value) bool { failed = s.Discard(t, k) < 0; return !failed }) < 0 || failed {
			return -1
		}
	}
	return 0
}

// symmetricDifferenceUpdate toggles the items of a.
func (s *Set) symmetricDifferenceUpdate(t *Thread, a Value) int {
	if a.p == s.Value().p {
		s.table, s.fill, s.used, s.finger = make([]setEntry, setMinSize), 0, 0, 0
		return 0
	}
	o, ok := AsSet(a)
	if !ok {
		o = NewSet()
		if o.Update(t, a) < 0 {
			return -1
		}
	}
	failed := false
	o.Items(func(k Value) bool {
		switch s.Discard(t, k) {
		case 0:
			failed = s.Add(t, k) < 0
		case -1:
			failed = true
		}
		return !failed
	})
	if failed {
		return -1
	}
	return 0
}

func initSetMethods() {
	m := SetType.addMethod
	m("pop", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 0 || kwnames.Len() > 0 {
			return t.Raisef(TypeErrorType, "set.pop() takes no arguments (%d given)", len(args))
		}
		return as[Set](self).pop(t)
	})
	m("intersection_update", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if kwnames.Len() > 0 {
			return t.RaiseMsg(TypeErrorType, "set.intersection_update() takes no keyword arguments")
		}
		if as[Set](self).intersectionUpdate(t, args) < 0 {
			return Null
		}
		return None
	})
	m("difference_update", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if kwnames.Len() > 0 {
			return t.RaiseMsg(TypeErrorType, "set.difference_update() takes no keyword arguments")
		}
		if as[Set](self).differenceUpdate(t, args) < 0 {
			return Null
		}
		return None
	})
	m("symmetric_difference_update", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 || kwnames.Len() > 0 {
			return t.Raisef(TypeErrorType, "set.symmetric_difference_update() takes exactly one argument (%d given)", len(args))
		}
		if as[Set](self).symmetricDifferenceUpdate(t, args[0]) < 0 {
			return Null
		}
		return None
	})
	inplace := func(f func(t *Thread, s *Set, o Value) int) BinaryFunc {
		return func(t *Thread, a, b Value) Value {
			if _, ok := AsSet(b); !ok {
				return NotImplemented
			}
			if f(t, as[Set](a), b) < 0 {
				return Null
			}
			return a
		}
	}
	SetType.InPlace[nbOr] = inplace(func(t *Thread, s *Set, o Value) int { return s.Update(t, o) })
	SetType.InPlace[nbAnd] = inplace(func(t *Thread, s *Set, o Value) int { return s.intersectionUpdate(t, []Value{o}) })
	SetType.InPlace[nbSub] = inplace(func(t *Thread, s *Set, o Value) int { return s.differenceUpdate(t, []Value{o}) })
	SetType.InPlace[nbXor] = inplace(func(t *Thread, s *Set, o Value) int { return s.symmetricDifferenceUpdate(t, o) })
	// The set's repr guards against a set reachable from itself (through
	// an object whose repr shows the set).
	repr := SetType.Repr
	SetType.Repr = func(t *Thread, v Value) Value {
		if !ReprEnter(t, v) {
			return NewStr(TypeOf(v).Name + "(...)").Value()
		}
		r := repr(t, v)
		ReprLeave(t, v)
		return r
	}
	SetType.Init = func(t *Thread, self Value, args []Value, kwnames *Tuple) int {
		if kwnames.Len() > 0 && TypeOf(self) == SetType {
			t.RaiseMsg(TypeErrorType, "set() takes no keyword arguments")
			return -1
		}
		if len(args) > 1 {
			t.Raisef(TypeErrorType, "set expected at most 1 argument, got %d", len(args))
			return -1
		}
		s := as[Set](self)
		if s.used > 0 {
			s.table, s.fill, s.used, s.finger = make([]setEntry, setMinSize), 0, 0, 0
		}
		if len(args) == 1 {
			return s.Update(t, args[0])
		}
		return 0
	}
}
