package vm

// open(): file objects over os.File, enough of _io for scripts: text
// (TextIOWrapper) and binary (BufferedReader/BufferedWriter/
// BufferedRandom, FileIO for buffering=0) modes with read, readline,
// readlines, iteration, write, writelines, seek, tell, truncate, flush,
// close and the context-manager protocol; universal newlines in text
// mode; encodings other than UTF-8 go through str.encode/bytes.decode.
// Writes are buffered as CPython's layers (builtins_open_buf.go), reads
// go through a bufio.Reader that is dropped when the position moves.
//
// Left out: the io module's class hierarchy (these types derive from
// object),
// opener=, line_buffering, and the detach/buffer/raw layers.

import (
	"bufio"
	"errors"
	"io"
	"os"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/subpy/subpy/core/object"
)

type fileObj struct {
	object.Header
	f                            *os.File
	name                         object.Value
	mode                         string // the mode attribute
	text, reading, writing, plus bool
	raw                          bool // FileIO (buffering=0)
	encoding, errs               string
	newline                      object.Value // None or a str
	r                            *bufio.Reader
	closed, closefd              bool
	wb                           *writeBuf // pending writes (nil: none kept)
	in                           *Interp
}

// The file types (_io's names), built at package initialization.
var (
	textFileType       = newFileType("TextIOWrapper")
	bufferedReaderType = newFileType("BufferedReader")
	bufferedWriterType = newFileType("BufferedWriter")
	bufferedRandomType = newFileType("BufferedRandom")
	fileIOType         = newFileType("FileIO")
	unsupportedOpType  = object.UnsupportedOperationType // io.UnsupportedOperation
)

func fileSelf(v object.Value) *fileObj { return object.As[fileObj](v) }

func (fo *fileObj) check(t *object.Thread) bool { return fo.checkOp(t, "") }

// closedMsgs are the buffered binary files' messages for an operation on
// a closed file (others say "I/O operation on closed file.").
var closedMsgs = map[string]string{"read": "read of closed file", "readline": "readline of closed file",
	"write": "write to closed file", "seek": "seek of closed file", "flush": "flush of closed file",
	"truncate": "truncate of closed file"}

func (fo *fileObj) checkOp(t *object.Thread, op string) bool {
	if fo.closed {
		msg := "I/O operation on closed file."
		if m, ok := closedMsgs[op]; ok && !fo.text && !fo.raw {
			msg = m
		}
		t.RaiseMsg(object.ValueErrorType, msg)
		return false
	}
	return true
}

func (fo *fileObj) checkReadable(t *object.Thread, op string) bool {
	if !fo.reading && !fo.text {
		t.Raise(object.NewException(unsupportedOpType, object.NewStr("read").Value()))
		return false
	}
	if !fo.checkOp(t, op) {
		return false
	}
	if !fo.reading {
		t.Raise(object.NewException(unsupportedOpType, object.NewStr("not readable").Value()))
		return false
	}
	if err := fo.flushWrites(); err != nil {
		raiseOSError(t, err, fo.name)
		return false
	}
	return true
}

func (fo *fileObj) checkWritable(t *object.Thread, op string) bool {
	if !fo.writing && !fo.text {
		t.Raise(object.NewException(unsupportedOpType, object.NewStr(op).Value()))
		return false
	}
	if !fo.checkOp(t, op) {
		return false
	}
	if !fo.writing {
		t.Raise(object.NewException(unsupportedOpType, object.NewStr("not writable").Value()))
		return false
	}
	return true
}

// raiseOSError raises the OSError subclass of a Go file error.
func raiseOSError(t *object.Thread, err error, filename object.Value) object.Value {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return t.Raise(object.NewOSError(t, int(errno), filename))
	}
	return t.RaiseMsg(object.OSErrorType, err.Error())
}

func (fo *fileObj) reader() *bufio.Reader {
	if fo.r == nil {
		fo.r = bufio.NewReader(fo.f)
	}
	return fo.r
}

