package xi

// slot is one queued item. snd is the waiter of a rendezvous Send that
// waits until this item is taken (nil for queues and SendNowait).
type slot struct {
	it  Item
	snd *waiter
}

// minRing is the capacity of a ring's first buffer.
const minRing = 8

// shrinkAbove is the capacity above which a ring mostly empty gives memory
// back (to a quarter, so that a queue oscillating between empty and full
// does not reallocate each time): small rings keep their buffer.
const shrinkAbove = 1024

// ring is a growable FIFO of slots. Its capacity is 0 or a power of two,
// so that positions wrap with a mask. Not safe for concurrent use: the
// owning waitable's mutex guards it.
type ring struct {
	buf  []slot
	head int
	n    int
}

func (r *ring) push(s slot) {
	if r.n == len(r.buf) {
		r.resize(max(minRing, 2*len(r.buf)))
	}
	r.buf[(r.head+r.n)&(len(r.buf)-1)] = s
	r.n++
}

// pop removes the oldest slot; r.n must be > 0.
func (r *ring) pop() slot {
	s := r.buf[r.head]
	r.buf[r.head] = slot{} // drop the references for the GC
	r.head = (r.head + 1) & (len(r.buf) - 1)
	r.n--
	if len(r.buf) > shrinkAbove && r.n <= len(r.buf)/16 {
		r.resize(len(r.buf) / 4)
	}
	return s
}

// at returns the i-th oldest slot.
func (r *ring) at(i int) *slot { return &r.buf[(r.head+i)&(len(r.buf)-1)] }

// resize moves the slots, oldest first, into a buffer of capacity c.
func (r *ring) resize(c int) {
	buf := make([]slot, c)
	for i := 0; i < r.n; i++ {
		buf[i] = *r.at(i)
	}
	r.buf, r.head = buf, 0
}

// reset forgets the buffer (after the ring was emptied).
func (r *ring) reset() { r.buf, r.head, r.n = nil, 0, 0 }

// filter keeps, in order, the slots for which keep returns true (keep may
// modify the slot).
func (r *ring) filter(keep func(*slot) bool) {
	j := 0
	for i := 0; i < r.n; i++ {
		s := r.at(i)
		if keep(s) {
			if i != j {
				*r.at(j) = *s
			}
			j++
		}
	}
	for i := j; i < r.n; i++ {
		*r.at(i) = slot{}
	}
	r.n = j
}

// removeSender drops the slot whose rendezvous sender is w; false if none
// (a receiver took it already).
func (r *ring) removeSender(w *waiter) bool {
	found := false
	r.filter(func(s *slot) bool {
		if !found && s.snd == w {
			found = true
			return false
		}
		return true
	})
	return found
}
