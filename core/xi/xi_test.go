package xi

import (
	"errors"
	"runtime"
	"testing"
	"time"

	"github.com/subpy/subpy/core/object"
)

// parkDelay is long enough for a blocked operation to be past its spin
// and parked.
const parkDelay = 2 * time.Millisecond

func item(i int64) Item { return Item{Value: object.Int(i), Owner: i % 3} }

func val(it Item) int64 { return it.Value.SmallInt() }

func nowait() Wait                       { return Wait{} }
func within(d time.Duration) Wait        { return Wait{Block: true, Timeout: d} }
func interruptible(c chan struct{}) Wait { return Wait{Block: true, Interrupt: c} }

// after runs fn in a goroutine after d.
func after(d time.Duration, fn func()) { go func() { time.Sleep(d); fn() }() }

// async runs fn in a goroutine; the result channel gets its error.
func async(fn func() error) <-chan error {
	c := make(chan error, 1)
	go func() { c <- fn() }()
	return c
}

func wantErr(t *testing.T, what string, got, want error) {
	t.Helper()
	if !errors.Is(got, want) && !(got == nil && want == nil) {
		t.Fatalf("%s: error %v, want %v", what, got, want)
	}
}

// idle checks that no waiter is left in s's lists.
func idle(t *testing.T, s Source) {
	t.Helper()
	w := s.source()
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.getters) != 0 || len(w.putters) != 0 {
		t.Fatalf("waiters left: %d getters, %d putters", len(w.getters), len(w.putters))
	}
}

func TestQueueFIFOAndSizes(t *testing.T) {
	for _, maxsize := range []int{0, -1, 1, 3, 100} {
		q := NewQueue(maxsize)
		n := 50
		if maxsize > 0 {
			n = maxsize
		}
		if q.Maxsize() != max(maxsize, 0) {
			t.Fatalf("Maxsize = %d", q.Maxsize())
		}
		for i := 0; i < n; i++ {
			if q.Full() {
				t.Fatalf("maxsize %d: full at %d", maxsize, i)
			}
			wantErr(t, "Put", q.Put(item(int64(i)), nowait()), nil)
		}
		if q.Len() != n || q.Full() != (maxsize > 0) {
			t.Fatalf("maxsize %d: Len %d Full %v", maxsize, q.Len(), q.Full())
		}
		if maxsize > 0 {
			wantErr(t, "Put on full", q.Put(item(0), nowait()), ErrFull)
		}
		for i := 0; i < n; i++ {
			it, err := q.Get(nowait())
			wantErr(t, "Get", err, nil)
			if val(it) != int64(i) || it.Owner != int64(i)%3 {
				t.Fatalf("Get %d = %v", i, it)
			}
		}
		_, err := q.Get(nowait())
		wantErr(t, "Get on empty", err, ErrEmpty)
		if q.Len() != 0 {
			t.Fatalf("Len %d after draining", q.Len())
		}
	}
}

func TestRingGrowShrinkWrap(t *testing.T) {
	q := NewQueue(0)
	next, want := int64(0), int64(0)
	// Waves of different sizes wrap the ring, grow it past shrinkAbove
	// and shrink it back.
	for _, wave := range []int{5, 9, 3, 5000, 10, 17, 3000, 1} {
		for i := 0; i < wave; i++ {
			q.Put(item(next), nowait())
			next++
		}
		for i := 0; i < wave/2+1 && q.Len() > 0; i++ {
			it, _ := q.Get(nowait())
			if val(it) != want {
				t.Fatalf("got %d, want %d", val(it), want)
			}
			want++
		}
	}
	for q.Len() > 0 {
		it, _ := q.Get(nowait())
		if val(it) != want {
			t.Fatalf("got %d, want %d", val(it), want)
		}
		want++
	}
	if want != next {
		t.Fatalf("drained %d of %d", want, next)
	}
	if c := len(q.w.ring.buf); c > shrinkAbove {
		t.Fatalf("ring kept %d slots", c)
	}
}

