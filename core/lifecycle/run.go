package lifecycle

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/subpy/subpy/core/compile"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/parser"
	"github.com/subpy/subpy/core/scanner"
	"github.com/subpy/subpy/core/vm"
	"github.com/subpy/subpy/statestruct"
)

// Outcome says how a run ended.
type Outcome int

// The outcomes of a run.
const (
	// Done: the code ran to the end.
	Done Outcome = iota
	// Failed: an uncaught exception (or a SyntaxError) was printed to
	// stderr; PyRun_SimpleString returns -1, a launcher exits with 1.
	Failed
	// Exit: the code raised SystemExit; Result.ExitCode is the status the
	// process should exit with (CPython's _Py_HandleSystemExit: None → 0,
	// an int → itself, anything else is printed to stderr → 1).
	// PyRun_SimpleString's caller exits the process (Py_Exit), as CPython's
	// PyErr_Print does; Py_RunMain returns the code.
	Exit
)

// Result is what a run reports.
type Result struct {
	Outcome  Outcome
	ExitCode int // Exit: the exit status; Failed: 1; Done: 0
	// Interrupted (with Failed): the uncaught exception was a
	// KeyboardInterrupt; CPython's launcher then finalizes and kills
	// itself with SIGINT (exit status -2, 130 in a shell).
	Interrupted bool
}

// Flags adjust a run.
type Flags struct {
	// SetFile: set `__main__.__file__` (and `__cached__ = None`) to the
	// file name while the code runs, if `__file__` is not set already,
	// and remove them afterwards (PyRun_SimpleFile).
	SetFile bool
	// LineCache: make src the source tracebacks show for filename (which
	// names no file), as CPython 3.13 does for `python -c` ("<string>").
	LineCache bool
	// Path0: put the directory of the script filename names first on
	// sys.path ("" when filename names no file), as CPython's launcher does
	// before running a script, `-c` or standard input.
	Path0 bool
}

// RunString runs src in the `__main__` module of t's interpreter, as
// PyRun_SimpleStringFlags does, with filename as the code's file name
// ("<string>" for PyRun_SimpleString). t must hold its interpreter's lock.
func RunString(t *statestruct.Thread, src []byte, filename string, flags Flags) Result {
	vt, err := StartInterpreter(t)
	if err != nil {
		writeAll(stderrFD, []byte("SystemError: "+err.Error()+"\n"))
		return Result{Outcome: Failed, ExitCode: 1}
	}
	vi := t.Interpreter().Engine.(*vm.Interp)
	defer flush(vi)

	if flags.Path0 {
		insertPath0(vi, filename)
	}
	mod, err := parser.ParseFile(filename, src, parser.Exec, parser.Options{})
	if err != nil {
		return syntaxFailure(vi, filename, err)
	}
	code, err := compile.CompileWarn(mod, filename, src, func(line int, msg string) bool {
		if !vt.WarnExplicit(object.SyntaxWarningType, msg, filename, line) {
			vt.Clear()
			return false
		}
		return true
	})
	if err != nil {
		return syntaxFailure(vi, filename, err)
	}
	if flags.LineCache {
		if vi.LineCache == nil {
			vi.LineCache = map[string][]string{}
		}
		vi.LineCache[filename] = strings.Split(string(src), "\n")
	}
	main := vi.Main
	fileKey := object.NewStr("__file__")
	cachedKey := object.NewStr("__cached__")
	setFile := flags.SetFile && main.Dict.GetStr(fileKey).IsNull()
	if setFile {
		main.Dict.SetStr(fileKey, object.NewStr(filename).Value())
		main.Dict.SetStr(cachedKey, object.None)
	}
	err = vt.ExecModule(code, main)
	if setFile {
		main.Dict.DelItem(&vt.Thread, fileKey.Value())
		main.Dict.DelItem(&vt.Thread, cachedKey.Value())
		vt.Clear()
	}
	if err == nil {
		return Result{}
	}
	var pe *vm.PyError
	if !errors.As(err, &pe) {
		flush(vi)
		writeAll(stderrFD, []byte("SystemError: "+err.Error()+"\n"))
		return Result{Outcome: Failed, ExitCode: 1}
	}
	return handleException(vt, vi, pe.Exc)
}

// handleException prints an uncaught exception as CPython's PyErr_Print
// does, or turns SystemExit into an exit code.
func handleException(vt *vm.Thread, vi *vm.Interp, exc *object.Exception) Result {
	flush(vi)
	if exc.Type().IsSubtype(object.SystemExitType) {
		return systemExit(vt, exc)
	}
	text := vt.FormatUncaught(exc) // sys.excepthook, when Python code replaced it
	flush(vi)
	writeAll(stderrFD, []byte(text))
	return Result{Outcome: Failed, ExitCode: 1, Interrupted: exc.Type().IsSubtype(object.KeyboardInterruptType)}
}

