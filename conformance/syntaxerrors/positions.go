//go:build ignore

// positions parses the parser-level cases of cases.jsonl with core/parser
// in-process and prints, per case, the full error subpy gives: type, msg,
// lineno, offset and also end_lineno and end_offset, which subpy-ast's
// one-line format does not show. run_cases.py --end-positions compares them
// with CPython's.
//
//	go run conformance/syntaxerrors/positions.go < cases.jsonl
//
// One JSON object per parser-level case, in order; "type" is "" where the
// parser raised nothing.
package main

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/subpy/subpy/core/parser"
	"github.com/subpy/subpy/core/scanner"
)

type testCase struct {
	ID        string  `json:"id"`
	Source    *string `json:"source"`
	SourceB64 string  `json:"source_b64"`
	Mode      string  `json:"mode"`
	Level     string  `json:"level"`
}

type outcome struct {
	ID        string `json:"id"`
	Type      string `json:"type"`
	Msg       string `json:"msg"`
	Lineno    *int   `json:"lineno"`
	Offset    *int   `json:"offset"`
	EndLineno *int   `json:"end_lineno"`
	EndOffset *int   `json:"end_offset"`
}

// pyInt maps the parser's None marker to JSON null.
func pyInt(v int) *int {
	if v == scanner.None {
		return nil
	}
	return &v
}

// parse turns a parser panic (a bug: it must never panic) into an error, so
// one bad case does not hide the others.
func parse(src []byte, mode parser.Mode) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	_, err = parser.ParseFile("<case>", src, mode, parser.Options{})
	return err
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 64<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	for in.Scan() {
		var c testCase
		if err := json.Unmarshal(in.Bytes(), &c); err != nil {
			fmt.Fprintln(os.Stderr, "positions:", err)
			os.Exit(2)
		}
		if c.Level != "parser" {
			continue
		}
		var src []byte
		if c.Source != nil {
			src = []byte(*c.Source)
		} else {
			var err error
			if src, err = base64.StdEncoding.DecodeString(c.SourceB64); err != nil {
				fmt.Fprintln(os.Stderr, "positions:", c.ID, err)
				os.Exit(2)
			}
		}
		mode, ok := parser.ParseMode(c.Mode)
		if !ok {
			fmt.Fprintln(os.Stderr, "positions: bad mode", c.Mode)
			os.Exit(2)
		}
		o := outcome{ID: c.ID}
		err := parse(src, mode)
		var syntaxErr *parser.Error
		var otherErr *parser.OtherError
		switch {
		case errors.As(err, &syntaxErr):
			o.Type, o.Msg = syntaxErr.Type, syntaxErr.Msg
			o.Lineno, o.Offset = pyInt(syntaxErr.Line), pyInt(syntaxErr.Col)
			o.EndLineno, o.EndOffset = pyInt(syntaxErr.EndLine), pyInt(syntaxErr.EndCol)
		case errors.As(err, &otherErr):
			o.Type, o.Msg = otherErr.Type, otherErr.Msg
		case err != nil:
			o.Type, o.Msg = "?", err.Error()
		}
		if err := enc.Encode(o); err != nil {
			fmt.Fprintln(os.Stderr, "positions:", err)
			os.Exit(2)
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "positions:", err)
		os.Exit(2)
	}
}
