//go:build linux

package xi

// parked reports whether a wait is registered with a.
func (a *Alarm) parked() bool { return a.word.Load() != nil }
