package object

import (
	"fmt"
	"strings"
	"syscall"
	"unicode/utf8"
)

// excFamily describes the members (CPython's member descriptors) of an
// exception type and its subclasses, and how they are filled from the
// constructor's arguments and shown by str().
type excFamily struct {
	root    *Type
	members []string
	// opt lists the members that raise AttributeError while unset
	// (OSError.characters_written).
	opt []string
	// new parses the positional arguments in __new__ (OSError), init in
	// __init__; kw handles keyword arguments (nil: none accepted).
	new, init func(t *Thread, e *Exception, args []Value) int
	kw        func(t *Thread, e *Exception, vals []Value, kwnames *Tuple) int
	str       func(t *Thread, e *Exception) Value
	// derive computes an unset member from the args (StopIteration.value
	// of an exception made by Go code), NULL when it has no value.
	derive func(e *Exception, i int) Value
}

func (f *excFamily) optional(name string) bool {
	for _, o := range f.opt {
		if o == name {
			return true
		}
	}
	return false
}

// families maps a family's root type to it; written at init only.
var families = map[*Type]*excFamily{}

// familyOf returns the family of typ (the nearest root in its MRO).
func familyOf(typ *Type) *excFamily {
	for _, m := range typ.MRO {
		if f := families[m]; f != nil {
			return f
		}
	}
	return nil
}

func memberIndex(typ *Type, name string) (*excFamily, int) {
	f := familyOf(typ)
	if f == nil {
		return nil, -1
	}
	for i, m := range f.members {
		if m == name {
			return f, i
		}
	}
	return nil, -1
}

func (e *Exception) setField(f *excFamily, i int, v Value) {
	if e.fields == nil {
		e.fields = make([]Value, len(f.members))
	}
	e.fields[i] = v
}

func (e *Exception) field(i int) Value {
	if i < len(e.fields) && !e.fields[i].IsNull() {
		return e.fields[i]
	}
	if f := familyOf(e.typ); f != nil && f.derive != nil {
		if v := f.derive(e, i); !v.IsNull() {
			return v
		}
	}
	return None
}

// Field returns member name of e (None when unset or not a member).
func (e *Exception) Field(name string) Value {
	if _, i := memberIndex(e.typ, name); i >= 0 {
		return e.field(i)
	}
	return None
}

// kwOnly builds a keyword handler for the named keyword-only members.
func kwOnly(names ...string) func(t *Thread, e *Exception, vals []Value, kwnames *Tuple) int {
	return func(t *Thread, e *Exception, vals []Value, kwnames *Tuple) int {
		for i, k := range kwnames.Items {
			ks, _ := AsStr(k)
			ok := false
			for _, n := range names {
				if ks.s == n {
					ok = true
				}
			}
			if !ok {
				t.Raisef(TypeErrorType, "%s() got an unexpected keyword argument '%s'", e.typ.Name, ks.s)
				return -1
			}
			e.SetAttr(t, ks.s, vals[i])
		}
		return 0
	}
}

