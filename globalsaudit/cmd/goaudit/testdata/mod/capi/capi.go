// Package capi holds the fixture's one allowlisted root pointer.
package capi

import "example.com/fixture/table"

// State is the fixture's runtime state.
type State struct{ Calls int }

var root *State

// Start creates the state.
func Start() {
	root = &State{}
}

// Call counts a call in the state, not in a global.
func Call(name string) int {
	root.Calls++
	return table.Lookup(name)
}
