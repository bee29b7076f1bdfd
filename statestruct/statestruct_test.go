package statestruct

import (
	"sync"
	"testing"
	"time"
)

// checkIdle is the invariant checked after each test: no interpreter or
// thread state left, every lock released.
func checkIdle(t *testing.T, r *Runtime) {
	t.Helper()
	if r.Phase() != PhaseUninitialized && r.Phase() != PhaseFinalized {
		t.Errorf("phase = %v, want uninitialized or finalized", r.Phase())
	}
	if n := len(r.Interpreters()); n != 0 {
		t.Errorf("%d interpreters left", n)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.threads) != 0 {
		t.Errorf("%d thread states left", len(r.threads))
	}
}

func TestInitializeFinalizeReinitialize(t *testing.T) {
	var r Runtime
	for round := 1; round <= 3; round++ {
		main, st := r.Initialize(RuntimeConfig{ProgramName: "prog", Argv: []string{"a"}})
		if st.IsError() || main == nil {
			t.Fatalf("round %d: Initialize = %v, %v", round, main, st)
		}
		if !r.IsInitialized() || r.IsFinalizing() {
			t.Fatalf("round %d: phase %v after Initialize", round, r.Phase())
		}
		if got := r.Generation(); got != uint64(round) {
			t.Errorf("generation = %d, want %d", got, round)
		}
		if main.Interpreter().ID() != 0 || !main.Interpreter().IsMain() || main.ID() != 1 {
			t.Errorf("main ids: interp %d thread %d", main.Interpreter().ID(), main.ID())
		}
		if !main.Attached() || main.Interpreter().Lock().Holder() != main {
			t.Errorf("main thread state not holding the main lock")
		}
		if again, st := r.Initialize(RuntimeConfig{}); again != nil || st.IsError() {
			t.Errorf("second Initialize = %v, %v; want a no-op", again, st)
		}
		if got := r.Config().ProgramName; got != "prog" {
			t.Errorf("config program name = %q", got)
		}
		// Subinterpreter IDs restart at 1 after each re-initialization.
		sub, st := r.NewInterpreter(InterpreterConfig{CheckMultiInterpExtensions: true, Lock: LockOwn}, WhenceCAPI)
		if st.IsError() || sub.Interpreter().ID() != 1 {
			t.Fatalf("NewInterpreter = %v, %v", sub, st)
		}
		r.Finalize(main)
		checkIdle(t, &r)
		if r.IsInitialized() || !r.IsFinalizing() {
			t.Errorf("after Finalize: initialized %v, finalizing %v; want false, true", r.IsInitialized(), r.IsFinalizing())
		}
		if _, st := r.NewInterpreter(LegacyInterpreterConfig(), WhenceLegacyCAPI); st.Code != ErrNotInitialized {
			t.Errorf("NewInterpreter after Finalize = %v", st)
		}
		if !sub.Interpreter().Ended() || !sub.Deleted() {
			t.Errorf("Finalize left the subinterpreter alive")
		}
	}
}

func TestNewInterpreterNeedsInitialization(t *testing.T) {
	var r Runtime
	_, st := r.NewInterpreter(LegacyInterpreterConfig(), WhenceLegacyCAPI)
	if st.Code != ErrNotInitialized || st.Message() != "Py_Initialize must be called first" {
		t.Errorf("status = %+v %q", st, st.Message())
	}
}

// TestInterpreterConfigValidate follows what libpython3.13 answers for every
// combination of use_main_obmalloc, check_multi_interp_extensions and gil
// (the ctests driver re-checks it against libpython itself).
func TestInterpreterConfigValidate(t *testing.T) {
	obmalloc := ErrObmallocNeedsMultiPhase
	gil := ErrInvalidGILValue
	tests := []struct {
		mainObmalloc, multiPhaseCheck bool
		lock                          LockKind
		want                          StatusCode
	}{
		{false, false, LockDefault, obmalloc},
		{false, false, LockOwn, obmalloc},
		{false, false, 3, obmalloc},
		{false, true, LockDefault, StatusOK},
		{false, true, LockShared, StatusOK},
		{false, true, LockOwn, StatusOK},
		{false, true, 3, gil},
		{false, true, -1, gil},
		{true, false, LockOwn, StatusOK},
		{true, false, 3, gil},
		{true, true, LockShared, StatusOK},
		{true, true, LockOwn, StatusOK},
	}
	for _, tc := range tests {
		c := InterpreterConfig{UseMainObmalloc: tc.mainObmalloc, CheckMultiInterpExtensions: tc.multiPhaseCheck, Lock: tc.lock}
		if got := c.Validate().Code; got != tc.want {
			t.Errorf("%+v: Validate = %v, want %v", c, got, tc.want)
		}
	}
	if f := StatusText(ErrInvalidGILValue)[0]; f != "init_interp_settings" {
		t.Errorf("func = %q", f)
	}
}

