package statestruct

import (
	"testing"

	"github.com/subpy/subpy/core/xi"
)

// TestXIRegistryLifecycle: each initialization has a fresh registry (IDs
// from 1); Finalize destroys what it holds, waking blocked waiters, and
// clears it.
func TestXIRegistryLifecycle(t *testing.T) {
	var r Runtime
	if r.XI() != nil {
		t.Fatal("registry before Initialize")
	}
	for round := 0; round < 2; round++ {
		main, _ := r.Initialize(RuntimeConfig{})
		reg := r.XI()
		if reg == nil {
			t.Fatalf("round %d: no registry after Initialize", round)
		}
		q := xi.NewQueue(0)
		if id := reg.AddQueue(q, nil, false); id != 1 {
			t.Fatalf("round %d: first queue ID %d", round, id)
		}
		got := make(chan error, 1)
		go func() {
			_, err := q.Get(xi.Wait{Block: true})
			got <- err
		}()
		r.Finalize(main)
		if err := <-got; err != xi.ErrDestroyed {
			t.Fatalf("round %d: blocked Get = %v, want destroyed", round, err)
		}
		if r.XI() != nil {
			t.Fatalf("round %d: registry left after Finalize", round)
		}
		checkIdle(t, &r)
	}
}
