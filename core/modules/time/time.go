// Package time is the builtin module time: clocks (time, monotonic,
// perf_counter, process_time and their _ns forms), sleep (which releases
// the interpreter's lock while it waits), struct_time with gmtime,
// localtime, mktime, strftime, asctime and ctime. Module is its
// vm.ModuleDef.
package time

import (
	gomath "math"
	"syscall"
	gotime "time"
	"unsafe"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

// Module is the time module's definition.
type Module struct{}

var _ vm.ModuleDef = Module{}

// Name implements vm.ModuleDef.
func (Module) Name() string { return "time" }

// clockBase anchors monotonic and perf_counter: Go's monotonic clock is
// read as a duration since this instant. Set once at package
// initialization and only read afterwards.
var clockBase = gotime.Now()

// structTimeType is time.struct_time, built at init and immutable.
var structTimeType = object.NewStructSeqType("time", "struct_time", []string{
	"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
	"tm_zone", "tm_gmtoff"}, 9)

// sleepSlice is how long sleep() waits between looks at the thread's
// pending asynchronous exception (Ctrl-C).
const sleepSlice = 20 * gotime.Millisecond

// clockInfoKeys are get_clock_info's namespace keywords (immutable).
var clockInfoKeys = object.NewTuple([]object.Value{object.NewStr("implementation").Value(),
	object.NewStr("monotonic").Value(), object.NewStr("adjustable").Value(), object.NewStr("resolution").Value()})

// Lazy implements vm.LazyModuleDef: time is created on first import.
func (Module) Lazy() bool { return true }

// monotonicNs reads Go's monotonic clock.
func monotonicNs() int64 { return int64(gotime.Since(clockBase)) + int64(gotime.Second) }

func processNs() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// clockThreadCPUTime is Linux's CLOCK_THREAD_CPUTIME_ID.
const clockThreadCPUTime = 3

// threadNs is the calling OS thread's CPU time (time.thread_time). Every
// Python thread runs on a goroutine locked to its own OS thread (the main
// thread is the host's, in a cgo callback), so the OS thread's clock is the
// Python thread's.
func threadNs() int64 {
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return processNs()
	}
	return ts.Nano()
}

