//go:build !linux

package xi

// parked reports whether a wait is registered with a: never, where
// alarms do nothing.
func (a *Alarm) parked() bool { return false }
