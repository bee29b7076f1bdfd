package goaudit

import (
	"bufio"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// allowHeader is the first non-comment line every allowlist starts with.
const allowHeader = "package\tname\treason"

// Entry is one allowlist row: a package-level variable allowed to be written
// after initialization, and why.
type Entry struct {
	Package string // import path, e.g. github.com/subpy/subpy/capi
	Name    string // the variable's name in that package
	Reason  string // why it may be written; never empty
	File    string // the allowlist file the row came from
	Line    int    // its 1-based line there
}

// Allowlist is a set of entries keyed by package path and name. The zero
// value (or nil) allows nothing.
type Allowlist struct {
	entries map[string]map[string]Entry // package -> name -> entry
}

// Allowed reports whether the variable name of package pkg is on the list.
func (l *Allowlist) Allowed(pkg, name string) bool {
	if l == nil {
		return false
	}
	_, ok := l.entries[pkg][name]
	return ok
}

// ForPackage returns the entries of one package in file and line order.
func (l *Allowlist) ForPackage(pkg string) []Entry {
	if l == nil {
		return nil
	}
	var out []Entry
	for _, e := range l.entries[pkg] {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}

// Len is the number of entries.
func (l *Allowlist) Len() int {
	if l == nil {
		return 0
	}
	n := 0
	for _, m := range l.entries {
		n += len(m)
	}
	return n
}

// LoadAllowlists reads and merges allowlist files. A relative path is looked
// up from the current directory and then from each of its parents (see
// ResolvePath). A variable listed twice, in one file or across files, is an
// error: one reason per variable.
func LoadAllowlists(paths []string) (*Allowlist, error) {
	l := &Allowlist{entries: make(map[string]map[string]Entry)}
	for _, p := range paths {
		resolved, err := ResolvePath(p)
		if err != nil {
			return nil, err
		}
		f, err := os.Open(resolved)
		if err != nil {
			return nil, err
		}
		err = l.parse(f, p)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return l, nil
}

// ParseAllowlist reads one allowlist; name is used in error messages.
func ParseAllowlist(r io.Reader, name string) (*Allowlist, error) {
	l := &Allowlist{entries: make(map[string]map[string]Entry)}
	if err := l.parse(r, name); err != nil {
		return nil, err
	}
	return l, nil
}

func (l *Allowlist) parse(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	lineNo := 0
	sawHeader := false
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		if !sawHeader {
			if line != allowHeader {
				return fmt.Errorf("%s:%d: allowlist must start with the header %q", name, lineNo, allowHeader)
			}
			sawHeader = true
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 3 {
			return fmt.Errorf("%s:%d: want 3 tab-separated fields (package, name, reason), got %d", name, lineNo, len(fields))
		}
		e := Entry{
			Package: strings.TrimSpace(fields[0]),
			Name:    strings.TrimSpace(fields[1]),
			Reason:  strings.TrimSpace(fields[2]),
			File:    name,
			Line:    lineNo,
		}
		switch {
		case e.Package == "":
			return fmt.Errorf("%s:%d: empty package path", name, lineNo)
		case !isIdent(e.Name):
			return fmt.Errorf("%s:%d: %q is not a Go identifier", name, lineNo, e.Name)
		case e.Reason == "":
			return fmt.Errorf("%s:%d: %s.%s needs a reason", name, lineNo, e.Package, e.Name)
		}
		byName := l.entries[e.Package]
		if byName == nil {
			byName = make(map[string]Entry)
			l.entries[e.Package] = byName
		}
		if prev, dup := byName[e.Name]; dup {
			return fmt.Errorf("%s:%d: %s.%s is already listed at %s:%d", name, lineNo, e.Package, e.Name, prev.File, prev.Line)
		}
		byName[e.Name] = e
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	if !sawHeader {
		return fmt.Errorf("%s: empty allowlist: it must at least hold the header %q", name, allowHeader)
	}
	return nil
}

func isIdent(s string) bool { return s != "_" && token.IsIdentifier(s) }

// ResolvePath finds an allowlist file. An absolute path is used as is. A
// relative one is tried against the current directory and then against each
// parent directory in turn: go vet runs a vet tool in each package's
// directory, so a path relative to the module root still resolves there.
func ResolvePath(p string) (string, error) {
	if filepath.IsAbs(p) {
		return p, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		cand := filepath.Join(dir, p)
		if _, err := os.Stat(cand); err == nil {
			return cand, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("allowlist %s: not found in the current directory or any parent", p)
		}
		dir = parent
	}
}
