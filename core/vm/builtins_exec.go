package vm

// eval, exec, compile and __import__.
//
// compile() supports the modes exec, eval and single. In "single" code
// every expression statement outside function and class bodies shows its
// value as sys.displayhook does (repr, None not shown, builtins._ set; a
// sys.displayhook, when sys has one, is called instead).
// ast.PyCF_ONLY_AST needs an AST object model subpy does not have yet: it
// raises NotImplementedError. optimize and dont_inherit are checked and
// otherwise accepted (there are no docstring/assert optimizations yet).

import (
	"errors"
	"os"
	"strings"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/compile"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/parser"
	"github.com/subpy/subpy/core/scanner"
)

// The compile() flags CPython accepts (PyCF_MASK | PyCF_MASK_OBSOLETE |
// PyCF_COMPILE_MASK).
const (
	pyCFOnlyAST   = 0x400
	compileFlagOK = 0x1FE0000 | 0x10 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000 | 0x8000
)

// parseArgs binds positional and keyword arguments to names (CPython's
// argument clinic, simplified): the first npos names may be given
// positionally; nreq are required. It raises CPython's messages.
func parseArgs(t *Thread, fname string, args []object.Value, kwnames *object.Tuple, names []string, npos, nreq int) ([]object.Value, bool) {
	pos, kw := splitKw(args, kwnames)
	out := make([]object.Value, len(names))
	if len(pos) > npos {
		if npos == len(names) {
			t.Raisef(object.TypeErrorType, "%s() takes at most %d arguments (%d given)", fname, npos, len(pos)+len(kw))
		} else {
			t.Raisef(object.TypeErrorType, "%s() takes at most %d positional arguments (%d given)", fname, npos, len(pos))
		}
		return nil, false
	}
	copy(out, pos)
	if kwnames != nil {
		for i, k := range kwnames.Items {
			ks, _ := object.AsStr(k)
			idx := -1
			for j, n := range names {
				if n == ks.String() {
					idx = j
				}
			}
			if idx < 0 {
				t.Raisef(object.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, ks.String())
				return nil, false
			}
			if !out[idx].IsNull() {
				t.Raisef(object.TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, ks.String(), idx+1)
				return nil, false
			}
			out[idx] = args[len(args)-kwnames.Len()+i]
		}
	}
	for i := 0; i < nreq; i++ {
		if out[i].IsNull() {
			if len(pos)+len(kw) < nreq && i < npos && len(kw) == 0 {
				t.Raisef(object.TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
			} else {
				t.Raisef(object.TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
			}
			return nil, false
		}
	}
	return out, true
}

// sourceText returns the text of a str, bytes or bytearray source.
func sourceText(v object.Value) ([]byte, bool) {
	if s, ok := object.AsStr(v); ok {
		return []byte(s.String()), true
	}
	if b, ok := object.BytesLike(v); ok {
		return b, true
	}
	return nil, false
}

// raiseCompileError turns a parser or compiler error into the Python
// exception CPython raises (SyntaxError and its subclasses).
func (t *Thread) raiseCompileError(filename string, src []byte, exec bool, err error) {
	var se *scanner.Error
	var ce *compile.Error
	var oe *parser.OtherError
	switch {
	case errors.As(err, &se):
		text := sourceLine(src, se.Line, se.Text, exec)
		if se.Late {
			text = programText(filename, se.Line)
		}
		t.raiseSyntaxErrorAt(se.Type, se.Msg, filename, se.Line, se.Col, text, se.EndLine, se.EndCol)
	case errors.As(err, &ce):
		if ce.Internal {
			t.Raisef(object.SystemErrorType, "%v", err)
			return
		}
		if ce.Unsupported {
			t.Raisef(object.NotImplementedErrorType, "%v", err)
			return
		}
		t.raiseSyntaxErrorAt("SyntaxError", ce.Msg, ce.Filename, ce.Pos.Lineno, ce.Pos.ColOffset+1, programText(ce.Filename, ce.Pos.Lineno), ce.Pos.EndLineno, ce.Pos.EndColOffset+1)
	case errors.As(err, &oe):
		typ := object.AsType(t.interp.Builtins.GetStr(object.NewStr(oe.Type)))
		if typ == nil {
			typ = object.SystemErrorType
		}
		t.Raise(object.NewException(typ, object.NewStr(oe.Msg).Value()))
	default:
		t.RaiseMsg(object.SystemErrorType, err.Error())
	}
}

// raiseSyntaxErrorAt raises builtins' SyntaxError (or IndentationError,
// TabError) with CPython's args (msg, (filename, lineno, offset, text,
// end_lineno, end_offset)).
func (t *Thread) raiseSyntaxErrorAt(kind, msg, filename string, line, col int, text string, endLine, endCol int) {
	num := func(n int) object.Value {
		if n == scanner.None {
			return object.None
		}
		return object.Int(int64(n))
	}
	txt := object.None
	if text != "" {
		txt = object.NewStr(text).Value()
	}
	fn := object.NewStr(filename).Value()
	m := object.NewStr(msg).Value()
	var e *object.Exception
	typ := t.ExceptionType(kind)
	if filename == "" && line == scanner.None {
		e = object.NewException(typ, m)
		e.SetAttr(&t.Thread, "msg", m)
	} else {
		details := object.NewTuple([]object.Value{fn, num(line), num(col), txt, num(endLine), num(endCol)}).Value()
		e = object.NewException(typ, m, details)
		for _, a := range [...]struct {
			name string
			v    object.Value
		}{{"msg", m}, {"filename", fn}, {"lineno", num(line)}, {"offset", num(col)}, {"text", txt},
			{"end_lineno", num(endLine)}, {"end_offset", num(endCol)}, {"print_file_and_line", object.None}} {
			e.SetAttr(&t.Thread, a.name, a.v)
		}
	}
	t.Raise(e)
}

// compileSource parses and compiles src in mode ("exec", "eval",
// "single"). NULL with the exception set on error.
func (t *Thread) compileSource(src []byte, filename, mode string) *object.Code {
	pm, _ := parser.ParseMode(mode)
	mod, err := parser.ParseFile(filename, src, pm, parser.Options{})
	if err != nil {
		t.raiseCompileError(filename, src, mode != "eval", err)
		return nil
	}
	interactive := false
	if in, ok := mod.(*ast.Interactive); ok {
		// Every expression statement outside functions and classes shows
		// its value: it becomes a call of the hidden .displayhook name
		// (runNamespaces provides it).
		mod = &ast.Module{Body: displayStmts(in.Body)}
		interactive = true
	}
	code, err := compile.CompileWarn(mod, filename, src, func(line int, msg string) bool {
		if !t.WarnExplicit(object.SyntaxWarningType, msg, filename, line) {
			t.Clear()
			return false
		}
		return true
	})
	if err != nil {
		t.raiseCompileError(filename, src, mode != "eval", err)
		return nil
	}
	if interactive {
		code.Flags |= object.CodeInteractive
	}
	return code
}

func builtinCompile(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	a, ok := parseArgs(t, "compile", args, kw, []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 6, 3)
	if !ok {
		return object.Null
	}
	var filename string
	if s, ok := object.AsStr(a[1]); ok {
		filename = s.String()
	} else if b, ok := object.BytesLike(a[1]); ok && object.TypeOf(a[1]) == object.BytesType {
		filename = string(b)
	} else {
		return t.Raisef(object.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", object.TypeOf(a[1]).Name)
	}
	ms, ok := object.AsStr(a[2])
	if !ok {
		return t.Raisef(object.TypeErrorType, "compile() argument 'mode' must be str, not %s", object.TypeOf(a[2]).Name)
	}
	mode := ms.String()
	flags := int64(0)
	if !a[3].IsNull() {
		if flags, ok = t.intArg(a[3]); !ok {
			return object.Null
		}
	}
	if !a[4].IsNull() {
		if _, ok = t.intArg(a[4]); !ok {
			return object.Null
		}
	}
	if !a[5].IsNull() {
		opt, ok := t.intArg(a[5])
		if !ok {
			return object.Null
		}
		if opt < -1 || opt > 2 {
			return t.RaiseMsg(object.ValueErrorType, "compile(): invalid optimize value")
		}
	}
	if flags&^compileFlagOK != 0 {
		return t.RaiseMsg(object.ValueErrorType, "compile(): unrecognised flags")
	}
	if mode != "exec" && mode != "eval" && mode != "single" {
		if mode == "func_type" && flags&pyCFOnlyAST != 0 {
			return t.RaiseMsg(object.NotImplementedErrorType, "compile() with ast.PyCF_ONLY_AST is not supported: subpy has no ast module yet")
		}
		return t.RaiseMsg(object.ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	src, ok := sourceText(a[0])
	if !ok {
		return t.RaiseMsg(object.TypeErrorType, "compile() arg 1 must be a string, bytes or AST object")
	}
	if flags&pyCFOnlyAST != 0 {
		return t.RaiseMsg(object.NotImplementedErrorType, "compile() with ast.PyCF_ONLY_AST is not supported: subpy has no ast module yet")
	}
	if strings.IndexByte(string(src), 0) >= 0 {
		t.raiseSyntaxErrorAt("SyntaxError", "source code string cannot contain null bytes", "", scanner.None, scanner.None, "", scanner.None, scanner.None)
		return object.Null
	}
	code := t.compileSource(src, filename, mode)
	if code == nil {
		return object.Null
	}
	return code.Value()
}

// intArg converts an int argument (__index__ objects included).
func (t *Thread) intArg(v object.Value) (int64, bool) {
	iv, ok := object.IndexValue(&t.Thread, v)
	if !ok {
		return 0, false
	}
	n, ok := object.AsInt64(iv)
	if !ok {
		t.RaiseMsg(object.OverflowErrorType, "Python int too large to convert to C int")
		return 0, false
	}
	return n, true
}

func builtinEval(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	return t.evalExec("eval", args, kw)
}

func builtinExec(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	return t.evalExec("exec", args, kw)
}

// evalExec is eval() and exec(): they differ in the default mode of a
// source string, their messages and their result (exec returns None).
func (t *Thread) evalExec(name string, args []object.Value, kw *object.Tuple) object.Value {
	names := []string{"source", "globals", "locals"}
	if name == "exec" {
		names = append(names, "closure")
	}
	if len(args)-kw.Len() == 0 {
		return t.Raisef(object.TypeErrorType, "%s() takes at least 1 positional argument (0 given)", name)
	}
	a, ok := parseArgs(t, name, args, kw, names, 3, 1)
	if !ok {
		return object.Null
	}
	src, globals, locals := a[0], a[1], a[2]
	if globals == object.None {
		globals = object.Null
	}
	if locals == object.None {
		locals = object.Null
	}
	var g *object.Dict
	if !globals.IsNull() {
		d, ok := object.AsDict(globals)
		if !ok {
			if name == "eval" {
				return t.RaiseMsg(object.TypeErrorType, "globals must be a real dict; try eval(expr, {}, mapping)")
			}
			return t.Raisef(object.TypeErrorType, "exec() globals must be a dict, not %s", object.TypeOf(globals).Name)
		}
		g = d
	}
	if !locals.IsNull() && !isMapping(locals) {
		if name == "eval" {
			return t.RaiseMsg(object.TypeErrorType, "locals must be a mapping")
		}
		return t.Raisef(object.TypeErrorType, "locals must be a mapping or None, not %s", object.TypeOf(locals).Name)
	}
	caller := t.callerFrame()
	if g == nil {
		if caller == nil {
			return t.Raisef(object.SystemErrorType, "%s(): no globals", name)
		}
		g = caller.globals
		if locals.IsNull() {
			locals = t.frameLocals(caller)
		}
	} else if locals.IsNull() {
		locals = g.Value()
	}
	// __builtins__: inserted when missing (the current builtins dict).
	bv := g.GetStr(strDunderBuiltins)
	if bv.IsNull() {
		b := t.interp.Builtins
		if caller != nil {
			b = caller.builtins
		}
		g.SetStr(strDunderBuiltins, b.Value())
		bv = b.Value()
	}
	builtins := t.interp.Builtins
	if m, ok := object.AsModule(bv); ok {
		builtins = m.Dict
	} else if d, ok := object.AsDict(bv); ok {
		builtins = d
	}
	closure := object.Null
	if len(a) > 3 && a[3] != object.None {
		closure = a[3]
	}
	var code *object.Code
	if c, ok := object.AsCode(src); ok {
		code = c
		if code.NFree > 0 {
			if name == "eval" {
				return t.RaiseMsg(object.TypeErrorType, "code object passed to eval() may not contain free variables")
			}
			tu, ok := object.AsTuple(closure)
			if closure.IsNull() {
				return t.RaiseMsg(object.TypeErrorType, "code object requires a closure of exactly length "+itoa(code.NFree))
			}
			if !ok || tu.Len() != code.NFree {
				return t.RaiseMsg(object.TypeErrorType, "code object requires a closure of exactly length "+itoa(code.NFree))
			}
			for _, c := range tu.Items {
				if object.TypeOf(c) != object.CellType {
					return t.RaiseMsg(object.TypeErrorType, "code object requires a closure of exactly length "+itoa(code.NFree))
				}
			}
		} else if !closure.IsNull() {
			return t.RaiseMsg(object.TypeErrorType, "cannot use a closure with this code object")
		}
	} else {
		if !closure.IsNull() {
			return t.RaiseMsg(object.TypeErrorType, "closure can only be used when source is a code object")
		}
		text, ok := sourceText(src)
		if !ok {
			return t.Raisef(object.TypeErrorType, "%s() arg 1 must be a string, bytes or code object", name)
		}
		if strings.IndexByte(string(text), 0) >= 0 {
			t.raiseSyntaxErrorAt("SyntaxError", "source code string cannot contain null bytes", "", scanner.None, scanner.None, "", scanner.None, scanner.None)
			return object.Null
		}
		mode := "exec"
		if name == "eval" {
			mode = "eval"
			// eval strips leading spaces and tabs.
			text = []byte(strings.TrimLeft(string(text), " \t"))
		}
		if code = t.compileSource(text, "<string>", mode); code == nil {
			return object.Null
		}
	}
	var cl *object.Tuple
	if !closure.IsNull() {
		cl, _ = object.AsTuple(closure)
	}
	r := t.runNamespaces(code, g, builtins, locals, cl)
	if r.IsNull() {
		return object.Null
	}
	if name == "exec" || code.Flags&object.CodeInteractive != 0 {
		return object.None
	}
	return r
}

func itoa(n int) string { return object.IntString(object.Int(int64(n))) }

// isMapping reports whether v looks like a mapping (has __getitem__ and
// is not a sequence type of the builtins: CPython's PyMapping_Check).
func isMapping(v object.Value) bool {
	typ := object.TypeOf(v)
	if typ == object.ListType || typ == object.TupleType || typ == object.StrType || typ == object.RangeType {
		return false
	}
	return typ.GetItem != nil
}

// runNamespaces runs code with the given globals and locals (a dict, or
// any mapping), as exec and eval do.
func (t *Thread) runNamespaces(code *object.Code, globals, builtins *object.Dict, locals object.Value, closure *object.Tuple) object.Value {
	if t.depth >= t.interp.RecursionLimit {
		return t.RaiseMsg(object.RecursionErrorType, "maximum recursion depth exceeded")
	}
	if code.Flags&object.CodeInteractive != 0 {
		builtins = builtins.Copy()
		builtins.SetStr(strDisplayHook, displayHookFn)
	}
	f := t.pushFrame(code)
	clear(f.slots[:code.NLocals()])
	f.globals, f.builtins = globals, builtins
	if d, ok := object.AsDict(locals); ok && object.TypeOf(locals) == object.DictType {
		f.locals = d
	} else {
		f.locals = nil
		f.mapLocals = locals
	}
	if closure != nil {
		copy(f.slots[code.NLocals()-code.NFree:], closure.Items)
	}
	f.entry = true
	t.depth++
	return t.run()
}

// displayHook prints the value of an interactive expression statement as
// sys.displayhook does (sys.displayhook itself when sys defines one).
func (t *Thread) displayHook(v object.Value) bool {
	if sys, ok := object.AsModule(t.interp.Modules.GetStr(strSys)); ok {
		if h := sys.Dict.GetStr(object.NewStr("displayhook")); !h.IsNull() {
			return !object.CallArgs(&t.Thread, h, v).IsNull()
		}
	}
	if v == object.None {
		return true
	}
	t.interp.Builtins.SetStr(object.NewStr("_"), object.None)
	r := object.ReprValue(&t.Thread, v)
	if r.IsNull() {
		return false
	}
	if builtinPrint(t, []object.Value{r}, nil).IsNull() {
		return false
	}
	t.interp.Builtins.SetStr(object.NewStr("_"), v)
	return true
}

// builtinImport is __import__(name, globals=None, locals=None,
// fromlist=(), level=0), backed by the import statement's machinery.
func builtinImport(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	a, ok := parseArgs(t, "__import__", args, kw, []string{"name", "globals", "locals", "fromlist", "level"}, 5, 1)
	if !ok {
		return object.Null
	}
	ns, ok := object.AsStr(a[0])
	if !ok {
		return t.RaiseMsg(object.TypeErrorType, "module name must be a string")
	}
	name := ns.String()
	level := int64(0)
	if !a[4].IsNull() {
		if level, ok = t.intArg(a[4]); !ok {
			return object.Null
		}
	}
	if level < 0 {
		return t.RaiseMsg(object.ValueErrorType, "level must be >= 0")
	}
	if level == 0 && name == "" {
		return t.RaiseMsg(object.ValueErrorType, "Empty module name")
	}
	abs := name
	if level == 0 && strings.Contains("."+name+".", "..") {
		e := object.NewException(object.ModuleNotFoundErrorType, object.NewStr("No module named '"+name+"'").Value())
		e.SetAttr(&t.Thread, "name", ns.Value())
		return t.Raise(e)
	}
	if level > 0 {
		g, _ := object.AsDict(a[1])
		if g == nil {
			g = object.NewDict()
		}
		var ok bool
		if abs, ok = t.resolveName(&Frame{globals: g}, name, int(level)); !ok {
			return object.Null
		}
	}
	top, mod := t.importModule(abs)
	if mod.IsNull() {
		return object.Null
	}
	fromlist := a[3]
	var items []object.Value
	if !fromlist.IsNull() && fromlist != object.None {
		if tu, ok := object.AsTuple(fromlist); ok {
			items = tu.Items
		} else {
			var ok bool
			if items, ok = object.CollectItems(&t.Thread, fromlist); !ok {
				return object.Null
			}
		}
	}
	if len(items) > 0 {
		if !t.handleFromlist(mod, abs, items, false) {
			return object.Null
		}
		return mod
	}
	if level == 0 {
		return top
	}
	if name == "" {
		return mod
	}
	// The package the first component of name is in: abs minus the
	// components after it.
	cut := len(name) - strings.IndexByte(name+".", '.')
	return t.interp.Modules.GetStr(object.NewStr(abs[:len(abs)-cut]))
}

// sourceLine is SyntaxError.text: the parser's text of line n, or the
// line from src when the parser has none. Source given as a string to exec
// gets a newline appended by the tokenizer (CPython), so an error on its
// unterminated last line shows one.
// programText is the text of an error the compiler (not the parser)
// reports: CPython reads it from the file the code was compiled as, so a
// string compiled as "<string>" or as a file that does not exist has none
// ("").
func programText(filename string, n int) string {
	if n < 1 || strings.HasPrefix(filename, "<") {
		return ""
	}
	data, err := os.ReadFile(filename)
	if err != nil {
		return ""
	}
	lines := strings.SplitAfter(string(data), "\n")
	if n > len(lines) {
		return ""
	}
	return lines[n-1]
}

func sourceLine(src []byte, n int, text string, exec bool) string {
	if n == scanner.None || n < 1 {
		return text
	}
	lines := strings.SplitAfter(string(src), "\n")
	if text == "" && n <= len(lines) {
		text = lines[n-1]
	}
	if n == len(lines) && text != "" {
		// The last line of the source: exec's tokenizer adds the missing
		// newline, eval's does not.
		if exec && !strings.HasSuffix(text, "\n") {
			text += "\n"
		} else if !exec && !strings.HasSuffix(lines[n-1], "\n") {
			text = strings.TrimSuffix(text, "\n")
		}
	}
	return text
}

// strDisplayHook names the display function compile(..., "single") code
// calls: not a Python identifier, so no program can define or shadow it.
var strDisplayHook = object.NewStr(".displayhook")

// displayHookFn is that function (process-wide and immutable, as the
// other builtin functions).
var displayHookFn = object.NewBuiltin("displayhook", object.Null, func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
	if len(args) != 1 || kw != nil {
		return ot.RaiseMsg(object.TypeErrorType, "displayhook() takes exactly one argument")
	}
	if !ot.Eval.(*Thread).displayHook(args[0]) {
		return object.Null
	}
	return object.None
})

// displayStmts rewrites the expression statements of an interactive body
// (and of the compound statements in it, not of function or class
// bodies) into `.displayhook(value)`.
func displayStmts(body []ast.Stmt) []ast.Stmt {
	for i, st := range body {
		switch s := st.(type) {
		case *ast.ExprStmt:
			p := s.Value.(ast.Located).GetPos()
			hook := &ast.Name{Pos: *p, ID: strDisplayHook.String(), Ctx: ast.Load}
			body[i] = &ast.ExprStmt{Pos: s.Pos, Value: &ast.Call{Pos: *p, Func: hook, Args: []ast.Expr{s.Value}}}
		case *ast.If:
			displayStmts(s.Body)
			displayStmts(s.Orelse)
		case *ast.For:
			displayStmts(s.Body)
			displayStmts(s.Orelse)
		case *ast.AsyncFor:
			displayStmts(s.Body)
			displayStmts(s.Orelse)
		case *ast.While:
			displayStmts(s.Body)
			displayStmts(s.Orelse)
		case *ast.With:
			displayStmts(s.Body)
		case *ast.AsyncWith:
			displayStmts(s.Body)
		case *ast.Try:
			displayStmts(s.Body)
			for _, h := range s.Handlers {
				displayStmts(h.Body)
			}
			displayStmts(s.Orelse)
			displayStmts(s.Finalbody)
		case *ast.TryStar:
			displayStmts(s.Body)
			for _, h := range s.Handlers {
				displayStmts(h.Body)
			}
			displayStmts(s.Orelse)
			displayStmts(s.Finalbody)
		case *ast.Match:
			for _, c := range s.Cases {
				displayStmts(c.Body)
			}
		}
	}
	return body
}
