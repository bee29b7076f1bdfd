package vm

// Suggestions for NameError, AttributeError and ImportError, added to the
// last line of a printed traceback as CPython 3.13's traceback module
// does ("Did you mean: 'sorted'?", "Did you forget to import 'math'?").
// The distance is CPython's: a Levenshtein distance over UTF-8 bytes
// where a move costs 2 and a change of ASCII case 1.

import (
	"strings"

	"github.com/subpy/subpy/core/object"
)

const (
	suggestMaxCandidates = 750
	suggestMaxString     = 40
	suggestMoveCost      = 2
	suggestCaseCost      = 1
)

// raiseNameError raises NameError "name 'x' is not defined" with its name.
func (t *Thread) raiseNameError(name *object.Str) object.Value {
	t.Raisef(object.NameErrorType, "name '%s' is not defined", name)
	t.SetNameErrorName(name)
	return object.Null
}

func substCost(a, b byte) int {
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return suggestCaseCost
	}
	return suggestMoveCost
}

// levenshtein returns the weighted edit distance of a and b, or more than
// maxCost once it is sure to exceed it.
func levenshtein(a, b string, maxCost int) int {
	if a == b {
		return 0
	}
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * suggestMoveCost
	}
	if len(a) > suggestMaxString || len(b) > suggestMaxString {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	var buf [suggestMaxString]int
	row := buf[:len(a)]
	for i := range row {
		row[i] = (i + 1) * suggestMoveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		distance := bi * suggestMoveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for ai := 0; ai < len(a); ai++ {
			substitute := distance + substCost(b[bi], a[ai])
			distance = row[ai]
			insdel := min(result, distance) + suggestMoveCost
			result = min(insdel, substitute)
			row[ai] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

// closestName returns the candidate nearest to wrong, "" when none is
// near enough.
func closestName(candidates []string, wrong string) string {
	if len(candidates) >= suggestMaxCandidates {
		return ""
	}
	best := int(^uint(0) >> 1)
	found := false
	suggestion := ""
	for _, c := range candidates {
		if c == wrong {
			continue
		}
		maxDist := (len(wrong) + len(c) + 3) * suggestMoveCost / 6
		maxDist = min(maxDist, best-1)
		d := levenshtein(wrong, c, maxDist)
		if d > maxDist {
			continue
		}
		if !found || d < best {
			suggestion, best, found = c, d, true
		}
	}
	return suggestion
}

// strKeys returns the str keys of d, in order.
func strKeys(d *object.Dict, out []string) []string {
	if d == nil {
		return out
	}
	d.Items(func(k, _ object.Value) bool {
		if s, ok := object.AsStr(k); ok {
			out = append(out, s.String())
		}
		return true
	})
	return out
}

func lastFrame(exc *object.Exception) *object.Frame {
	tb := exc.Traceback
	if tb == nil {
		return nil
	}
	for tb.Next != nil {
		tb = tb.Next
	}
	return tb.Frame
}

func frameLocalsDict(fr *object.Frame) *object.Dict {
	if fr == nil {
		return nil
	}
	d, _ := object.AsDict(fr.LocalsDict())
	return d
}

// suggestion returns the text appended to the exception's message: "" or
// ". Did you mean: 'x'?" and the like.
func (t *Thread) suggestion(exc *object.Exception) string {
	saved := t.Exc
	defer func() { t.Exc = saved }()
	typ := exc.Type()
	switch {
	case typ.IsSubtype(object.NameErrorType) || typ.IsSubtype(object.AttributeErrorType):
		nameV := exc.Attr("name")
		wrong, ok := object.AsStr(nameV)
		if !ok {
			return ""
		}
		s := t.computeSuggestion(exc, wrong.String())
		out := ""
		if s != "" {
			out = ". Did you mean: '" + s + "'?"
		}
		if typ.IsSubtype(object.NameErrorType) && isStdlibModule(wrong.String()) {
			if s != "" {
				out += " Or did you forget to import '" + wrong.String() + "'?"
			} else {
				out += ". Did you forget to import '" + wrong.String() + "'?"
			}
		}
		return out
	case typ.IsSubtype(object.ImportErrorType):
		from, ok := object.AsStr(exc.Attr("name_from"))
		if !ok {
			return ""
		}
		if s := t.computeSuggestion(exc, from.String()); s != "" {
			return ". Did you mean: '" + s + "'?"
		}
	}
	return ""
}

func (t *Thread) computeSuggestion(exc *object.Exception, wrong string) string {
	var cands []string
	typ := exc.Type()
	switch {
	case typ.IsSubtype(object.AttributeErrorType):
		obj := exc.Attr("obj")
		if obj.IsNull() {
			return ""
		}
		hide := !strings.HasPrefix(wrong, "_")
		if hide {
			if fr := lastFrame(exc); fr != nil {
				if d := frameLocalsDict(fr); d != nil {
					if self := d.GetStr(object.NewStr("self")); !self.IsNull() && self == obj {
						hide = false
					}
				}
			}
		}
		cands = t.dirCandidates(obj, hide)
	case typ.IsSubtype(object.ImportErrorType):
		name, ok := object.AsStr(exc.Attr("name"))
		if !ok {
			return ""
		}
		mod := t.interp.Modules.GetStr(name)
		if mod.IsNull() {
			return ""
		}
		cands = t.dirCandidates(mod, !strings.HasPrefix(wrong, "_"))
	default: // NameError
		fr := lastFrame(exc)
		if fr == nil {
			return ""
		}
		locals := frameLocalsDict(fr)
		cands = strKeys(locals, cands)
		cands = strKeys(fr.Globals, cands)
		cands = strKeys(fr.Builtins, cands)
		if locals != nil {
			if self := locals.GetStr(object.NewStr("self")); !self.IsNull() {
				if v := object.GetAttr(&t.Thread, self, object.NewStr(wrong)); !v.IsNull() {
					return "self." + wrong
				}
				t.Clear()
			}
		}
	}
	return closestName(cands, wrong)
}

func sortStrings(s []string) {
	// insertion sort is fine for dir() sizes; keep it allocation-free
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func isStdlibModule(name string) bool {
	lo, hi := 0, len(stdlibModuleNames)
	for lo < hi {
		m := (lo + hi) / 2
		if stdlibModuleNames[m] < name {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(stdlibModuleNames) && stdlibModuleNames[lo] == name
}

// stdlibModuleNames is sys.stdlib_module_names of CPython 3.13, sorted.
var stdlibModuleNames = []string{
	"__future__", "_abc", "_aix_support", "_android_support", "_ast", "_asyncio", "_bisect",
	"_blake2", "_bz2", "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp",
	"_codecs_kr", "_codecs_tw", "_collections", "_collections_abc", "_colorize", "_compat_pickle",
	"_compression", "_contextvars", "_csv", "_ctypes", "_curses", "_curses_panel", "_datetime",
	"_dbm", "_decimal", "_elementtree", "_frozen_importlib", "_frozen_importlib_external",
	"_functools", "_gdbm", "_hashlib", "_heapq", "_imp", "_interpchannels", "_interpqueues",
	"_interpreters", "_io", "_ios_support", "_json", "_locale", "_lsprof", "_lzma", "_markupbase",
	"_md5", "_multibytecodec", "_multiprocessing", "_opcode", "_opcode_metadata", "_operator",
	"_osx_support", "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc",
	"_pydatetime", "_pydecimal", "_pyio", "_pylong", "_pyrepl", "_queue", "_random", "_scproxy",
	"_sha1", "_sha2", "_sha3", "_signal", "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl",
	"_stat", "_statistics", "_string", "_strptime", "_struct", "_suggestions", "_symtable",
	"_sysconfig", "_thread", "_threading_local", "_tkinter", "_tokenize", "_tracemalloc",
	"_typing", "_uuid", "_warnings", "_weakref", "_weakrefset", "_winapi", "_wmi", "_zoneinfo",
	"abc", "antigravity", "argparse", "array", "ast", "asyncio", "atexit", "base64", "bdb",
	"binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cmath", "cmd", "code",
	"codecs", "codeop", "collections", "colorsys", "compileall", "concurrent", "configparser",
	"contextlib", "contextvars", "copy", "copyreg", "csv", "ctypes", "curses", "dataclasses",
	"datetime", "dbm", "decimal", "difflib", "dis", "doctest", "email", "encodings", "ensurepip",
	"enum", "errno", "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions",
	"ftplib", "functools", "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib",
	"grp", "gzip", "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib", "importlib",
	"inspect", "io", "ipaddress", "itertools", "json", "keyword", "linecache", "locale", "logging",
	"lzma", "mailbox", "marshal", "math", "mimetypes", "mmap", "modulefinder", "msvcrt",
	"multiprocessing", "netrc", "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator",
	"optparse", "os", "pathlib", "pdb", "pickle", "pickletools", "pkgutil", "platform", "plistlib",
	"poplib", "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile",
	"pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline",
	"reprlib", "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors",
	"shelve", "shlex", "shutil", "signal", "site", "smtplib", "socket", "socketserver", "sqlite3",
	"sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string",
	"stringprep", "struct", "subprocess", "symtable", "sys", "sysconfig", "syslog", "tabnanny",
	"tarfile", "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit", "tkinter",
	"token", "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle",
	"turtledemo", "types", "typing", "unicodedata", "unittest", "urllib", "uuid", "venv",
	"warnings", "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xml", "xmlrpc",
	"zipapp", "zipfile", "zipimport", "zlib", "zoneinfo",
}

// starError rewords the TypeError of a `*` unpacking whose value is not
// iterable: "f() argument after * must be an iterable, not int" for a call
// f(*x) (list still empty, the call next), otherwise "Value after * must
// be an iterable, not int".
func (t *Thread) starError(s []object.Value, sp, arg int, beforeCall bool) {
	if !t.ExceptionMatches(object.TypeErrorType) {
		return
	}
	v, list := s[sp], s[sp-arg]
	callee := object.Null
	if sp-arg-2 >= 0 {
		callee = s[sp-arg-2]
	} else {
		beforeCall = false
	}
	typ := object.TypeOf(v)
	if typ.Iter != nil || typ.GetItem != nil {
		return
	}
	t.Clear()
	if l, ok := object.AsList(list); ok && beforeCall && len(l.Items) == 0 {
		t.Raisef(object.TypeErrorType, "%s argument after * must be an iterable, not %s", calleeName(callee), typ.Name)
		return
	}
	t.Raisef(object.TypeErrorType, "Value after * must be an iterable, not %s", typ.Name)
}

// dirCandidates is dir(obj) as sorted Go strings, without the names that
// start with "_" when hidePrivate; nil (and no exception) when dir fails.
func (t *Thread) dirCandidates(obj object.Value, hidePrivate bool) []string {
	names := t.dirOf(obj)
	if names.IsNull() {
		t.Clear()
		return nil
	}
	items, ok := object.CollectItems(&t.Thread, names)
	if !ok {
		t.Clear()
		return nil
	}
	var cands []string
	for _, it := range items {
		if s, ok := object.AsStr(it); ok {
			if hidePrivate && strings.HasPrefix(s.String(), "_") {
				continue
			}
			cands = append(cands, s.String())
		}
	}
	sortStrings(cands)
	return cands
}