func TestQueueBlocking(t *testing.T) {
	t.Run("GetWaitsForPut", func(t *testing.T) {
		q := NewQueue(0)
		after(parkDelay, func() { q.Put(item(7), nowait()) })
		it, err := q.Get(Wait{Block: true})
		wantErr(t, "Get", err, nil)
		if val(it) != 7 {
			t.Fatalf("got %v", it)
		}
		idle(t, q)
	})
	t.Run("PutWaitsForRoom", func(t *testing.T) {
		q := NewQueue(1)
		q.Put(item(1), nowait())
		done := async(func() error { return q.Put(item(2), Wait{Block: true}) })
		time.Sleep(parkDelay)
		select {
		case err := <-done:
			t.Fatalf("Put returned %v on a full queue", err)
		default:
		}
		it, _ := q.Get(nowait())
		wantErr(t, "Put", <-done, nil)
		it2, _ := q.Get(nowait())
		if val(it) != 1 || val(it2) != 2 {
			t.Fatalf("got %v then %v", it, it2)
		}
		idle(t, q)
	})
}

func TestTimeouts(t *testing.T) {
	const d = 5 * time.Millisecond
	full := NewQueue(1)
	full.Put(item(1), nowait())
	ch := NewChannel()
	cases := []struct {
		name string
		op   func() error
		src  Source
	}{
		{"QueueGet", func() error { _, err := NewQueue(0).Get(within(d)); return err }, nil},
		{"QueuePut", func() error { return full.Put(item(2), within(d)) }, full},
		{"ChannelRecv", func() error { _, err := ch.Recv(within(d)); return err }, ch},
		{"ChannelSend", func() error { return ch.Send(item(3), within(d)) }, ch},
		{"Select", func() error { _, _, err := Select([]Source{NewQueue(0), ch}, within(d)); return err }, ch},
		{"SelectNone", func() error { _, _, err := Select(nil, within(d)); return err }, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			wantErr(t, c.name, c.op(), ErrTimeout)
			if el := time.Since(start); el < d {
				t.Fatalf("timed out after %v < %v", el, d)
			}
			if c.src != nil {
				idle(t, c.src)
			}
		})
	}
	if full.Len() != 1 || ch.Len() != 0 {
		t.Fatalf("timed-out puts left items: queue %d, channel %d", full.Len(), ch.Len())
	}
}

func TestInterrupt(t *testing.T) {
	full := NewQueue(1)
	full.Put(item(1), nowait())
	ch := NewChannel()
	ops := []struct {
		name string
		op   func(Wait) error
	}{
		{"QueueGet", func(w Wait) error { _, err := NewQueue(0).Get(w); return err }},
		{"QueuePut", func(w Wait) error { return full.Put(item(2), w) }},
		{"ChannelRecv", func(w Wait) error { _, err := ch.Recv(w); return err }},
		{"ChannelSend", func(w Wait) error { return ch.Send(item(3), w) }},
		{"Select", func(w Wait) error { _, _, err := Select([]Source{NewQueue(0), ch}, w); return err }},
	}
	for _, o := range ops {
		t.Run(o.name+"/Token", func(t *testing.T) {
			intr := make(chan struct{}, 1)
			after(parkDelay, func() { intr <- struct{}{} })
			wantErr(t, o.name, o.op(interruptible(intr)), ErrInterrupted)
		})
		t.Run(o.name+"/Stale", func(t *testing.T) {
			// A token left from an earlier signal: the wait ends at once;
			// the caller rechecks its pending exception.
			intr := make(chan struct{}, 1)
			intr <- struct{}{}
			wantErr(t, o.name, o.op(interruptible(intr)), ErrInterrupted)
		})
		t.Run(o.name+"/Closed", func(t *testing.T) {
			intr := make(chan struct{})
			after(parkDelay, func() { close(intr) })
			wantErr(t, o.name, o.op(interruptible(intr)), ErrInterrupted)
		})
	}
	if full.Len() != 1 || ch.Len() != 0 {
		t.Fatalf("interrupted puts left items: queue %d, channel %d", full.Len(), ch.Len())
	}
	idle(t, full)
	idle(t, ch)
	// A ready operation does not look at the interrupt.
	q := NewQueue(0)
	q.Put(item(5), nowait())
	intr := make(chan struct{}, 1)
	intr <- struct{}{}
	if it, err := q.Get(interruptible(intr)); err != nil || val(it) != 5 {
		t.Fatalf("Get with an item and a stale token = %v, %v", it, err)
	}
}

