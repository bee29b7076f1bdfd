package sys

// sys.stdin, sys.stdout and sys.stderr: text files on file descriptors 0,
// 1 and 2 (_io.TextIOWrapper to Python code). stdout and stderr write to
// the interpreter's writers (vm.Interp.Stdout/Stderr: buffered stdout,
// unbuffered stderr, set up by core/lifecycle); stdin reads file
// descriptor 0 with read(2) into its own buffer and decodes UTF-8 (bytes
// that are not UTF-8 become U+FFFD). Each interpreter has its own three
// objects; the type is built once and immutable.

import (
	"io"
	"strings"
	"syscall"
	uniutf8 "unicode/utf8"
	"unsafe"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

// textFile is one of the three standard streams.
type textFile struct {
	object.Header
	name   string
	errors string
	fd     int
	read   bool // stdin
	stderr bool
	closed bool
	// stdin's buffer: bytes read from fd 0 and not consumed yet; eof once
	// read(2) returned 0.
	buf []byte
	eof bool
	// binary is the stream's .buffer, made on first use.
	binary object.Value
}

// binaryFile is sys.std*.buffer: the byte stream under a text stream
// (_io.BufferedWriter / _io.BufferedReader). It shares its text file's
// writer or read buffer, so text and bytes keep their order.
type binaryFile struct {
	object.Header
	text *textFile
}

var (
	bufferedWriterType = newBinaryType("BufferedWriter")
	bufferedReaderType = newBinaryType("BufferedReader")
)

func newBinaryType(name string) *object.Type {
	typ := object.NewBuiltinType(name, nil)
	typ.Module = "_io"
	typ.Flags |= object.FlagModuleTPName
	self := func(v object.Value) *textFile { return object.As[binaryFile](v).text }
	typ.Repr = func(t *object.Thread, v object.Value) object.Value {
		return object.NewStr("<_io." + name + " name='" + self(v).name + "'>").Value()
	}
	typ.AddGetter("name", func(t *object.Thread, v object.Value) object.Value { return object.NewStr(self(v).name).Value() })
	typ.AddGetter("closed", func(t *object.Thread, v object.Value) object.Value { return object.Bool(self(v).closed) })
	typ.AddMethod("write", func(ot *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		f := self(v)
		if len(args) != 1 || kw.Len() != 0 {
			return ot.Raisef(object.TypeErrorType, "%s.write() takes exactly one argument (%d given)", name, len(args))
		}
		b, ok := object.BytesLike(args[0])
		if !ok {
			return ot.Raisef(object.TypeErrorType, "a bytes-like object is required, not '%s'", object.TypeOf(args[0]).Name)
		}
		if f.closed {
			return ot.RaiseMsg(object.ValueErrorType, "write to closed file")
		}
		if f.read {
			return ot.Raise(object.NewException(unsupportedOperationType, object.NewStr("write").Value()))
		}
		f.writer(ot.Eval.(*vm.Thread)).Write(b)
		return object.Int(int64(len(b)))
	})
	typ.AddMethod("flush", func(ot *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		return object.CallMethod(ot, object.FromHeap(self(v)), "flush")
	})
	typ.AddMethod("fileno", func(ot *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		return object.Int(int64(self(v).fd))
	})
	read := func(ot *object.Thread, f *textFile, n int, line bool) object.Value {
		if f.closed {
			return ot.RaiseMsg(object.ValueErrorType, "read of closed file")
		}
		if !f.read {
			return ot.Raise(object.NewException(unsupportedOperationType, object.NewStr("read").Value()))
		}
		for {
			if line {
				if i := strings.IndexByte(string(f.buf), '\n'); i >= 0 && (n < 0 || i < n) {
					n = i + 1
					break
				}
			}
			if n >= 0 && len(f.buf) >= n {
				break
			}
			if !f.fill(ot) {
				if ot.Exc != nil {
					return object.Null
				}
				break
			}
		}
		if n < 0 || n > len(f.buf) {
			n = len(f.buf)
		}
		out := object.NewBytes(string(f.buf[:n])).Value()
		f.buf = f.buf[n:]
		return out
	}
	typ.AddMethod("read", func(ot *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		n, ok := sizeArg(ot, "read", args, kw)
		if !ok {
			return object.Null
		}
		return read(ot, self(v), n, false)
	})
	typ.AddMethod("readline", func(ot *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		n, ok := sizeArg(ot, "readline", args, kw)
		if !ok {
			return object.Null
		}
		return read(ot, self(v), n, true)
	})
	return typ
}

// textFileType is _io.TextIOWrapper, built at init and immutable.
var textFileType = newTextFileType()

func newStdio() (in, out, errf object.Value) {
	mk := func(f *textFile) object.Value {
		f.Header = object.MakeHeader(textFileType)
		return object.FromHeap(f)
	}
	return mk(&textFile{name: "<stdin>", errors: "surrogateescape", fd: 0, read: true}),
		mk(&textFile{name: "<stdout>", errors: "surrogateescape", fd: 1}),
		mk(&textFile{name: "<stderr>", errors: "backslashreplace", fd: 2, stderr: true})
}

func isTerminal(fd int) bool {
	var t syscall.Termios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return e == 0
}

func fileOf(v object.Value) *textFile { return object.As[textFile](v) }

// flusher is what the interpreter's buffered writers implement.
type flusher interface{ Flush() }

func (f *textFile) writer(t *vm.Thread) io.Writer {
	if f.stderr {
		return t.Interpreter().Stderr
	}
	return t.Interpreter().Stdout
}

// fill reads more of fd 0 into the buffer; false at end of file or with
// an exception set on t. While no input is there it waits with the
// interpreter's lock released (other threads run), looking at the
// thread's pending asynchronous exception every 50 ms: Ctrl-C interrupts
// input() and sys.stdin.read() as in CPython.
func (f *textFile) fill(t *object.Thread) bool {
	if f.eof || t.Exc != nil {
		return false
	}
	vt := t.Eval.(*vm.Thread)
	st := vt.State()
	var chunk [8192]byte
	for {
		if vt.RaisePendingAsync() {
			return false
		}
		if st != nil && !readable(f.fd, 0) {
			lock := st.Interpreter().Lock()
			lock.Release(st)
			for !readable(f.fd, 50) && st.PendingAsyncExc.Load() == nil {
			}
			lock.Acquire(st)
			continue
		}
		n, err := syscall.Read(f.fd, chunk[:])
		if err == syscall.EINTR || err == syscall.EAGAIN {
			continue
		}
		if n <= 0 {
			f.eof = true
			return false
		}
		f.buf = append(f.buf, chunk[:n]...)
		return true
	}
}

// readable polls fd for input (or end of file, or an error: a read will
// not block) for up to ms milliseconds.
func readable(fd, ms int) bool {
	pfd := [1]struct {
		fd      int32
		events  int16
		revents int16
	}{{int32(fd), 0x1 /* POLLIN */, 0}}
	n, _, e := syscall.Syscall(syscall.SYS_POLL, uintptr(unsafe.Pointer(&pfd[0])), 1, uintptr(ms))
	if e != 0 {
		return e != syscall.EINTR // a descriptor poll cannot watch: just read
	}
	return n > 0
}

// decode decodes UTF-8 with the surrogateescape error handler: a byte
// that is not part of a valid sequence becomes the lone surrogate
// U+DC80..U+DCFF (stored as WTF-8), as CPython's sys.stdin does.
func decode(b []byte) object.Value {
	if uniutf8.Valid(b) {
		return object.NewStr(string(b)).Value()
	}
	out := make([]byte, 0, len(b)+8)
	for i := 0; i < len(b); {
		r, size := uniutf8.DecodeRune(b[i:])
		if r == uniutf8.RuneError && size <= 1 {
			cp := 0xDC00 + rune(b[i])
			out = append(out, 0xED, byte(0x80|(cp>>6)&0x3F), byte(0x80|cp&0x3F))
			i++
			continue
		}
		out = append(out, b[i:i+size]...)
		i += size
	}
	return object.NewStr(string(out)).Value()
}

// readLine returns the next line (with its newline), at most limit
// characters when limit >= 0; NULL with an exception (Ctrl-C).
func (f *textFile) readLine(t *object.Thread, limit int) object.Value {
	start := 0
	for {
		if i := strings.IndexByte(string(f.buf[start:]), '\n'); i >= 0 {
			return f.take(start+i+1, limit)
		}
		start = len(f.buf)
		if limit >= 0 && uniutf8.RuneCount(f.buf) >= limit {
			return f.take(len(f.buf), limit)
		}
		if !f.fill(t) {
			if t.Exc != nil {
				return object.Null
			}
			return f.take(len(f.buf), limit)
		}
	}
}

// take consumes the first n bytes (cut to limit characters when limit >=
// 0) and returns them decoded.
func (f *textFile) take(n, limit int) object.Value {
	if limit >= 0 {
		i, count := 0, 0
		for i < n && count < limit {
			_, size := uniutf8.DecodeRune(f.buf[i:])
			i += size
			count++
		}
		n = i
	}
	v := decode(f.buf[:n])
	f.buf = f.buf[n:]
	return v
}

// readAll reads to the end of the file, or size characters.
func (f *textFile) readAll(t *object.Thread, size int) object.Value {
	if size < 0 {
		for f.fill(t) {
		}
	} else {
		for uniutf8.RuneCount(f.buf) < size && f.fill(t) {
		}
	}
	if t.Exc != nil {
		return object.Null
	}
	return f.take(len(f.buf), size)
}

// sizeArg parses an optional size argument (None or an int; -1 = all).
func sizeArg(t *object.Thread, name string, args []object.Value, kw *object.Tuple) (int, bool) {
	if kw.Len() != 0 {
		t.Raisef(object.TypeErrorType, "%s() takes no keyword arguments", name)
		return 0, false
	}
	if len(args) > 1 {
		t.Raisef(object.TypeErrorType, "%s expected at most 1 argument, got %d", name, len(args))
		return 0, false
	}
	if len(args) == 0 || args[0] == object.None {
		return -1, true
	}
	if !object.IsInt(args[0]) {
		t.Raisef(object.TypeErrorType, "argument should be integer or None, not '%s'", object.TypeOf(args[0]).Name)
		return 0, false
	}
	n, ok := object.AsInt64(args[0])
	if !ok {
		t.RaiseMsg(object.OverflowErrorType, "Python int too large to convert to C ssize_t")
		return 0, false
	}
	if n < 0 {
		n = -1
	}
	return int(n), true
}

func newTextFileType() *object.Type {
	typ := object.NewBuiltinType("TextIOWrapper", nil)
	typ.Module = "_io"
	typ.Flags |= object.FlagModuleTPName
	str := func(s string) object.Value { return object.NewStr(s).Value() }
	mode := func(f *textFile) string {
		if f.read {
			return "r"
		}
		return "w"
	}
	typ.Repr = func(t *object.Thread, v object.Value) object.Value {
		f := fileOf(v)
		return str("<_io.TextIOWrapper name='" + f.name + "' mode='" + mode(f) + "' encoding='utf-8'>")
	}
	typ.AddConst("encoding", str("utf-8"))
	typ.AddConst("newlines", object.None)
	typ.AddGetter("mode", func(t *object.Thread, v object.Value) object.Value { return str(mode(fileOf(v))) })
	typ.AddGetter("name", func(t *object.Thread, v object.Value) object.Value { return str(fileOf(v).name) })
	typ.AddGetter("errors", func(t *object.Thread, v object.Value) object.Value { return str(fileOf(v).errors) })
	typ.AddGetter("closed", func(t *object.Thread, v object.Value) object.Value { return object.Bool(fileOf(v).closed) })
	typ.AddGetter("line_buffering", func(t *object.Thread, v object.Value) object.Value {
		f := fileOf(v)
		return object.Bool(!f.read && (f.stderr || isTerminal(f.fd)))
	})
	typ.AddGetter("buffer", func(t *object.Thread, v object.Value) object.Value {
		f := fileOf(v)
		if f.binary.IsNull() {
			bt := bufferedWriterType
			if f.read {
				bt = bufferedReaderType
			}
			f.binary = object.FromHeap(&binaryFile{Header: object.MakeHeader(bt), text: f})
		}
		return f.binary
	})
	typ.AddGetter("write_through", func(t *object.Thread, v object.Value) object.Value { return object.Bool(fileOf(v).stderr) })
	checkOpen := func(t *object.Thread, f *textFile) bool {
		if f.closed {
			t.RaiseMsg(object.ValueErrorType, "I/O operation on closed file.")
			return false
		}
		return true
	}
	notMode := func(t *object.Thread, what string) object.Value {
		return t.Raise(object.NewException(unsupportedOperationType, str("not "+what)))
	}
	typ.AddMethod("write", func(ot *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		f := fileOf(v)
		if len(args) != 1 || kw.Len() != 0 {
			return ot.Raisef(object.TypeErrorType, "TextIOWrapper.write() takes exactly one argument (%d given)", len(args))
		}
		s, ok := object.AsStr(args[0])
		if !ok {
			return ot.Raisef(object.TypeErrorType, "write() argument must be str, not %s", object.TypeOf(args[0]).Name)
		}
		if !checkOpen(ot, f) {
			return object.Null
		}
		if f.read {
			return notMode(ot, "writable")
		}
		text := s.String()
		if strings.IndexByte(text, 0xED) >= 0 { // maybe a lone surrogate (WTF-8)
			b, ok := encodeSurrogates(ot, args[0], text, f.errors)
			if !ok {
				return object.Null
			}
			f.writer(ot.Eval.(*vm.Thread)).Write(b)
			return object.Int(int64(s.Len()))
		}
		io.WriteString(f.writer(ot.Eval.(*vm.Thread)), text)
		return object.Int(int64(s.Len()))
	})
	typ.AddMethod("writelines", func(ot *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) != 1 || kw.Len() != 0 {
			return ot.Raisef(object.TypeErrorType, "TextIOWrapper.writelines() takes exactly one argument (%d given)", len(args))
		}
		if object.ForEach(ot, args[0], func(line object.Value) bool {
			return !object.CallMethod(ot, v, "write", line).IsNull()
		}) != 0 {
			return object.Null
		}
		return object.None
	})
	typ.AddMethod("read", func(ot *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		f := fileOf(v)
		n, ok := sizeArg(ot, "read", args, kw)
		if !ok || !checkOpen(ot, f) {
			return object.Null
		}
		if !f.read {
			return notMode(ot, "readable")
		}
		return f.readAll(ot, n)
	})
	typ.AddMethod("readline", func(ot *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		f := fileOf(v)
		n, ok := sizeArg(ot, "readline", args, kw)
		if !ok || !checkOpen(ot, f) {
			return object.Null
		}
		if !f.read {
			return notMode(ot, "readable")
		}
		return f.readLine(ot, n)
	})
	typ.AddMethod("readlines", func(ot *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		f := fileOf(v)
		hint, ok := sizeArg(ot, "readlines", args, kw)
		if !ok || !checkOpen(ot, f) {
			return object.Null
		}
		if !f.read {
			return notMode(ot, "readable")
		}
		var lines []object.Value
		total := 0
		for {
			l := f.readLine(ot, -1)
			if l.IsNull() {
				return l
			}
			s, _ := object.AsStr(l)
			if s.Len() == 0 {
				break
			}
			lines = append(lines, l)
			total += s.Len()
			if hint > 0 && total >= hint {
				break
			}
		}
		return object.NewList(lines).Value()
	})
	typ.Iter = func(t *object.Thread, v object.Value) object.Value {
		if !checkOpen(t, fileOf(v)) {
			return object.Null
		}
		return v
	}
	typ.Next = func(t *object.Thread, v object.Value) object.Value {
		f := fileOf(v)
		if !checkOpen(t, f) {
			return object.Null
		}
		if !f.read {
			return notMode(t, "readable")
		}
		l := f.readLine(t, -1)
		if l.IsNull() {
			return l
		}
		if s, _ := object.AsStr(l); s.Len() == 0 {
			return object.Null // exhausted: no exception set
		}
		return l
	}
	noArgs := func(name string, fn func(t *object.Thread, f *textFile) object.Value) {
		typ.AddMethod(name, func(ot *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
			if len(args) != 0 || kw.Len() != 0 {
				return ot.Raisef(object.TypeErrorType, "%s() takes no arguments (%d given)", name, len(args))
			}
			return fn(ot, fileOf(v))
		})
	}
	noArgs("flush", func(t *object.Thread, f *textFile) object.Value {
		if !checkOpen(t, f) {
			return object.Null
		}
		if !f.read {
			if w, ok := f.writer(t.Eval.(*vm.Thread)).(flusher); ok {
				w.Flush()
			}
		}
		return object.None
	})
	noArgs("close", func(t *object.Thread, f *textFile) object.Value {
		if !f.closed && !f.read {
			if w, ok := f.writer(t.Eval.(*vm.Thread)).(flusher); ok {
				w.Flush()
			}
		}
		f.closed = true
		return object.None
	})
	noArgs("fileno", func(t *object.Thread, f *textFile) object.Value {
		if !checkOpen(t, f) {
			return object.Null
		}
		return object.Int(int64(f.fd))
	})
	noArgs("isatty", func(t *object.Thread, f *textFile) object.Value {
		if !checkOpen(t, f) {
			return object.Null
		}
		return object.Bool(isTerminal(f.fd))
	})
	noArgs("writable", func(t *object.Thread, f *textFile) object.Value {
		if !checkOpen(t, f) {
			return object.Null
		}
		return object.Bool(!f.read)
	})
	noArgs("readable", func(t *object.Thread, f *textFile) object.Value {
		if !checkOpen(t, f) {
			return object.Null
		}
		return object.Bool(f.read)
	})
	noArgs("seekable", func(t *object.Thread, f *textFile) object.Value {
		if !checkOpen(t, f) {
			return object.Null
		}
		_, err := syscall.Seek(f.fd, 0, 1 /* SEEK_CUR */)
		return object.Bool(err == nil)
	})
	noArgs("__enter__", func(t *object.Thread, f *textFile) object.Value {
		if !checkOpen(t, f) {
			return object.Null
		}
		return object.FromHeap(f)
	})
	typ.AddMethod("__exit__", func(ot *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		return object.CallMethod(ot, v, "close")
	})
	return typ
}

