package object

import "syscall"

func init() {
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) == nil {
		unit := int64(si.Unit)
		if unit == 0 {
			unit = 1
		}
		if total := (int64(si.Totalram) + int64(si.Totalswap)) * unit; total > 0 {
			maxAllocBytes = total
		}
	}
}
