package vm

import (
	"os"
	"testing"
)

// TestDebugFile runs $SUBPY_DEBUG_FILE through subpy and logs its output
// (a developer aid; skipped when the variable is unset).
func TestDebugFile(t *testing.T) {
	path := os.Getenv("SUBPY_DEBUG_FILE")
	if path == "" {
		t.Skip("SUBPY_DEBUG_FILE not set")
	}
	r := runSubpy(t, path)
	t.Logf("status %d\n--- stdout\n%s--- stderr\n%s", r.status, r.stdout, r.stderr)
}
