package xi

import (
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/subpy/subpy/core/object"
)

// stressN scales the stress tests down under -short and the race
// detector's slowdown stays within the package's time budget.
func stressN(n int) int {
	if testing.Short() {
		return n / 10
	}
	return n
}

// tag packs a producer and its sequence number into an item.
func tag(p, seq int) Item {
	return Item{Value: object.Int(int64(p)<<32 | int64(seq)), Owner: int64(p)}
}

func untag(it Item) (p, seq int) {
	v := val(it)
	return int(v >> 32), int(v & (1<<32 - 1))
}

// ledger records what consumers received: every item exactly once, and
// each producer's items in order as each consumer saw them.
type ledger struct {
	mu   sync.Mutex
	seen map[int64]int
}

func newLedger() *ledger { return &ledger{seen: map[int64]int{}} }

func (l *ledger) add(items []Item) {
	l.mu.Lock()
	for _, it := range items {
		l.seen[val(it)]++
	}
	l.mu.Unlock()
}

// fifo checks that a consumer saw each producer's items in increasing
// order.
func fifo(t *testing.T, items []Item) {
	last := map[int]int{}
	for _, it := range items {
		p, seq := untag(it)
		if prev, ok := last[p]; ok && seq <= prev {
			t.Errorf("producer %d: item %d after %d", p, seq, prev)
			return
		}
		last[p] = seq
	}
}

func (l *ledger) checkExactly(t *testing.T, want map[int64]bool) {
	t.Helper()
	for v, n := range l.seen {
		if n != 1 {
			t.Errorf("item %x received %d times", v, n)
		}
		if !want[v] {
			t.Errorf("item %x received but not sent", v)
		}
	}
	for v := range want {
		if l.seen[v] == 0 {
			t.Errorf("item %x lost", v)
		}
	}
}

// TestStressQueue: producers and consumers on bounded and unbounded
// queues, with blocking, timed and non-blocking calls mixed in.
func TestStressQueue(t *testing.T) {
	for _, maxsize := range []int{0, 1, 7} {
		q := NewQueue(maxsize)
		const producers, consumers = 6, 5
		per := stressN(3000)
		l := newLedger()
		var wg sync.WaitGroup
		var got atomic.Int64
		total := int64(producers * per)
		for p := 0; p < producers; p++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for seq := 0; seq < per; {
					w := Wait{Block: true}
					switch seq % 3 {
					case 1:
						w = Wait{}
					case 2:
						w = Wait{Block: true, Timeout: time.Duration(rand.IntN(50)) * time.Microsecond}
					}
					if err := q.Put(tag(p, seq), w); err == nil {
						seq++
					} else if err != ErrFull && err != ErrTimeout {
						t.Errorf("Put: %v", err)
						return
					}
				}
			}()
		}
		var cwg sync.WaitGroup
		for c := 0; c < consumers; c++ {
			cwg.Add(1)
			go func() {
				defer cwg.Done()
				var mine []Item
				for got.Load() < total {
					it, err := q.Get(Wait{Block: true, Timeout: time.Millisecond})
					switch err {
					case nil:
						mine = append(mine, it)
						got.Add(1)
					case ErrTimeout:
					default:
						t.Errorf("Get: %v", err)
						return
					}
				}
				fifo(t, mine)
				l.add(mine)
			}()
		}
		wg.Wait()
		cwg.Wait()
		want := map[int64]bool{}
		for p := 0; p < producers; p++ {
			for seq := 0; seq < per; seq++ {
				want[val(tag(p, seq))] = true
			}
		}
		l.checkExactly(t, want)
		idle(t, q)
	}
}

// TestStressChannelRendezvous: senders with random timeouts and
// interrupts against receivers. A Send that returned nil must have been
// received exactly once; one that failed must not have been received.
func TestStressChannelRendezvous(t *testing.T) {
	c := NewChannel()
	const senders, receivers = 5, 4
	per := stressN(2000)
	l := newLedger()
	var mu sync.Mutex
	delivered := map[int64]bool{}
	var swg, rwg sync.WaitGroup
	var stop atomic.Bool
	for s := 0; s < senders; s++ {
		swg.Add(1)
		go func() {
			defer swg.Done()
			intr := make(chan struct{}, 1)
			for seq := 0; seq < per; seq++ {
				it := tag(s, seq)
				var err error
				switch seq % 4 {
				case 0:
					err = c.SendNowait(it)
				case 1:
					err = c.Send(it, Wait{Block: true, Timeout: time.Duration(rand.IntN(30)) * time.Microsecond})
				case 2:
					if rand.IntN(2) == 0 {
						intr <- struct{}{}
					}
					err = c.Send(it, Wait{Block: true, Interrupt: intr})
					select {
					case <-intr:
					default:
					}
				default:
					err = c.Send(it, Wait{Block: true})
				}
				switch err {
				case nil:
					mu.Lock()
					delivered[val(it)] = true
					mu.Unlock()
				case ErrTimeout, ErrInterrupted:
				default:
					t.Errorf("Send: %v", err)
					return
				}
			}
		}()
	}
	for r := 0; r < receivers; r++ {
		rwg.Add(1)
		go func() {
			defer rwg.Done()
			var mine []Item
			for {
				it, err := c.Recv(Wait{Block: true, Timeout: 200 * time.Microsecond})
				if err == ErrTimeout {
					if stop.Load() {
						break
					}
					continue
				}
				if err != nil {
					t.Errorf("Recv: %v", err)
					return
				}
				mine = append(mine, it)
			}
			fifo(t, mine)
			l.add(mine)
		}()
	}
	swg.Wait()
	// SendNowait items may still be queued: drain them, then stop.
	for c.Len() > 0 {
		time.Sleep(time.Millisecond)
	}
	stop.Store(true)
	rwg.Wait()
	l.checkExactly(t, delivered)
	idle(t, c)
}

