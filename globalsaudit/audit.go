package globalsaudit

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"modernc.org/cc/v4"
)

// The classes of a variable's own storage.
const (
	ClassImmutable   = "immutable"    // const at top level after the array dimensions
	ClassMutable     = "mutable"      // writable, shared by every interpreter and thread
	ClassThreadLocal = "thread-local" // _Thread_local / __thread: one copy per thread
	ClassInitOnly    = "init-only"    // written only inside the listed initializer functions
)

// The linkages of a variable.
const (
	LinkageExternal = "external"
	LinkageInternal = "internal"
	LinkageNone     = "none" // a block-scope static
)

// Var is one variable of static storage duration that a translation unit
// defines. Its JSON form is the stable output of `globalsaudit -format json`
// (README.md documents it).
type Var struct {
	File         string `json:"file"` // the declaring file (a header for header-defined variables)
	Unit         string `json:"unit"` // the translation unit that defined it first
	Line         int    `json:"line"` // 1-based, at the declarator's identifier
	Col          int    `json:"col"`  // 1-based, at the declarator's identifier
	Func         string `json:"func"` // the enclosing function of a local static, "" at file scope
	Name         string `json:"name"` // the identifier, a local static by its plain name
	Type         string `json:"type"` // the declared type in C spelling (informative)
	Linkage      string `json:"linkage"`
	Class        string `json:"class"`
	PointeeConst bool   `json:"pointee_const"`
	Allowed      bool   `json:"allowed"`          // on an allowlist
	Reason       string `json:"reason,omitempty"` // the allowlist's reason

	hasInit bool
	off     int    // byte offset of the identifier in the parsed source (-cpp host)
	id      string // the definition's identity, the same in every unit that includes it
	key     string // identity for writes across units
}

// Unit is one translation unit to audit: a C file, the directory the compiler
// runs in (relative names resolve against it), and its preprocessor options
// (-I, -D, -U, -include, -std=, ...) as the compiler would get them.
type Unit struct {
	File string
	Dir  string
	Args []string
}

// UnitError is a translation unit that could not be preprocessed or parsed.
// Msg holds the compiler-style positioned diagnostics.
type UnitError struct {
	Unit  string
	Stage string // "preprocess" (the host compiler's -E failed) or "parse" (cc/v4 failed)
	Msg   string
}

// maxErrorLines bounds the diagnostics kept per unit: cc/v4 can report
// thousands of follow-on errors for one unsupported construct.
const maxErrorLines = 20

func truncateLines(msg string) string {
	lines := strings.Split(strings.TrimRight(msg, "\n"), "\n")
	if len(lines) <= maxErrorLines {
		return strings.Join(lines, "\n")
	}
	return strings.Join(lines[:maxErrorLines], "\n") + fmt.Sprintf("\n... (%d more lines)", len(lines)-maxErrorLines)
}

func (e UnitError) Error() string { return e.Msg }

// ccInternal matches what cc/v4 appends to its diagnostics about itself:
// ` (check.go:5317:check:)`.
var ccInternal = regexp.MustCompile(`:?\s*\([A-Za-z0-9_]+\.go:[0-9]+:[A-Za-z0-9_.]*:\)`)

// diagPos matches the position that starts a diagnostic.
var diagPos = regexp.MustCompile(`^[^\s:][^:]*:[0-9]+:[0-9]+: `)