func TestQueueDestroy(t *testing.T) {
	q := NewQueue(1)
	empty := NewQueue(0)
	q.Put(item(1), nowait())
	put := async(func() error { return q.Put(item(2), Wait{Block: true}) })
	get := async(func() error { _, err := empty.Get(Wait{Block: true}); return err })
	sel := async(func() error {
		i, _, err := Select([]Source{NewChannel(), empty}, Wait{Block: true})
		if i != 1 {
			t.Errorf("Select index %d", i)
		}
		return err
	})
	time.Sleep(parkDelay)
	q.Destroy()
	empty.Destroy()
	wantErr(t, "blocked Put", <-put, ErrDestroyed)
	wantErr(t, "blocked Get", <-get, ErrDestroyed)
	wantErr(t, "blocked Select", <-sel, ErrDestroyed)
	if q.Len() != 0 || !q.Destroyed() {
		t.Fatalf("Len %d, Destroyed %v", q.Len(), q.Destroyed())
	}
	wantErr(t, "Put after", q.Put(item(3), nowait()), ErrDestroyed)
	_, err := q.Get(nowait())
	wantErr(t, "Get after", err, ErrDestroyed)
	q.Destroy() // idempotent
	idle(t, q)
	idle(t, empty)
}

func TestUnbind(t *testing.T) {
	// Owner i%3: drop owner 1's odd items, rewrite its even ones.
	fn := func(it Item) (Item, bool) {
		if val(it)%2 == 1 {
			return Item{}, false
		}
		it.Unbound = 1
		return it, true
	}
	check := func(t *testing.T, got []Item) {
		t.Helper()
		var want []int64
		for i := int64(0); i < 12; i++ {
			if i%3 != 1 || i%2 == 0 {
				want = append(want, i)
			}
		}
		if len(got) != len(want) {
			t.Fatalf("got %d items, want %d", len(got), len(want))
		}
		for i, it := range got {
			if val(it) != want[i] || (it.Unbound == 1) != (want[i]%3 == 1) {
				t.Fatalf("item %d = %+v, want %d", i, it, want[i])
			}
		}
	}
	t.Run("Queue", func(t *testing.T) {
		q := NewQueue(12)
		for i := int64(0); i < 12; i++ {
			q.Put(item(i), nowait())
		}
		// A putter parked on the full queue gets in once items go.
		put := async(func() error { return q.Put(item(100), Wait{Block: true}) })
		time.Sleep(parkDelay)
		q.Unbind(1, fn)
		wantErr(t, "parked Put", <-put, nil)
		var got []Item
		for q.Len() > 0 {
			it, _ := q.Get(nowait())
			got = append(got, it)
		}
		if val(got[len(got)-1]) != 100 {
			t.Fatalf("last item %v", got[len(got)-1])
		}
		check(t, got[:len(got)-1])
	})
	t.Run("Channel", func(t *testing.T) {
		c := NewChannel()
		for i := int64(0); i < 12; i++ {
			if i == 1 {
				continue
			}
			c.SendNowait(item(i))
		}
		// Item 1 (owner 1, dropped) is sent with a rendezvous, queued
		// after the others: its sender is released with ErrClosed.
		send := async(func() error { return c.Send(item(1), Wait{Block: true}) })
		time.Sleep(parkDelay)
		c.Unbind(1, fn)
		wantErr(t, "dropped Send", <-send, ErrClosed)
		var got []Item
		for c.Len() > 0 {
			it, _ := c.Recv(nowait())
			got = append(got, it)
		}
		check(t, got)
	})
}

func TestChannelRendezvous(t *testing.T) {
	c := NewChannel()
	after(parkDelay, func() {
		if it, err := c.Recv(Wait{Block: true}); err != nil || val(it) != 9 {
			t.Errorf("Recv = %v, %v", it, err)
		}
	})
	start := time.Now()
	wantErr(t, "Send", c.Send(item(9), Wait{Block: true}), nil)
	if time.Since(start) < parkDelay {
		t.Fatalf("Send returned before the receiver came")
	}
	// A parked receiver takes the item directly.
	got := make(chan Item, 1)
	go func() { it, _ := c.Recv(Wait{Block: true}); got <- it }()
	time.Sleep(parkDelay)
	wantErr(t, "Send to parked receiver", c.Send(item(4), Wait{Block: true}), nil)
	if it := <-got; val(it) != 4 {
		t.Fatalf("received %v", it)
	}
	// Non-blocking Send only enqueues.
	wantErr(t, "Send nowait", c.Send(item(5), nowait()), nil)
	wantErr(t, "SendNowait", c.SendNowait(item(6)), nil)
	if c.Len() != 2 {
		t.Fatalf("Len %d", c.Len())
	}
	for _, want := range []int64{5, 6} {
		if it, err := c.Recv(nowait()); err != nil || val(it) != want {
			t.Fatalf("Recv = %v, %v; want %d", it, err, want)
		}
	}
	_, err := c.Recv(nowait())
	wantErr(t, "Recv empty", err, ErrEmpty)
	idle(t, c)
}

