// Command subpy-ast prints the syntax tree of Python files as CPython
// 3.13's ast.dump does, one line per file:
//
//	subpy-ast [-m exec|eval|single|func_type] [-a] [-t] FILE...
//
// For each FILE, in order, it prints exactly what
// print(ast.dump(ast.parse(open(FILE,'rb').read(), FILE, MODE,
// type_comments=T), include_attributes=A)) prints under python3.13; where
// CPython raises instead, one line "TYPE: MSG (FILE, line L, column C)" for
// SyntaxError and its subclasses, "TYPE: MSG" for other exceptions, and
// "OSError: MSG (FILE)" for a file that cannot be read. Exit status: 0 if
// every file parsed, 1 if any raised, 2 for usage or I/O errors.
//
// It owns only this command line; parsing is core/parser's.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"syscall"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/parser"
	"github.com/subpy/subpy/core/scanner"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr *os.File) int {
	fl := flag.NewFlagSet("subpy-ast", flag.ContinueOnError)
	fl.SetOutput(stderr)
	modeName := fl.String("m", "exec", "mode: exec, eval, single or func_type")
	attrs := fl.Bool("a", false, "include attributes (positions)")
	typeComments := fl.Bool("t", false, "parse type comments")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: subpy-ast [-m exec|eval|single|func_type] [-a] [-t] FILE...")
	}
	if err := fl.Parse(args); err != nil {
		return 2
	}
	mode, ok := parser.ParseMode(*modeName)
	if !ok {
		fmt.Fprintf(stderr, "subpy-ast: unknown mode %q\n", *modeName)
		return 2
	}
	if fl.NArg() == 0 {
		fl.Usage()
		return 2
	}
	w := bufio.NewWriterSize(stdout, 1<<16)
	defer w.Flush()
	status := 0
	for _, f := range fl.Args() {
		src, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintf(w, "OSError: %s (%s)\n", osErrorMsg(err), f)
			fmt.Fprintf(stderr, "subpy-ast: %v\n", err)
			status = 2
			continue
		}
		line, ok := Line(f, src, mode, parser.Options{TypeComments: *typeComments}, *attrs)
		w.WriteString(line)
		w.WriteByte('\n')
		if !ok && status == 0 {
			status = 1
		}
	}
	return status
}

// Line returns the output line for one file and whether it parsed.
func Line(filename string, src []byte, mode parser.Mode, opts parser.Options, attrs bool) (string, bool) {
	mod, err := parser.ParseFile(filename, src, mode, opts)
	if err == nil {
		s, derr := ast.Dump(mod, attrs)
		if derr == nil {
			return s, true
		}
		err = derr
	}
	var se *scanner.Error
	var oe *parser.OtherError
	var ie *ast.IntReprError
	var re *ast.RecursionError
	switch {
	case errors.As(err, &se):
		return se.Type + ": " + se.Msg + " (" + filename + ", line " + pyInt(se.Line) + ", column " + pyInt(se.Col) + ")", false
	case errors.As(err, &oe):
		return oe.Type + ": " + oe.Msg, false
	case errors.As(err, &ie):
		return "ValueError: " + ie.Msg, false
	case errors.As(err, &re):
		return "RecursionError: " + re.Msg, false
	}
	return "SystemError: " + err.Error(), false
}

func pyInt(n int) string {
	if n == scanner.None {
		return "None"
	}
	return strconv.Itoa(n)
}

// osErrorMsg is the strerror of an I/O error, as Python's
// OSError.strerror has it ("No such file or directory").
func osErrorMsg(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return strerror(errno)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// strerror gives C's strerror text for the errors a read can meet (Go's
// texts are lower-case variants of glibc's).
func strerror(e syscall.Errno) string {
	switch e {
	case syscall.ENOENT:
		return "No such file or directory"
	case syscall.EACCES:
		return "Permission denied"
	case syscall.EISDIR:
		return "Is a directory"
	case syscall.ENOTDIR:
		return "Not a directory"
	case syscall.ENAMETOOLONG:
		return "File name too long"
	case syscall.ELOOP:
		return "Too many levels of symbolic links"
	}
	s := e.Error()
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}
