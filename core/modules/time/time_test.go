package time

import (
	"io"
	"testing"
	gotime "time"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
	"github.com/subpy/subpy/statestruct"
)

// TestSleepReleasesLock: while one thread state sleeps in time.sleep,
// another thread state of the interpreter gets the interpreter lock (with
// a switch interval far longer than the sleep, so only the release inside
// sleep can let it in).
func TestSleepReleasesLock(t *testing.T) {
	var r statestruct.Runtime
	holder, st := r.Initialize(statestruct.RuntimeConfig{})
	if st.IsError() {
		t.Fatal(st)
	}
	holder.Interpreter().Lock().SetSwitchInterval(gotime.Hour)
	in, _, err := vm.NewInterp(vm.Config{Stdout: io.Discard, Modules: []vm.ModuleDef{Module{}}})
	if err != nil {
		t.Fatal(err)
	}
	th := in.NewThread(holder)
	in.Main.Dict.SetStr(object.NewStr("flag"), object.False)
	done := make(chan error, 1)
	go func() {
		done <- th.RunSource("sleep.py", []byte("import time\ntime.sleep(0.3)\nseen = flag\n"))
	}()
	waiter := r.NewThread(holder.Interpreter())
	got := make(chan struct{})
	go func() {
		waiter.Attach()
		in.Main.Dict.SetStr(object.NewStr("flag"), object.True)
		waiter.Detach()
		close(got)
	}()
	select {
	case <-got:
	case <-gotime.After(10 * gotime.Second):
		t.Fatal("the waiter never got the lock while the other thread slept")
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if v := in.Main.Dict.GetStr(object.NewStr("seen")); v != object.True {
		t.Errorf("seen = %v: the waiter did not run during the sleep", v)
	}
	r.Finalize(holder)
}

func TestStrftime(t *testing.T) {
	tm := gotime.Date(2023, 11, 14, 22, 13, 20, 0, gotime.UTC)
	for format, want := range map[string]string{
		"%Y-%m-%d %H:%M:%S":    "2023-11-14 22:13:20",
		"%a %A %b %B %j %p %y": "Tue Tuesday Nov November 318 PM 23",
		"%I %w %u %%":          "10 2 2 %",
		"%e|%D|%T":             "14|11/14/23|22:13:20",
		"%Q":                   "%Q",
	} {
		if got := strftime(format, tm); got != want {
			t.Errorf("strftime(%q) = %q, want %q", format, got, want)
		}
	}
}