// cleanDiagnostics turns cc/v4's error text into `file:line:col: message`
// lines: its source locations in its own code go, and so do its
// unpositioned follow-on notes about itself (`TODO *cc.PrimaryExpression
// ...`), unless nothing else is left; a positioned message gets the
// compilers' `error: `.
func cleanDiagnostics(msg string) string {
	var keep, internal []string
	for _, line := range strings.Split(msg, "\n") {
		line = strings.TrimRight(ccInternal.ReplaceAllString(line, ""), " ")
		switch {
		case line == "":
		case strings.HasPrefix(line, "TODO "):
			internal = append(internal, line)
		default:
			if m := diagPos.FindStringIndex(line); m != nil && strings.HasPrefix(line[m[1]:], "TODO ") {
				// A positioned note of cc/v4 about itself.
				line = line[:m[1]] + "construct not supported by the C parser (cc/v4)"
			}
			if m := diagPos.FindStringSubmatchIndex(line); m != nil && !strings.HasPrefix(line[m[1]:], "error:") {
				line = line[:m[1]] + "error: " + line[m[1]:]
			}
			keep = append(keep, line)
		}
	}
	if len(keep) == 0 {
		keep = internal
	}
	return strings.Join(keep, "\n")
}

// Options configure an Auditor. The zero value audits with the host
// compiler's preprocessor and one worker per CPU.
type Options struct {
	// Args are preprocessor options added to every unit (-I, -D, -U).
	Args []string
	// Jobs is the number of units processed at once; 0 means GOMAXPROCS.
	Jobs int
	// Preprocessor is "host" (the default: the host compiler's -E, with
	// its line markers kept) or "cc" (cc/v4's own preprocessor).
	Preprocessor string
	// Initializers names the functions whose writes do not make a variable
	// mutable. Nil disables the init-only class.
	Initializers map[FuncKey]bool
	// Allow is the allowlist; variables on it are marked Allowed.
	Allow map[VarKey]string
	// Progress, when set, is called after each unit.
	Progress func(done, total int)
	// Dir is the directory reported paths are relative to; "" means the
	// process's working directory.
	Dir string
}

// FuncKey names a function in the initializers list.
type FuncKey struct{ File, Func string }

// VarKey names a variable in an allowlist; Func is "" at file scope.
type VarKey struct{ File, Func, Name string }

// Report is the result of a run.
type Report struct {
	Vars   []Var
	Errors []UnitError
	Units  int   // units attempted
	Lines  int64 // lines the parser read after preprocessing (Preprocessor "cc": the units' own lines)
}

// Auditor holds what every unit of a run shares: the host compiler's
// configuration, probed once.
type Auditor struct {
	opts Options
	cfg  *cc.Config
	cwd  string
}

// NewAuditor probes the host C compiler (its predefined macros and include
// paths) once for the whole run.
func NewAuditor(opts Options) (*Auditor, error) {
	switch opts.Preprocessor {
	case "":
		opts.Preprocessor = "host"
	case "host", "cc":
	default:
		return nil, fmt.Errorf("unknown preprocessor %q (want host or cc)", opts.Preprocessor)
	}
	cfg, err := cc.NewConfig("", "")
	if err != nil {
		return nil, err
	}
	cwd := opts.Dir
	if cwd == "" {
		if cwd, err = os.Getwd(); err != nil {
			return nil, err
		}
	}
	if cwd, err = filepath.Abs(cwd); err != nil {
		return nil, err
	}
	if opts.Jobs <= 0 {
		opts.Jobs = runtime.GOMAXPROCS(0)
	}
	return &Auditor{opts: opts, cfg: cfg, cwd: cwd}, nil
}

// unitResult is what one worker hands back.
type unitResult struct {
	vars   []Var
	writes map[string]*writeInfo // final keys
	lines  int64
	err    *UnitError
}