func TestLocksOfInterpreters(t *testing.T) {
	var r Runtime
	main, _ := r.Initialize(RuntimeConfig{})
	defer func() { r.Finalize(main); checkIdle(t, &r) }()
	mainLock := main.Interpreter().Lock()
	tests := []struct {
		name    string
		cfg     InterpreterConfig
		ownLock bool
	}{
		{"legacy", LegacyInterpreterConfig(), false},
		{"default", InterpreterConfig{CheckMultiInterpExtensions: true, Lock: LockDefault}, false},
		{"shared", InterpreterConfig{CheckMultiInterpExtensions: true, Lock: LockShared}, false},
		{"own", InterpreterConfig{CheckMultiInterpExtensions: true, Lock: LockOwn}, true},
	}
	for _, tc := range tests {
		sub, st := r.NewInterpreter(tc.cfg, WhenceCAPI)
		if st.IsError() {
			t.Fatalf("%s: %v", tc.name, st)
		}
		if own := sub.Interpreter().Lock() != mainLock; own != tc.ownLock {
			t.Errorf("%s: own lock = %v, want %v", tc.name, own, tc.ownLock)
		}
		if sub.Attached() {
			t.Errorf("%s: new thread state attached before Attach", tc.name)
		}
		if !tc.ownLock {
			continue // the main thread state holds the shared lock
		}
		sub.Attach()
		if got := r.EndInterpreter(sub); len(got) != 1 || got[0] != sub {
			t.Errorf("%s: EndInterpreter deleted %v", tc.name, got)
		}
		if sub.Interpreter().Lock().Holder() != nil {
			t.Errorf("%s: lock still held after EndInterpreter", tc.name)
		}
	}
}

func TestRegistryOrder(t *testing.T) {
	var r Runtime
	main, _ := r.Initialize(RuntimeConfig{})
	defer func() { r.Finalize(main); checkIdle(t, &r) }()
	a, _ := r.NewInterpreter(LegacyInterpreterConfig(), WhenceLegacyCAPI)
	b, _ := r.NewInterpreter(LegacyInterpreterConfig(), WhenceLegacyCAPI)
	want := []int64{2, 1, 0}
	var got []int64
	for in := r.HeadInterpreter(); in != nil; in = r.NextInterpreter(in) {
		got = append(got, in.ID())
	}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("interpreters = %v, want %v", got, want)
	}
	t2 := r.NewThread(a.Interpreter())
	t3 := r.NewThread(a.Interpreter())
	var ids []uint64
	for th := a.Interpreter().ThreadHead(); th != nil; th = a.Interpreter().NextThread(th) {
		ids = append(ids, th.ID())
	}
	if len(ids) != 3 || ids[0] != 3 || ids[1] != 2 || ids[2] != 1 {
		t.Errorf("thread ids newest first = %v", ids)
	}
	if r.ThreadByHandle(t3.Handle()) != t3 || r.InterpreterByID(2) != b.Interpreter() {
		t.Errorf("lookups failed")
	}
	r.DeleteThread(t2)
	r.DeleteThread(t2)
	if r.ThreadByHandle(t2.Handle()) != nil || len(a.Interpreter().Threads()) != 2 {
		t.Errorf("DeleteThread left the state registered")
	}
	// Ending an interpreter clears its idle thread states too. The shared
	// main lock is held by main, so end a from a detached state.
	deleted := r.EndInterpreter(a)
	if len(deleted) != 2 || !t3.Deleted() || r.InterpreterByID(1) != nil {
		t.Errorf("EndInterpreter deleted %d states", len(deleted))
	}
	if r.NewThread(a.Interpreter()) != nil {
		t.Errorf("NewThread in an ended interpreter")
	}
}

func TestAtExitOrderAndLimit(t *testing.T) {
	var r Runtime
	main, _ := r.Initialize(RuntimeConfig{})
	for i := uintptr(1); i <= maxAtExit; i++ {
		if !r.AtExit(i) {
			t.Fatalf("AtExit %d refused", i)
		}
	}
	if r.AtExit(99) {
		t.Errorf("AtExit accepted more than %d callbacks", maxAtExit)
	}
	got := r.Finalize(main)
	if len(got) != maxAtExit || got[0] != maxAtExit || got[maxAtExit-1] != 1 {
		t.Errorf("callbacks = %v, want last registered first", got)
	}
	checkIdle(t, &r)
}

// TestLockMutualExclusion runs several thread states of one interpreter
// that each increment a shared counter while holding the lock; the race
// detector and the final count check exclusion.
func TestLockMutualExclusion(t *testing.T) {
	var r Runtime
	main, _ := r.Initialize(RuntimeConfig{})
	main.Detach()
	const workers, rounds = 8, 200
	counter := 0
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		th := r.NewThread(main.Interpreter())
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				th.Attach()
				counter++
				th.YieldIfRequested()
				th.Detach()
			}
		}()
	}
	wg.Wait()
	if counter != workers*rounds {
		t.Errorf("counter = %d, want %d", counter, workers*rounds)
	}
	if main.Interpreter().Lock().Holder() != nil || main.Interpreter().Lock().Waiters() != 0 {
		t.Errorf("lock not idle at the end")
	}
	main.Attach()
	r.Finalize(main)
	checkIdle(t, &r)
}

