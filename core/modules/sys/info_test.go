package sys

import (
	"bytes"
	"testing"

	"github.com/subpy/subpy/core/vm"
)

// TestInfoMatchesCPython: getsizeof's estimates, the int digit limit and
// the information tables print what python3.13 prints (values recorded
// from it).
func TestInfoMatchesCPython(t *testing.T) {
	cases := []struct{ src, want string }{
		{"print([sys.getsizeof(v) for v in (0, 1, 2**30, 2**100, 1.5, None, True, '', 'abc', 'é'*5, '\\u0100'*3, b'', b'ab', (), (1,), {}, {1: 2}, set(), {1, 2, 3, 4, 5}, 1j)])",
			"[28, 28, 32, 40, 24, 16, 28, 41, 44, 62, 64, 33, 35, 40, 48, 64, 224, 216, 472, 32]\n"},
		{"print(sys.get_int_max_str_digits()); sys.set_int_max_str_digits(0); print(sys.get_int_max_str_digits())", "4300\n0\n"},
		{"try:\n    sys.set_int_max_str_digits(10)\nexcept ValueError as e:\n    print(e)", "maxdigits must be 0 or larger than 640\n"},
		{"print(sys.int_info)", "sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640)\n"},
		{"print(sys.hash_info[:5], sys.float_info.dig, sys.float_info.mant_dig)", "(64, 2305843009213693951, 314159, 0, 1000003) 15 53\n"},
		{"print(sys.intern('a' + 'b' * 3) is sys.intern('abbb'))", "True\n"},
		{"def f():\n    return sys._getframe(1).f_code.co_name\ndef g():\n    return f()\nprint(g())", "g\n"},
	}
	for _, c := range cases {
		var out bytes.Buffer
		_, th, err := vm.NewInterp(vm.Config{Stdout: &out, Modules: []vm.ModuleDef{New(Options{})}})
		if err != nil {
			t.Fatal(err)
		}
		if err := th.RunSource("t.py", []byte("import sys\n"+c.src+"\n")); err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		if out.String() != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.src, out.String(), c.want)
		}
	}
}