// dropReader gives back the read-ahead before the position is used.
func (fo *fileObj) dropReader() {
	if fo.r != nil {
		if n := fo.r.Buffered(); n > 0 {
			fo.f.Seek(int64(-n), io.SeekCurrent)
		}
		fo.r = nil
	}
}

// decode turns bytes read in text mode into a str.
func (fo *fileObj) decode(t *object.Thread, b []byte) object.Value {
	if fo.isUTF8() && fo.errs == "strict" && utf8.Valid(b) {
		return object.NewStr(string(b)).Value()
	}
	return object.CallMethod(t, object.NewBytes(string(b)).Value(), "decode", object.NewStr(fo.encoding).Value(), object.NewStr(fo.errs).Value())
}

func (fo *fileObj) isUTF8() bool {
	switch strings.ToLower(strings.ReplaceAll(fo.encoding, "_", "-")) {
	case "utf-8", "utf8", "u8":
		return true
	}
	return false
}

// translate applies newline=None's universal newlines to text read.
func (fo *fileObj) translate(s string) string {
	if fo.newline == object.None && strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s
}

// readLineBytes reads one line's bytes (its terminator included) as the
// newline setting defines lines; limit < 0: no limit (in bytes for binary
// files, characters for text).
func (fo *fileObj) readLineBytes(limit int) ([]byte, error) {
	r := fo.reader()
	var line []byte
	chars := 0
	nl := "\n"
	if fo.text && fo.newline != object.None {
		s, _ := object.AsStr(fo.newline)
		nl = s.String()
	}
	universal := fo.text && (fo.newline == object.None || nl == "")
	for limit < 0 || chars < limit {
		c, err := r.ReadByte()
		if err != nil {
			if err == io.EOF {
				return line, nil
			}
			return line, err
		}
		line = append(line, c)
		if !fo.text || c < 0x80 || c >= 0xc0 {
			chars++
		}
		switch {
		case universal && c == '\r':
			if next, err := r.Peek(1); err == nil && next[0] == '\n' {
				r.ReadByte()
				line = append(line, '\n')
			}
			return line, nil
		case universal || nl == "\n":
			if c == '\n' {
				return line, nil
			}
		case nl != "" && strings.HasSuffix(string(line), nl):
			return line, nil
		}
	}
	// A text limit may stop inside a UTF-8 sequence: finish the character.
	for fo.text && len(line) > 0 && !utf8.FullRune(line[lastRuneStart(line):]) {
		c, err := r.ReadByte()
		if err != nil {
			break
		}
		line = append(line, c)
	}
	return line, nil
}

func lastRuneStart(b []byte) int {
	i := len(b) - 1
	for i > 0 && b[i]&0xc0 == 0x80 {
		i--
	}
	return i
}

func (fo *fileObj) readline(t *object.Thread, limit int) object.Value {
	line, err := fo.readLineBytes(limit)
	if err != nil {
		return raiseOSError(t, err, fo.name)
	}
	return fo.result(t, line)
}

func (fo *fileObj) read(t *object.Thread, size int) object.Value {
	r := fo.reader()
	var b []byte
	var err error
	switch {
	case size < 0:
		b, err = io.ReadAll(r)
	case !fo.text:
		b = make([]byte, size)
		n := 0
		for n < size && err == nil {
			var k int
			k, err = r.Read(b[n:])
			n += k
			if fo.raw {
				break
			}
		}
		b = b[:n]
		if err == io.EOF {
			err = nil
		}
	default:
		// size characters.
		for chars := 0; chars < size; chars++ {
			var c rune
			var n int
			c, n, err = r.ReadRune()
			if err != nil {
				if err == io.EOF {
					err = nil
				}
				break
			}
			if c == utf8.RuneError && n == 1 {
				r.UnreadRune()
				x, _ := r.ReadByte()
				b = append(b, x)
				continue
			}
			b = utf8.AppendRune(b, c)
			if c == '\r' && fo.newline == object.None {
				if next, e := r.Peek(1); e == nil && next[0] == '\n' {
					r.ReadByte()
					b = append(b, '\n')
				}
			}
		}
	}
	if err != nil {
		return raiseOSError(t, err, fo.name)
	}
	return fo.result(t, b)
}

