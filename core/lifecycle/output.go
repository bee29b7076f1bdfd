package lifecycle

import (
	"syscall"
	"unsafe"
)

// fdWriter writes to a file descriptor with write(2), bypassing Go's os
// package (the host owns the descriptors; ARCHITECTURE.md, "Signals":
// write stdout/stderr with raw fds). A buffered fdWriter keeps up to
// bufSize bytes until Flush, as CPython's block-buffered sys.stdout does
// when it is not a terminal; on a terminal it flushes at each newline
// (line buffering), as CPython does. It is used only by the thread holding
// its interpreter's lock.
type fdWriter struct {
	fd       int
	buffered bool
	line     bool // terminal: flush after a write that contains a newline
	buf      []byte
}

const bufSize = 8192

func newFDWriter(fd int, buffered bool) *fdWriter {
	w := &fdWriter{fd: fd, buffered: buffered}
	if buffered && isTerminal(fd) {
		w.line = true
	}
	return w
}

// Write implements io.Writer. Errors of the descriptor (a closed pipe, a
// full disk) are dropped, as CPython drops them at exit; print() has no
// sys.stdout object to report them through yet.
func (w *fdWriter) Write(p []byte) (int, error) {
	if !w.buffered {
		writeAll(w.fd, p)
		return len(p), nil
	}
	if len(w.buf)+len(p) > bufSize {
		w.Flush()
		if len(p) > bufSize {
			writeAll(w.fd, p)
			return len(p), nil
		}
	}
	w.buf = append(w.buf, p...)
	if w.line {
		for _, c := range p {
			if c == '\n' {
				w.Flush()
				break
			}
		}
	}
	return len(p), nil
}

// WriteString implements io.StringWriter.
func (w *fdWriter) WriteString(s string) (int, error) {
	return w.Write([]byte(s))
}

// Flush writes the buffered bytes out.
func (w *fdWriter) Flush() {
	if len(w.buf) > 0 {
		writeAll(w.fd, w.buf)
		w.buf = w.buf[:0]
	}
}

func writeAll(fd int, p []byte) {
	for len(p) > 0 {
		n, err := syscall.Write(fd, p)
		if err == syscall.EINTR {
			continue
		}
		if err == syscall.EAGAIN {
			// A non-blocking descriptor the host set up: wait until it
			// is writable.
			pfd := [1]struct {
				fd      int32
				events  int16
				revents int16
			}{{int32(fd), 0x4 /* POLLOUT */, 0}}
			syscall.Syscall(syscall.SYS_POLL, uintptr(unsafe.Pointer(&pfd[0])), 1, ^uintptr(0))
			continue
		}
		if err != nil || n <= 0 {
			return
		}
		p = p[n:]
	}
}

func isTerminal(fd int) bool {
	var t syscall.Termios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return e == 0
}
