package sys

// sys's information tables (flags, float_info, int_info, hash_info,
// thread_info, stdlib_module_names), getsizeof, the int<->str digit limit,
// the hooks (displayhook, excepthook, audit, trace/profile) and the
// prefixes.

import (
	gomath "math"
	"os"
	"path/filepath"
	"strings"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

var (
	flagsType = object.NewStructSeqType("sys", "flags", []string{"debug", "inspect", "interactive", "optimize",
		"dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
		"hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
		"int_max_str_digits"}, 18)
	floatInfoType = object.NewStructSeqType("sys", "float_info", []string{"max", "max_exp", "max_10_exp", "min",
		"min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}, 11)
	intInfoType = object.NewStructSeqType("sys", "int_info", []string{"bits_per_digit", "sizeof_digit",
		"default_max_str_digits", "str_digits_check_threshold"}, 4)
	hashInfoType = object.NewStructSeqType("sys", "hash_info", []string{"width", "modulus", "inf", "nan", "imag",
		"algorithm", "hash_bits", "seed_bits", "cutoff"}, 9)
	threadInfoType = object.NewStructSeqType("sys", "thread_info", []string{"name", "lock", "version"}, 3)

	floatInfo = object.NewStructSeq(floatInfoType, []object.Value{object.Float(gomath.MaxFloat64), object.Int(1024),
		object.Int(308), object.Float(2.2250738585072014e-308), object.Int(-1021), object.Int(-307), object.Int(15),
		object.Int(53), object.Float(2.220446049250313e-16), object.Int(2), object.Int(1)}, nil)
	intInfo = object.NewStructSeq(intInfoType, []object.Value{object.Int(30), object.Int(4), object.Int(4300),
		object.Int(640)}, nil)
	hashInfo = object.NewStructSeq(hashInfoType, []object.Value{object.Int(64), object.Int(1<<61 - 1),
		object.Int(314159), object.Int(0), object.Int(1000003), object.NewStr("siphash13").Value(), object.Int(64),
		object.Int(128), object.Int(0)}, nil)
	threadInfo = object.NewStructSeq(threadInfoType, []object.Value{object.NewStr("pthread").Value(),
		object.NewStr("mutex+cond").Value(), object.None}, nil)
	stdlibModuleNames = newStdlibNames()
)

// flagsVariants are the sys.flags of each combination of what changes
// them (isolated, ignore_environment, no_site, hash_randomization), built
// once: immutable and shared by interpreters.
var flagsVariants = func() (v [16]object.Value) {
	for i := range v {
		v[i] = makeFlags(Options{Isolated: i&1 != 0, IgnoreEnvironment: i&2 != 0, NoSite: i&4 != 0}, i&8 != 0)
	}
	return v
}()

// newFlags is sys.flags for the options the process runs with.
// hash_randomization follows PYTHONHASHSEED as the str hash does.
func newFlags(opts Options) object.Value {
	i := 0
	if opts.Isolated {
		i |= 1
	}
	if opts.IgnoreEnvironment {
		i |= 2
	}
	if opts.NoSite {
		i |= 4
	}
	if seed, ok := os.LookupEnv("PYTHONHASHSEED"); !ok || seed != "0" || opts.IgnoreEnvironment {
		i |= 8
	}
	return flagsVariants[i]
}

func makeFlags(opts Options, hashRandom bool) object.Value {
	b := func(x bool) object.Value {
		if x {
			return object.Int(1)
		}
		return object.Int(0)
	}
	return object.NewStructSeq(flagsType, []object.Value{
		object.Int(0), object.Int(0), object.Int(0), object.Int(0), // debug, inspect, interactive, optimize
		object.Int(1),                                                              // dont_write_bytecode: subpy writes none
		b(opts.Isolated), b(opts.NoSite), b(opts.IgnoreEnvironment), object.Int(0), // no_user_site, no_site, ignore_environment, verbose
		object.Int(0), object.Int(0), b(hashRandom), b(opts.Isolated), // bytes_warning, quiet, hash_randomization, isolated
		object.False, object.Int(0), object.Int(0), object.Bool(opts.Isolated), object.Int(4300),
	}, nil)
}

func newStdlibNames() object.Value {
	s := object.NewFrozenSet()
	var t object.Thread
	for _, n := range strings.Fields(stdlibNames) {
		s.Add(&t, object.NewStr(n).Value())
	}
	return s.Value()
}

// prefixFor is sys.prefix (and base_prefix, exec_prefix...): the parent
// of the directory holding the executable, as for an installed
// bin/python; "" when the executable is unknown.
func prefixFor(executable string) string {
	if executable == "" {
		return ""
	}
	return filepath.Dir(filepath.Dir(executable))
}

// sizeOf is sys.getsizeof's estimate: the byte size CPython 3.13 (64-bit)
// reports for the same value, computed from its object layouts (a
// 16-byte GC header included for containers). subpy's own objects differ
// in size; code that uses getsizeof compares or prints sizes, and these
// are the numbers it was written against. Objects of other types get
// their CPython base size: 16 for plain objects, 48 for class instances.
func sizeOf(t *object.Thread, v object.Value) int64 {
	switch typ := object.TypeOf(v); {
	case v.IsFloat():
		return 24
	case object.IsInt(v) && (typ == object.IntType || typ == object.BoolType):
		if n, ok := object.AsInt64(v); ok {
			if n < 0 {
				n = -n
			}
			digits := int64(1)
			for n >= 1<<30 {
				n >>= 30
				digits++
			}
			return 24 + 4*digits
		}
		if bits, ok := object.AsInt64(object.CallMethod(t, v, "bit_length")); ok {
			return 24 + 4*((bits+29)/30)
		}
		t.Exc = nil
		return 28
	case v == object.None:
		return 16
	case typ == object.StrType:
		s, _ := object.AsStr(v)
		text := s.String()
		n := int64(s.Len())
		maxc := rune(0)
		for _, c := range text {
			if c > maxc {
				maxc = c
			}
		}
		switch {
		case maxc < 0x80:
			return 41 + n
		case maxc < 0x100:
			return 57 + n
		case maxc < 0x10000:
			return 58 + 2*n
		}
		return 60 + 4*n
	case typ == object.BytesType:
		if b, ok := object.AsBytes(v); ok {
			return 33 + int64(len(b.String()))
		}
		return 33
	case typ == object.TupleType:
		tu, _ := object.AsTuple(v)
		return 40 + 8*int64(tu.Len())
	case typ == object.ListType:
		l, _ := object.AsList(v)
		return 56 + 8*int64(cap(l.Items))
	case typ == object.DictType:
		d, _ := object.AsDict(v)
		n := d.Len()
		if n == 0 {
			return 64
		}
		size := 8
		for size*2/3 < n {
			size *= 2
		}
		usable := size * 2 / 3
		entry := 24
		allStr := true
		d.Items(func(k, _ object.Value) bool {
			if object.TypeOf(k) != object.StrType {
				allStr = false
				return false
			}
			return true
		})
		if allStr {
			entry = 16
		}
		index := 1
		if size > 1<<8 {
			index = 2
		}
		if size > 1<<16 {
			index = 4
		}
		return int64(48 + 32 + size*index + usable*entry + 16)
	case typ == object.SetType || typ == object.FrozenSetType:
		s, _ := object.AsSet(v)
		n := s.Len()
		table := 8
		for n*5 >= (table-1)*3 {
			table *= 2
		}
		if table == 8 {
			return 216
		}
		return int64(216 + 16*table)
	case typ == object.ComplexType:
		return 32
	case typ == object.RangeType:
		return 48
	case typ == object.ByteArrayType:
		return 56
	case typ == object.TypeType:
		return 416
	}
	if object.TypeOf(v).IsHeapType() {
		return 48
	}
	if _, ok := object.AsBuiltin(v); ok {
		return 72
	}
	return 16
}

// addInfo adds the information tables and the functions of this file to
// sys's process-wide namespace.
func addInfo(set func(string, object.Value), fn func(string, func(*vm.Thread, []object.Value, *object.Tuple) object.Value)) {
	str := func(s string) object.Value { return object.NewStr(s).Value() }
	set("float_info", floatInfo)
	set("int_info", intInfo)
	set("hash_info", hashInfo)
	set("thread_info", threadInfo)
	set("stdlib_module_names", stdlibModuleNames)
	set("platlibdir", str("lib"))
	set("pycache_prefix", object.None)
	set("float_repr_style", str("short"))
	set("abiflags", str(""))
	set("_git", object.NewTuple([]object.Value{str("subpy"), str(""), str("")}).Value())
	fn("getsizeof", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		pos, kwv, ok := argsKw(t, "getsizeof", args, kw, []string{"object", "default"})
		if !ok {
			return object.Null
		}
		if len(pos) > 2 {
			return t.Raisef(object.TypeErrorType, "getsizeof() takes at most 2 arguments (%d given)", len(pos))
		}
		o := kwv["object"]
		if len(pos) > 0 {
			o = pos[0]
		}
		if o.IsNull() {
			return t.RaiseMsg(object.TypeErrorType, "getsizeof() missing required argument 'object' (pos 1)")
		}
		return object.Int(sizeOf(&t.Thread, o))
	})
	fn("getrefcount", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if !oneArg(t, "getrefcount", args, kw) {
			return object.Null
		}
		// Go's collector keeps no counts: report what CPython reports for
		// an object referenced once besides the argument.
		return object.Int(2)
	})
	fn("get_int_max_str_digits", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) != 0 {
			return t.Raisef(object.TypeErrorType, "sys.get_int_max_str_digits() takes no arguments (%d given)", len(args))
		}
		return object.Int(int64(t.Thread.Interp.IntMaxStrDigits))
	})
	fn("set_int_max_str_digits", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		pos, kwv, ok := argsKw(t, "set_int_max_str_digits", args, kw, []string{"maxdigits"})
		if !ok {
			return object.Null
		}
		v := kwv["maxdigits"]
		if len(pos) == 1 {
			v = pos[0]
		}
		if len(pos) > 1 {
			return t.Raisef(object.TypeErrorType, "set_int_max_str_digits() takes at most 1 argument (%d given)", len(pos))
		}
		if v.IsNull() {
			return t.RaiseMsg(object.TypeErrorType, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
		}
		if !object.IsInt(v) {
			return t.Raisef(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", object.TypeOf(v).Name)
		}
		n, ok := object.AsInt64(v)
		if !ok || n > gomath.MaxInt32 || n < gomath.MinInt32 {
			return t.RaiseMsg(object.OverflowErrorType, "Python int too large to convert to C int")
		}
		if n != 0 && n < 640 {
			return t.RaiseMsg(object.ValueErrorType, "maxdigits must be 0 or larger than 640")
		}
		t.Thread.Interp.IntMaxStrDigits = int(n)
		return object.None
	})
	none := func(name string, nargs int) {
		fn(name, func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
			if kw.Len() != 0 {
				return t.Raisef(object.TypeErrorType, "%s() takes no keyword arguments", name)
			}
			if nargs == 0 && len(args) != 0 {
				return t.Raisef(object.TypeErrorType, "sys.%s() takes no arguments (%d given)", name, len(args))
			}
			if nargs > 0 && len(args) != nargs {
				return t.Raisef(object.TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
			}
			return object.None
		})
	}
	// Tracing and profiling hooks are accepted and never called; audit
	// hooks likewise (subpy raises no audit events).
	none("settrace", 1)
	none("setprofile", 1)
	none("gettrace", 0)
	none("getprofile", 0)
	none("addaudithook", 1)
	fn("audit", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) == 0 {
			return t.RaiseMsg(object.TypeErrorType, "audit() missing 1 required positional argument: 'event'")
		}
		if _, ok := object.AsStr(args[0]); !ok {
			return t.Raisef(object.TypeErrorType, "expected str for argument 'event', not %s", object.TypeOf(args[0]).Name)
		}
		return object.None
	})
	fn("_getframe", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if kw.Len() != 0 {
			return t.RaiseMsg(object.TypeErrorType, "_getframe() takes no keyword arguments")
		}
		if len(args) > 1 {
			return t.Raisef(object.TypeErrorType, "_getframe expected at most 1 argument, got %d", len(args))
		}
		depth := int64(0)
		if len(args) == 1 {
			if !object.IsInt(args[0]) {
				return t.Raisef(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", object.TypeOf(args[0]).Name)
			}
			n, ok := object.AsInt64(args[0])
			if !ok {
				return t.RaiseMsg(object.OverflowErrorType, "Python int too large to convert to C int")
			}
			depth = n
		}
		depth = min(max(depth, 0), 1<<30) // CPython treats a negative depth as 0
		f := t.CallerFrameObject(int(depth))
		if f == nil {
			return t.RaiseMsg(object.ValueErrorType, "call stack is not deep enough")
		}
		return f.Value()
	})
	fn("call_tracing", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if kw.Len() != 0 {
			return t.RaiseMsg(object.TypeErrorType, "call_tracing() takes no keyword arguments")
		}
		if len(args) != 2 {
			return t.Raisef(object.TypeErrorType, "call_tracing expected 2 arguments, got %d", len(args))
		}
		tu, ok := object.AsTuple(args[1])
		if !ok {
			return t.Raisef(object.TypeErrorType, "call_tracing() argument 2 must be tuple, not %s", object.TypeOf(args[1]).Name)
		}
		return object.Call(&t.Thread, args[0], append([]object.Value(nil), tu.Items...), nil)
	})
	fn("is_finalizing", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		return object.False
	})
	fn("getallocatedblocks", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		return object.Int(0)
	})
}

