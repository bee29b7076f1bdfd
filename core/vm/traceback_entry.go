package vm

// One traceback entry as CPython 3.13's traceback module formats it when
// the output is not a terminal: the source lines of the failing
// instruction (the first, the last and those around the anchors of a
// multi-line one), dedented, with carets under the instruction: "~" for
// the operands and "^" for the operator, the brackets of a subscript or
// the parentheses of a call, all "^" when there is no anchor; no carets
// when they would underline the whole line or a whole `x = f(...)` /
// `return f(...)` call. Wide characters count twice.

import (
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/parser"
)

func sourceLines(filename string, sources map[string][]string) []string {
	lines, ok := sources[filename]
	if !ok {
		if data, err := os.ReadFile(filename); err == nil {
			lines = strings.Split(string(data), "\n")
		}
		sources[filename] = lines
	}
	return lines
}

// writeTracebackEntry formats one entry; mods records the file of each
// module-level frame seen, by its globals (CPython finds the source of
// code exec'd with those globals through the module's loader).
func writeTracebackEntry(b *strings.Builder, tb *object.Traceback, sources map[string][]string, mods map[*object.Dict]string) {
	code := tb.Code
	if code.Name == "<module>" && tb.Frame != nil && tb.Frame.Globals != nil {
		if _, ok := mods[tb.Frame.Globals]; !ok {
			if _, err := os.Stat(code.Filename); err == nil {
				mods[tb.Frame.Globals] = code.Filename
			}
		}
	}
	var pos object.Position
	if tb.PC >= 0 && tb.PC < len(code.Positions) {
		pos = code.Positions[tb.PC]
	}
	lineText := "None"
	if pos.Line > 0 {
		lineText = strconv.Itoa(int(pos.Line))
	}
	b.WriteString("  File \"" + code.Filename + "\", line " + lineText + ", in " + code.Name + "\n")
	if pos.Line <= 0 {
		return
	}
	src := sourceLines(code.Filename, sources)
	if src == nil && tb.Frame != nil && tb.Frame.Globals != nil && !(strings.HasPrefix(code.Filename, "<") && strings.HasSuffix(code.Filename, ">")) {
		// CPython's linecache.lazycache: a file that cannot be read takes
		// its lines from the frame's module (its loader's source).
		file := ""
		if f, ok := object.AsStr(tb.Frame.Globals.GetStr(object.NewStr("__file__"))); ok {
			file = f.String()
		} else if f, ok := mods[tb.Frame.Globals]; ok {
			file = f // the file of a module-level frame with these globals
		}
		if file != "" {
			src = sourceLines(file, sources)
			sources[code.Filename] = src
		}
	}
	endLine := int(pos.EndLine)
	if endLine < int(pos.Line) {
		endLine = int(pos.Line)
	}
	var orig []string
	for l := int(pos.Line); l <= endLine; l++ {
		line := ""
		if l-1 < len(src) {
			line = strings.TrimRightFunc(src[l-1], unicode.IsSpace)
		}
		orig = append(orig, line)
	}
	if strings.TrimSpace(strings.Join(orig, "\n")) == "" {
		return
	}
	if pos.Col < 0 || pos.EndCol < 0 || pos.EndLine <= 0 {
		b.WriteString("    " + strings.TrimSpace(orig[0]) + "\n")
		return
	}
	dedented := dedentLines(orig)
	all := make([][]rune, len(dedented))
	for i, l := range dedented {
		all[i] = []rune(l)
	}
	first, last := orig[0], orig[len(orig)-1]
	start := byteToChar(first, int(pos.Col))
	end := byteToChar(last, int(pos.EndCol))
	dedentChars := utf8.RuneCountInString(first) - len(all[0])
	start = max(0, start-dedentChars)
	end = max(0, end-dedentChars)
	dpStart := displayWidth(all[0], start)
	dpEnd := displayWidth(all[len(all)-1], end)

	// The instruction's text.
	joined := []rune(strings.Join(dedented, "\n"))
	segEnd := len(joined) - (len(all[len(all)-1]) - end)
	var segment string
	if start <= segEnd && segEnd <= len(joined) {
		segment = string(joined[start:segEnd])
	}
	an, hasAnchors := caretAnchors(segment)
	show := shouldShowCarets(start, end, dedented, hasAnchors)

	primary, secondary := '^', '^'
	leftEnd, rightStart := 0, 0
	sig := map[int]bool{0: true, len(all) - 1: true}
	if hasAnchors {
		leftEnd, rightStart = an.leftEndCol, an.rightStartCol
		if an.leftEndLine == 0 {
			leftEnd += start
		}
		if an.rightStartLine == 0 {
			rightStart += start
		}
		if an.leftEndLine < len(all) {
			leftEnd = displayWidth(all[an.leftEndLine], leftEnd)
		}
		if an.rightStartLine < len(all) {
			rightStart = displayWidth(all[an.rightStartLine], rightStart)
		}
		primary, secondary = '~', '^'
		for d := -1; d <= 1; d++ {
			sig[an.leftEndLine+d] = true
			sig[an.rightStartLine+d] = true
		}
	}
	delete(sig, -1)
	delete(sig, len(all))

	var out []string
	outputLine := func(ln int) {
		out = append(out, string(all[ln]))
		if !show {
			return
		}
		line := all[ln]
		numSpaces := 0
		for numSpaces < len(line) && unicode.IsSpace(line[numSpaces]) {
			numSpaces++
		}
		numCarets := dpEnd
		if ln != len(all)-1 {
			numCarets = displayWidth(line, len(line))
		}
		var cb strings.Builder
		for col := 0; col < numCarets; col++ {
			switch {
			case col < numSpaces || (ln == 0 && col < dpStart):
				cb.WriteByte(' ')
			case hasAnchors &&
				(ln > an.leftEndLine || (ln == an.leftEndLine && col >= leftEnd)) &&
				(ln < an.rightStartLine || (ln == an.rightStartLine && col < rightStart)):
				cb.WriteRune(secondary)
			default:
				cb.WriteRune(primary)
			}
		}
		out = append(out, cb.String())
	}
	lines := make([]int, 0, len(sig))
	for ln := range sig {
		lines = append(lines, ln)
	}
	for i := 1; i < len(lines); i++ {
		for j := i; j > 0 && lines[j] < lines[j-1]; j-- {
			lines[j], lines[j-1] = lines[j-1], lines[j]
		}
	}
	var res []string
	for i, ln := range lines {
		if i > 0 {
			diff := ln - lines[i-1]
			if diff == 2 {
				outputLine(ln - 1)
			} else if diff > 2 {
				res = append(res, out...)
				out = out[:0]
				res = append(res, "...<"+strconv.Itoa(diff-1)+" lines>...")
			}
		}
		outputLine(ln)
	}
	res = append(res, out...)
	for _, l := range dedentLines(res) {
		b.WriteString("    " + l + "\n")
	}
}

