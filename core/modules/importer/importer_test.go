package importer

import (
	"os"
	"path/filepath"
	"testing"
)

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestFindOrder follows importlib's FileFinder: per directory a package
// before a module; the first directory wins; a directory without
// __init__.py is a namespace portion only when no regular module exists.
func TestFindOrder(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	write(t, filepath.Join(a, "both", "__init__.py"), "")
	write(t, filepath.Join(a, "both.py"), "")
	write(t, filepath.Join(b, "mod.py"), "")
	write(t, filepath.Join(a, "ns", "x.py"), "")
	write(t, filepath.Join(b, "ns", "y.py"), "")
	write(t, filepath.Join(a, "later", "z.py"), "")
	write(t, filepath.Join(b, "later.py"), "")

	loc, ok := find("both", []string{a, b})
	if !ok || loc.file != filepath.Join(a, "both", "__init__.py") || len(loc.pkgDirs) != 1 {
		t.Errorf("both: %+v %v", loc, ok)
	}
	loc, ok = find("mod", []string{a, b})
	if !ok || loc.file != filepath.Join(b, "mod.py") || loc.pkgDirs != nil {
		t.Errorf("mod: %+v %v", loc, ok)
	}
	loc, ok = find("ns", []string{a, b})
	if !ok || loc.file != "" || len(loc.pkgDirs) != 2 {
		t.Errorf("ns: %+v %v", loc, ok)
	}
	loc, ok = find("later", []string{a, b})
	if !ok || loc.file != filepath.Join(b, "later.py") {
		t.Errorf("later: %+v %v", loc, ok)
	}
	if _, ok := find("missing", []string{a, b}); ok {
		t.Error("missing found")
	}
}
