package main

import (
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"syscall"
	"time"

	"github.com/subpy/subpy/globalsaudit"
)

// runStats is the -stats line: what the bench (bench/globalsaudit) reads.
type runStats struct {
	Units       int     `json:"units"`
	Failed      int     `json:"failed"`
	FailedCPP   int     `json:"failed_preprocess"` // the host compiler's -E failed (missing headers, #error)
	FailedParse int     `json:"failed_parse"`      // cc/v4 failed
	Vars        int     `json:"vars"`
	Lines       int64   `json:"lines"` // lines parsed after preprocessing (-cpp cc: the units' own lines)
	Jobs        int     `json:"jobs"`
	WallS       float64 `json:"wall_s"`
	CPUS        float64 `json:"cpu_s"`          // this process, user+sys
	ChildCPUS   float64 `json:"children_cpu_s"` // the host preprocessor runs
	MaxRSSMB    float64 `json:"maxrss_mb"`
	ChildRSSMB  float64 `json:"children_maxrss_mb"`
	UnitsPerS   float64 `json:"units_per_s"`
	LinesPerS   float64 `json:"lines_per_s"`
	CPUPerUnitS float64 `json:"cpu_per_unit_s"` // (cpu_s + children_cpu_s) / units
}

func cpuSeconds(ru *syscall.Rusage) float64 {
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

func printStats(w io.Writer, rep *globalsaudit.Report, wall time.Duration, jobs int) {
	var self, children syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &self)
	syscall.Getrusage(syscall.RUSAGE_CHILDREN, &children)
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	s := runStats{
		Units: rep.Units, Failed: len(rep.Errors), Vars: len(rep.Vars), Lines: rep.Lines, Jobs: jobs,
		WallS: wall.Seconds(), CPUS: cpuSeconds(&self), ChildCPUS: cpuSeconds(&children),
		MaxRSSMB: float64(self.Maxrss) / 1024, ChildRSSMB: float64(children.Maxrss) / 1024,
	}
	for _, e := range rep.Errors {
		if e.Stage == "preprocess" {
			s.FailedCPP++
		} else {
			s.FailedParse++
		}
	}
	if s.WallS > 0 {
		s.UnitsPerS = float64(s.Units) / s.WallS
		s.LinesPerS = float64(s.Lines) / s.WallS
	}
	if s.Units > 0 {
		s.CPUPerUnitS = (s.CPUS + s.ChildCPUS) / float64(s.Units)
	}
	b, _ := json.Marshal(s)
	fmt.Fprintf(w, "%s\n", b)
}