func TestChannelCloseSend(t *testing.T) {
	c := NewChannel()
	c.SendNowait(item(1))
	send := async(func() error { return c.Send(item(2), Wait{Block: true}) })
	time.Sleep(parkDelay)
	c.CloseSend()
	c.CloseSend() // idempotent
	if !c.SendClosed() || c.RecvClosed() {
		t.Fatalf("SendClosed %v RecvClosed %v", c.SendClosed(), c.RecvClosed())
	}
	wantErr(t, "SendNowait after", c.SendNowait(item(3)), ErrClosed)
	wantErr(t, "Send after", c.Send(item(3), Wait{Block: true}), ErrClosed)
	// Receivers drain, and the rendezvous sender is released.
	for _, want := range []int64{1, 2} {
		if it, err := c.Recv(nowait()); err != nil || val(it) != want {
			t.Fatalf("Recv = %v, %v; want %d", it, err, want)
		}
	}
	wantErr(t, "drained Send", <-send, nil)
	_, err := c.Recv(Wait{Block: true})
	wantErr(t, "Recv drained", err, ErrClosed)
	_, err = c.Recv(nowait())
	wantErr(t, "Recv drained nowait", err, ErrClosed)

	// Blocked receivers (Recv and Select) wake with ErrClosed.
	c2 := NewChannel()
	recv := async(func() error { _, err := c2.Recv(Wait{Block: true}); return err })
	sel := async(func() error {
		i, _, err := Select([]Source{NewQueue(0), c2}, Wait{Block: true})
		if i != 1 {
			t.Errorf("Select index %d", i)
		}
		return err
	})
	time.Sleep(parkDelay)
	c2.CloseSend()
	wantErr(t, "blocked Recv", <-recv, ErrClosed)
	wantErr(t, "blocked Select", <-sel, ErrClosed)
	idle(t, c2)
}

func TestChannelCloseRecv(t *testing.T) {
	t.Run("NotEmpty", func(t *testing.T) {
		c := NewChannel()
		c.SendNowait(item(1))
		wantErr(t, "CloseRecv", c.CloseRecv(false), ErrNotEmpty)
		if c.RecvClosed() || c.Len() != 1 {
			t.Fatalf("closed anyway")
		}
	})
	t.Run("Force", func(t *testing.T) {
		c := NewChannel()
		c.SendNowait(item(1))
		send := async(func() error { return c.Send(item(2), Wait{Block: true}) })
		time.Sleep(parkDelay)
		wantErr(t, "CloseRecv force", c.CloseRecv(true), nil)
		wantErr(t, "blocked Send", <-send, ErrClosed)
		if c.Len() != 0 || !c.RecvClosed() || c.SendClosed() {
			t.Fatalf("Len %d RecvClosed %v SendClosed %v", c.Len(), c.RecvClosed(), c.SendClosed())
		}
		wantErr(t, "again", c.CloseRecv(false), nil)
		wantErr(t, "Send after", c.Send(item(3), Wait{Block: true}), ErrClosed)
		wantErr(t, "SendNowait after", c.SendNowait(item(3)), ErrClosed)
		_, err := c.Recv(Wait{Block: true})
		wantErr(t, "Recv after", err, ErrClosed)
		idle(t, c)
	})
	t.Run("BlockedReceivers", func(t *testing.T) {
		c := NewChannel()
		recv := async(func() error { _, err := c.Recv(Wait{Block: true}); return err })
		sel := async(func() error { _, _, err := Select([]Source{c}, Wait{Block: true}); return err })
		time.Sleep(parkDelay)
		wantErr(t, "CloseRecv", c.CloseRecv(false), nil)
		wantErr(t, "blocked Recv", <-recv, ErrClosed)
		wantErr(t, "blocked Select", <-sel, ErrClosed)
		idle(t, c)
	})
}

