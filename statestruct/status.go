package statestruct

// StatusCode names each failure the runtime can report through a PyStatus.
// The numbers cross the C boundary (the front maps them to its static
// PyStatus texts), so they never change meaning; add at the end.
type StatusCode int

// The codes, with the function name and message CPython 3.13 uses for the
// same failure (statusText).
const (
	StatusOK StatusCode = iota
	ErrNotInitialized
	ErrObmallocNeedsMultiPhase
	ErrInvalidGILValue
	ErrFinalizing
	ErrNoMemory
	ErrInternal
	numStatusCodes
)

// statusText is the PyStatus (func, err_msg) of each code.
var statusText = [numStatusCodes][2]string{
	StatusOK:                   {"", ""},
	ErrNotInitialized:          {"new_interpreter", "Py_Initialize must be called first"},
	ErrObmallocNeedsMultiPhase: {"init_interp_settings", "per-interpreter obmalloc does not support single-phase init extension modules"},
	ErrInvalidGILValue:         {"init_interp_settings", "invalid interpreter config 'gil' value"},
	ErrFinalizing:              {"new_interpreter", "the runtime is finalizing"},
	ErrNoMemory:                {"", "memory allocation failed"},
	ErrInternal:                {"subpy", "internal error in the subpy engine"},
}

// Status is the outcome of a lifecycle step: the zero value is success.
type Status struct {
	Code StatusCode
}

func errorStatus(c StatusCode) Status { return Status{Code: c} }

// IsError reports whether s is a failure.
func (s Status) IsError() bool { return s.Code != StatusOK }

// Func returns the PyStatus.func text of s ("" when none).
func (s Status) Func() string { return StatusText(s.Code)[0] }

// Message returns the PyStatus.err_msg text of s ("" for success).
func (s Status) Message() string { return StatusText(s.Code)[1] }

// StatusText returns the (func, message) pair of a code, or the internal
// error's for an unknown code.
func StatusText(c StatusCode) [2]string {
	if c < 0 || c >= numStatusCodes {
		return statusText[ErrInternal]
	}
	return statusText[c]
}

// NumStatusCodes is the number of defined codes (for tables kept in C).
const NumStatusCodes = int(numStatusCodes)