// result is what a read returns for the bytes it read: bytes in binary
// mode; in text mode the decoded str, its newlines translated when the
// file was opened with newline=None (universal newlines).
func (fo *fileObj) result(t *object.Thread, b []byte) object.Value {
	if !fo.text {
		return object.NewBytes(string(b)).Value()
	}
	s := fo.decode(t, b)
	if s.IsNull() {
		return s
	}
	if str, ok := object.AsStr(s); ok && fo.newline == object.None {
		if tr := fo.translate(str.String()); tr != str.String() {
			return object.NewStr(tr).Value()
		}
	}
	return s
}

func (fo *fileObj) write(t *object.Thread, v object.Value) object.Value {
	var data []byte
	var n int
	endsLine := false
	if fo.text {
		s, ok := object.AsStr(v)
		if !ok {
			return t.Raisef(object.TypeErrorType, "write() argument must be str, not %s", object.TypeOf(v).Name)
		}
		n = s.Len()
		text := s.String()
		endsLine = fo.wb != nil && fo.wb.line && hasLineEnd(text)
		if fo.newline != object.None {
			if nl, _ := object.AsStr(fo.newline); nl.String() != "" && nl.String() != "\n" {
				text = strings.ReplaceAll(text, "\n", nl.String())
			}
		}
		if fo.isUTF8() && utf8.ValidString(text) {
			data = []byte(text)
		} else {
			enc := object.CallMethod(t, object.NewStr(text).Value(), "encode", object.NewStr(fo.encoding).Value(), object.NewStr(fo.errs).Value())
			if enc.IsNull() {
				return enc
			}
			data, _ = object.BytesLike(enc)
		}
	} else {
		b, ok := object.BytesLike(v)
		if !ok {
			return t.Raisef(object.TypeErrorType, "a bytes-like object is required, not '%s'", object.TypeOf(v).Name)
		}
		data, n = b, len(b)
	}
	fo.dropReader()
	if err := fo.bufferedWrite(data, endsLine); err != nil {
		return raiseOSError(t, err, fo.name)
	}
	return object.Int(int64(n))
}

func (fo *fileObj) close(t *object.Thread) object.Value {
	if fo.closed {
		return object.None
	}
	ferr := fo.flushWrites()
	fo.closed = true
	fo.r = nil
	if fo.closefd {
		if err := fo.f.Close(); err != nil && ferr == nil {
			ferr = err
		}
	}
	if ferr != nil {
		return raiseOSError(t, ferr, fo.name)
	}
	return object.None
}

// sizeArgOf reads an optional size argument (None or missing: -1).
func sizeArgOf(t *object.Thread, args []object.Value) (int, bool) {
	if len(args) == 0 || args[0] == object.None {
		return -1, true
	}
	iv, ok := object.IndexValue(t, args[0])
	if !ok {
		return 0, false
	}
	n, ok := object.AsInt64(iv)
	if !ok {
		t.RaiseMsg(object.OverflowErrorType, "Python int too large to convert to C ssize_t")
		return 0, false
	}
	return int(n), true
}

