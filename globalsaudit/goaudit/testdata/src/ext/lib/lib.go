// Package lib is outside the audited module: writes to its variables are
// not this module's concern.
package lib

// Knob is a package-level variable of another module.
var Knob int

// Opts is too.
var Opts struct{ Verbose bool }