// TestStressSelect: selectors over queues and channels fed by producers;
// every item is received once; closing the channels at the end reports
// ErrClosed with their index once they are drained.
func TestStressSelect(t *testing.T) {
	qs := []*Queue{NewQueue(0), NewQueue(3)}
	cs := []*Channel{NewChannel(), NewChannel()}
	srcs := []Source{qs[0], cs[0], qs[1], cs[1]}
	const producers, selectors = 4, 3
	per := stressN(3000)
	l := newLedger()
	var pwg, swg sync.WaitGroup
	var got atomic.Int64
	total := int64(producers * per)
	for p := 0; p < producers; p++ {
		pwg.Add(1)
		go func() {
			defer pwg.Done()
			for seq := 0; seq < per; seq++ {
				it := tag(p, seq)
				var err error
				// Each producer sticks to one source, so FIFO holds per
				// producer.
				switch p {
				case 0, 2:
					err = qs[p/2].Put(it, Wait{Block: true})
				case 1:
					err = cs[0].Send(it, Wait{Block: true})
				case 3:
					err = cs[1].SendNowait(it)
				}
				if err != nil {
					t.Errorf("producer %d: %v", p, err)
					return
				}
			}
		}()
	}
	for s := 0; s < selectors; s++ {
		swg.Add(1)
		go func() {
			defer swg.Done()
			var mine []Item
			for got.Load() < total {
				w := Wait{Block: true, Timeout: time.Millisecond}
				if rand.IntN(4) == 0 {
					w = Wait{}
				}
				i, it, err := Select(srcs, w)
				switch err {
				case nil:
					if p, _ := untag(it); srcs[i] != srcOf(qs, cs, p) {
						t.Errorf("item of producer %d from source %d", p, i)
					}
					mine = append(mine, it)
					got.Add(1)
				case ErrTimeout, ErrEmpty:
				default:
					t.Errorf("Select: %v", err)
					return
				}
			}
			fifo(t, mine)
			l.add(mine)
		}()
	}
	pwg.Wait()
	swg.Wait()
	want := map[int64]bool{}
	for p := 0; p < producers; p++ {
		for seq := 0; seq < per; seq++ {
			want[val(tag(p, seq))] = true
		}
	}
	l.checkExactly(t, want)
	for _, s := range srcs {
		idle(t, s)
	}
	// Closed and drained channels end a Select with their index.
	cs[1].CloseSend()
	if i, _, err := Select(srcs, Wait{Block: true}); i != 3 || err != ErrClosed {
		t.Fatalf("Select on a closed channel = %d, %v", i, err)
	}
}

func srcOf(qs []*Queue, cs []*Channel, p int) Source {
	switch p {
	case 0:
		return qs[0]
	case 1:
		return cs[0]
	case 2:
		return qs[1]
	}
	return cs[1]
}

// TestStressWakeups: many goroutines park and are woken one item at a
// time, with closing and destruction racing against the waits; nothing
// may hang (the test's deadline catches a lost wake-up).
func TestStressWakeups(t *testing.T) {
	rounds := stressN(200)
	for r := 0; r < rounds; r++ {
		q, c := NewQueue(1), NewChannel()
		var wg sync.WaitGroup
		const n = 6
		errs := make(chan error, 4*n)
		for i := 0; i < n; i++ {
			wg.Add(4)
			go func() { defer wg.Done(); _, err := q.Get(Wait{Block: true}); errs <- err }()
			go func() { defer wg.Done(); errs <- q.Put(item(1), Wait{Block: true}) }()
			go func() { defer wg.Done(); _, err := c.Recv(Wait{Block: true}); errs <- err }()
			go func() {
				defer wg.Done()
				_, _, err := Select([]Source{q, c}, Wait{Block: true})
				errs <- err
			}()
		}
		if r%2 == 0 {
			time.Sleep(time.Duration(rand.IntN(100)) * time.Microsecond)
		}
		c.CloseSend()
		q.Destroy()
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil && err != ErrDestroyed && err != ErrClosed {
				t.Fatalf("round %d: %v", r, err)
			}
		}
		idle(t, q)
		idle(t, c)
	}
}

// TestStressRegistry: adds, lookups, removals and listings from many
// goroutines; IDs are unique and every live ID resolves.
func TestStressRegistry(t *testing.T) {
	r := NewRegistry()
	const workers = 6
	per := stressN(500)
	var wg sync.WaitGroup
	ids := make([][]int64, workers)
	for g := 0; g < workers; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < per; i++ {
				q := NewQueue(0)
				id := r.AddQueue(q, g, i%2 == 0)
				if got, extra := r.Queue(id); got != q || extra != g {
					t.Errorf("Queue(%d) = %p, %v", id, got, extra)
					return
				}
				if i%3 == 0 {
					r.RemoveQueue(id)
				} else {
					ids[g] = append(ids[g], id)
				}
				if i%50 == 0 {
					r.Queues()
				}
				runtime.KeepAlive(q)
			}
		}()
	}
	wg.Wait()
	seen := map[int64]bool{}
	for _, l := range ids {
		for _, id := range l {
			if seen[id] {
				t.Fatalf("ID %d handed out twice", id)
			}
			seen[id] = true
		}
	}
	if last := r.queues.last.Load(); last != int64(workers*per) {
		t.Fatalf("last ID %d, want %d", last, workers*per)
	}
}