// systemExit is CPython 3.13's _Py_HandleSystemExit: the exception's code
// (its single argument, None without arguments, the argument tuple with
// several) decides the exit status.
func systemExit(vt *vm.Thread, exc *object.Exception) Result {
	var code object.Value
	switch n := len(exc.Args.Items); n {
	case 0:
		code = object.None
	case 1:
		code = exc.Args.Items[0]
	default:
		code = exc.Args.Value()
	}
	if code.Is(object.None) {
		return Result{Outcome: Exit, ExitCode: 0}
	}
	if object.IsInt(code) {
		if n, ok := object.AsInt64(code); ok {
			// CPython: (int)PyLong_AsLong(code), a C int truncation.
			return Result{Outcome: Exit, ExitCode: int(int32(n))}
		}
		// CPython: PyLong_AsLong fails, the error is cleared, status -1.
		return Result{Outcome: Exit, ExitCode: -1}
	}
	s := object.StrOf(&vt.Thread, code)
	text := ""
	if str, ok := object.AsStr(s); ok && !s.IsNull() {
		text = str.String()
	} else {
		vt.Clear()
	}
	writeAll(stderrFD, []byte(text+"\n"))
	return Result{Outcome: Exit, ExitCode: 1}
}

// syntaxFailure prints a parse, symtable or compile error as CPython 3.13
// prints an uncaught SyntaxError (traceback.py's _format_syntax_error,
// without colour) and reports Failed.
func syntaxFailure(vi *vm.Interp, filename string, err error) Result {
	flush(vi)
	var se *scanner.Error
	var ce *compile.Error
	switch {
	case errors.As(err, &se):
		writeAll(stderrFD, []byte(FormatSyntaxError(filename, se)))
	case errors.As(err, &ce):
		e := &scanner.Error{Type: "SyntaxError", Msg: ce.Msg, Line: ce.Pos.Lineno,
			Col: ce.Pos.ColOffset + 1, EndLine: ce.Pos.EndLineno, EndCol: ce.Pos.EndColOffset + 1}
		// Not a SyntaxError CPython would raise when the construct is not
		// handled yet (NotImplementedError) or the compiler failed (SystemError).
		e.Type = ce.ExceptionType()
		writeAll(stderrFD, []byte(FormatSyntaxError(filename, e)))
	default:
		writeAll(stderrFD, []byte("SyntaxError: "+err.Error()+"\n"))
	}
	return Result{Outcome: Failed, ExitCode: 1}
}

// FormatSyntaxError formats a SyntaxError (or IndentationError, TabError)
// as CPython 3.13 prints it uncaught. An error without source text (the
// symtable's and the compiler's) takes its line from the file, as
// CPython's PyErr_ProgramTextObject does; a pseudo-file such as
// "<string>" has none.
func FormatSyntaxError(filename string, e *scanner.Error) string {
	var b strings.Builder
	if e.Line != scanner.None {
		b.WriteString("  File \"" + filename + "\", line " + strconv.Itoa(e.Line) + "\n")
	}
	text, hasText := e.Text, e.Text != ""
	if !hasText && e.Line != scanner.None && e.Line > 0 {
		text, hasText = fileLine(filename, e.Line)
	}
	if hasText {
		rtext := strings.TrimRight(text, "\n")
		ltext := strings.TrimLeft(rtext, " \n\f")
		rlen := utf8.RuneCountInString(rtext)
		spaces := rlen - utf8.RuneCountInString(ltext)
		textLen := utf8.RuneCountInString(text)
		if e.Col == scanner.None {
			b.WriteString("    " + ltext + "\n")
		} else {
			offset := e.Col
			endOffset := offset
			if e.Line == e.EndLine {
				if e.EndCol != scanner.None && e.EndCol != 0 {
					endOffset = e.EndCol
				}
			} else {
				endOffset = rlen + 1
			}
			if offset > textLen {
				offset = rlen + 1
			}
			if endOffset > textLen {
				endOffset = rlen + 1
			}
			if offset >= endOffset || endOffset < 0 {
				endOffset = offset + 1
			}
			colno := offset - 1 - spaces
			endColno := endOffset - 1 - spaces
			b.WriteString("    " + ltext + "\n")
			if colno >= 0 {
				b.WriteString("    ")
				i := 0
				for _, c := range ltext {
					if i >= colno {
						break
					}
					if c == '\t' || c == '\v' || c == '\f' || c == '\r' {
						b.WriteRune(c)
					} else {
						b.WriteByte(' ')
					}
					i++
				}
				if n := endColno - colno; n > 0 {
					b.WriteString(strings.Repeat("^", n))
				}
				b.WriteString("\n")
			}
		}
	}
	msg := e.Msg
	if msg == "" {
		msg = "<no detail available>"
	}
	suffix := ""
	if e.Line == scanner.None && filename != "" {
		suffix = " (" + filename + ")"
	}
	b.WriteString(e.Type + ": " + msg + suffix + "\n")
	return b.String()
}

// fileLine reads line n (1-based) of a file, with its newline.
func fileLine(filename string, n int) (string, bool) {
	if filename == "" || strings.HasPrefix(filename, "<") {
		return "", false
	}
	data, err := os.ReadFile(filename)
	if err != nil {
		return "", false
	}
	lines := strings.SplitAfter(string(data), "\n")
	if n > len(lines) || lines[n-1] == "" {
		return "", false
	}
	return lines[n-1], true
}
