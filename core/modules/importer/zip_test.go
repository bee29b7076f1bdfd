package importer

import (
	"archive/zip"
	"os"
	"path/filepath"
	"testing"
)

// TestFindInZip: a zip archive on sys.path holds modules, packages (whose
// __path__ points inside the archive) and namespace portions, and their
// sources are read from it.
func TestFindInZip(t *testing.T) {
	dir := t.TempDir()
	archive := filepath.Join(dir, "app.zip")
	f, err := os.Create(archive)
	if err != nil {
		t.Fatal(err)
	}
	w := zip.NewWriter(f)
	for name, text := range map[string]string{
		"mod.py": "X = 1\n", "pkg/__init__.py": "", "pkg/sub.py": "Y = 2\n", "ns/part.py": "",
	} {
		fw, err := w.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write([]byte(text))
	}
	w.Close()
	f.Close()

	cases := []struct {
		name, search, file string
		pkg                bool
	}{
		{"mod", archive, archive + "/mod.py", false},
		{"pkg", archive, archive + "/pkg/__init__.py", true},
		{"sub", archive + "/pkg", archive + "/pkg/sub.py", false},
		{"ns", archive, "", true},
	}
	for _, c := range cases {
		loc, ok := find(c.name, []string{c.search})
		if !ok || loc.file != c.file || (loc.pkgDirs != nil) != c.pkg {
			t.Errorf("%s in %s: %+v %v", c.name, c.search, loc, ok)
		}
	}
	if _, ok := find("missing", []string{archive}); ok {
		t.Error("missing found in the archive")
	}
	src, err := ReadSource(archive + "/pkg/sub.py")
	if err != nil || string(src) != "Y = 2\n" {
		t.Errorf("ReadSource: %q %v", src, err)
	}
}