func initExcMembers() {
	add := func(f *excFamily) {
		families[f.root] = f
		root := f.root
		root.addMethod("__init__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if excInit(t, self, args, kwnames) < 0 {
				return Null
			}
			return None
		})
		if f.str != nil {
			root.addMethod("__str__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
				return ExceptionStr(t, self)
			})
		}
		_ = root
	}
	// StopIteration.value and SystemExit.code follow the args until set.
	add(&excFamily{root: StopIterationType, members: []string{"value"},
		init: func(t *Thread, e *Exception, args []Value) int { e.fields = nil; return 0 },
		derive: func(e *Exception, i int) Value {
			if len(e.Args.Items) > 0 {
				return e.Args.Items[0]
			}
			return Null
		}})
	add(&excFamily{root: SystemExitType, members: []string{"code"},
		init: func(t *Thread, e *Exception, args []Value) int { e.fields = nil; return 0 },
		derive: func(e *Exception, i int) Value {
			switch len(e.Args.Items) {
			case 0:
				return Null
			case 1:
				return e.Args.Items[0]
			}
			return e.Args.Value()
		}})
	add(&excFamily{root: NameErrorType, members: []string{"name"}, kw: kwOnly("name")})
	add(&excFamily{root: AttributeErrorType, members: []string{"name", "obj"}, kw: kwOnly("name", "obj")})
	add(&excFamily{root: ImportErrorType, members: []string{"msg", "name", "path", "name_from"}, kw: kwOnly("name", "path"),
		init: func(t *Thread, e *Exception, args []Value) int {
			if len(args) == 1 {
				e.setField(families[ImportErrorType], 0, args[0])
			}
			return 0
		},
		derive: func(e *Exception, i int) Value {
			if i == 0 && len(e.Args.Items) == 1 && len(e.fields) == 0 {
				return e.Args.Items[0]
			}
			return Null
		},
		str: func(t *Thread, e *Exception) Value {
			if m := e.field(0); m != None {
				return StrOf(t, m)
			}
			return baseExcStr(t, e)
		}})
	add(&excFamily{root: SyntaxErrorType,
		members: []string{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"},
		init:    syntaxErrorInit, str: syntaxErrorStr})
	add(&excFamily{root: OSErrorType, members: []string{"errno", "strerror", "filename", "filename2", "characters_written"},
		opt: []string{"characters_written"}, new: osErrorParse, init: osErrorParse, str: osErrorStr})
	uni := []string{"encoding", "object", "start", "end", "reason"}
	add(&excFamily{root: UnicodeDecodeErrorType, members: uni, init: unicodeDecodeInit, str: unicodeErrorStr})
	add(&excFamily{root: UnicodeEncodeErrorType, members: uni, init: unicodeEncodeInit, str: unicodeErrorStr})
	add(&excFamily{root: UnicodeTranslateErrorType, members: uni, init: unicodeTranslateInit, str: unicodeErrorStr})
	families[BaseExceptionGroupType] = &excFamily{root: BaseExceptionGroupType, members: []string{"message", "exceptions"}}
}

func syntaxErrorInit(t *Thread, e *Exception, args []Value) int {
	f := families[SyntaxErrorType]
	e.fields = nil
	if len(args) >= 1 {
		e.setField(f, 0, args[0])
	}
	if len(args) == 2 {
		info, ok := AsTuple(args[1])
		if !ok {
			items, ok2 := CollectItems(t, args[1])
			if !ok2 {
				return -1
			}
			info = NewTuple(items)
		}
		n := len(info.Items)
		if n < 4 {
			t.Raisef(TypeErrorType, "function takes at least 4 arguments (%d given)", n)
			return -1
		}
		if n > 6 {
			t.Raisef(TypeErrorType, "function takes at most 6 arguments (%d given)", n)
			return -1
		}
		for i, v := range info.Items {
			e.setField(f, 1+i, v)
		}
	}
	return 0
}

func syntaxErrorStr(t *Thread, e *Exception) Value {
	ms := StrOf(t, e.field(0))
	if ms.IsNull() {
		return Null
	}
	msg := as[Str](ms).s
	fn, hasFile := AsStr(e.field(1))
	file := ""
	if hasFile {
		file = fn.s
		if i := strings.LastIndexByte(file, '/'); i >= 0 {
			file = file[i+1:]
		}
	}
	ln, hasLine := AsInt64(e.field(2))
	if hasLine && (!IsInt(e.field(2)) || TypeOf(e.field(2)) != IntType) {
		hasLine = false
	}
	switch {
	case hasFile && hasLine:
		return NewStr(fmt.Sprintf("%s (%s, line %d)", msg, file, ln)).Value()
	case hasFile:
		return NewStr(fmt.Sprintf("%s (%s)", msg, file)).Value()
	case hasLine:
		return NewStr(fmt.Sprintf("%s (line %d)", msg, ln)).Value()
	}
	return ms
}

