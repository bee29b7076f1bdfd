package sys

import (
	"bytes"
	"testing"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

// TestModulesIsTheInterpretersTable: sys.modules is the dict the VM
// imports from, and print() goes through sys.stdout once it is replaced.
func TestModulesIsTheInterpretersTable(t *testing.T) {
	var out bytes.Buffer
	in, th, err := vm.NewInterp(vm.Config{Stdout: &out, Modules: []vm.ModuleDef{New(Options{Argv: []string{"prog.py", "x"}, Path: []string{"/nowhere"}})}})
	if err != nil {
		t.Fatal(err)
	}
	sysMod, ok := object.AsModule(in.Modules.GetStr(object.NewStr("sys")))
	if !ok {
		t.Fatal("sys is not in sys.modules")
	}
	if sysMod.Dict.GetStr(object.NewStr("modules")) != in.Modules.Value() {
		t.Error("sys.modules is not the interpreter's module table")
	}
	src := "import sys\nprint(sys.argv, sys.path)\nclass W:\n    def write(self, s):\n        sys.__stdout__.write(s.upper())\nsys.stdout = W()\nprint('shout', 1)\n"
	if err := th.RunSource("t.py", []byte(src)); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "['prog.py', 'x'] ['/nowhere']\nSHOUT 1\n"; got != want {
		t.Errorf("output %q, want %q", got, want)
	}
}