// unsupportedOperationType is io.UnsupportedOperation (OSError and
// ValueError), shared with open()'s files.
var unsupportedOperationType = object.UnsupportedOperationType

// surrogateAt reports whether text[i:] starts with a lone surrogate as
// WTF-8 stores it (ED A0..BF xx) and returns its code point.
func surrogateAt(text string, i int) (rune, bool) {
	if i+2 < len(text) && text[i] == 0xED && text[i+1] >= 0xA0 && text[i+1] <= 0xBF {
		return 0xD000 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F), true
	}
	return 0, false
}

// encodeSurrogates encodes text (WTF-8) to UTF-8 with the stream's error
// handler for lone surrogates: surrogateescape turns U+DC80..U+DCFF back
// into the byte they stand for, backslashreplace writes \udXXX; anything
// else raises CPython's UnicodeEncodeError ("surrogates not allowed").
func encodeSurrogates(t *object.Thread, str object.Value, text, errors string) ([]byte, bool) {
	out := make([]byte, 0, len(text))
	chars := 0 // code points before i
	for i := 0; i < len(text); {
		cp, ok := surrogateAt(text, i)
		if !ok {
			if text[i]&0xC0 != 0x80 {
				chars++
			}
			out = append(out, text[i])
			i++
			continue
		}
		switch {
		case errors == "surrogateescape" && cp >= 0xDC80 && cp <= 0xDCFF:
			out = append(out, byte(cp-0xDC00))
		case errors == "backslashreplace":
			const hex = "0123456789abcdef"
			out = append(out, '\\', 'u', hex[cp>>12&15], hex[cp>>8&15], hex[cp>>4&15], hex[cp&15])
		default:
			end := chars + 1
			for j := i + 3; ; j += 3 {
				c, ok := surrogateAt(text, j)
				if !ok || (errors == "surrogateescape" && c >= 0xDC80 && c <= 0xDCFF) {
					break
				}
				end++
			}
			r := object.Call(t, object.UnicodeEncodeErrorType.Value(), []object.Value{
				object.NewStr("utf-8").Value(), str, object.Int(int64(chars)), object.Int(int64(end)),
				object.NewStr("surrogates not allowed").Value()}, nil)
			if e, ok := object.AsException(r); ok {
				t.Raise(e)
			}
			return nil, false
		}
		chars++
		i += 3
	}
	return out, true
}
