package xi

// Queue is a FIFO of Items shared by interpreters (PEP 734's queues).
// maxsize <= 0 means unbounded. Safe for concurrent use.
type Queue struct {
	w waitable
}

// NewQueue returns an empty queue.
func NewQueue(maxsize int) *Queue {
	q := &Queue{}
	q.w.init(maxsize)
	return q
}

func (q *Queue) source() *waitable { return &q.w }

// Maxsize returns the bound given to NewQueue (<= 0: unbounded).
func (q *Queue) Maxsize() int { return q.w.maxsize }

// Len returns how many items are queued.
func (q *Queue) Len() int { return q.w.len() }

// Full reports whether a bounded queue holds maxsize items.
func (q *Queue) Full() bool { return q.w.maxsize > 0 && q.w.avail.Load() >= int64(q.w.maxsize) }

// Put appends it, waiting per w while the queue is full: nil, ErrFull
// (non-blocking), ErrTimeout, ErrInterrupted or ErrDestroyed. A Put on a
// destroyed queue fails with ErrDestroyed.
func (q *Queue) Put(it Item, w Wait) error {
	s := &q.w
	if err, ok := q.tryPut(it); ok {
		return errOrNil(err)
	}
	if !w.Block {
		return ErrFull
	}
	var p parking
	p.start(w)
	if s.spinWait(&p, func() bool { return s.avail.Load() < int64(s.maxsize) || s.flags.Load() != 0 }) {
		if err, ok := q.tryPut(it); ok {
			return errOrNil(err)
		}
	}
	defer p.stop()
	s.mu.Lock()
	if err, ok := q.tryPutLocked(it); ok {
		s.mu.Unlock()
		return errOrNil(err)
	}
	wt := s.takeWaiter()
	wt.it = it
	wt.state.Store(stateWaiting)
	s.putters = append(s.putters, wt)
	s.mu.Unlock()

	how := p.park(s, wt, w)
	if how != wokeClaimed {
		s.mu.Lock()
		if wt.state.Load() == stateClaimed {
			// Admitted (or destroyed) just as the wait ended: that wins.
			s.mu.Unlock()
			wt.awaitToken()
		} else {
			for i, x := range s.putters {
				if x == wt {
					s.putters = append(s.putters[:i], s.putters[i+1:]...)
					break
				}
			}
			s.mu.Unlock()
			s.giveWaiter(wt)
			return wokeErr(how)
		}
	}
	err := wt.err
	s.giveWaiter(wt)
	return errOrNil(err)
}

// tryPut is one attempt to put without waiting; ok false if full.
func (q *Queue) tryPut(it Item) (Error, bool) {
	q.w.mu.Lock()
	err, ok := q.tryPutLocked(it)
	q.w.mu.Unlock()
	return err, ok
}

func (q *Queue) tryPutLocked(it Item) (Error, bool) {
	s := &q.w
	if s.flags.Load()&flagDestroyed != 0 {
		return ErrDestroyed, true
	}
	if s.maxsize > 0 && s.ring.n >= s.maxsize {
		return 0, false
	}
	s.pushLocked(slot{it: it})
	return 0, true
}

// Get removes the oldest item, waiting per w while the queue is empty:
// the item and nil, or ErrEmpty (non-blocking), ErrTimeout,
// ErrInterrupted, ErrDestroyed.
func (q *Queue) Get(w Wait) (Item, error) {
	_, it, err := receive(sources{one: &q.w}, w)
	return it, err
}

// Destroy empties the queue and wakes every waiter with ErrDestroyed.
// Later operations fail with ErrDestroyed.
func (q *Queue) Destroy() {
	q.w.mu.Lock()
	q.w.destroyLocked()
	q.w.mu.Unlock()
}

// Destroyed reports whether Destroy was called.
func (q *Queue) Destroyed() bool { return q.w.flags.Load()&flagDestroyed != 0 }

// Unbind applies fn to every queued item put by interpreter owner (fn
// returns the replacement item and whether to keep it): 3.13's handling of
// items whose interpreter was destroyed. fn runs under the queue's lock:
// it must not use the queue. Items still held by a Put parked on a full
// queue are not seen.
func (q *Queue) Unbind(owner int64, fn func(Item) (Item, bool)) {
	q.w.mu.Lock()
	q.w.unbindLocked(owner, fn)
	q.w.mu.Unlock()
}

// errOrNil turns the zero Error into a nil error (an Error in an
// interface is never nil).
func errOrNil(e Error) error {
	if e == 0 {
		return nil
	}
	return e
}