// TestSwitchIntervalHandoff: a holder that never releases on its own is
// asked to drop the lock once a waiter has waited a switch interval, and
// Yield gives the lock to that waiter.
func TestSwitchIntervalHandoff(t *testing.T) {
	var r Runtime
	holder, _ := r.Initialize(RuntimeConfig{})
	lock := holder.Interpreter().Lock()
	lock.SetSwitchInterval(2 * time.Millisecond)
	waiter := r.NewThread(holder.Interpreter())

	gotLock := make(chan time.Duration)
	start := time.Now()
	go func() {
		waiter.Attach()
		gotLock <- time.Since(start)
	}()
	// The holder "runs bytecode": it polls at safe points.
	deadline := time.Now().Add(5 * time.Second)
	for !holder.DropRequested() {
		if time.Now().After(deadline) {
			t.Fatal("no drop request after 5 s")
		}
		time.Sleep(100 * time.Microsecond)
	}
	if waited := time.Since(start); waited < 2*time.Millisecond {
		t.Errorf("drop requested after %v, before the switch interval", waited)
	}
	yielded := make(chan struct{})
	go func() {
		holder.YieldIfRequested() // blocks until the waiter hands back
		close(yielded)
	}()
	<-gotLock
	if lock.Holder() != waiter {
		t.Fatalf("holder after yield = %v, want the waiter", lock.Holder())
	}
	if lock.DropRequested() {
		t.Errorf("drop request not cleared by the handoff")
	}
	waiter.Detach()
	<-yielded
	if lock.Holder() != holder || !holder.Attached() {
		t.Errorf("the yielding thread did not get the lock back")
	}
	r.Finalize(holder)
	checkIdle(t, &r)
}

func TestLockFIFOAndTry(t *testing.T) {
	var r Runtime
	main, _ := r.Initialize(RuntimeConfig{})
	lock := main.Interpreter().Lock()
	lock.SetSwitchInterval(time.Hour) // no drop requests in this test
	other := r.NewThread(main.Interpreter())
	if lock.TryAcquire(other) {
		t.Fatal("TryAcquire took a held lock")
	}
	order := make(chan int, 3)
	var ts []*Thread
	for i := 0; i < 3; i++ {
		th := r.NewThread(main.Interpreter())
		ts = append(ts, th)
		go func(i int) {
			th.Attach()
			order <- i
			th.Detach()
		}(i)
		for lock.Waiters() != i+1 {
			time.Sleep(50 * time.Microsecond)
		}
	}
	main.Detach()
	for i := 0; i < 3; i++ {
		if got := <-order; got != i {
			t.Errorf("waiter %d got the lock in turn %d", got, i)
		}
	}
	if !lock.TryAcquire(other) {
		t.Fatal("TryAcquire failed on a free lock")
	}
	lock.Release(other)
	main.Attach()
	r.Finalize(main)
	checkIdle(t, &r)
}

func BenchmarkAttachDetachUncontended(b *testing.B) {
	var r Runtime
	main, _ := r.Initialize(RuntimeConfig{})
	for i := 0; i < b.N; i++ {
		main.Detach()
		main.Attach()
	}
	r.Finalize(main)
}

func BenchmarkNewEndInterpreter(b *testing.B) {
	var r Runtime
	main, _ := r.Initialize(RuntimeConfig{})
	cfg := InterpreterConfig{CheckMultiInterpExtensions: true, Lock: LockOwn}
	for i := 0; i < b.N; i++ {
		sub, _ := r.NewInterpreter(cfg, WhenceCAPI)
		sub.Attach()
		r.EndInterpreter(sub)
	}
	r.Finalize(main)
}

// TestReleaseHonoursDropRequest: once a waiter has asked for the lock, a
// plain Release (the C API's PyEval_SaveThread) hands it over directly, so
// a holder that releases and re-acquires in a loop cannot starve it.
func TestReleaseHonoursDropRequest(t *testing.T) {
	var r Runtime
	holder, _ := r.Initialize(RuntimeConfig{})
	lock := holder.Interpreter().Lock()
	lock.SetSwitchInterval(time.Millisecond)
	waiter := r.NewThread(holder.Interpreter())
	got := make(chan struct{})
	go func() {
		waiter.Attach()
		close(got)
	}()
	for !lock.DropRequested() {
		time.Sleep(100 * time.Microsecond)
	}
	holder.Detach()
	if lock.Holder() != waiter {
		t.Fatalf("after Release with a drop request, holder = %v, want the waiter", lock.Holder())
	}
	<-got
	reacquired := make(chan struct{})
	go func() {
		holder.Attach() // waits for the waiter
		close(reacquired)
	}()
	for lock.Waiters() != 1 {
		time.Sleep(50 * time.Microsecond)
	}
	waiter.Detach()
	<-reacquired
	if lock.Holder() != holder {
		t.Errorf("the released lock did not go to the waiting holder")
	}
	r.Finalize(holder)
	checkIdle(t, &r)
}