// byteToChar converts a UTF-8 byte offset in s to a character offset.
func byteToChar(s string, off int) int {
	if off > len(s) {
		off = len(s)
	}
	if off < 0 {
		return 0
	}
	n := 0
	for i := 0; i < off; {
		_, size := utf8.DecodeRuneInString(s[i:])
		if i+size > off {
			// A partial character decodes as one replacement character.
			n++
			break
		}
		i += size
		n++
	}
	return n
}

// displayWidth is the terminal width of line[:offset] (characters): East
// Asian wide and fullwidth characters count 2.
func displayWidth(line []rune, offset int) int {
	if offset > len(line) {
		offset = len(line)
	}
	w := 0
	for _, r := range line[:offset] {
		w++
		if r >= 0x1100 && isWide(r) {
			w++
		}
	}
	if offset < 0 {
		return 0
	}
	return w
}

func isWide(r rune) bool {
	lo, hi := 0, len(wideRanges)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < wideRanges[m][0]:
			hi = m
		case r > wideRanges[m][1]:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

// dedentLines removes the whitespace prefix common to the lines that are
// not blank; blank lines become empty (textwrap.dedent).
func dedentLines(lines []string) []string {
	prefix := ""
	found := false
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		ws := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if !found {
			prefix, found = ws, true
			continue
		}
		i := 0
		for i < len(prefix) && i < len(ws) && prefix[i] == ws[i] {
			i++
		}
		prefix = prefix[:i]
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			out[i] = ""
		} else {
			out[i] = l[len(prefix):]
		}
	}
	return out
}