func newFileType(name string) *object.Type {
	typ := object.NewBuiltinType(name, nil)
	typ.Module = "_io"
	typ.Flags |= object.FlagModuleTPName
	typ.New = nil
	typ.Iter = func(t *object.Thread, v object.Value) object.Value {
		if !fileSelf(v).check(t) {
			return object.Null
		}
		return v
	}
	typ.Next = func(t *object.Thread, v object.Value) object.Value {
		fo := fileSelf(v)
		if !fo.checkReadable(t, "readline") {
			return object.Null
		}
		line := fo.readline(t, -1)
		if line.IsNull() {
			return line
		}
		if object.Len(t, line) == 0 {
			return object.Null
		}
		return line
	}
	typ.Repr = func(t *object.Thread, v object.Value) object.Value {
		fo := fileSelf(v)
		name := object.ReprValue(t, fo.name)
		if name.IsNull() {
			return name
		}
		ns, _ := object.AsStr(name)
		s := "<_io." + typ.Name + " name=" + ns.String()
		switch {
		case fo.text:
			s += " mode='" + fo.mode + "' encoding='" + fo.encoding + "'"
		case fo.raw:
			s += " mode='" + fo.mode + "' closefd=" + map[bool]string{true: "True", false: "False"}[fo.closefd]
		}
		return object.NewStr(s + ">").Value()
	}
	typ.GetAttr = func(t *object.Thread, v object.Value, name *object.Str) object.Value {
		fo := fileSelf(v)
		switch name.String() {
		case "name":
			return fo.name
		case "mode":
			return object.NewStr(fo.mode).Value()
		case "closed":
			return object.Bool(fo.closed)
		case "encoding", "errors", "line_buffering", "newlines":
			if !fo.text {
				break
			}
			switch name.String() {
			case "encoding":
				return object.NewStr(fo.encoding).Value()
			case "errors":
				return object.NewStr(fo.errs).Value()
			case "line_buffering":
				return object.Bool(fo.wb != nil && fo.wb.line)
			}
			return object.None
		case "closefd":
			if fo.raw {
				return object.Bool(fo.closefd)
			}
		}
		return object.GenericGetAttr(t, v, name)
	}
	method := func(name string, fn func(t *object.Thread, fo *fileObj, args []object.Value) object.Value) {
		typ.AddMethod(name, func(t *object.Thread, self object.Value, args []object.Value, kw *object.Tuple) object.Value {
			if kw != nil {
				return t.Raisef(object.TypeErrorType, "%s.%s() takes no keyword arguments", typ.Name, name)
			}
			return fn(t, fileSelf(self), args)
		})
	}
	method("read", func(t *object.Thread, fo *fileObj, args []object.Value) object.Value {
		n, ok := sizeArgOf(t, args)
		if !ok || !fo.checkReadable(t, "read") {
			return object.Null
		}
		return fo.read(t, n)
	})
	method("readline", func(t *object.Thread, fo *fileObj, args []object.Value) object.Value {
		n, ok := sizeArgOf(t, args)
		if !ok || !fo.checkReadable(t, "readline") {
			return object.Null
		}
		return fo.readline(t, n)
	})
	method("readlines", func(t *object.Thread, fo *fileObj, args []object.Value) object.Value {
		hint, ok := sizeArgOf(t, args)
		if !ok || !fo.checkReadable(t, "readline") {
			return object.Null
		}
		var lines []object.Value
		total := 0
		for {
			l := fo.readline(t, -1)
			if l.IsNull() {
				return l
			}
			n := object.Len(t, l)
			if n == 0 {
				break
			}
			lines = append(lines, l)
			if total += n; hint > 0 && total >= hint {
				break
			}
		}
		return object.NewList(lines).Value()
	})
	method("write", func(t *object.Thread, fo *fileObj, args []object.Value) object.Value {
		if len(args) != 1 {
			return t.Raisef(object.TypeErrorType, "write() takes exactly one argument (%d given)", len(args))
		}
		if !fo.checkWritable(t, "write") {
			return object.Null
		}
		return fo.write(t, args[0])
	})
	method("writelines", func(t *object.Thread, fo *fileObj, args []object.Value) object.Value {
		if len(args) != 1 {
			return t.Raisef(object.TypeErrorType, "writelines() takes exactly one argument (%d given)", len(args))
		}
		if !fo.checkWritable(t, "write") {
			return object.Null
		}
		if object.ForEach(t, args[0], func(v object.Value) bool { return !fo.write(t, v).IsNull() }) < 0 {
			return object.Null
		}
		return object.None
	})
	method("close", func(t *object.Thread, fo *fileObj, args []object.Value) object.Value { return fo.close(t) })
	method("flush", func(t *object.Thread, fo *fileObj, args []object.Value) object.Value {
		if !fo.checkOp(t, "flush") {
			return object.Null
		}
		if err := fo.flushWrites(); err != nil {
			return raiseOSError(t, err, fo.name)
		}
		return object.None
	})
	method("fileno", func(t *object.Thread, fo *fileObj, args []object.Value) object.Value {
		if !fo.check(t) {
			return object.Null
		}
		return object.Int(int64(fo.f.Fd()))
	})
	for _, p := range []struct {
		name string
		get  func(fo *fileObj) bool
	}{{"readable", func(fo *fileObj) bool { return fo.reading }}, {"writable", func(fo *fileObj) bool { return fo.writing }},
		{"seekable", func(fo *fileObj) bool { _, err := fo.f.Seek(0, io.SeekCurrent); return err == nil }},
		{"isatty", func(fo *fileObj) bool { st, err := fo.f.Stat(); return err == nil && st.Mode()&os.ModeCharDevice != 0 }}} {
		method(p.name, func(t *object.Thread, fo *fileObj, args []object.Value) object.Value {
			if !fo.check(t) {
				return object.Null
			}
			return object.Bool(p.get(fo))
		})
	}
	method("seek", func(t *object.Thread, fo *fileObj, args []object.Value) object.Value {
		if len(args) < 1 || len(args) > 2 {
			return t.Raisef(object.TypeErrorType, "seek expected at least 1 argument, got %d", len(args))
		}
		if !fo.checkOp(t, "seek") {
			return object.Null
		}
		off, ok := sizeArgOf(t, args[:1])
		if !ok {
			return object.Null
		}
		whence := 0
		if len(args) == 2 {
			if whence, ok = sizeArgOf(t, args[1:]); !ok {
				return object.Null
			}
		}
		if fo.text && (whence == 1 || whence == 2) && off != 0 {
			return t.Raise(object.NewException(unsupportedOpType, object.NewStr("can't do nonzero cur-relative seeks").Value()))
		}
		if err := fo.flushWrites(); err != nil {
			return raiseOSError(t, err, fo.name)
		}
		fo.dropReader()
		pos, err := fo.f.Seek(int64(off), whence)
		if err != nil {
			return raiseOSError(t, err, fo.name)
		}
		return object.Int(pos)
	})
	method("tell", func(t *object.Thread, fo *fileObj, args []object.Value) object.Value {
		if !fo.check(t) {
			return object.Null
		}
		if err := fo.flushWrites(); err != nil {
			return raiseOSError(t, err, fo.name)
		}
		pos, err := fo.f.Seek(0, io.SeekCurrent)
		if err != nil {
			return raiseOSError(t, err, fo.name)
		}
		if fo.r != nil {
			pos -= int64(fo.r.Buffered())
		}
		return object.Int(pos)
	})
	method("truncate", func(t *object.Thread, fo *fileObj, args []object.Value) object.Value {
		if !fo.checkWritable(t, "truncate") {
			return object.Null
		}
		if err := fo.flushWrites(); err != nil {
			return raiseOSError(t, err, fo.name)
		}
		fo.dropReader()
		size, ok := sizeArgOf(t, args)
		if !ok {
			return object.Null
		}
		if size < 0 {
			pos, _ := fo.f.Seek(0, io.SeekCurrent)
			size = int(pos)
		}
		if err := fo.f.Truncate(int64(size)); err != nil {
			return raiseOSError(t, err, fo.name)
		}
		return object.Int(int64(size))
	})
	method("__enter__", func(t *object.Thread, fo *fileObj, args []object.Value) object.Value {
		if !fo.check(t) {
			return object.Null
		}
		return object.FromHeap(fo)
	})
	method("__exit__", func(t *object.Thread, fo *fileObj, args []object.Value) object.Value { return fo.close(t) })
	return typ
}