// Run audits the units in parallel and merges the results: header-defined
// variables are reported once per definition (its file, line, column,
// function, name and rank among equal ones), and with an
// initializers list the writes of all units decide init-only.
func (a *Auditor) Run(units []Unit) *Report {
	results := make([]unitResult, len(units))
	jobs := a.opts.Jobs
	if jobs > len(units) {
		jobs = len(units)
	}
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = a.unit(units[i])
				if a.opts.Progress != nil {
					mu.Lock()
					done++
					a.opts.Progress(done, len(units))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range units {
		next <- i
	}
	close(next)
	wg.Wait()

	r := &Report{Units: len(units)}
	seen := map[string]bool{}
	writes := map[string]writeInfo{}
	for _, res := range results {
		r.Lines += res.lines
		if res.err != nil {
			r.Errors = append(r.Errors, *res.err)
			continue
		}
		for k, w := range res.writes {
			o := writes[k]
			writes[k] = writeInfo{any: o.any || w.any, outside: o.outside || w.outside}
		}
		for _, v := range res.vars {
			if seen[v.id] {
				continue // a header's definition, seen from another unit
			}
			seen[v.id] = true
			r.Vars = append(r.Vars, v)
		}
	}
	for i := range r.Vars {
		v := &r.Vars[i]
		if a.opts.Initializers != nil && v.Class == ClassMutable && !writes[v.key].outside {
			v.Class = ClassInitOnly
		}
		if reason, ok := a.opts.Allow[VarKey{v.File, v.Func, v.Name}]; ok {
			v.Allowed, v.Reason = true, reason
		}
	}
	sort.SliceStable(r.Vars, func(i, j int) bool {
		x, y := r.Vars[i], r.Vars[j]
		if x.File != y.File {
			return x.File < y.File
		}
		if x.Line != y.Line {
			return x.Line < y.Line
		}
		if x.Col != y.Col {
			return x.Col < y.Col
		}
		if x.Name != y.Name {
			return x.Name < y.Name
		}
		return x.Func < y.Func
	})
	return r
}

// unit preprocesses, parses and walks one translation unit.
func (a *Auditor) unit(u Unit) (res unitResult) {
	dir := u.Dir
	if dir == "" {
		dir = a.cwd
	}
	unitName := a.rel(dir, u.File)
	fail := func(stage, msg string) unitResult {
		return unitResult{err: &UnitError{Unit: unitName, Stage: stage, Msg: truncateLines(msg)}}
	}
	defer func() {
		// cc/v4 panics on some malformed input: report it, never crash the run.
		if e := recover(); e != nil {
			res = fail("parse", fmt.Sprintf("%s: internal error: %v", unitName, e))
		}
	}()
	args := append(append([]string(nil), u.Args...), a.opts.Args...)
	var ast *cc.AST
	var err error
	var lines int64
	var src []byte // the host's preprocessed, filtered text
	// `#pragma weak alias = target` defines alias as a second (weak)
	// symbol for target's storage.
	var weak [][2]cc.Token
	pragma := func(toks []cc.Token) error {
		if len(toks) == 4 && toks[0].SrcStr() == "weak" && toks[2].SrcStr() == "=" &&
			toks[1].Ch == rune(cc.IDENTIFIER) && toks[3].Ch == rune(cc.IDENTIFIER) {
			weak = append(weak, [2]cc.Token{toks[1], toks[3]})
		}
		return nil
	}
	if a.opts.Preprocessor == "cc" {
		ast, lines, err = a.translateCC(dir, u.File, args, pragma)
	} else {
		ast, src, lines, err = a.translateHost(dir, u.File, args, pragma)
	}
	if err != nil {
		stage := "parse"
		if _, ok := err.(preprocessError); ok {
			stage = "preprocess"
		}
		msg := err.Error()
		if stage == "parse" {
			msg = cleanDiagnostics(msg)
		}
		return fail(stage, msg)
	}
	norm := func(f string) string { return a.rel(dir, f) }
	isInit := func(f funcRef) bool { return a.opts.Initializers[FuncKey(f)] }
	w := newUnitWalker(isInit, norm)
	for tu := ast.TranslationUnit; tu != nil; tu = tu.TranslationUnit {
		w.walk(reflectValue(tu.ExternalDeclaration))
	}
	for _, p := range weak {
		w.weakAlias(p[0], p[1])
	}
	if len(w.errs) > 0 {
		return fail("parse", strings.Join(w.errs, "\n"))
	}
	ast = nil
	// The host's -E output keeps each token's line and the indent of a
	// line's first token, not the spacing inside a line: find the
	// identifier in the original source line. Which occurrence of the name
	// it is (a tag, a typedef name, an extern declaration or a use can
	// spell it too) is read from the preprocessed line, where the tokens of
	// a source line keep their order. cc/v4's own preprocessor has the
	// columns, but counts a byte order mark.
	cols := columnFixer{}
	for i := range w.vars {
		v := &w.vars[i]
		if v.File == "" || strings.HasPrefix(v.File, "<") {
			continue
		}
		path := v.File
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, path)
		}
		if a.opts.Preprocessor == "host" {
			v.Col = cols.fix(path, v.Line, v.Col, v.Name, src, v.off)
		} else if d := cols.bomShift(path, v.Line); d > 0 && v.Col > d {
			v.Col -= d
		}
	}
	// A definition's identity: where its identifier is (file, line,
	// column), its function and name, and how many definitions with all of
	// these came before it in the unit (`#line` can map two declarators
	// onto one position). A header included by several units yields the
	// same identities in each of them, so its statics are merged; distinct
	// definitions never are.
	occurrences := map[string]int{}
	for i := range w.vars {
		v := &w.vars[i]
		v.File = norm(v.File)
		v.Unit = unitName
		pos := fmt.Sprintf("%s\x00%d\x00%d\x00%s\x00%s", v.File, v.Line, v.Col, v.Func, v.Name)
		v.id = fmt.Sprintf("%s\x00%d", pos, occurrences[pos])
		occurrences[pos]++
		switch v.Linkage {
		case LinkageExternal:
			v.key = "E:" + v.Name
		default:
			v.key = v.id
		}
	}
	writes := map[string]*writeInfo{}
	for raw, wi := range w.writes {
		key := raw
		switch raw[0] {
		case 'I', 'E':
			// cc/v4's linkage of a redeclaration can differ from the
			// definition's (`static int x; extern int x = 1;`): a
			// file-scope definition of the unit decides.
			if i, ok := w.fileScope[raw[2:]]; ok {
				key = w.vars[i].key
			}
		case 'L':
			if i, err := strconv.Atoi(raw[2:]); err == nil {
				key = w.vars[i].key
			}
		}
		writes[key] = wi
	}
	return unitResult{vars: w.vars, writes: writes, lines: lines}
}