func TestChannelDestroy(t *testing.T) {
	c, c2 := NewChannel(), NewChannel()
	send := async(func() error { return c.Send(item(1), Wait{Block: true}) })
	recv := async(func() error { _, err := c2.Recv(Wait{Block: true}); return err })
	time.Sleep(parkDelay)
	c.Destroy()
	c2.Destroy()
	wantErr(t, "blocked Send", <-send, ErrDestroyed)
	wantErr(t, "blocked Recv", <-recv, ErrDestroyed)
	wantErr(t, "SendNowait after", c.SendNowait(item(2)), ErrDestroyed)
	_, err := c.Recv(nowait())
	wantErr(t, "Recv after", err, ErrDestroyed)
	if !c.Destroyed() || c.Len() != 0 {
		t.Fatal("not destroyed")
	}
}

func TestSelect(t *testing.T) {
	t.Run("Poll", func(t *testing.T) {
		a, b := NewQueue(0), NewChannel()
		i, _, err := Select([]Source{a, b}, nowait())
		wantErr(t, "empty", err, ErrEmpty)
		if i != -1 {
			t.Fatalf("index %d", i)
		}
		_, _, err = Select(nil, nowait())
		wantErr(t, "no sources", err, ErrEmpty)
		b.SendNowait(item(3))
		i, it, err := Select([]Source{a, b}, nowait())
		if i != 1 || err != nil || val(it) != 3 {
			t.Fatalf("Select = %d, %v, %v", i, it, err)
		}
	})
	t.Run("Fairness", func(t *testing.T) {
		a, b, c := NewQueue(0), NewQueue(0), NewChannel()
		srcs := []Source{a, NewQueue(0), b, c}
		const n = 1200
		for i := 0; i < n; i++ {
			a.Put(item(0), nowait())
			b.Put(item(2), nowait())
			c.SendNowait(item(3))
		}
		var counts [4]int
		for i := 0; i < n; i++ {
			j, it, err := Select(srcs, nowait())
			if err != nil || int64(j) != val(it) {
				t.Fatalf("Select = %d, %v, %v", j, it, err)
			}
			counts[j]++
		}
		for _, j := range []int{0, 2, 3} {
			// Uniform: n/3 each; this bound fails with odds below 1e-9.
			if counts[j] < n/3-150 || counts[j] > n/3+150 {
				t.Fatalf("picks %v: not uniform", counts)
			}
		}
	})
	t.Run("WakesOnAnySource", func(t *testing.T) {
		for k := 0; k < 3; k++ {
			srcs := []Source{NewQueue(0), NewChannel(), NewQueue(1)}
			after(parkDelay, func() {
				switch s := srcs[k].(type) {
				case *Queue:
					s.Put(item(int64(k)), nowait())
				case *Channel:
					s.SendNowait(item(int64(k)))
				}
			})
			i, it, err := Select(srcs, Wait{Block: true})
			if i != k || err != nil || val(it) != int64(k) {
				t.Fatalf("Select = %d, %v, %v; want %d", i, it, err, k)
			}
			for _, s := range srcs {
				idle(t, s)
			}
		}
	})
	t.Run("ReleasesSender", func(t *testing.T) {
		c := NewChannel()
		send := async(func() error { return c.Send(item(8), Wait{Block: true}) })
		i, it, err := Select([]Source{NewQueue(0), c}, Wait{Block: true})
		if i != 1 || err != nil || val(it) != 8 {
			t.Fatalf("Select = %d, %v, %v", i, it, err)
		}
		wantErr(t, "Send", <-send, nil)
	})
	t.Run("ClosedChannel", func(t *testing.T) {
		c := NewChannel()
		c.SendNowait(item(1))
		c.CloseSend()
		srcs := []Source{NewQueue(0), c}
		if i, it, err := Select(srcs, nowait()); i != 1 || err != nil || val(it) != 1 {
			t.Fatalf("Select = %d, %v, %v; want the queued item first", i, it, err)
		}
		i, _, err := Select(srcs, Wait{Block: true})
		if i != 1 || !errors.Is(err, ErrClosed) {
			t.Fatalf("Select = %d, %v; want 1, closed", i, err)
		}
	})
	t.Run("Duplicates", func(t *testing.T) {
		q := NewQueue(0)
		after(parkDelay, func() { q.Put(item(1), nowait()) })
		i, it, err := Select([]Source{q, NewQueue(0), q}, Wait{Block: true})
		if (i != 0 && i != 2) || err != nil || val(it) != 1 {
			t.Fatalf("Select = %d, %v, %v", i, it, err)
		}
		idle(t, q)
	})
}