// anchorSpan is where the secondary carets go: from (leftEndLine,
// leftEndCol) to (rightStartLine, rightStartCol), character positions in
// the segment's lines.
type anchorSpan struct {
	leftEndLine, leftEndCol, rightStartLine, rightStartCol int
}

// caretAnchors finds the anchors of a segment that is a binary operation
// (its operator), a subscript (its brackets) or a call (its parentheses).
func caretAnchors(segment string) (anchorSpan, bool) {
	mod, err := parser.ParseFile("<segment>", []byte("(\n"+segment+"\n)"), parser.Exec, parser.Options{})
	if err != nil {
		return anchorSpan{}, false
	}
	m, ok := mod.(*ast.Module)
	if !ok || len(m.Body) != 1 {
		return anchorSpan{}, false
	}
	es, ok := m.Body[0].(*ast.ExprStmt)
	if !ok {
		return anchorSpan{}, false
	}
	lines := strings.Split(segment, "\n")
	rl := make([][]rune, len(lines))
	for i, l := range lines {
		rl[i] = []rune(l)
	}
	normalize := func(ln, off int) int {
		if ln < 0 || ln >= len(lines) {
			return off
		}
		return byteToChar(lines[ln], off)
	}
	valid := func(ln, col int) (int, int, bool) {
		for ln < len(rl) && col >= len(rl[ln]) {
			col = 0
			ln++
		}
		return ln, col, ln < len(rl) && col < len(rl[ln])
	}
	endOf := func(e ast.Node, force bool) (int, int, bool) {
		p := e.(ast.Located).GetPos()
		ln := p.EndLineno - 2
		col := normalize(ln, p.EndColOffset)
		if force {
			return valid(ln, col)
		}
		return ln, col, true
	}
	// incrementUntil skips to the next character satisfying stop, jumping
	// over line continuations and comments.
	incrementUntil := func(ln, col int, stop func(rune) bool) (int, int, bool) {
		for {
			if ln >= len(rl) || col >= len(rl[ln]) {
				return 0, 0, false
			}
			ch := rl[ln][col]
			var ok bool
			switch {
			case ch == '\\' || ch == '#':
				if ln, col, ok = valid(ln+1, 0); !ok {
					return 0, 0, false
				}
			case !stop(ch):
				if ln, col, ok = valid(ln, col+1); !ok {
					return 0, 0, false
				}
			default:
				return ln, col, true
			}
		}
	}
	switch e := es.Value.(type) {
	case *ast.BinOp:
		ln, col, ok := endOf(e.Left, true)
		if !ok {
			return anchorSpan{}, false
		}
		ln, col, ok = incrementUntil(ln, col, func(c rune) bool { return !unicode.IsSpace(c) && c != ')' })
		if !ok {
			return anchorSpan{}, false
		}
		right := col + 1
		rp := e.Right.(ast.Located).GetPos()
		if right < len(rl[ln]) &&
			(rp.Lineno-2 > ln || right < normalize(rp.Lineno-2, rp.ColOffset)) &&
			!unicode.IsSpace(rl[ln][right]) && rl[ln][right] != '\\' && rl[ln][right] != '#' {
			right++
		}
		return anchorSpan{ln, col, ln, right}, true
	case *ast.Subscript:
		ln, col, ok := endOf(e.Value, true)
		if !ok {
			return anchorSpan{}, false
		}
		if ln, col, ok = incrementUntil(ln, col, func(c rune) bool { return c == '[' }); !ok {
			return anchorSpan{}, false
		}
		rln, rcol, _ := endOf(e, false)
		return anchorSpan{ln, col, rln, rcol}, true
	case *ast.Call:
		ln, col, ok := endOf(e.Func, true)
		if !ok {
			return anchorSpan{}, false
		}
		if ln, col, ok = incrementUntil(ln, col, func(c rune) bool { return c == '(' }); !ok {
			return anchorSpan{}, false
		}
		rln, rcol, _ := endOf(e, false)
		return anchorSpan{ln, col, rln, rcol}, true
	}
	return anchorSpan{}, false
}

