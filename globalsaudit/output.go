package globalsaudit

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// Violation reports whether v fails `globalsaudit check`: a mutable
// variable that no allowlist names.
func (v *Var) Violation() bool { return v.Class == ClassMutable && !v.Allowed }

func (v *Var) where() string {
	if v.Func == "" {
		return "file scope"
	}
	return "in " + v.Func + "()"
}

// Message is the one-line description of a variable used by the text and
// SARIF forms. For a violation it says how to fix or allow it.
func (v *Var) Message(check bool) string {
	if check && v.Violation() {
		fn := v.Func
		if fn == "" {
			fn = "-"
		}
		return fmt.Sprintf("mutable global '%s' (%s, %s, %s) is shared by every interpreter and thread; "+
			"make it const, move it into module or interpreter state, make it thread-local, "+
			"or allow it with the allowlist row \"%s\\t%s\\t%s\\t<reason>\"",
			v.Name, v.Type, v.where(), linkageText(v.Linkage), v.File, fn, v.Name)
	}
	s := fmt.Sprintf("%s: '%s' (%s, %s, %s, pointee_const=%v)", v.Class, v.Name, v.Type, v.where(), linkageText(v.Linkage), v.PointeeConst)
	if v.Allowed {
		s += " [allowed"
		if v.Reason != "" {
			s += ": " + v.Reason
		}
		s += "]"
	}
	return s
}

// WriteText writes compiler-style lines, `file:line:col: ...`. With check,
// only the violations are written, as errors.
func WriteText(w io.Writer, r *Report, check bool) error {
	for i := range r.Vars {
		v := &r.Vars[i]
		if check && !v.Violation() {
			continue
		}
		prefix := "note: "
		if check {
			prefix = "error: "
		}
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s%s\n", v.File, v.Line, v.Col, prefix, v.Message(check)); err != nil {
			return err
		}
	}
	return nil
}

// WriteJSON writes one JSON object per line (README.md documents the
// fields). With check, only the violations are written.
func WriteJSON(w io.Writer, r *Report, check bool) error {
	enc := json.NewEncoder(w)
	for i := range r.Vars {
		v := &r.Vars[i]
		if check && !v.Violation() {
			continue
		}
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	return nil
}

// The SARIF rules, one per class.
var sarifRules = []struct{ id, class, text string }{
	{"GA001", ClassMutable, "A variable of static storage duration whose storage can be written after initialization: every interpreter and thread shares it."},
	{"GA002", ClassInitOnly, "A static-storage variable written only by the listed initializer functions."},
	{"GA003", ClassThreadLocal, "A thread-local variable: one copy per thread, shared by the interpreters that run on that thread."},
	{"GA004", ClassImmutable, "A const static-storage variable: safe to share."},
}

// WriteSARIF writes a SARIF 2.1.0 log. With check, the results are the
// violations at level error; without, every variable at level note (mutable
// ones at warning).
func WriteSARIF(w io.Writer, r *Report, check bool, version string) error {
	type msg struct {
		Text string `json:"text"`
	}
	type rule struct {
		ID               string `json:"id"`
		Name             string `json:"name"`
		ShortDescription msg    `json:"shortDescription"`
	}
	type region struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
	}
	type artifact struct {
		URI string `json:"uri"`
	}
	type physical struct {
		ArtifactLocation artifact `json:"artifactLocation"`
		Region           *region  `json:"region,omitempty"`
	}
	type location struct {
		PhysicalLocation physical `json:"physicalLocation"`
	}
	type result struct {
		RuleID    string     `json:"ruleId"`
		RuleIndex int        `json:"ruleIndex"`
		Level     string     `json:"level"`
		Message   msg        `json:"message"`
		Locations []location `json:"locations"`
	}
	type notification struct {
		Level     string     `json:"level"`
		Message   msg        `json:"message"`
		Locations []location `json:"locations"`
	}
	type invocation struct {
		ExecutionSuccessful        bool           `json:"executionSuccessful"`
		ToolExecutionNotifications []notification `json:"toolExecutionNotifications,omitempty"`
	}
	type driver struct {
		Name           string `json:"name"`
		Version        string `json:"version,omitempty"`
		InformationURI string `json:"informationUri,omitempty"`
		Rules          []rule `json:"rules"`
	}
	type run struct {
		Tool struct {
			Driver driver `json:"driver"`
		} `json:"tool"`
		Invocations []invocation `json:"invocations"`
		Results     []result     `json:"results"`
	}
	type log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []run  `json:"runs"`
	}
	var ru run
	ru.Tool.Driver = driver{Name: "globalsaudit", Version: version}
	index := map[string]int{}
	for i, r := range sarifRules {
		ru.Tool.Driver.Rules = append(ru.Tool.Driver.Rules, rule{ID: r.id, Name: r.class + "-global", ShortDescription: msg{r.text}})
		index[r.class] = i
	}
	ru.Results = []result{}
	for i := range r.Vars {
		v := &r.Vars[i]
		if check && !v.Violation() {
			continue
		}
		level := "note"
		switch {
		case check:
			level = "error"
		case v.Violation():
			level = "warning"
		}
		ri := index[v.Class]
		ru.Results = append(ru.Results, result{
			RuleID: sarifRules[ri].id, RuleIndex: ri, Level: level,
			Message: msg{v.Message(check)},
			Locations: []location{{physical{
				ArtifactLocation: artifact{URI: sarifURI(v.File)},
				Region:           &region{StartLine: v.Line, StartColumn: v.Col},
			}}},
		})
	}
	inv := invocation{ExecutionSuccessful: len(r.Errors) == 0}
	for _, e := range r.Errors {
		// Located at the first positioned diagnostic, else at the unit.
		loc := physical{ArtifactLocation: artifact{URI: sarifURI(e.Unit)}}
		if file, line, col, ok := firstPosition(e.Msg); ok {
			loc = physical{ArtifactLocation: artifact{URI: sarifURI(file)}, Region: &region{StartLine: line, StartColumn: col}}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, notification{
			Level: "error", Message: msg{e.Msg}, Locations: []location{{loc}},
		})
	}
	ru.Invocations = []invocation{inv}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []run{ru},
	})
}

// sarifURI spells a path as a URI reference: relative paths stay relative
// (to the run's directory), absolute ones become file:// URIs. Every byte
// that is not allowed as such in a URI path (RFC 3986) is percent-encoded,
// non-ASCII UTF-8 and ':' (which would read as a scheme) included.
func sarifURI(p string) string {
	p = filepath.ToSlash(p)
	var b strings.Builder
	if strings.HasPrefix(p, "/") {
		b.WriteString("file://")
	}
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._~/!$&'()*+,;=@", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// firstPosition finds the first `file:line:col: ` that starts a line of a
// diagnostic.
func firstPosition(msg string) (file string, line, col int, ok bool) {
	for _, l := range strings.Split(msg, "\n") {
		m := diagPosParts.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		line, _ = strconv.Atoi(m[2])
		col, _ = strconv.Atoi(m[3])
		return m[1], line, col, true
	}
	return "", 0, 0, false
}

var diagPosParts = regexp.MustCompile(`^([^\s:][^:]*):([0-9]+):([0-9]+): `)

func linkageText(l string) string {
	if l == LinkageNone {
		return "no linkage"
	}
	return l + " linkage"
}
