package main

import (
	"testing"

	"github.com/subpy/subpy/statestruct"
)

// TestStatusTableMatchesStatestruct: the PyStatus texts the C front returns
// for each engine status code are statestruct's.
func TestStatusTableMatchesStatestruct(t *testing.T) {
	consts := abiConstants()
	if got := consts["SUBPY_STATUS_COUNT"]; got != statestruct.NumStatusCodes {
		t.Fatalf("SUBPY_STATUS_COUNT = %d, statestruct has %d codes", got, statestruct.NumStatusCodes)
	}
	for code := 0; code < statestruct.NumStatusCodes; code++ {
		want := statestruct.StatusText(statestruct.StatusCode(code))
		if got := abiStatusText(code); got != want {
			t.Errorf("code %d: C table %q, statestruct %q", code, got, want)
		}
	}
}

func TestABIConstants(t *testing.T) {
	consts := abiConstants()
	tests := []struct {
		name string
		want int
	}{
		{"SUBPY_PHASE_UNINITIALIZED", int(statestruct.PhaseUninitialized)},
		{"SUBPY_PHASE_INITIALIZED", int(statestruct.PhaseInitialized)},
		{"SUBPY_PHASE_FINALIZING", int(statestruct.PhaseFinalizing)},
		{"SUBPY_PHASE_FINALIZED", int(statestruct.PhaseFinalized)},
		{"sizeof(subpy_interp_config)", 28}, // CPython 3.13's PyInterpreterConfig
	}
	for _, tc := range tests {
		if got := consts[tc.name]; got != tc.want {
			t.Errorf("%s = %d, want %d", tc.name, got, tc.want)
		}
	}
}
