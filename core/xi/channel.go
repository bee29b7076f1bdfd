package xi

// Channel is a channel with per-end closing: Send is a rendezvous (it
// returns once a receiver took the item), SendNowait only enqueues.
// Safe for concurrent use.
type Channel struct {
	w waitable
}

// NewChannel returns an open, empty channel.
func NewChannel() *Channel {
	c := &Channel{}
	c.w.init(0)
	return c
}

func (c *Channel) source() *waitable { return &c.w }

// sendErrLocked is why a send fails at once, or 0.
func (c *Channel) sendErrLocked() Error {
	f := c.w.flags.Load()
	switch {
	case f&flagDestroyed != 0:
		return ErrDestroyed
	case f&(flagSendClosed|flagRecvClosed) != 0:
		return ErrClosed
	}
	return 0
}

// Send enqueues it and waits until a receiver took it: nil; ErrClosed
// if the channel's send side is closed, or its receive side is closed
// before or while waiting (the item is withdrawn); ErrTimeout or
// ErrInterrupted (the item is withdrawn unless it was already taken, in
// which case Send returns nil); ErrDestroyed. With w.Block false it does
// not wait: it is SendNowait (CPython's send(blocking=False)).
func (c *Channel) Send(it Item, w Wait) error {
	if !w.Block {
		return c.SendNowait(it)
	}
	s := &c.w
	s.mu.Lock()
	if err := c.sendErrLocked(); err != 0 {
		s.mu.Unlock()
		return err
	}
	if s.ring.n == 0 && len(s.getters) > 0 && s.handOffLocked(it) {
		// A parked receiver took it: the rendezvous is done.
		s.mu.Unlock()
		return nil
	}
	wt := s.takeWaiter()
	wt.state.Store(stateWaiting)
	s.ring.push(slot{it: it, snd: wt})
	s.publishLocked()
	s.mu.Unlock()

	var p parking
	p.start(w)
	if s.spinWait(&p, func() bool { return wt.state.Load() == stateClaimed }) {
		wt.awaitToken()
		return c.sent(wt)
	}
	defer p.stop()
	if how := p.park(s, wt, w); how != wokeClaimed {
		s.mu.Lock()
		if wt.state.Load() != stateClaimed {
			// Not taken: withdraw the item.
			s.ring.removeSender(wt)
			s.publishLocked()
			s.mu.Unlock()
			s.giveWaiter(wt)
			return wokeErr(how)
		}
		// Taken (or the channel closed) just as the wait ended.
		s.mu.Unlock()
		wt.awaitToken()
	}
	return c.sent(wt)
}

// sent recycles the waiter of a released Send and returns its result.
func (c *Channel) sent(wt *waiter) error {
	err := wt.err
	c.w.giveWaiter(wt)
	return errOrNil(err)
}

// SendNowait enqueues it without waiting for a receiver: nil or
// ErrClosed (ErrDestroyed once destroyed).
func (c *Channel) SendNowait(it Item) error {
	s := &c.w
	s.mu.Lock()
	if err := c.sendErrLocked(); err != 0 {
		s.mu.Unlock()
		return err
	}
	s.pushLocked(slot{it: it})
	s.mu.Unlock()
	return nil
}

// Recv takes the oldest item (releasing its sender if it waits in Send),
// waiting per w while the channel is empty: ErrEmpty (non-blocking),
// ErrClosed once the send side is closed and nothing is left (or the
// receive side is closed), ErrTimeout, ErrInterrupted, ErrDestroyed.
func (c *Channel) Recv(w Wait) (Item, error) {
	_, it, err := receive(sources{one: &c.w}, w)
	return it, err
}

// CloseSend closes the sending side (idempotent): receivers drain what is
// queued, then get ErrClosed; blocked receivers on an empty channel wake
// with ErrClosed.
func (c *Channel) CloseSend() {
	s := &c.w
	s.mu.Lock()
	if s.flags.Load()&flagSendClosed == 0 {
		s.flags.Store(s.flags.Load() | flagSendClosed)
		if s.ring.n == 0 {
			s.failGettersLocked(ErrClosed)
		}
	}
	s.mu.Unlock()
}

// CloseRecv closes the receiving side (idempotent). With items queued it
// returns ErrNotEmpty and closes nothing unless force, which drops them
// (their blocked senders get ErrClosed). Blocked senders and receivers
// wake with ErrClosed.
func (c *Channel) CloseRecv(force bool) error {
	s := &c.w
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.flags.Load()&flagRecvClosed != 0 {
		return nil
	}
	if s.ring.n > 0 && !force {
		return ErrNotEmpty
	}
	s.flags.Store(s.flags.Load() | flagRecvClosed)
	s.dropItemsLocked(ErrClosed)
	s.failGettersLocked(ErrClosed)
	return nil
}

// SendClosed and RecvClosed report whether each side is closed.
func (c *Channel) SendClosed() bool { return c.w.flags.Load()&flagSendClosed != 0 }
func (c *Channel) RecvClosed() bool { return c.w.flags.Load()&flagRecvClosed != 0 }

// Len returns how many items are queued (sent, not yet received).
func (c *Channel) Len() int { return c.w.len() }

// Destroy empties the channel and wakes every waiter (senders and
// receivers) with ErrDestroyed. Later operations fail with ErrDestroyed.
func (c *Channel) Destroy() {
	c.w.mu.Lock()
	c.w.destroyLocked()
	c.w.mu.Unlock()
}

// Destroyed reports whether Destroy was called.
func (c *Channel) Destroyed() bool { return c.w.flags.Load()&flagDestroyed != 0 }

// Unbind is Queue.Unbind for a channel's queued items. A rendezvous
// sender whose item fn drops gets ErrClosed.
func (c *Channel) Unbind(owner int64, fn func(Item) (Item, bool)) {
	c.w.mu.Lock()
	c.w.unbindLocked(owner, fn)
	c.w.mu.Unlock()
}
