package table

import "testing"

func TestLookup(t *testing.T) {
	if Lookup("b") != 1 {
		t.Fatal("b")
	}
}
