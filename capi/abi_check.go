package main

/*
#include "engine_abi.h"

#define SUBPY_STATUS_FUNC_CASE(code, f, m) case code: return f;
#define SUBPY_STATUS_MSG_CASE(code, f, m) case code: return m;
static const char *status_func(int code) { switch (code) { SUBPY_STATUS_TABLE(SUBPY_STATUS_FUNC_CASE) } return "?"; }
static const char *status_msg(int code) { switch (code) { SUBPY_STATUS_TABLE(SUBPY_STATUS_MSG_CASE) } return "?"; }
*/
import "C"

// The C side of the constants shared through engine_abi.h, read back into
// Go so that capi's tests can compare them with statestruct's (cgo is not
// available in _test.go files).

// abiStatusText returns the (func, err_msg) pair the front uses for a
// status code ("" for NULL).
func abiStatusText(code int) [2]string {
	return [2]string{goString(C.status_func(C.int(code))), goString(C.status_msg(C.int(code)))}
}

// abiConstants returns the numeric constants of engine_abi.h by name.
func abiConstants() map[string]int {
	return map[string]int{
		"SUBPY_STATUS_COUNT":          C.SUBPY_STATUS_COUNT,
		"SUBPY_PHASE_UNINITIALIZED":   C.SUBPY_PHASE_UNINITIALIZED,
		"SUBPY_PHASE_INITIALIZED":     C.SUBPY_PHASE_INITIALIZED,
		"SUBPY_PHASE_FINALIZING":      C.SUBPY_PHASE_FINALIZING,
		"SUBPY_PHASE_FINALIZED":       C.SUBPY_PHASE_FINALIZED,
		"sizeof(subpy_interp_config)": C.sizeof_subpy_interp_config,
	}
}