// osErrorSubclass maps an errno to OSError's subclass (Linux numbers).
func osErrorSubclass(errno int64) *Type {
	switch syscall.Errno(errno) {
	case syscall.EAGAIN, syscall.EALREADY, syscall.EINPROGRESS:
		return BlockingIOErrorType
	case syscall.ECHILD:
		return ChildProcessErrorType
	case syscall.EPIPE, syscall.ESHUTDOWN:
		return BrokenPipeErrorType
	case syscall.ECONNABORTED:
		return ConnectionAbortedErrorType
	case syscall.ECONNREFUSED:
		return ConnectionRefusedErrorType
	case syscall.ECONNRESET:
		return ConnectionResetErrorType
	case syscall.EEXIST:
		return FileExistsErrorType
	case syscall.ENOENT:
		return FileNotFoundErrorType
	case syscall.EISDIR:
		return IsADirectoryErrorType
	case syscall.ENOTDIR:
		return NotADirectoryErrorType
	case syscall.EINTR:
		return InterruptedErrorType
	case syscall.EACCES, syscall.EPERM:
		return PermissionErrorType
	case syscall.ESRCH:
		return ProcessLookupErrorType
	case syscall.ETIMEDOUT:
		return TimeoutErrorType
	}
	return nil
}

// osErrorParse fills errno, strerror, filename, filename2 from
// OSError(errno, strerror[, filename[, winerror[, filename2]]]); with a
// filename the args shrink to (errno, strerror). OSError itself becomes
// its errno's subclass.
func osErrorParse(t *Thread, e *Exception, args []Value) int {
	f := families[OSErrorType]
	n := len(args)
	if e.typ == OSErrorType && n >= 2 && n <= 5 {
		if no, ok := AsInt64(args[0]); ok {
			if sub := osErrorSubclass(no); sub != nil {
				e.typ = sub
			}
		}
	}
	if e.typ.IsSubtype(BlockingIOErrorType) && n >= 3 && IsInt(args[2]) {
		e.setField(f, 0, args[0])
		e.setField(f, 1, args[1])
		e.setField(f, 4, args[2])
		return 0
	}
	if n >= 2 && n <= 5 {
		e.setField(f, 0, args[0])
		e.setField(f, 1, args[1])
		if n >= 3 {
			e.setField(f, 2, args[2])
			if n == 5 {
				e.setField(f, 3, args[4])
			}
			e.Args = NewTuple([]Value{args[0], args[1]})
		}
	}
	return 0
}

func osErrorStr(t *Thread, e *Exception) Value {
	part := func(v Value) (string, bool) {
		s := StrOf(t, v)
		if s.IsNull() {
			return "", false
		}
		return as[Str](s).s, true
	}
	repr := func(v Value) (string, bool) {
		r := Repr(t, v)
		if r == nil {
			return "", false
		}
		return r.s, true
	}
	if len(e.fields) == 0 {
		return baseExcStr(t, e)
	}
	errno, strerror := e.fields[0], e.fields[1]
	if fn := e.field(2); fn != None {
		no, ok1 := part(e.field(0))
		se, ok2 := part(e.field(1))
		f1, ok3 := repr(fn)
		if !ok1 || !ok2 || !ok3 {
			return Null
		}
		if fn2 := e.field(3); fn2 != None {
			f2, ok := repr(fn2)
			if !ok {
				return Null
			}
			return NewStr(fmt.Sprintf("[Errno %s] %s: %s -> %s", no, se, f1, f2)).Value()
		}
		return NewStr(fmt.Sprintf("[Errno %s] %s: %s", no, se, f1)).Value()
	}
	if !errno.IsNull() && !strerror.IsNull() {
		no, ok1 := part(errno)
		se, ok2 := part(strerror)
		if !ok1 || !ok2 {
			return Null
		}
		return NewStr(fmt.Sprintf("[Errno %s] %s", no, se)).Value()
	}
	return baseExcStr(t, e)
}

// Strerror is C's strerror(errno) as glibc words it.
func Strerror(errno int) string {
	s := syscall.Errno(errno).Error()
	if s == "" {
		return fmt.Sprintf("Unknown error %d", errno)
	}
	if strings.HasPrefix(s, "errno ") {
		return "Unknown error " + s[6:]
	}
	r, n := utf8.DecodeRuneInString(s)
	return strings.ToUpper(string(r)) + s[n:]
}

// NewOSError returns OSError(errno, strerror(errno)[, filename]) as the
// errno's subclass (filename NULL: none).
func NewOSError(t *Thread, errno int, filename Value) *Exception {
	args := []Value{Int(int64(errno)), NewStr(Strerror(errno)).Value()}
	if !filename.IsNull() {
		args = append(args, filename)
	}
	e := &Exception{Header: Header{OSErrorType}, Args: NewTuple(args)}
	osErrorParse(t, e, args)
	return e
}

