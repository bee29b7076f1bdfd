package vm

import (
	"strconv"
	"strings"

	"github.com/subpy/subpy/core/object"
)

// teNode is an exception ready for printing (CPython's
// traceback.TracebackException): the causes, contexts and group members
// to print, each exception expanded once.
type teNode struct {
	exc            *object.Exception
	cause, context *teNode
	exceptions     []*teNode // nil unless exc is an exception group
}

// buildTE walks exc's causes, contexts and group members breadth-first as
// TracebackException(compact=True) does, so an exception reachable twice
// is shown where the walk meets it first.
func buildTE(exc *object.Exception) *teNode {
	seen := map[*object.Exception]bool{}
	node := func(e *object.Exception) *teNode {
		seen[e] = true
		return &teNode{exc: e}
	}
	root := node(exc)
	queue := []*teNode{root}
	for len(queue) > 0 {
		te := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		e := te.exc
		if e.Cause != nil && !seen[e.Cause] {
			te.cause = node(e.Cause)
		}
		if te.cause == nil && !e.SuppressContext && e.Context != nil && !seen[e.Context] {
			te.context = node(e.Context)
		}
		if object.IsExceptionGroup(e) {
			excs, _ := object.GroupExceptions(e)
			te.exceptions = []*teNode{}
			for _, x := range excs {
				te.exceptions = append(te.exceptions, node(x))
			}
		}
		if te.cause != nil {
			queue = append(queue, te.cause)
		}
		if te.context != nil {
			queue = append(queue, te.context)
		}
		queue = append(queue, te.exceptions...)
	}
	return root
}

// tePrinter is CPython's _ExceptionPrintContext: the nesting depth of
// exception groups, whose boxes indent and prefix every line.
type tePrinter struct {
	t         *Thread
	b         *strings.Builder
	sources   map[string][]string
	mods      map[*object.Dict]string // module-level files by globals (traceback_entry.go)
	depth     int
	needClose bool
}

const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// emit writes text with every line indented for the current depth.
func (p *tePrinter) emit(text string, margin byte) {
	prefix := strings.Repeat(" ", 2*p.depth)
	if p.depth > 0 {
		prefix += string(margin) + " "
	}
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n') + 1
		if i == 0 {
			i = len(text)
		}
		p.b.WriteString(prefix)
		p.b.WriteString(text[:i])
		text = text[i:]
	}
}

func (p *tePrinter) stack(exc *object.Exception) string {
	// Runs of more than three entries of the same file, line and function
	// (recursion) print three and "[Previous line repeated N more times]".
	const cutoff = 3
	var b strings.Builder
	var last *object.Traceback
	count := 0
	flush := func() {
		if count > cutoff {
			n := count - cutoff
			plural := "s"
			if n == 1 {
				plural = ""
			}
			b.WriteString("  [Previous line repeated " + strconv.Itoa(n) + " more time" + plural + "]\n")
		}
	}
	for tb := exc.Traceback; tb != nil; tb = tb.Next {
		if last == nil || last.Code.Filename != tb.Code.Filename || last.Line() != tb.Line() || last.Code.Name != tb.Code.Name {
			flush()
			last = tb
			count = 0
		}
		count++
		if count > cutoff {
			continue
		}
		writeTracebackEntry(&b, tb, p.sources, p.mods)
	}
	flush()
	return b.String()
}

func (p *tePrinter) format(te *teNode) {
	type link struct {
		msg string
		te  *teNode
	}
	var chain []link
	for x := te; x != nil; {
		switch {
		case x.cause != nil:
			chain = append(chain, link{"\nThe above exception was the direct cause of the following exception:\n\n", x})
			x = x.cause
		case x.context != nil && !x.exc.SuppressContext:
			chain = append(chain, link{"\nDuring handling of the above exception, another exception occurred:\n\n", x})
			x = x.context
		default:
			chain = append(chain, link{"", x})
			x = nil
		}
	}
	for i := len(chain) - 1; i >= 0; i-- {
		// The message of link i announces the exception of link i.
		if i < len(chain)-1 {
			p.emit(chain[i].msg, '|')
		}
		x := chain[i].te
		switch {
		case x.exceptions == nil:
			if x.exc.Traceback != nil {
				p.emit("Traceback (most recent call last):\n", '|')
				p.emit(p.stack(x.exc), '|')
			}
			p.emit(p.t.exceptionLine(x.exc), '|')
		case p.depth > maxGroupDepth:
			p.emit("... (max_group_depth is "+strconv.Itoa(maxGroupDepth)+")\n", '|')
		default:
			p.group(x)
		}
	}
}

func (p *tePrinter) group(x *teNode) {
	top := p.depth == 0
	if top {
		p.depth++
	}
	if x.exc.Traceback != nil {
		margin := byte('|')
		if top {
			margin = '+'
		}
		p.emit("Exception Group Traceback (most recent call last):\n", margin)
		p.emit(p.stack(x.exc), '|')
	}
	p.emit(p.t.exceptionLine(x.exc), '|')
	num := len(x.exceptions)
	n := num
	if num > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	p.needClose = false
	for i := range n {
		last := i == n-1
		if last {
			p.needClose = true
		}
		truncated := i >= maxGroupWidth
		title := strconv.Itoa(i + 1)
		if truncated {
			title = "..."
		}
		open := "  "
		if i == 0 {
			open = "+-"
		}
		p.b.WriteString(strings.Repeat(" ", 2*p.depth) + open + "+---------------- " + title + " ----------------\n")
		p.depth++
		if !truncated {
			p.format(x.exceptions[i])
		} else {
			rem := num - maxGroupWidth
			plural := "s"
			if rem == 1 {
				plural = ""
			}
			p.emit("and "+strconv.Itoa(rem)+" more exception"+plural+"\n", '|')
		}
		if last && p.needClose {
			p.b.WriteString(strings.Repeat(" ", 2*p.depth) + "+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if top {
		p.depth = 0
	}
}
