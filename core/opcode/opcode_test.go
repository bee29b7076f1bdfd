package opcode

import "testing"

func TestEveryOpcodeNamed(t *testing.T) {
	seen := map[string]bool{}
	for op := Opcode(0); int(op) < Count; op++ {
		n := Lookup(op).Name
		if n == "" {
			t.Errorf("opcode %d has no name", op)
		}
		if seen[n] {
			t.Errorf("name %s used twice", n)
		}
		seen[n] = true
	}
}

func TestEncoding(t *testing.T) {
	for _, c := range []struct {
		op  Opcode
		arg int
	}{{LOAD_FAST, 0}, {CALL, 255}, {JUMP, MaxArg}, {RERAISE, 1 << 16}} {
		u := Make(c.op, c.arg)
		if Op(u) != c.op || Arg(u) != c.arg {
			t.Errorf("Make(%v, %d) decodes to %v, %d", c.op, c.arg, Op(u), Arg(u))
		}
	}
}

func TestSymbolsCoverOperators(t *testing.T) {
	if len(NBSymbols) != NB_INPLACE_XOR+1 {
		t.Errorf("NBSymbols has %d entries, want %d", len(NBSymbols), NB_INPLACE_XOR+1)
	}
	if len(CmpSymbols) != CMP_GE+1 {
		t.Errorf("CmpSymbols has %d entries", len(CmpSymbols))
	}
}

// TestStackEffectPictures checks StackEffect against a few stack pictures
// written out by hand from the opcode documentation.
func TestStackEffectPictures(t *testing.T) {
	cases := []struct {
		op   Opcode
		arg  int
		jump bool
		want int
	}{
		{CALL, 2, false, -3},       // callable, self_or_null, a1, a2 → result
		{CALL_KW, 1, false, -3},    // callable, self_or_null, a1, kwnames → result
		{LOAD_GLOBAL, 3, false, 2}, // → v, NULL
		{LOAD_ATTR, 1, false, 1},   // obj → meth, self
		{FOR_ITER, 0, true, -1},    // it →
		{BUILD_MAP, 2, false, -3},  // k1, v1, k2, v2 → dict
		{UNPACK_SEQUENCE, 3, false, 2},
		{STORE_SUBSCR, 0, false, -3},
		{SEND, 0, false, 0},                   // receiver, v → receiver, yielded
		{SEND, 0, true, -1},                   // receiver, v → value
		{MATCH_CLASS, 2, false, -2},           // subject, cls, names → attrs_or_none
		{MATCH_KEYS, 0, false, 1},             // subject, keys → subject, keys, values_or_none
		{COPY_DICT_WITHOUT_KEYS, 0, false, 1}, // subject, keys → subject, keys, rest
		{CHECK_EG_MATCH, 0, false, 0},         // exc, typ → rest, match
		{PREP_RERAISE_STAR, 0, false, -1},     // orig, list → exc_or_none
		{BEFORE_ASYNC_WITH, 0, false, 1},      // mgr → aexit, awaitable
		{GET_ANEXT, 0, false, 1},              // aiter → aiter, awaitable
		{END_ASYNC_FOR, 0, false, -2},         // aiter, exc →
		{DELETE_DEREF, 3, false, 0},
	}
	for _, c := range cases {
		if got := StackEffect(c.op, c.arg, c.jump); got != c.want {
			t.Errorf("StackEffect(%v, %d, %v) = %d, want %d", c.op, c.arg, c.jump, got, c.want)
		}
	}
}
