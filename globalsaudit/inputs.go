package globalsaudit

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// TSVError is a malformed line of an allowlist or initializers file.
type TSVError struct {
	Name string // the file name, for the message
	Line int
	Msg  string
}

func (e *TSVError) Error() string { return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Msg) }

// readTSV yields the rows of a tab-separated list: blank lines and lines
// starting with # are skipped, and a first row whose first field is
// "filename" is the header. Each row must have at least min fields.
func readTSV(r io.Reader, name string, min int, row func(line int, f []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	header := true
	for sc.Scan() {
		n++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		f := strings.Split(text, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if header {
			header = false
			if f[0] == "filename" {
				continue
			}
		}
		if len(f) < min {
			return &TSVError{name, n, fmt.Sprintf("want at least %d tab-separated fields, got %d", min, len(f))}
		}
		if f[0] == "" {
			return &TSVError{name, n, "empty filename"}
		}
		if err := row(n, f); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return &TSVError{name, n + 1, err.Error()}
	}
	return nil
}

// funcField maps the TSV's funcname column to Var.Func: "-" (and "") mean
// file scope.
func funcField(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// ReadAllowlist reads an allowlist in CPython's ignored.tsv shape:
// `filename  funcname  name  reason`, tab-separated, with a header line, "-"
// as funcname for file scope. Rows are added to into (which may already hold
// rows from other lists); the reason column may be empty or missing.
func ReadAllowlist(r io.Reader, name string, into map[VarKey]string) error {
	return readTSV(r, name, 3, func(line int, f []string) error {
		if f[2] == "" {
			return &TSVError{name, line, "empty name"}
		}
		reason := ""
		if len(f) > 3 {
			reason = strings.Join(f[3:], " ")
		}
		into[VarKey{File: filepath.Clean(f[0]), Func: funcField(f[1]), Name: f[2]}] = reason
		return nil
	})
}

// ReadInitializers reads an initializers list: `filename  funcname` rows,
// tab-separated, with an optional header line.
func ReadInitializers(r io.Reader, name string, into map[FuncKey]bool) error {
	return readTSV(r, name, 2, func(line int, f []string) error {
		fn := funcField(f[1])
		if fn == "" {
			return &TSVError{name, line, "an initializer must name a function"}
		}
		into[FuncKey{File: filepath.Clean(f[0]), Func: fn}] = true
		return nil
	})
}

// compileCommand is one entry of a compile_commands.json.
type compileCommand struct {
	Directory string   `json:"directory"`
	File      string   `json:"file"`
	Command   string   `json:"command"`
	Arguments []string `json:"arguments"`
	Output    string   `json:"output"`
}

// ReadCompileCommands reads a compile_commands.json (the JSON compilation
// database) and returns the C units it lists with their preprocessor
// options. Entries for other languages (by file extension) are returned in
// skipped.
func ReadCompileCommands(r io.Reader) (units []Unit, skipped []string, err error) {
	var entries []compileCommand
	dec := json.NewDecoder(r)
	if err := dec.Decode(&entries); err != nil {
		return nil, nil, fmt.Errorf("compile commands: %v", err)
	}
	for i, e := range entries {
		if e.File == "" {
			return nil, nil, fmt.Errorf("compile commands: entry %d has no file", i)
		}
		args := e.Arguments
		if len(args) == 0 {
			if args, err = SplitCommand(e.Command); err != nil {
				return nil, nil, fmt.Errorf("compile commands: entry %d (%s): %v", i, e.File, err)
			}
		}
		if len(args) == 0 {
			return nil, nil, fmt.Errorf("compile commands: entry %d (%s) has no command", i, e.File)
		}
		ext := strings.ToLower(filepath.Ext(e.File))
		if ext != ".c" && ext != ".i" {
			skipped = append(skipped, e.File)
			continue
		}
		units = append(units, Unit{File: e.File, Dir: e.Directory, Args: PreprocessorArgs(args[1:], e.File)})
	}
	return units, skipped, nil
}

// PreprocessorArgs keeps the options of a compiler command line that change
// what the preprocessor produces: include paths, macros, forced includes,
// the language standard, target and code-generation options that define
// macros (-m..., -f..., -O..., -pthread). The source file, -c, -o and the
// dependency-file options are dropped.
func PreprocessorArgs(args []string, file string) []string {
	var r []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == file || a == "-c" || a == "-E" || a == "-S":
		case a == "-o" || a == "-MF" || a == "-MT" || a == "-MQ" || a == "-x":
			i++
		case strings.HasPrefix(a, "-M") || strings.HasPrefix(a, "-W") || strings.HasPrefix(a, "-g") || strings.HasPrefix(a, "-o"):
		case a == "-I" || a == "-D" || a == "-U" || a == "-include" || a == "-imacros" || a == "-isystem" || a == "-iquote" || a == "-idirafter":
			if i+1 < len(args) {
				r = append(r, a, args[i+1])
			}
			i++
		case strings.HasPrefix(a, "-I") || strings.HasPrefix(a, "-D") || strings.HasPrefix(a, "-U") ||
			strings.HasPrefix(a, "-std=") || strings.HasPrefix(a, "-m") || strings.HasPrefix(a, "-f") ||
			strings.HasPrefix(a, "-O") || a == "-pthread" || a == "-ansi" || strings.HasPrefix(a, "--sysroot") ||
			strings.HasPrefix(a, "-isysroot"):
			r = append(r, a)
		}
	}
	return r
}

// SplitCommand splits a shell command line into words the way a POSIX
// shell does for the simple cases compilation databases hold: blanks
// separate words, single quotes keep everything, double quotes keep all but
// \" \\ \$ \`, and a backslash outside quotes escapes the next character.
func SplitCommand(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		case c == '\'':
			inWord = true
			end := strings.IndexByte(s[i+1:], '\'')
			if end < 0 {
				return nil, fmt.Errorf("unterminated single quote at byte %d", i)
			}
			cur.WriteString(s[i+1 : i+1+end])
			i += end + 1
		case c == '"':
			inWord = true
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\"\\$`\n", s[i+1]) >= 0 {
					i++
				}
				cur.WriteByte(s[i])
			}
			if i >= len(s) {
				return nil, fmt.Errorf("unterminated double quote")
			}
		case c == '\\' && i+1 < len(s) && s[i+1] == '\n':
			i++ // a line continuation
		case c == '\\':
			inWord = true
			if i+1 < len(s) {
				i++
				cur.WriteByte(s[i])
			}
		default:
			inWord = true
			cur.WriteByte(c)
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}
