package vm

import (
	"os"
	"testing"
)

// TestRunFile runs the program named by $SUBPY_RUN under subpy and logs
// its output: a debugging aid for the oracle programs.
func TestRunFile(t *testing.T) {
	path := os.Getenv("SUBPY_RUN")
	if path == "" {
		t.Skip("SUBPY_RUN not set")
	}
	r := runSubpy(t, path)
	t.Logf("status %d\n--- stdout\n%s--- stderr\n%s", r.status, r.stdout, r.stderr)
}