// shouldShowCarets is CPython's rule: no carets under a whole
// `return f(...)` or `x = <call>` statement;
// otherwise carets when there are anchors or the range is not the whole
// text of its lines.
func shouldShowCarets(start, end int, lines []string, anchors bool) bool {
	if mod, err := parser.ParseFile("<lines>", []byte(strings.Join(lines, "\n")), parser.Exec, parser.Options{}); err == nil {
		if m, ok := mod.(*ast.Module); ok {
			if len(m.Body) == 0 {
				return false
			}
			var call *ast.Call
			switch s := m.Body[0].(type) {
			case *ast.Return:
				if c, ok := s.Value.(*ast.Call); ok {
					if _, ok := c.Func.(*ast.Name); ok {
						call = c
					}
				}
			case *ast.Assign:
				if c, ok := s.Value.(*ast.Call); ok && len(s.Targets) == 1 {
					if _, ok := s.Targets[0].(*ast.Name); ok {
						call = c
					}
				}
			}
			if call != nil {
				p := call.Pos
				if p.Lineno == 1 && p.EndLineno == len(lines) &&
					p.ColOffset == start && p.EndColOffset == end {
					return false
				}
			}
		}
	}
	if anchors {
		return true
	}
	first := []rune(lines[0])
	last := []rune(lines[len(lines)-1])
	if start <= len(first) && strings.TrimSpace(string(first[:start])) != "" {
		return true
	}
	if end <= len(last) && strings.TrimSpace(string(last[end:])) != "" {
		return true
	}
	return false
}

// wideRanges are the East Asian Wide and Fullwidth characters (Unicode
// 15.1, as CPython 3.13's unicodedata).
var wideRanges = [][2]rune{
	{0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
	{0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
	{0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5},
	{0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
	{0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
	{0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
	{0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
	{0x2E80, 0x2E99}, {0x2E9B, 0x2EF3}, {0x2F00, 0x2FD5}, {0x2FF0, 0x303E}, {0x3041, 0x3096},
	{0x3099, 0x30FF}, {0x3105, 0x312F}, {0x3131, 0x318E}, {0x3190, 0x31E3}, {0x31EF, 0x321E},
	{0x3220, 0x3247}, {0x3250, 0x4DBF}, {0x4E00, 0xA48C}, {0xA490, 0xA4C6}, {0xA960, 0xA97C},
	{0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE52}, {0xFE54, 0xFE66},
	{0xFE68, 0xFE6B}, {0xFF01, 0xFF60}, {0xFFE0, 0xFFE6}, {0x16FE0, 0x16FE4}, {0x16FF0, 0x16FF1},
	{0x17000, 0x187F7}, {0x18800, 0x18CD5}, {0x18D00, 0x18D08}, {0x1AFF0, 0x1AFF3},
	{0x1AFF5, 0x1AFFB}, {0x1AFFD, 0x1AFFE}, {0x1B000, 0x1B122}, {0x1B132, 0x1B132},
	{0x1B150, 0x1B152}, {0x1B155, 0x1B155}, {0x1B164, 0x1B167}, {0x1B170, 0x1B2FB},
	{0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A},
	{0x1F200, 0x1F202}, {0x1F210, 0x1F23B}, {0x1F240, 0x1F248}, {0x1F250, 0x1F251},
	{0x1F260, 0x1F265}, {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C},
	{0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0},
	{0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC},
	{0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A},
	{0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5},
	{0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF},
	{0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0},
	{0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FA7C},
	{0x1FA80, 0x1FA88}, {0x1FA90, 0x1FABD}, {0x1FABF, 0x1FAC5}, {0x1FACE, 0x1FADB},
	{0x1FAE0, 0x1FAE8}, {0x1FAF0, 0x1FAF8}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
}
