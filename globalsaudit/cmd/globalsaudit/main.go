// Command globalsaudit lists the variables of static storage duration that C
// sources define and fails CI on mutable ones that no allowlist names.
//
//	globalsaudit list|check [-format text|json|sarif] [-allow TSV]... [-initializers TSV]
//	    [-j N] [-I DIR] [-D NAME[=V]] [-U NAME] [-compile-commands FILE] FILE.c...
//
// Exit status: 0 clean, 1 (check) a mutable global not allowed, 2 usage
// errors or units that fail to preprocess or parse. See globalsaudit/README.md.
//
// This command owns only its flags, input files and output plumbing; the
// audit itself is package globalsaudit. Like that package it stands alone:
// it must not import anything of the engine (core/, statestruct/, capi/).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/subpy/subpy/globalsaudit"
)

// version is reported in SARIF logs.
const version = "0.1.0"

const usage = `usage: globalsaudit list|check [-format text|json|sarif] [-allow TSV]... [-initializers TSV]
       [-j N] [-I DIR] [-D NAME[=V]] [-U NAME] [-compile-commands FILE] FILE.c...

list   prints every variable of static storage duration the units define.
check  prints the mutable ones no allowlist names and exits 1 if there is one.
Exit status 2: usage errors, or units that fail to preprocess or parse.
Also: -cpp host|cc (the preprocessor), -stats (run statistics on stderr).
`

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }

