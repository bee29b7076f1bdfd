//go:build ignore

// parse_bench times subpy's parser (core/parser, in-process) over a list of
// files: the Go half of the parse benchmark (issue 3, item 7), driven by
// conformance/parse_bench.py, which times CPython's parser in the same run.
//
//	go run conformance/parse_bench.go -list FILES.txt -reps 5
//
// All files are read into memory first; each repetition parses all of them
// in exec mode. It prints one JSON object: the best repetition's seconds, the
// source bytes and files, the heap allocations and allocated bytes of one
// repetition (runtime.MemStats), and the files that failed to parse.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/subpy/subpy/core/parser"
)

type result struct {
	Files       int      `json:"files"`
	Bytes       int64    `json:"bytes"`
	BestSeconds float64  `json:"best_seconds"`
	Reps        int      `json:"reps"`
	Mallocs     uint64   `json:"mallocs"`
	AllocBytes  uint64   `json:"alloc_bytes"`
	Errors      []string `json:"errors"`
}

func main() {
	list := flag.String("list", "", "file with one path per line")
	reps := flag.Int("reps", 5, "repetitions; the best one counts")
	flag.Parse()
	if *list == "" || *reps < 1 {
		fmt.Fprintln(os.Stderr, "usage: parse_bench -list FILE [-reps N]")
		os.Exit(2)
	}
	names, err := readLines(*list)
	if err != nil {
		fmt.Fprintln(os.Stderr, "parse_bench:", err)
		os.Exit(2)
	}
	sources := make([][]byte, len(names))
	res := result{Files: len(names), Reps: *reps, Errors: []string{}}
	for i, name := range names {
		if sources[i], err = os.ReadFile(name); err != nil {
			fmt.Fprintln(os.Stderr, "parse_bench:", err)
			os.Exit(2)
		}
		res.Bytes += int64(len(sources[i]))
	}

	for rep := 0; rep < *reps; rep++ {
		runtime.GC() // start each repetition from the same heap
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		for i, src := range sources {
			if _, err := parser.ParseFile(names[i], src, parser.Exec, parser.Options{}); err != nil && rep == 0 {
				res.Errors = append(res.Errors, names[i]+": "+err.Error())
			}
		}
		elapsed := time.Since(start).Seconds()
		runtime.ReadMemStats(&after)
		if rep == 0 || elapsed < res.BestSeconds {
			res.BestSeconds = elapsed
		}
		res.Mallocs = after.Mallocs - before.Mallocs
		res.AllocBytes = after.TotalAlloc - before.TotalAlloc
	}
	out, _ := json.Marshal(res)
	fmt.Println(string(out))
}

func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" {
			lines = append(lines, line)
		}
	}
	return lines, sc.Err()
}