// argsKw splits a call's arguments into positional ones and the keyword
// arguments named in names (others are a TypeError).
func argsKw(t *vm.Thread, fname string, args []object.Value, kw *object.Tuple, names []string) ([]object.Value, map[string]object.Value, bool) {
	n := len(args) - kw.Len()
	out := map[string]object.Value{}
	for i := 0; i < kw.Len(); i++ {
		k, _ := object.AsStr(kw.Items[i])
		found := false
		for j, name := range names {
			if k.String() == name {
				if j < n {
					t.Raisef(object.TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, name, j+1)
					return nil, nil, false
				}
				out[name] = args[n+i]
				found = true
			}
		}
		if !found {
			t.Raisef(object.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, k.String())
			return nil, nil, false
		}
	}
	return args[:n], out, true
}

var (
	displayHook = object.NewBuiltin("displayhook", object.Null, func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		t := ot.Eval.(*vm.Thread)
		if !oneArg(t, "displayhook", args, kw) {
			return object.Null
		}
		v := args[0]
		if v == object.None {
			return object.None
		}
		in := t.Interpreter()
		under := object.NewStr("_")
		in.Builtins.SetStr(under, object.None)
		r := object.ReprValue(ot, v)
		if r.IsNull() {
			return r
		}
		out := sysAttrOf(in, "stdout")
		if out.IsNull() || out == object.None {
			return ot.RaiseMsg(object.RuntimeErrorType, "lost sys.stdout")
		}
		if object.CallMethod(ot, out, "write", r).IsNull() || object.CallMethod(ot, out, "write", object.NewStr("\n").Value()).IsNull() {
			return object.Null
		}
		in.Builtins.SetStr(under, v)
		return object.None
	})
	exceptHook = object.NewBuiltin("excepthook", object.Null, func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		t := ot.Eval.(*vm.Thread)
		if kw.Len() != 0 {
			return t.RaiseMsg(object.TypeErrorType, "excepthook() takes no keyword arguments")
		}
		if len(args) != 3 {
			return t.Raisef(object.TypeErrorType, "excepthook expected 3 arguments, got %d", len(args))
		}
		in := t.Interpreter()
		if w, ok := in.Stdout.(flusher); ok {
			w.Flush()
		}
		exc, ok := object.AsException(args[1])
		if !ok {
			r := object.StrOf(ot, args[1])
			if r.IsNull() {
				return r
			}
			s, _ := object.AsStr(r)
			text := "TypeError: print_exception(): Exception expected for value, " + object.TypeOf(args[1]).Name + " found\n"
			_ = s
			in.Stderr.Write([]byte(text))
			return object.None
		}
		var b strings.Builder
		t.PrintException(&b, exc)
		in.Stderr.Write([]byte(b.String()))
		return object.None
	})
)