func main() {
	if os.Getenv("GOGC") == "" {
		// Parsing allocates a lot of short-lived garbage; trading memory
		// (still under 300 MB per worker, see the bench) for fewer
		// collections saves about a fifth of the CPU.
		debug.SetGCPercent(400)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// splitJoined turns -Idir, -DX=1 and -UX into two words, as compilers accept
// them.
func splitJoined(args []string) []string {
	var r []string
	for _, a := range args {
		if len(a) > 2 && (strings.HasPrefix(a, "-I") || strings.HasPrefix(a, "-D") || strings.HasPrefix(a, "-U")) {
			r = append(r, a[:2], a[2:])
			continue
		}
		r = append(r, a)
	}
	return r
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || (args[0] != "list" && args[0] != "check") {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help") {
			fmt.Fprint(stdout, usage)
			return 0
		}
		fmt.Fprint(stderr, usage)
		return 2
	}
	check := args[0] == "check"
	fs := flag.NewFlagSet("globalsaudit "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage); fs.PrintDefaults() }
	format := fs.String("format", "text", "output format: text, json or sarif")
	var allows, inits, incs, defs, undefs multi
	fs.Var(&allows, "allow", "allowlist TSV (filename funcname name reason); repeatable")
	fs.Var(&inits, "initializers", "initializers TSV (filename funcname); repeatable, the lists are merged")
	jobs := fs.Int("j", 0, "units processed in parallel (default: GOMAXPROCS)")
	fs.Var(&incs, "I", "add an include directory; repeatable")
	fs.Var(&defs, "D", "define a macro NAME[=V]; repeatable")
	fs.Var(&undefs, "U", "undefine a macro; repeatable")
	compdb := fs.String("compile-commands", "", "read units and their flags from a compile_commands.json")
	cpp := fs.String("cpp", "host", "preprocessor: host (the C compiler's -E) or cc (cc/v4's own)")
	stats := fs.Bool("stats", false, "print a JSON line of run statistics (units, lines, time, memory) on stderr")
	var files []string
	rest := splitJoined(args[1:])
	for {
		if err := fs.Parse(rest); err != nil {
			if err == flag.ErrHelp {
				return 0
			}
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	switch *format {
	case "text", "json", "sarif":
	default:
		fmt.Fprintf(stderr, "globalsaudit: unknown -format %q (want text, json or sarif)\n", *format)
		return 2
	}
	jobsSet := false
	fs.Visit(func(f *flag.Flag) { jobsSet = jobsSet || f.Name == "j" })
	if jobsSet && *jobs < 1 {
		fmt.Fprintf(stderr, "globalsaudit: -j %d: want at least 1 unit at a time\n", *jobs)
		return 2
	}
	if len(files) == 0 && *compdb == "" {
		fmt.Fprintf(stderr, "globalsaudit: no input files\n%s", usage)
		return 2
	}

	opts := globalsaudit.Options{Jobs: *jobs, Preprocessor: *cpp, Allow: map[globalsaudit.VarKey]string{}}
	for _, d := range incs {
		opts.Args = append(opts.Args, "-I", d)
	}
	for _, d := range defs {
		opts.Args = append(opts.Args, "-D", d)
	}
	for _, u := range undefs {
		opts.Args = append(opts.Args, "-U", u)
	}
	for _, a := range allows {
		if err := readFile(a, func(f io.Reader) error { return globalsaudit.ReadAllowlist(f, a, opts.Allow) }); err != nil {
			fmt.Fprintf(stderr, "globalsaudit: %v\n", err)
			return 2
		}
	}
	if len(inits) > 0 {
		opts.Initializers = map[globalsaudit.FuncKey]bool{}
	}
	for _, in := range inits {
		if err := readFile(in, func(f io.Reader) error {
			return globalsaudit.ReadInitializers(f, in, opts.Initializers)
		}); err != nil {
			fmt.Fprintf(stderr, "globalsaudit: %v\n", err)
			return 2
		}
	}

	var units []globalsaudit.Unit
	if *compdb != "" {
		var dbUnits []globalsaudit.Unit
		var skipped []string
		err := readFile(*compdb, func(f io.Reader) (err error) {
			dbUnits, skipped, err = globalsaudit.ReadCompileCommands(f)
			return err
		})
		if err != nil {
			fmt.Fprintf(stderr, "globalsaudit: %s: %v\n", *compdb, err)
			return 2
		}
		// A relative "directory" is relative to the database's own
		// directory, not to where the audit runs.
		dbDir, err := filepath.Abs(filepath.Dir(*compdb))
		if err != nil {
			fmt.Fprintf(stderr, "globalsaudit: %s: %v\n", *compdb, err)
			return 2
		}
		for i := range dbUnits {
			if !filepath.IsAbs(dbUnits[i].Dir) {
				dbUnits[i].Dir = filepath.Join(dbDir, dbUnits[i].Dir)
			}
		}
		if len(skipped) > 0 {
			fmt.Fprintf(stderr, "globalsaudit: %s: %d entries are not C and were not audited (first: %s)\n", *compdb, len(skipped), skipped[0])
		}
		units = selectUnits(dbUnits, files)
	} else {
		for _, f := range files {
			units = append(units, globalsaudit.Unit{File: f})
		}
	}
	for _, u := range units {
		if u.Dir == "" {
			if _, err := os.Stat(u.File); err != nil {
				fmt.Fprintf(stderr, "globalsaudit: %v\n", err)
				return 2
			}
		}
	}
	if isTerminal(stderr) {
		opts.Progress = func(done, total int) {
			fmt.Fprintf(stderr, "\rglobalsaudit: %d/%d units", done, total)
			if done == total {
				fmt.Fprint(stderr, "\r\033[K")
			}
		}
	}
	a, err := globalsaudit.NewAuditor(opts)
	if err != nil {
		fmt.Fprintf(stderr, "globalsaudit: %v\n", err)
		return 2
	}
	start := time.Now()
	rep := a.Run(units)
	code := report(rep, *format, check, stdout, stderr)
	if *stats {
		printStats(stderr, rep, time.Since(start), opts.Jobs)
	}
	return code
}

// report writes the results and returns the exit status.
func report(rep *globalsaudit.Report, format string, check bool, stdout, stderr io.Writer) int {
	var err error
	switch format {
	case "text":
		err = globalsaudit.WriteText(stdout, rep, check)
	case "json":
		err = globalsaudit.WriteJSON(stdout, rep, check)
	case "sarif":
		err = globalsaudit.WriteSARIF(stdout, rep, check, version)
	}
	if err != nil {
		fmt.Fprintf(stderr, "globalsaudit: %v\n", err)
		return 2
	}
	for _, e := range rep.Errors {
		fmt.Fprintf(stderr, "%s\n%s: error: translation unit not audited (it failed to preprocess or parse)\n", e.Msg, e.Unit)
	}
	if len(rep.Errors) > 0 {
		return 2
	}
	if check {
		n := 0
		for i := range rep.Vars {
			if rep.Vars[i].Violation() {
				n++
			}
		}
		if n > 0 {
			fmt.Fprintf(stderr, "globalsaudit: %d mutable global(s) not on an allowlist (of %d static-storage variables in %d units)\n", n, len(rep.Vars), rep.Units)
			return 1
		}
	}
	return 0
}

// selectUnits keeps the database entries naming one of files (all of them
// when files is empty); files the database does not list are audited with
// the command-line flags alone.
func selectUnits(db []globalsaudit.Unit, files []string) []globalsaudit.Unit {
	if len(files) == 0 {
		return db
	}
	abs := func(dir, f string) string {
		if !filepath.IsAbs(f) {
			f = filepath.Join(dir, f)
		}
		a, _ := filepath.Abs(f)
		return a
	}
	byPath := map[string]int{}
	for i, u := range db {
		byPath[abs(u.Dir, u.File)] = i
	}
	var r []globalsaudit.Unit
	for _, f := range files {
		if i, ok := byPath[abs("", f)]; ok {
			r = append(r, db[i])
			continue
		}
		r = append(r, globalsaudit.Unit{File: f})
	}
	return r
}

func readFile(name string, read func(io.Reader) error) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return read(f)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
