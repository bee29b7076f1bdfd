package compile

import (
	"github.com/subpy/subpy/core/ast"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
)

// tryStar compiles try/except*/else (PEP 654; a finally is a try/finally
// around it):
//
//	<body>  (handler: L)  <else>  JUMP end
//	L: PUSH_EXC_INFO; COPY 1; BUILD_LIST 0; SWAP 2    prev, orig, list, rest
//	per clause:
//	  <type> CHECK_EG_MATCH                           prev, orig, list, rest, match
//	  COPY 1; POP_JUMP_IF_NONE nomatch
//	  <store name | POP_TOP>; <body> (handler: raised)  [name = None; del name]
//	  JUMP next
//	  raised: LIST_APPEND 2 [name = None; del name]; JUMP next
//	  nomatch: POP_TOP
//	  next:
//	LIST_APPEND 1; PREP_RERAISE_STAR                  prev, exc_or_none
//	COPY 1; POP_JUMP_IF_NOT_NONE reraise
//	POP_TOP; POP_EXCEPT; JUMP end
//	reraise: SWAP 2; POP_EXCEPT; RERAISE 0
//	cleanup: COPY 3; POP_EXCEPT; RERAISE 1
//	end:
func (c *compiler) tryStar(s *ast.TryStar) {
	handler, end, cleanup, reraise := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	outer := c.u.handler
	c.u.handler = handlerRef{label: handler, depth: c.u.depth}
	c.pushBlock(fblock{kind: fbTryExcept})
	c.u.blocks[len(c.u.blocks)-1].saved = outer
	c.stmts(s.Body)
	c.popBlock()
	c.u.handler = outer
	c.stmts(s.Orelse)
	c.emit(opcode.JUMP, end)

	c.bind(handler)
	c.u.handler = handlerRef{label: cleanup, depth: c.u.depth + 1, lasti: true}
	c.emit(opcode.PUSH_EXC_INFO, 0)
	c.emit(opcode.COPY, 1)
	c.emit(opcode.BUILD_LIST, 0)
	c.emit(opcode.SWAP, 2)
	c.u.depth += 4 // prev, orig, list, rest
	none := func() { c.emit(opcode.LOAD_CONST, c.addConst(object.None, constKey{"None", nil})) }
	for _, h := range s.Handlers {
		old := c.setPos(h)
		next, nomatch, raised := c.newLabel(), c.newLabel(), c.newLabel()
		c.expr(h.Type)
		c.emit(opcode.CHECK_EG_MATCH, 0)
		c.emit(opcode.COPY, 1)
		c.emit(opcode.POP_JUMP_IF_NONE, nomatch)
		if h.Name != "" {
			c.storeName(h.Name)
		} else {
			c.emit(opcode.POP_TOP, 0)
		}
		inner := c.u.handler
		c.u.handler = handlerRef{label: raised, depth: c.u.depth}
		c.pushBlock(fblock{kind: fbExceptStar})
		c.u.blocks[len(c.u.blocks)-1].saved = inner
		c.stmts(h.Body)
		c.popBlock()
		c.u.handler = inner
		c.u.pos = *h.GetPos()
		clearName := func() {
			if h.Name != "" {
				none()
				c.storeName(h.Name)
				c.delName(h.Name)
			}
		}
		clearName()
		c.emit(opcode.JUMP, next)
		c.bind(raised)
		c.emit(opcode.LIST_APPEND, 2)
		clearName()
		c.emit(opcode.JUMP, next)
		c.bind(nomatch)
		c.emit(opcode.POP_TOP, 0)
		c.bind(next)
		c.u.pos = old
	}
	c.u.depth -= 4
	c.emit(opcode.LIST_APPEND, 1)
	c.emit(opcode.PREP_RERAISE_STAR, 0)
	c.emit(opcode.COPY, 1)
	c.emit(opcode.POP_JUMP_IF_NOT_NONE, reraise)
	c.u.handler = outer // what follows raises past the statement
	c.emit(opcode.POP_TOP, 0)
	c.emit(opcode.POP_EXCEPT, 0)
	c.emit(opcode.JUMP, end)
	c.bind(reraise)
	c.emit(opcode.SWAP, 2)
	c.emit(opcode.POP_EXCEPT, 0)
	c.emit(opcode.RERAISE, 0)
	c.bind(cleanup)
	c.emit(opcode.COPY, 3)
	c.emit(opcode.POP_EXCEPT, 0)
	c.emit(opcode.RERAISE, 1)
	c.bind(end)
}