// RaiseOSError raises NewOSError(errno, filename) and returns NULL.
func (t *Thread) RaiseOSError(errno int, filename Value) Value {
	return t.Raise(NewOSError(t, errno, filename))
}

func unicodeArgs(t *Thread, e *Exception, args []Value, kinds string) bool {
	if len(args) != len(kinds) {
		t.Raisef(TypeErrorType, "function takes exactly %d arguments (%d given)", len(kinds), len(args))
		return false
	}
	for i, k := range kinds {
		v := args[i]
		switch k {
		case 's':
			if _, ok := AsStr(v); !ok {
				t.Raisef(TypeErrorType, "argument %d must be str, not %s", i+1, TypeOf(v).Name)
				return false
			}
		case 'n':
			if !IsInt(v) {
				t.Raisef(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(v).Name)
				return false
			}
		}
	}
	return true
}

func unicodeDecodeInit(t *Thread, e *Exception, args []Value) int {
	if !unicodeArgs(t, e, args, "sbnns") {
		return -1
	}
	f := families[UnicodeDecodeErrorType]
	obj := args[1]
	if _, ok := AsBytes(obj); !ok {
		if TypeOf(obj) != ByteArrayType {
			t.Raisef(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(obj).Name)
			return -1
		}
	}
	for i, v := range args {
		e.setField(f, i, v)
	}
	return 0
}

func unicodeEncodeInit(t *Thread, e *Exception, args []Value) int {
	if !unicodeArgs(t, e, args, "ssnns") {
		return -1
	}
	f := families[UnicodeEncodeErrorType]
	for i, v := range args {
		e.setField(f, i, v)
	}
	return 0
}

func unicodeTranslateInit(t *Thread, e *Exception, args []Value) int {
	if !unicodeArgs(t, e, args, "snns") {
		return -1
	}
	f := families[UnicodeTranslateErrorType]
	e.setField(f, 1, args[0])
	e.setField(f, 2, args[1])
	e.setField(f, 3, args[2])
	e.setField(f, 4, args[3])
	return 0
}

func unicodeErrorStr(t *Thread, e *Exception) Value {
	if len(e.fields) == 0 {
		return emptyStr.Value()
	}
	enc, _ := AsStr(e.field(0))
	reason := StrOf(t, e.field(4))
	if reason.IsNull() {
		return Null
	}
	rs := as[Str](reason).s
	start, _ := AsInt64(e.field(2))
	end, _ := AsInt64(e.field(3))
	obj := e.field(1)
	switch {
	case e.typ.IsSubtype(UnicodeDecodeErrorType):
		var data []byte
		if b, ok := AsBytes(obj); ok {
			data = []byte(b.String())
		}
		encName := ""
		if enc != nil {
			encName = enc.s
		}
		if start >= 0 && start < int64(len(data)) && end == start+1 {
			return NewStr(fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", encName, data[start], start, rs)).Value()
		}
		return NewStr(fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", encName, start, end-1, rs)).Value()
	default:
		s, _ := AsStr(obj)
		var runes []rune
		if s != nil {
			runes = strRunes(s.s)
		}
		prefix := "can't translate"
		if e.typ.IsSubtype(UnicodeEncodeErrorType) {
			encName := ""
			if enc != nil {
				encName = enc.s
			}
			prefix = fmt.Sprintf("'%s' codec can't encode", encName)
		}
		if start >= 0 && start < int64(len(runes)) && end == start+1 {
			c := runes[start]
			var cs string
			switch {
			case c <= 0xff:
				cs = fmt.Sprintf("\\x%02x", c)
			case c <= 0xffff:
				cs = fmt.Sprintf("\\u%04x", c)
			default:
				cs = fmt.Sprintf("\\U%08x", c)
			}
			return NewStr(fmt.Sprintf("%s character '%s' in position %d: %s", prefix, cs, start, rs)).Value()
		}
		return NewStr(fmt.Sprintf("%s characters in position %d-%d: %s", prefix, start, end-1, rs)).Value()
	}
}
