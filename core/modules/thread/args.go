package thread

import (
	"math"
	"time"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

// bind matches positional and keyword arguments to names (NULL for the
// ones not given). tooMany formats the error for too many positional
// arguments (it gets the count given).
func bind(t *object.Thread, fname string, args []object.Value, kw *object.Tuple, names []string, tooMany func(n int) string) ([]object.Value, bool) {
	nkw := kw.Len()
	pos := args[:len(args)-nkw]
	out := make([]object.Value, len(names))
	if len(pos) > len(names) {
		t.RaiseMsg(object.TypeErrorType, tooMany(len(pos)))
		return nil, false
	}
	copy(out, pos)
	for i := 0; i < nkw; i++ {
		k, _ := object.AsStr(kw.Items[i])
		found := false
		for j, n := range names {
			if k != nil && n == k.String() {
				if !out[j].IsNull() {
					t.Raisef(object.TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, n, j+1)
					return nil, false
				}
				out[j] = args[len(pos)+i]
				found = true
				break
			}
		}
		if !found {
			name := ""
			if k != nil {
				name = k.String()
			}
			t.Raisef(object.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, name)
			return nil, false
		}
	}
	return out, true
}

// noArgs checks that a function taking no arguments got none.
func noArgs(t *object.Thread, qual string, args []object.Value, kw *object.Tuple) bool {
	if kw.Len() != 0 {
		t.Raisef(object.TypeErrorType, "%s() takes no keyword arguments", qual)
		return false
	}
	if len(args) != 0 {
		t.Raisef(object.TypeErrorType, "%s() takes no arguments (%d given)", qual, len(args))
		return false
	}
	return true
}

// seconds converts a timeout object as CPython's
// _PyTime_FromSecondsObject does: an int or a float, in nanoseconds.
func seconds(t *object.Thread, v object.Value) (int64, bool) {
	if v.IsFloat() {
		f := v.FloatVal()
		if math.IsNaN(f) {
			t.RaiseMsg(object.ValueErrorType, "Invalid value NaN (not a number)")
			return 0, false
		}
		ns := f * 1e9
		if !(ns >= math.MinInt64 && ns < math.MaxInt64) {
			t.RaiseMsg(object.OverflowErrorType, "timestamp out of range for platform time_t")
			return 0, false
		}
		// Round half-even like CPython's _PyTime_ROUND_TIMEOUT (ceiling
		// for positive values): a small timeout never becomes zero.
		return int64(math.Ceil(ns)), true
	}
	if object.IsInt(v) {
		n, ok := object.AsInt64(v)
		if !ok || n > math.MaxInt64/int64(time.Second) || n < math.MinInt64/int64(time.Second) {
			t.RaiseMsg(object.OverflowErrorType, "timestamp out of range for platform time_t")
			return 0, false
		}
		return n * 1e9, true
	}
	t.Raisef(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", object.TypeOf(v).Name)
	return 0, false
}

// timeoutMax is _thread.TIMEOUT_MAX in nanoseconds (CPython's
// PY_TIMEOUT_MAX on Linux, rounded to whole seconds as it is exposed).
const timeoutMaxSeconds = 9223372036

// acquireArgs parses lock.acquire's (blocking=True, timeout=-1) as
// CPython's lock_acquire_parse_args: it returns the wait (negative: no
// limit, 0: do not block).
func acquireArgs(t *object.Thread, args []object.Value, kw *object.Tuple) (time.Duration, bool) {
	a, ok := bind(t, "acquire", args, kw, []string{"blocking", "timeout"}, func(n int) string {
		return "acquire() takes at most 2 arguments (" + itoa(n) + " given)"
	})
	if !ok {
		return 0, false
	}
	blocking := true
	if !a[0].IsNull() {
		r := object.Truth(t, a[0])
		if r < 0 {
			return 0, false
		}
		blocking = r == 1
	}
	timeout := int64(-1e9)
	if !a[1].IsNull() {
		ns, ok := seconds(t, a[1])
		if !ok {
			return 0, false
		}
		timeout = ns
	}
	if !blocking && timeout != -1e9 {
		t.RaiseMsg(object.ValueErrorType, "can't specify a timeout for a non-blocking call")
		return 0, false
	}
	if timeout < 0 && timeout != -1e9 {
		t.RaiseMsg(object.ValueErrorType, "timeout value must be a non-negative number")
		return 0, false
	}
	if !blocking {
		return 0, true
	}
	if timeout == -1e9 {
		return -1, true
	}
	if timeout/1e9 > timeoutMaxSeconds {
		t.RaiseMsg(object.OverflowErrorType, "timeout value is too large")
		return 0, false
	}
	return time.Duration(timeout), true
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// wait receives from ch, releasing the interpreter's lock while it has to
// block (an immediate receive keeps it). timeout < 0 waits without limit,
// 0 does not block. A pending asynchronous exception (Ctrl-C) ends the
// wait: it is raised and ok is false. got reports whether ch delivered.
func wait(vt *vm.Thread, ch <-chan struct{}, timeout time.Duration) (got, ok bool) {
	select {
	case <-ch:
		return true, true
	default:
	}
	if timeout == 0 {
		return false, true
	}
	var expire <-chan time.Time
	if timeout > 0 {
		tm := time.NewTimer(timeout)
		defer tm.Stop()
		expire = tm.C
	}
	st := vt.State()
	if st == nil {
		select {
		case <-ch:
			return true, true
		case <-expire:
			return false, true
		}
	}
	for {
		timedOut := false
		st.Detach()
		select {
		case <-ch:
			got = true
		case <-expire:
			timedOut = true
		case <-st.AsyncWake():
		}
		st.Attach()
		if got {
			return true, true
		}
		if vt.RaisePendingAsync() {
			return false, false
		}
		if timedOut {
			return false, true
		}
	}
}

// durationOf turns nanoseconds into a wait for wait (negative: no limit).
func durationOf(ns int64) time.Duration {
	if ns < 0 {
		return -1
	}
	return time.Duration(ns)
}
