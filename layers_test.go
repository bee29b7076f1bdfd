package subpy_test

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const module = "github.com/subpy/subpy"

// layerOf gives each package of the module its layer (ARCHITECTURE.md,
// "Layers"). A package imports only from layers strictly below its own,
// except for the same-layer edges in sameLayerOK. globalsaudit stands alone
// (layer -1): it and the engine never import each other.
func layerOf(rel string) (int, bool) {
	switch {
	case rel == "":
		return 9, true // the root package: documentation and this test
	case rel == "capi" || strings.HasPrefix(rel, "cmd/") || strings.HasPrefix(rel, "globalsaudit/cmd/"):
		return 9, true
	case rel == "core/lifecycle", rel == "core/modules/stdlib":
		return 8, true
	case rel == "core/builtins", strings.HasPrefix(rel, "core/modules/"):
		return 7, true
	case rel == "core/vm":
		return 6, true
	case rel == "statestruct":
		return 5, true
	case rel == "core/compile":
		return 4, true
	case rel == "core/parser", rel == "core/symtable", rel == "core/xi":
		return 3, true
	case rel == "core/scanner", rel == "core/ast", rel == "core/object":
		return 2, true
	case rel == "core/token", rel == "core/opcode":
		return 1, true
	case rel == "globalsaudit" || strings.HasPrefix(rel, "globalsaudit/"):
		return -1, true
	}
	return 0, false
}

// sameLayerOK lists the same-layer imports ARCHITECTURE.md allows.
var sameLayerOK = map[[2]string]bool{
	{"core/parser", "core/scanner"}:           true,
	{"core/parser", "core/ast"}:               true,
	{"core/lifecycle", "core/modules/stdlib"}: true,
}

// testSameLayerOK lists same-layer imports allowed in test files only: a
// pass that consumes syntax trees is tested on trees the parser builds.
var testSameLayerOK = map[[2]string]bool{
	{"core/symtable", "core/parser"}: true,
}

type goPackage struct {
	ImportPath   string
	Dir          string
	Imports      []string
	TestImports  []string
	XTestImports []string
}

func listPackages(t *testing.T) []goPackage {
	t.Helper()
	cmd := exec.Command("go", "list", "-e", "-json", "./...")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var pkgs []goPackage
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for dec.More() {
		var p goPackage
		if err := dec.Decode(&p); err != nil {
			t.Fatalf("decoding go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) == 0 {
		t.Fatal("go list found no packages")
	}
	return pkgs
}

func relPath(importPath string) (string, bool) {
	if importPath == module {
		return "", true
	}
	if rest, ok := strings.CutPrefix(importPath, module+"/"); ok {
		return rest, true
	}
	return "", false
}

func TestLayers(t *testing.T) {
	for _, p := range listPackages(t) {
		from, _ := relPath(p.ImportPath)
		fromLayer, known := layerOf(from)
		if !known {
			t.Errorf("package %s has no layer: add it to layerOf (and ARCHITECTURE.md)", p.ImportPath)
			continue
		}
		testOnly := map[string]bool{}
		for _, imp := range append(append([]string{}, p.TestImports...), p.XTestImports...) {
			testOnly[imp] = true
		}
		for _, imp := range p.Imports {
			delete(testOnly, imp)
		}
		imports := append(append(append([]string{}, p.Imports...), p.TestImports...), p.XTestImports...)
		for _, imp := range imports {
			to, inModule := relPath(imp)
			if !inModule || to == from {
				continue
			}
			if to == "capi" {
				t.Errorf("%s imports capi: nothing imports capi", p.ImportPath)
				continue
			}
			toLayer, known := layerOf(to)
			if !known {
				continue // reported for the imported package itself
			}
			switch {
			case fromLayer == -1 && toLayer != -1:
				t.Errorf("%s imports %s: globalsaudit stands alone", p.ImportPath, imp)
			case fromLayer != -1 && toLayer == -1 && !strings.HasPrefix(from, "globalsaudit/"):
				t.Errorf("%s imports %s: the engine must not depend on globalsaudit", p.ImportPath, imp)
			case fromLayer == -1:
				// inside globalsaudit: any direction among its own packages
			case toLayer > fromLayer:
				t.Errorf("%s (layer %d) imports %s (layer %d): imports point down only", p.ImportPath, fromLayer, imp, toLayer)
			case toLayer == fromLayer && !sameLayerOK[[2]string{from, to}] &&
				!(testOnly[imp] && testSameLayerOK[[2]string{from, to}]):
				t.Errorf("%s imports %s on its own layer %d: not an allowed same-layer edge", p.ImportPath, imp, fromLayer)
			}
		}
	}
}

// TestCgoOnlyInCapi keeps `import "C"` in capi/ alone (the package main of
// the engine library). Test files are included: a test that imports "C"
// would make a second cgo package.
func TestCgoOnlyInCapi(t *testing.T) {
	root, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	err = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case ".git", "build", "testdata", "node_modules":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		if filepath.Dir(rel) == "capi" {
			return nil
		}
		if importsC(t, path) {
			t.Errorf("%s: import \"C\" outside capi/", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func importsC(t *testing.T, path string) bool {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	inImportBlock := false
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == `import "C"`:
			return true
		case strings.HasPrefix(line, "import ("):
			inImportBlock = true
		case inImportBlock && line == ")":
			inImportBlock = false
		case inImportBlock && (line == `"C"` || strings.HasSuffix(line, ` "C"`)):
			return true
		}
	}
	return false
}
