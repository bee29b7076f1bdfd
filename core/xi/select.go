package xi

import "math/rand/v2"

// Source is a receiving end Select can wait on: *Queue or *Channel.
type Source interface {
	// source is unexported: only xi's types are sources.
	source() *waitable
}

// Select waits until one of srcs has an item, takes it (releasing a
// channel's rendezvous sender) and returns the index of that source and
// the item. Among several ready sources it picks one at random. Errors:
// ErrEmpty (w.Block false and nothing ready), ErrTimeout, ErrInterrupted
// (index -1 for these three), ErrClosed with the index of a channel that
// is closed and drained (or whose receiving side is closed), and
// ErrDestroyed with the index of a destroyed source. With no sources it
// waits for the deadline or the interrupt only.
func Select(srcs []Source, w Wait) (int, Item, error) {
	return receive(sources{many: srcs, multi: true}, w)
}

// sources is what a receive waits on: one waitable (Get, Recv) or the
// Sources of a Select, without building a slice for the single case.
type sources struct {
	one   *waitable
	many  []Source
	multi bool
}

func (ss sources) len() int {
	if ss.multi {
		return len(ss.many)
	}
	return 1
}

func (ss sources) at(i int) *waitable {
	if ss.multi {
		return ss.many[i].source()
	}
	return ss.one
}

// poll takes from a ready source without waiting; ok false if none is
// ready. With several ready it picks one uniformly at random (reservoir
// sampling over one pass, so nothing is allocated).
func (ss sources) poll() (idx int, it Item, err Error, ok bool) {
	if !ss.multi {
		s := ss.one
		if !s.ready() {
			return -1, Item{}, 0, false
		}
		s.mu.Lock()
		it, err, ok = s.takeLocked()
		s.mu.Unlock()
		return 0, it, err, ok
	}
	for {
		pick, seen := -1, 0
		for i, src := range ss.many {
			if src.source().ready() {
				seen++
				if seen == 1 || rand.IntN(seen) == 0 {
					pick = i
				}
			}
		}
		if pick < 0 {
			return -1, Item{}, 0, false
		}
		s := ss.many[pick].source()
		s.mu.Lock()
		it, err, ok = s.takeLocked()
		s.mu.Unlock()
		if ok {
			return pick, it, err, true
		}
		// Another getter emptied it between the look and the lock.
	}
}

// receive is Get, Recv and Select: poll, then spin, then park on every
// source at once.
func receive(ss sources, w Wait) (int, Item, error) {
	if i, it, err, ok := ss.poll(); ok {
		return i, it, errOrNil(err)
	}
	if !w.Block {
		return -1, Item{}, ErrEmpty
	}
	return receiveSlow(ss, w)
}

func receiveSlow(ss sources, w Wait) (int, Item, error) {
	var p parking
	p.start(w)
	defer p.stop()
	var (
		idx int
		it  Item
		err Error
	)
	n := ss.len()
	var home *waitable // the source whose spin budget and spare waiter serve
	if n > 0 {
		home = ss.at(0)
	}
	if n > 0 && home.spinWait(&p, func() bool {
		var ok bool
		idx, it, err, ok = ss.poll()
		return ok
	}) {
		return idx, it, errOrNil(err)
	}

	var wt *waiter
	if n > 0 {
		wt = home.takeWaiter()
	} else {
		wt = newWaiter()
	}
	for {
		// Register on each source under its lock, after checking that it
		// is still empty there: a put after this sees the waiter, so no
		// wake-up is lost.
		wt.state.Store(stateWaiting)
		reg := 0
		for ; reg < n; reg++ {
			s := ss.at(reg)
			s.mu.Lock()
			if s.readyLocked() {
				s.mu.Unlock()
				break
			}
			s.getters = append(s.getters, getterRef{wt, reg})
			s.mu.Unlock()
		}
		how := wokeClaimed
		if reg == n {
			how = p.park(home, wt, w)
			if how == wokeClaimed {
				return ss.finish(wt, reg)
			}
		}
		if !wt.state.CompareAndSwap(stateWaiting, stateCancelled) {
			// A source claimed the waiter as it was leaving: the claim
			// wins. Its token follows the claim.
			wt.awaitToken()
			return ss.finish(wt, reg)
		}
		ss.unregister(wt, reg, -1)
		if reg == n {
			if n > 0 {
				ss.at(0).giveWaiter(wt)
			}
			return -1, Item{}, wokeErr(how)
		}
		// A source was ready while registering: take from it (or from
		// another ready one), else wait again.
		if idx, it, err, ok := ss.poll(); ok {
			ss.at(0).giveWaiter(wt)
			return idx, it, errOrNil(err)
		}
	}
}

// finish ends a claimed wait: leaves the other sources' lists, recycles
// the waiter and returns what the claim delivered.
func (ss sources) finish(wt *waiter, reg int) (int, Item, error) {
	idx, it, err := wt.idx, wt.it, wt.err
	ss.unregister(wt, reg, idx)
	ss.at(0).giveWaiter(wt)
	return idx, it, errOrNil(err)
}

// unregister removes wt from the lists of the first reg sources, but for
// skip (the source that claimed it removed it already).
func (ss sources) unregister(wt *waiter, reg, skip int) {
	for i := 0; i < reg; i++ {
		if i == skip {
			continue
		}
		s := ss.at(i)
		s.mu.Lock()
		s.removeGetterLocked(wt)
		s.mu.Unlock()
	}
}
