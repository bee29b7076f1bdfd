package lifecycle

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/subpy/subpy/statestruct"
)

// The oracle programs of the launcher/sys/time area, run in-process as
// the launcher runs a script (stdin from the program's `# oracle-stdin:`
// text, /dev/null without one) and compared with python3.13 run in the
// oracle's environment.
var areaPrograms = []string{
	"sys_stdin_readlines", "sys_stdin_iterate", "sys_stdin_read", "sys_input_prompt", "sys_input_eof",
	"sys_stdout_streams", "exit_quit_builtin", "exit_builtin_exit", "sys_info_tables",
	"sys_getsizeof_limits", "time_strptime_clocks", "time_struct_and_format", "sys_basics",
	"sys_attributes_present", "exit_keyboard_interrupt", "sys_stdio_surrogates", "sys_recursion_exit",
	"time_strftime_directives", "sys_main_module_attrs", "sys_argv_args",
}

const programsDir = "../../oracle/programs"

func stdinOf(t *testing.T, src string) string {
	for i, line := range strings.Split(src, "\n") {
		if i >= 10 {
			break
		}
		if rest, ok := strings.CutPrefix(line, "# oracle-stdin:"); ok {
			var s string
			if err := json.Unmarshal([]byte(strings.TrimSpace(rest)), &s); err != nil {
				t.Fatal(err)
			}
			return s
		}
	}
	return ""
}

// withStdin runs fn with file descriptor 0 reading text.
func withStdin(t *testing.T, text string, fn func()) {
	t.Helper()
	p := filepath.Join(t.TempDir(), "stdin")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	saved, err := syscall.Dup(0)
	if err != nil {
		t.Fatal(err)
	}
	syscall.Dup2(int(f.Fd()), 0)
	fn()
	syscall.Dup2(saved, 0)
	syscall.Close(saved)
}

func TestAreaProgramsMatchCPython(t *testing.T) {
	t.Setenv("PYTHONHASHSEED", "0")
	for _, name := range areaPrograms {
		t.Run(name, func(t *testing.T) {
			path, err := filepath.Abs(filepath.Join(programsDir, name+".py"))
			if err != nil {
				t.Fatal(err)
			}
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			input := stdinOf(t, string(src))
			cmd := exec.Command(python313, path)
			cmd.Env = []string{"PATH=/usr/bin:/bin", "PYTHONHASHSEED=0", "PYTHONDONTWRITEBYTECODE=1", "LC_ALL=C.UTF-8", "LANG=C.UTF-8"}
			cmd.Stdin = strings.NewReader(input)
			var out, errb bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errb
			want := outcome{}
			var ee *exec.ExitError
			if err := cmd.Run(); errors.As(err, &ee) {
				want.status = ee.ExitCode()
				if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
					want.status = 128 + int(ws.Signal())
				}
			} else if err != nil {
				t.Fatal(err)
			}
			want.stdout, want.stderr = out.String(), errb.String()
			var got outcome
			withStdin(t, input, func() {
				var r Result
				o, e := capture(t, func() {
					rt := &statestruct.Runtime{}
					th, st := rt.Initialize(statestruct.RuntimeConfig{Argv: []string{path}, UseEnvironment: true, SiteImport: true})
					if st.IsError() {
						t.Fatalf("initialize: %v", st)
					}
					r = RunString(th, src, path, Flags{SetFile: true, Path0: true})
					for _, in := range rt.Interpreters() {
						EndInterpreter(in)
					}
					rt.Finalize(th)
				})
				status := r.ExitCode & 0xff
				if r.Interrupted {
					status = 128 + int(syscall.SIGINT) // the launcher dies by SIGINT
				}
				got = outcome{o, e, status}
			})
			compare(t, got, want)
		})
	}
}