// rel makes a path relative to the run's directory when it is under it.
func (a *Auditor) rel(dir, p string) string {
	if p == "" || strings.HasPrefix(p, "<") {
		return p
	}
	if !filepath.IsAbs(p) {
		if dir == "" {
			dir = a.cwd
		}
		p = filepath.Join(dir, p)
	}
	p = filepath.Clean(p)
	if r, err := filepath.Rel(a.cwd, p); err == nil && r != ".." && !strings.HasPrefix(r, "../") {
		return r
	}
	return p
}

// translateHost runs the host compiler's preprocessor and hands its output,
// line markers turned into #line directives, to cc/v4.
func (a *Auditor) translateHost(dir, file string, args []string, pragma func([]cc.Token) error) (*cc.AST, []byte, int64, error) {
	cmdArgs := append(append([]string{"-E"}, args...), file)
	cmd := exec.Command(a.cfg.CC, cmdArgs...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = fmt.Sprintf("%s: %s -E: %v", file, a.cfg.CC, err)
		}
		return nil, nil, 0, preprocessError{msg}
	}
	src, lines := lineMarkersToLine(out)
	src = decodeUCNs(dropAttributes(src))
	cfg := *a.cfg
	cfg.PragmaHandler = pragma
	ast, err := cc.Translate(&cfg, []cc.Source{
		{Name: "<predefined>", Value: a.cfg.Predefined},
		{Name: "<builtin>", Value: cc.Builtin},
		{Name: file, Value: src},
	})
	return ast, src, lines, err
}

// preprocessError is a failure of the host compiler's -E.
type preprocessError struct{ msg string }

func (e preprocessError) Error() string { return e.msg }

