package time

import (
	"bytes"
	"io"
	"testing"
	gotime "time"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
	"github.com/subpy/subpy/statestruct"
)

// TestSleepIsInterrupted: a pending asynchronous exception (what Ctrl-C
// stores) ends time.sleep early and is raised from it, catchable.
func TestSleepIsInterrupted(t *testing.T) {
	var r statestruct.Runtime
	holder, st := r.Initialize(statestruct.RuntimeConfig{})
	if st.IsError() {
		t.Fatal(st)
	}
	var out bytes.Buffer
	in, _, err := vm.NewInterp(vm.Config{Stdout: &out, Modules: []vm.ModuleDef{Module{}}})
	if err != nil {
		t.Fatal(err)
	}
	th := in.NewThread(holder)
	go func() {
		gotime.Sleep(100 * gotime.Millisecond)
		var ki any = object.KeyboardInterruptType.Value()
		holder.PendingAsyncExc.Store(&ki)
	}()
	start := gotime.Now()
	src := "import time\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt as e:\n    print('interrupted', type(e).__name__)\n"
	if err := th.RunSource("s.py", []byte(src)); err != nil {
		t.Fatal(err)
	}
	if d := gotime.Since(start); d > 10*gotime.Second {
		t.Errorf("sleep was not interrupted (took %v)", d)
	}
	if got := out.String(); got != "interrupted KeyboardInterrupt\n" {
		t.Errorf("output %q", got)
	}
}

// TestStrptime checks parsed tuples and error messages (the values are
// python3.13's).
func TestStrptime(t *testing.T) {
	in, th, err := vm.NewInterp(vm.Config{Stdout: io.Discard, Modules: []vm.ModuleDef{Module{}}})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ data, format, want string }{
		{"2024-03-05 13:04:09", "%Y-%m-%d %H:%M:%S", "(2024, 3, 5, 13, 4, 9, 1, 65, -1)"},
		{"5 Mar 2024", "%d %b %Y", "(2024, 3, 5, 0, 0, 0, 1, 65, -1)"},
		{"December 31, 99", "%B %d, %y", "(1999, 12, 31, 0, 0, 0, 4, 365, -1)"},
		{"07:30 PM", "%I:%M %p", "(1900, 1, 1, 19, 30, 0, 0, 1, -1)"},
		{"2024 060", "%Y %j", "(2024, 2, 29, 0, 0, 0, 3, 60, -1)"},
		{"Tuesday 12PM", "%A %I%p", "(1900, 1, 1, 12, 0, 0, 1, 1, -1)"},
		{"2024-x", "%Y-%m", "ValueError: time data '2024-x' does not match format '%Y-%m'"},
		{"13", "%m", "ValueError: unconverted data remains: 3"},
		{"2023-02-30", "%Y-%m-%d", "ValueError: day is out of range for month"},
	}
	for _, c := range cases {
		in.Main.Dict.SetStr(object.NewStr("data"), object.NewStr(c.data).Value())
		in.Main.Dict.SetStr(object.NewStr("fmt"), object.NewStr(c.format).Value())
		src := "import time\ntry:\n    r = str(tuple(time.strptime(data, fmt)))\nexcept ValueError as e:\n    r = 'ValueError: ' + str(e)\n"
		if err := th.RunSource("p.py", []byte(src)); err != nil {
			t.Fatal(err)
		}
		got, _ := object.AsStr(in.Main.Dict.GetStr(object.NewStr("r")))
		if got.String() != c.want {
			t.Errorf("strptime(%q, %q) = %s, want %s", c.data, c.format, got.String(), c.want)
		}
	}
}