// builtinOpen is open(file, mode='r', buffering=-1, encoding=None,
// errors=None, newline=None, closefd=True, opener=None).
func builtinOpen(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	a, ok := parseArgs(t, "open", args, kw, []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 8, 1)
	if !ok {
		return object.Null
	}
	ot := &t.Thread
	file := a[0]
	mode := "r"
	if !a[1].IsNull() {
		s, ok := object.AsStr(a[1])
		if !ok {
			return t.Raisef(object.TypeErrorType, "open() argument 'mode' must be str, not %s", object.TypeOf(a[1]).Name)
		}
		mode = s.String()
	}
	buffering := int64(-1)
	if !a[2].IsNull() {
		if buffering, ok = t.intArg(a[2]); !ok {
			return object.Null
		}
	}
	optStr := func(i int, what string) (string, bool, bool) {
		if a[i].IsNull() || a[i] == object.None {
			return "", false, true
		}
		s, ok := object.AsStr(a[i])
		if !ok {
			t.Raisef(object.TypeErrorType, "open() argument '%s' must be str or None, not %s", what, object.TypeOf(a[i]).Name)
			return "", false, false
		}
		return s.String(), true, true
	}
	encoding, hasEnc, ok1 := optStr(3, "encoding")
	errs, hasErrs, ok2 := optStr(4, "errors")
	newline, hasNL, ok3 := optStr(5, "newline")
	if !ok1 || !ok2 || !ok3 {
		return object.Null
	}
	closefd := true
	if !a[6].IsNull() {
		r := object.Truth(ot, a[6])
		if r < 0 {
			return object.Null
		}
		closefd = r == 1
	}
	if !a[7].IsNull() && a[7] != object.None {
		return t.RaiseMsg(object.NotImplementedErrorType, "open() with an opener is not supported by subpy yet")
	}
	// The mode (CPython's _io.open checks, in its order).
	var creating, reading, writing, appending, plus, text, binary bool
	seen := map[rune]bool{}
	for _, c := range mode {
		if seen[c] || !strings.ContainsRune("xrwabt+", c) {
			return t.Raisef(object.ValueErrorType, "invalid mode: '%s'", mode)
		}
		seen[c] = true
		switch c {
		case 'x':
			creating = true
		case 'r':
			reading = true
		case 'w':
			writing = true
		case 'a':
			appending = true
		case '+':
			plus = true
		case 't':
			text = true
		case 'b':
			binary = true
		}
	}
	if text && binary {
		return t.RaiseMsg(object.ValueErrorType, "can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{creating, reading, writing, appending} {
		if b {
			n++
		}
	}
	if n > 1 {
		return t.RaiseMsg(object.ValueErrorType, "must have exactly one of create/read/write/append mode")
	}
	if n == 0 {
		return t.RaiseMsg(object.ValueErrorType, "Must have exactly one of create/read/write/append mode and at most one plus")
	}
	if binary && hasEnc {
		return t.RaiseMsg(object.ValueErrorType, "binary mode doesn't take an encoding argument")
	}
	if binary && hasErrs {
		return t.RaiseMsg(object.ValueErrorType, "binary mode doesn't take an errors argument")
	}
	if binary && hasNL {
		return t.RaiseMsg(object.ValueErrorType, "binary mode doesn't take a newline argument")
	}
	if binary && buffering == 1 {
		// CPython warns (RuntimeWarning) and buffers normally.
		buffering = -1
	}
	if !binary && buffering == 0 {
		return t.RaiseMsg(object.ValueErrorType, "can't have unbuffered text I/O")
	}
	// The file: a path (str, bytes, os.PathLike) or a descriptor.
	var path string
	fd := -1
	switch {
	case object.TypeOf(file).IsSubtype(object.StrType):
		s, _ := object.AsStr(file)
		path = s.String()
	case object.TypeOf(file) == object.BytesType:
		b, _ := object.BytesLike(file)
		path = string(b)
	case object.IsInt(file):
		n, ok := object.AsInt64(file)
		if !ok || n < 0 || n > 1<<31-1 {
			return t.RaiseMsg(object.ValueErrorType, "negative file descriptor")
		}
		fd = int(n)
	default:
		if m := object.TypeOf(file).Lookup(object.NewStr("__fspath__")); !m.IsNull() {
			p := object.CallArgs(ot, m, file)
			if p.IsNull() {
				return p
			}
			if s, ok := object.AsStr(p); ok {
				path = s.String()
			} else if b, ok := object.BytesLike(p); ok {
				path = string(b)
			} else {
				return t.Raisef(object.TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", object.TypeOf(file).Name, object.TypeOf(p).Name)
			}
		} else {
			return t.Raisef(object.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", object.TypeOf(file).Name)
		}
	}
	if fd < 0 && !closefd {
		return t.RaiseMsg(object.ValueErrorType, "Cannot use closefd=False with file name")
	}
	if !binary {
		if !hasEnc {
			encoding = "UTF-8"
		} else if r := object.CallMethod(ot, object.NewStr("").Value(), "encode", object.NewStr(encoding).Value()); r.IsNull() {
			return r
		}
		if !hasErrs {
			errs = "strict"
		}
	}
	flags := 0
	switch {
	case reading && !plus:
		flags = os.O_RDONLY
	case plus:
		flags = os.O_RDWR
	default:
		flags = os.O_WRONLY
	}
	switch {
	case writing:
		flags |= os.O_CREATE | os.O_TRUNC
	case appending:
		flags |= os.O_CREATE | os.O_APPEND
	case creating:
		flags |= os.O_CREATE | os.O_EXCL
	}
	var f *os.File
	if fd >= 0 {
		f = os.NewFile(uintptr(fd), "")
		if f == nil {
			return raiseOSError(ot, syscall.EBADF, object.Null)
		}
	} else {
		var err error
		if f, err = os.OpenFile(path, flags|syscall.O_CLOEXEC, 0o666); err != nil {
			return raiseOSError(ot, err, file)
		}
		if st, err := f.Stat(); err == nil && st.IsDir() {
			f.Close()
			return raiseOSError(ot, syscall.EISDIR, file)
		}
	}
	if hasNL && newline != "" && newline != "\n" && newline != "\r" && newline != "\r\n" {
		if closefd {
			f.Close()
		}
		return t.Raisef(object.ValueErrorType, "illegal newline value: %s", newline)
	}
	fo := &fileObj{f: f, name: file, text: !binary, reading: reading || plus, writing: writing || appending || creating || plus,
		plus: plus, raw: binary && buffering == 0, encoding: encoding, errs: errs, newline: object.None, closefd: closefd}
	if hasNL {
		fo.newline = object.NewStr(newline).Value()
	}
	fo.in = t.interp
	t.interp.flushUnreferenced(f)
	if fo.writing && !fo.raw {
		fo.wb = &writeBuf{f: f, size: bufferSize(f, buffering), isTxt: fo.text}
		if fo.text {
			st, err := f.Stat()
			fo.wb.line = buffering == 1 || (err == nil && st.Mode()&os.ModeCharDevice != 0)
		}
	}
	// The mode attribute: what CPython shows for each layer.
	var typ *object.Type
	switch {
	case !binary:
		typ, fo.mode = textFileType, mode
	case fo.raw:
		typ = fileIOType
		fo.mode = rawMode(creating, reading, writing, appending, plus)
	case plus:
		typ, fo.mode = bufferedRandomType, rawMode(creating, reading, writing, appending, plus)
	case reading:
		typ, fo.mode = bufferedReaderType, rawMode(creating, reading, writing, appending, plus)
	default:
		typ, fo.mode = bufferedWriterType, rawMode(creating, reading, writing, appending, plus)
	}
	fo.Header = object.MakeHeader(typ)
	return object.FromHeap(fo)
}

// rawMode is FileIO's mode string (CPython's mode_string): "xb", "ab",
// "rb" or "wb", with "+" when the file is both readable and writable.
func rawMode(creating, reading, writing, appending, plus bool) string {
	switch {
	case creating:
		if plus {
			return "xb+"
		}
		return "xb"
	case appending:
		if plus {
			return "ab+"
		}
		return "ab"
	case reading || plus:
		if plus {
			return "rb+"
		}
		return "rb"
	}
	return "wb"
}