func TestRegistry(t *testing.T) {
	r := NewRegistry()
	q1, q2 := NewQueue(0), NewQueue(3)
	if id := r.AddQueue(q1, "one", false); id != 1 {
		t.Fatalf("first queue ID %d", id)
	}
	if id := r.AddQueue(q2, "two", false); id != 2 {
		t.Fatalf("second queue ID %d", id)
	}
	c1 := NewChannel()
	if id := r.AddChannel(c1, nil, false); id != 1 {
		t.Fatalf("first channel ID %d (queues and channels count apart)", id)
	}
	if q, extra := r.Queue(2); q != q2 || extra != "two" {
		t.Fatalf("Queue(2) = %p, %v", q, extra)
	}
	if q, extra := r.Queue(7); q != nil || extra != nil {
		t.Fatalf("Queue(7) = %p, %v", q, extra)
	}
	if !r.RemoveQueue(1) || r.RemoveQueue(1) || r.RemoveQueue(99) {
		t.Fatal("RemoveQueue results")
	}
	if id := r.AddQueue(NewQueue(0), nil, false); id != 3 {
		t.Fatalf("ID after a removal %d: IDs are never reused", id)
	}
	if got := r.Queues(); len(got) != 2 || got[0] != 2 || got[1] != 3 {
		t.Fatalf("Queues = %v", got)
	}
	if got := r.Channels(); len(got) != 1 || got[0] != 1 {
		t.Fatalf("Channels = %v", got)
	}
	if c, _ := r.Channel(1); c != c1 || !r.RemoveChannel(1) || len(r.Channels()) != 0 {
		t.Fatal("channel lookup/removal")
	}
}

func TestRegistryWeak(t *testing.T) {
	r := NewRegistry()
	strong := NewQueue(0)
	sid := r.AddQueue(strong, nil, false)
	wid := r.AddQueue(NewQueue(0), "weak extra", true)
	kept := NewChannel()
	kid := r.AddChannel(kept, nil, true)
	cid := r.AddChannel(NewChannel(), nil, true)
	for i := 0; i < 50; i++ {
		runtime.GC()
		if q, _ := r.Queue(wid); q == nil {
			if c, _ := r.Channel(cid); c == nil {
				break
			}
		}
	}
	if q, _ := r.Queue(wid); q != nil {
		t.Fatal("unreachable weak queue still registered")
	}
	if c, _ := r.Channel(cid); c != nil {
		t.Fatal("unreachable weak channel still registered")
	}
	if q, _ := r.Queue(sid); q != strong {
		t.Fatal("strong queue lost")
	}
	if c, _ := r.Channel(kid); c != kept {
		t.Fatal("reachable weak channel lost")
	}
	if got := r.Queues(); len(got) != 1 || got[0] != sid {
		t.Fatalf("Queues = %v", got)
	}
	if got := r.Channels(); len(got) != 1 || got[0] != kid {
		t.Fatalf("Channels = %v", got)
	}
	runtime.KeepAlive(kept)
}

func TestRegistryUnbindAllDestroyAll(t *testing.T) {
	r := NewRegistry()
	q, c := NewQueue(0), NewChannel()
	r.AddQueue(q, nil, false)
	r.AddChannel(c, nil, false)
	for i := int64(0); i < 6; i++ {
		q.Put(item(i), nowait())
		c.SendNowait(item(i))
	}
	r.UnbindAll(2, func(Item) (Item, bool) { return Item{}, false })
	if q.Len() != 4 || c.Len() != 4 {
		t.Fatalf("after UnbindAll: %d, %d items", q.Len(), c.Len())
	}
	empty := NewQueue(0)
	r.AddQueue(empty, nil, true)
	get := async(func() error { _, err := empty.Get(Wait{Block: true}); return err })
	time.Sleep(parkDelay)
	r.DestroyAll()
	wantErr(t, "blocked Get", <-get, ErrDestroyed)
	if !q.Destroyed() || !c.Destroyed() || len(r.Queues()) != 0 || len(r.Channels()) != 0 {
		t.Fatal("DestroyAll left something")
	}
	if id := r.AddQueue(NewQueue(0), nil, false); id != 3 {
		t.Fatalf("ID after DestroyAll %d", id)
	}
}