func sysAttrOf(in *vm.Interp, name string) object.Value {
	sys, ok := object.AsModule(in.Modules.GetStr(object.NewStr("sys")))
	if !ok {
		return object.Null
	}
	return sys.Dict.GetStr(object.NewStr(name))
}

const stdlibNames = `__future__ _abc _aix_support _android_support _ast _asyncio _bisect _blake2 _bz2 _codecs _codecs_cn
_codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc _colorize
_compat_pickle _compression _contextvars _csv _ctypes _curses _curses_panel _datetime _dbm _decimal
_elementtree _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq _imp
_interpchannels _interpqueues _interpreters _io _ios_support _json _locale _lsprof _lzma _markupbase
_md5 _multibytecodec _multiprocessing _opcode _opcode_metadata _operator _osx_support _overlapped
_pickle _posixshmem _posixsubprocess _py_abc _pydatetime _pydecimal _pyio _pylong _pyrepl _queue
_random _scproxy _sha1 _sha2 _sha3 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat
_statistics _string _strptime _struct _suggestions _symtable _sysconfig _thread _threading_local
_tkinter _tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _wmi _zoneinfo
abc antigravity argparse array ast asyncio atexit base64 bdb binascii bisect builtins bz2 cProfile
calendar cmath cmd code codecs codeop collections colorsys compileall concurrent configparser
contextlib contextvars copy copyreg csv ctypes curses dataclasses datetime dbm decimal difflib dis
doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions
ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac
html http idlelib imaplib importlib inspect io ipaddress itertools json keyword linecache locale
logging lzma mailbox marshal math mimetypes mmap modulefinder msvcrt multiprocessing netrc nt ntpath
nturl2path numbers opcode operator optparse os pathlib pdb pickle pickletools pkgutil platform
plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data
pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select
selectors shelve shlex shutil signal site smtplib socket socketserver sqlite3 sre_compile
sre_constants sre_parse ssl stat statistics string stringprep struct subprocess symtable sys
sysconfig syslog tabnanny tarfile tempfile termios textwrap this threading time timeit tkinter token
tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest
urllib uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xml xmlrpc zipapp zipfile
zipimport zlib zoneinfo`

// newIntern makes an interpreter's sys.intern: its table of interned
// strings lives in the function's closure (one per interpreter).
func newIntern() object.Value {
	var table *object.Dict // made on first use
	return object.NewBuiltin("intern", object.Null, func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		t := ot.Eval.(*vm.Thread)
		if !oneArg(t, "intern", args, kw) {
			return object.Null
		}
		s, ok := object.AsStr(args[0])
		if !ok || object.TypeOf(args[0]) != object.StrType {
			return t.Raisef(object.TypeErrorType, "intern() argument must be str, not %s", object.TypeOf(args[0]).Name)
		}
		if table == nil {
			table = object.NewDict()
		}
		if v := table.GetStr(s); !v.IsNull() {
			return v
		}
		table.SetStr(s, args[0])
		return args[0]
	})
}