// lineMarkersToLine rewrites GNU line markers (`# 12 "f.h" 1 3`) into
// `#line 12 "f.h"`, which cc/v4 understands, and counts the lines.
func lineMarkersToLine(in []byte) ([]byte, int64) {
	out := make([]byte, 0, len(in)+len(in)/16)
	var lines int64
	for len(in) > 0 {
		nl := bytes.IndexByte(in, '\n')
		var line []byte
		if nl < 0 {
			line, in = in, nil
		} else {
			line, in = in[:nl], in[nl+1:]
		}
		lines++
		if len(line) > 2 && line[0] == '#' && line[1] == ' ' && line[2] >= '0' && line[2] <= '9' {
			rest := line[2:]
			end := bytes.IndexByte(rest, ' ')
			num := rest
			var name []byte
			if end >= 0 {
				num = rest[:end]
				name = rest[end+1:]
				if q := lastQuote(name); q > 0 {
					name = name[:q+1]
				}
			}
			out = append(out, "#line "...)
			out = append(out, num...)
			if len(name) > 0 {
				out = append(out, ' ')
				out = append(out, name...)
			}
			out = append(out, '\n')
			continue
		}
		out = append(out, line...)
		out = append(out, '\n')
	}
	return out, lines
}

// lastQuote finds the closing quote of a line marker's file name (flags
// follow it).
func lastQuote(s []byte) int {
	if len(s) == 0 || s[0] != '"' {
		return -1
	}
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return -1
}

// translateCC preprocesses with cc/v4 itself: the host's predefined macros,
// -D/-U as leading #define/#undef lines, and every -I directory prepended to
// both include lists (gcc's -I also serves <...> includes).
func (a *Auditor) translateCC(dir, file string, args []string, pragma func([]cc.Token) error) (*cc.AST, int64, error) {
	cfg := *a.cfg
	cfg.PragmaHandler = pragma
	var defs strings.Builder
	var incs []string
	var pre []cc.Source
	abs := func(p string) string {
		if filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	for i := 0; i < len(args); i++ {
		flag, val, ok := splitFlag(args, &i)
		if !ok {
			continue
		}
		switch flag {
		case "-I", "-isystem", "-iquote", "-idirafter":
			incs = append(incs, abs(val))
		case "-D":
			name, v, has := strings.Cut(val, "=")
			if !has {
				v = "1"
			}
			fmt.Fprintf(&defs, "#define %s %s\n", name, v)
		case "-U":
			fmt.Fprintf(&defs, "#undef %s\n", val)
		case "-include":
			pre = append(pre, cc.Source{Name: abs(val)})
		}
	}
	cfg.IncludePaths = append(append([]string{""}, incs...), cfg.IncludePaths[1:]...)
	cfg.SysIncludePaths = append(append([]string(nil), incs...), cfg.SysIncludePaths...)
	srcs := []cc.Source{
		{Name: "<predefined>", Value: a.cfg.Predefined + "\n" + defs.String()},
		{Name: "<builtin>", Value: cc.Builtin},
	}
	srcs = append(append(srcs, pre...), cc.Source{Name: abs(file)})
	ast, err := cc.Translate(&cfg, srcs)
	var lines int64
	if b, rerr := os.ReadFile(abs(file)); rerr == nil {
		lines = int64(bytes.Count(b, []byte{'\n'}))
	}
	return ast, lines, err
}

// splitFlag reads a preprocessor option that takes a value, joined (-Ifoo)
// or separate (-I foo), at args[*i].
func splitFlag(args []string, i *int) (flag, val string, ok bool) {
	s := args[*i]
	for _, f := range []string{"-include", "-isystem", "-iquote", "-idirafter", "-imacros", "-I", "-D", "-U"} {
		if s == f {
			if *i+1 >= len(args) {
				return "", "", false
			}
			*i++
			return f, args[*i], true
		}
		if strings.HasPrefix(s, f) && len(f) == 2 {
			return f, s[2:], true
		}
	}
	return "", "", false
}
