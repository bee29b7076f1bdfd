package future

import (
	"bytes"
	"testing"

	"github.com/subpy/subpy/core/vm"
)

func run(t *testing.T, src string) string {
	t.Helper()
	var out bytes.Buffer
	_, th, err := vm.NewInterp(vm.Config{Stdout: &out, Modules: []vm.ModuleDef{Module{}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := th.RunSource("t.py", []byte(src)); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	return out.String()
}

// The expected output is CPython 3.13's.
func TestFeatures(t *testing.T) {
	cases := []struct{ src, want string }{
		{"import __future__\nprint(__future__.annotations)\n",
			"_Feature((3, 7, 0, 'beta', 1), None, 16777216)\n"},
		{"import __future__ as f\nprint(f.division.getOptionalRelease(), f.division.getMandatoryRelease(), f.division.compiler_flag)\n",
			"(2, 2, 0, 'alpha', 2) (3, 0, 0, 'alpha', 0) 131072\n"},
		{"import __future__ as f\nprint(len(f.all_feature_names), f.all_feature_names[-1], f.CO_FUTURE_ANNOTATIONS, f.CO_NESTED)\n",
			"10 annotations 16777216 16\n"},
		{"from __future__ import annotations\ndef g(x: Undefined) -> list[int]: pass\nprint(g.__annotations__, annotations.mandatory)\n",
			"{'x': 'Undefined', 'return': 'list[int]'} None\n"},
		{"import __future__\nprint(type(__future__.nested_scopes).__name__, type(__future__.nested_scopes).__module__)\n",
			"_Feature __future__\n"},
	}
	for _, c := range cases {
		if got := run(t, c.src); got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.src, got, c.want)
		}
	}
	if n := FeatureNames(); len(n) != 10 || n[0] != "nested_scopes" {
		t.Errorf("FeatureNames() = %v", n)
	}
}