// Exec implements vm.ModuleDef.
func (Module) Exec(t *vm.Thread, m *object.Module) bool {
	structTime := structTimeType
	d := m.Dict
	set := func(name string, v object.Value) { d.SetStr(object.NewStr(name), v) }
	fn := func(name string, f func(t *vm.Thread, args []object.Value) object.Value) {
		set(name, object.NewBuiltin(name, m.Value(), func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
			if kw.Len() != 0 {
				return ot.Raisef(object.TypeErrorType, "%s() takes no keyword arguments", name)
			}
			return f(ot.Eval.(*vm.Thread), args)
		}))
	}
	noArgs := func(name string, f func() object.Value) {
		fn(name, func(t *vm.Thread, args []object.Value) object.Value {
			if len(args) != 0 {
				return t.Raisef(object.TypeErrorType, "time.%s() takes no arguments (%d given)", name, len(args))
			}
			return f()
		})
	}
	set("struct_time", structTime.Value())
	noArgs("time", func() object.Value { return object.Float(float64(gotime.Now().UnixNano()) / 1e9) })
	noArgs("time_ns", func() object.Value { return object.Int(gotime.Now().UnixNano()) })
	noArgs("monotonic", func() object.Value { return object.Float(float64(monotonicNs()) / 1e9) })
	noArgs("monotonic_ns", func() object.Value { return object.Int(monotonicNs()) })
	noArgs("perf_counter", func() object.Value { return object.Float(float64(monotonicNs()) / 1e9) })
	noArgs("perf_counter_ns", func() object.Value { return object.Int(monotonicNs()) })
	noArgs("process_time", func() object.Value { return object.Float(float64(processNs()) / 1e9) })
	noArgs("process_time_ns", func() object.Value { return object.Int(processNs()) })
	noArgs("thread_time", func() object.Value { return object.Float(float64(threadNs()) / 1e9) })
	noArgs("thread_time_ns", func() object.Value { return object.Int(threadNs()) })
	fn("sleep", func(t *vm.Thread, args []object.Value) object.Value {
		if len(args) != 1 {
			return t.Raisef(object.TypeErrorType, "time.sleep() takes exactly one argument (%d given)", len(args))
		}
		secs, ok := seconds(t, args[0])
		if !ok {
			return object.Null
		}
		if secs < 0 {
			return t.RaiseMsg(object.ValueErrorType, "sleep length must be non-negative")
		}
		d := gotime.Duration(secs * 1e9)
		if st := t.State(); st != nil {
			// Other threads of the interpreter run while this one sleeps;
			// a pending asynchronous exception (Ctrl-C) ends the sleep,
			// raised from here as CPython raises it from sleep().
			lock := st.Interpreter().Lock()
			lock.Release(st)
			deadline := gotime.Now().Add(d)
			for st.PendingAsyncExc.Load() == nil {
				left := gotime.Until(deadline)
				if left <= 0 {
					break
				}
				gotime.Sleep(min(left, sleepSlice))
			}
			lock.Acquire(st)
			if t.RaisePendingAsync() {
				return object.Null
			}
		} else {
			gotime.Sleep(d)
		}
		return object.None
	})
	fn("get_clock_info", func(t *vm.Thread, args []object.Value) object.Value {
		if len(args) != 1 {
			return t.Raisef(object.TypeErrorType, "get_clock_info() takes exactly one argument (%d given)", len(args))
		}
		name, ok := object.AsStr(args[0])
		if !ok {
			return t.Raisef(object.TypeErrorType, "get_clock_info() argument must be str, not %s", object.TypeOf(args[0]).Name)
		}
		impl, mono := "", true
		switch name.String() {
		case "time":
			impl, mono = "clock_gettime(CLOCK_REALTIME)", false
		case "monotonic", "perf_counter":
			impl = "clock_gettime(CLOCK_MONOTONIC)"
		case "process_time":
			impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)"
		case "thread_time":
			impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)"
		default:
			return t.RaiseMsg(object.ValueErrorType, "unknown clock")
		}
		return object.Call(&t.Thread, object.SimpleNamespaceType.Value(), []object.Value{
			object.NewStr(impl).Value(), object.Bool(mono), object.Bool(!mono), object.Float(1e-09),
		}, clockInfoKeys)
	})
	fn("strptime", func(t *vm.Thread, args []object.Value) object.Value {
		if len(args) < 1 || len(args) > 2 {
			return t.Raisef(object.TypeErrorType, "strptime() takes from 1 to 2 positional arguments but %d were given", len(args))
		}
		data, ok := object.AsStr(args[0])
		if !ok {
			return t.Raisef(object.TypeErrorType, "strptime() argument 0 must be str, not %s", object.TypeOf(args[0]).Name)
		}
		format := "%a %b %d %H:%M:%S %Y"
		if len(args) == 2 {
			f, ok := object.AsStr(args[1])
			if !ok {
				return t.Raisef(object.TypeErrorType, "strptime() argument 1 must be str, not %s", object.TypeOf(args[1]).Name)
			}
			format = f.String()
		}
		return strptime(t, data.String(), format)
	})
	clock := func(name string, ns bool) {
		fn(name, func(t *vm.Thread, args []object.Value) object.Value {
			if len(args) != 1 {
				return t.Raisef(object.TypeErrorType, "time.%s() takes exactly one argument (%d given)", name, len(args))
			}
			id, ok := object.AsInt64(args[0])
			if !ok {
				return t.Raisef(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", object.TypeOf(args[0]).Name)
			}
			var ts syscall.Timespec
			if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, uintptr(id), uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
				return t.RaiseOSError(int(e), object.Null)
			}
			if ns {
				return object.Int(ts.Nano())
			}
			return object.Float(float64(ts.Sec) + float64(ts.Nsec)*1e-9)
		})
	}
	// tzset: the zone comes from the environment the process started
	// with (Go reads TZ once); accepted for compatibility.
	noArgs("tzset", func() object.Value { return object.None })
	clock("clock_gettime", false)
	clock("clock_gettime_ns", true)
	for i, n := range []string{"CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_THREAD_CPUTIME_ID",
		"CLOCK_MONOTONIC_RAW", "CLOCK_REALTIME_COARSE", "CLOCK_MONOTONIC_COARSE", "CLOCK_BOOTTIME"} {
		set(n, object.Int(int64([]int{0, 1, 2, 3, 4, 5, 6, 7}[i])))
	}
	mk := func(tm gotime.Time, isdst int64) object.Value {
		items := []object.Value{
			object.Int(int64(tm.Year())), object.Int(int64(tm.Month())), object.Int(int64(tm.Day())),
			object.Int(int64(tm.Hour())), object.Int(int64(tm.Minute())), object.Int(int64(tm.Second())),
			object.Int(int64((tm.Weekday() + 6) % 7)), object.Int(int64(tm.YearDay())), object.Int(isdst),
		}
		zone, off := tm.Zone()
		if tm.Location() == gotime.UTC {
			zone = "GMT" // glibc's name in gmtime()
		}
		return object.NewStructSeq(structTime, items, []object.Value{object.NewStr(zone).Value(), object.Int(int64(off))})
	}
	convert := func(name string, loc func() *gotime.Location) {
		fn(name, func(t *vm.Thread, args []object.Value) object.Value {
			if len(args) > 1 {
				return t.Raisef(object.TypeErrorType, "%s expected at most 1 argument, got %d", name, len(args))
			}
			var tm gotime.Time
			if len(args) == 0 || args[0] == object.None {
				tm = gotime.Now()
			} else {
				secs, ok := seconds(t, args[0])
				if !ok {
					return object.Null
				}
				secs = gomath.Floor(secs)
				if !(secs > -1e17 && secs < 1e17) {
					return t.RaiseMsg(object.OverflowErrorType, "timestamp out of range for platform time_t")
				}
				tm = gotime.Unix(int64(secs), 0)
			}
			tm = tm.In(loc())
			isdst := int64(0)
			if name == "localtime" && tm.IsDST() {
				isdst = 1
			}
			return mk(tm, isdst)
		})
	}
	convert("gmtime", func() *gotime.Location { return gotime.UTC })
	convert("localtime", func() *gotime.Location { return gotime.Local })
	fn("mktime", func(t *vm.Thread, args []object.Value) object.Value {
		if len(args) != 1 {
			return t.Raisef(object.TypeErrorType, "time.mktime() takes exactly one argument (%d given)", len(args))
		}
		tm, ok := timeTuple(t, "mktime", args[0], gotime.Local)
		if !ok {
			return object.Null
		}
		return object.Float(float64(tm.Unix()))
	})
	fn("strftime", func(t *vm.Thread, args []object.Value) object.Value {
		if len(args) < 1 || len(args) > 2 {
			return t.Raisef(object.TypeErrorType, "strftime expected at least 1 argument, got %d", len(args))
		}
		f, ok := object.AsStr(args[0])
		if !ok {
			return t.Raisef(object.TypeErrorType, "strftime() argument 1 must be str, not %s", object.TypeOf(args[0]).Name)
		}
		fields := fromTime(gotime.Now())
		if len(args) == 2 {
			if fields, ok = tupleFields(t, args[1], true); !ok {
				return object.Null
			}
		}
		return object.NewStr(formatTm(f.String(), fields)).Value()
	})
	ascFn := func(name string, fromSecs bool) {
		fn(name, func(t *vm.Thread, args []object.Value) object.Value {
			if len(args) > 1 {
				return t.Raisef(object.TypeErrorType, "%s expected at most 1 argument, got %d", name, len(args))
			}
			fields := fromTime(gotime.Now())
			if len(args) == 1 && args[0] != object.None {
				var ok bool
				if fromSecs {
					secs, ok2 := seconds(t, args[0])
					if !ok2 {
						return object.Null
					}
					fields = fromTime(gotime.Unix(int64(gomath.Floor(secs)), 0).In(gotime.Local))
				} else if fields, ok = tupleFields(t, args[0], true); !ok {
					return object.Null
				}
			}
			return object.NewStr(formatTm("%a %b %e %H:%M:%S %Y", fields)).Value()
		})
	}
	ascFn("asctime", false)
	ascFn("ctime", true)
	_, off := gotime.Now().In(gotime.Local).Zone()
	janName, _ := gotime.Date(gotime.Now().Year(), 1, 1, 0, 0, 0, 0, gotime.Local).Zone()
	julName, _ := gotime.Date(gotime.Now().Year(), 7, 1, 0, 0, 0, 0, gotime.Local).Zone()
	set("timezone", object.Int(int64(-off)))
	set("altzone", object.Int(int64(-off)))
	set("daylight", object.Bool(janName != julName))
	set("tzname", object.NewTuple([]object.Value{object.NewStr(janName).Value(), object.NewStr(julName).Value()}).Value())
	return true
}

