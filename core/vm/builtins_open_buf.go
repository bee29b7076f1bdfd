package vm

// Write buffering of open()'s files, as CPython's layers behave: a text
// file's TextIOWrapper keeps up to 8192 pending bytes before it hands them
// to its BufferedWriter; a BufferedWriter (binary files, and under text
// ones) holds up to its buffer size (st_blksize, else 8192, or open()'s
// buffering) and writes when the next write does not fit. Line buffering
// (terminals, buffering=1) flushes text at each line end. Files opened
// with buffering=0 (FileIO) write straight through.
//
// Files with pending data are registered on their interpreter (weakly:
// the buffer, not the file object, is kept) and flushed at its end, as
// CPython flushes the files it finalizes at exit. CPython also flushes a
// file the moment its last reference goes (`open(p, "w").write(s)` then
// reading p back): when open() is asked for a file some registered buffer
// writes to, a garbage collection finds which of those file objects are
// gone and their buffers are flushed first.

import (
	"os"
	"runtime"
	"strings"
	"syscall"
	"weak"
)

// textChunk is TextIOWrapper's _CHUNK_SIZE.
const textChunk = 8192

// writeBuf is a file's pending writes.
type writeBuf struct {
	f     *os.File
	text  []byte // the text layer's pending bytes
	buf   []byte // the buffered layer's
	size  int    // the buffered layer's size
	line  bool   // line buffering (text)
	isTxt bool
}

// bufferSize is the buffer size open() gives a file: buffering when > 1,
// else the file's st_blksize when > 1, else 8192 (io.DEFAULT_BUFFER_SIZE).
func bufferSize(f *os.File, buffering int64) int {
	if buffering > 1 {
		return int(buffering)
	}
	if st, err := f.Stat(); err == nil {
		if sys, ok := st.Sys().(*syscall.Stat_t); ok && sys.Blksize > 1 {
			return int(sys.Blksize)
		}
	}
	return 8192
}

// pending reports whether writes wait in the buffers.
func (wb *writeBuf) pending() bool { return len(wb.text) > 0 || len(wb.buf) > 0 }

// put passes data to the buffered layer.
func (wb *writeBuf) put(data []byte) error {
	if len(wb.buf)+len(data) < wb.size {
		wb.buf = append(wb.buf, data...)
		return nil
	}
	if err := wb.flushBuf(); err != nil {
		return err
	}
	if len(data) >= wb.size {
		_, err := wb.f.Write(data)
		return err
	}
	wb.buf = append(wb.buf, data...)
	return nil
}

func (wb *writeBuf) flushBuf() error {
	if len(wb.buf) == 0 {
		return nil
	}
	_, err := wb.f.Write(wb.buf)
	wb.buf = wb.buf[:0]
	return err
}

// flush writes everything pending.
func (wb *writeBuf) flush() error {
	if len(wb.text) > 0 {
		t := wb.text
		wb.text = nil
		if err := wb.put(t); err != nil {
			return err
		}
	}
	return wb.flushBuf()
}

// write buffers data (already encoded); endsLine: the text had a line end.
func (fo *fileObj) bufferedWrite(data []byte, endsLine bool) error {
	wb := fo.wb
	if wb == nil {
		_, err := fo.f.Write(data)
		return err
	}
	var err error
	if wb.isTxt {
		wb.text = append(wb.text, data...)
		if len(wb.text) >= textChunk || (wb.line && endsLine) {
			err = wb.flush()
		}
	} else {
		err = wb.put(data)
	}
	if wb.pending() {
		fo.in.registerPending(fo)
	}
	return err
}

// flushWrites writes out fo's pending data (before reads, seeks, tell,
// truncate, flush and close).
func (fo *fileObj) flushWrites() error {
	if fo.wb == nil || !fo.wb.pending() {
		return nil
	}
	err := fo.wb.flush()
	delete(fo.in.pendingWrites, fo.wb)
	return err
}

func (in *Interp) registerPending(fo *fileObj) {
	if _, ok := in.pendingWrites[fo.wb]; ok {
		return
	}
	if in.pendingWrites == nil {
		in.pendingWrites = map[*writeBuf]weak.Pointer[fileObj]{}
	}
	in.pendingWrites[fo.wb] = weak.Make(fo)
}

// flushUnreferenced flushes the buffers of the file objects that are gone
// when one writes to the file f (open() is about to open it again).
func (in *Interp) flushUnreferenced(f *os.File) {
	if len(in.pendingWrites) == 0 {
		return
	}
	st, err := f.Stat()
	if err != nil {
		return
	}
	same := false
	for wb := range in.pendingWrites {
		if st2, err := wb.f.Stat(); err == nil && os.SameFile(st, st2) {
			same = true
			break
		}
	}
	if !same {
		return
	}
	runtime.GC()
	for wb, p := range in.pendingWrites {
		if p.Value() == nil {
			wb.flush()
			delete(in.pendingWrites, wb)
		}
	}
}

// FlushFiles writes out the pending data of the interpreter's files (at
// its end; errors are dropped).
func (in *Interp) FlushFiles() {
	for wb := range in.pendingWrites {
		wb.flush()
		delete(in.pendingWrites, wb)
	}
}

// hasLineEnd reports whether text written to a line-buffered file ends a line.
func hasLineEnd(s string) bool { return strings.ContainsAny(s, "\n\r") }