// seconds converts a number of seconds (int or float) as CPython's
// _PyTime_FromSecondsObject.
func seconds(t *vm.Thread, v object.Value) (float64, bool) {
	if v.IsFloat() {
		f := v.FloatVal()
		if gomath.IsNaN(f) {
			t.RaiseMsg(object.ValueErrorType, "Invalid value NaN (not a number)")
			return 0, false
		}
		return f, true
	}
	if object.IsInt(v) {
		return object.IntToFloat(&t.Thread, v)
	}
	t.Raisef(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", object.TypeOf(v).Name)
	return 0, false
}

// timeTuple reads a struct_time or 9-tuple.
func timeTuple(t *vm.Thread, fname string, v object.Value, loc *gotime.Location) (gotime.Time, bool) {
	tu, ok := object.AsTuple(v)
	if !ok {
		t.RaiseMsg(object.TypeErrorType, "Tuple or struct_time argument required")
		return gotime.Time{}, false
	}
	if len(tu.Items) != 9 {
		t.Raisef(object.TypeErrorType, "%s(): illegal time tuple argument", fname)
		return gotime.Time{}, false
	}
	var f [9]int
	for i, it := range tu.Items {
		n, ok := object.AsInt64(it)
		if !ok {
			t.Raisef(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", object.TypeOf(it).Name)
			return gotime.Time{}, false
		}
		f[i] = int(n)
	}
	return gotime.Date(f[0], gotime.Month(f[1]), f[2], f[3], f[4], f[5], 0, loc), true
}

// strftime formats a time.Time with C's strftime directives (the C
// locale): strftime.go's formatTm on its fields.
func strftime(format string, tm gotime.Time) string {
	return formatTm(format, fromTime(tm))
}
