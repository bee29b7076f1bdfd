package vm

import (
	"fmt"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
)

// Warm-up of generic instructions before they specialize.
const warmup = 8

// run executes the innermost frame (and the Python frames it calls) until
// the frame marked entry returns; it returns that frame's result, or NULL
// with the exception set. Python-to-Python calls stay in this loop.
func (t *Thread) run() (result object.Value) {
	defer func() {
		if r := recover(); r != nil {
			// An engine bug must not crash the process: unwind the frames
			// this run owns and report SystemError.
			for len(t.frames) > 0 {
				f := t.frames[len(t.frames)-1]
				entry := f.entry
				t.popFrame()
				t.depth--
				if entry {
					break
				}
			}
			t.Raisef(object.SystemErrorType, "internal error in the subpy VM: %v", r)
			result = object.Null
		}
	}()
	var (
		f      = t.frames[len(t.frames)-1]
		code   = f.code
		units  = code.Units
		consts = code.Consts
		s      = f.slots
		sp     = f.sp
		pc     = f.pc
		ot     = &t.Thread
	)
	for {
		at := pc
		u := units[pc]
		pc++
		arg := int(u >> 8)
		switch opcode.Opcode(u) {
		case opcode.NOP, opcode.CACHE:
		case opcode.RESUME:
			if t.st != nil && (t.lock.DropRequested() || t.st.PendingAsyncExc.Load() != nil) && !t.safePoint() {
				goto raised
			}
			if arg != 0 && t.throwing != nil {
				t.Exc, t.throwing = t.throwing, nil
				goto raised
			}
		case opcode.POP_TOP:
			sp--
		case opcode.PUSH_NULL:
			s[sp] = object.Null
			sp++
		case opcode.COPY:
			s[sp] = s[sp-arg]
			sp++
		case opcode.SWAP:
			s[sp-1], s[sp-arg] = s[sp-arg], s[sp-1]

		case opcode.LOAD_CONST:
			s[sp] = consts[arg]
			sp++
		case opcode.LOAD_FAST:
			v := s[arg]
			if v.IsNull() {
				t.Raisef(object.UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", code.LocalNames[arg])
				goto raised
			}
			s[sp] = v
			sp++
		case opcode.STORE_FAST:
			sp--
			s[arg] = s[sp]
		case opcode.LOAD_FAST_AND_CLEAR:
			s[sp] = s[arg]
			s[arg] = object.Null
			sp++
		case opcode.DELETE_FAST:
			if s[arg].IsNull() {
				t.Raisef(object.UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", code.LocalNames[arg])
				goto raised
			}
			s[arg] = object.Null
		case opcode.MAKE_CELL:
			s[arg] = object.NewCell(s[arg]).Value()
		case opcode.COPY_FREE_VARS:
			// Done by enterFunction.
		case opcode.LOAD_DEREF:
			v := object.AsCell(s[arg]).Ref
			if v.IsNull() {
				t.raiseUnboundDeref(code, arg)
				goto raised
			}
			s[sp] = v
			sp++
		case opcode.STORE_DEREF:
			sp--
			object.AsCell(s[arg]).Ref = s[sp]
		case opcode.LOAD_FROM_DICT_OR_DEREF:
			v := object.Null
			if f.locals != nil {
				v = f.locals.GetStr(object.NewStr(code.LocalNames[arg]))
			}
			if v.IsNull() {
				if v = object.AsCell(s[arg]).Ref; v.IsNull() {
					t.raiseUnboundDeref(code, arg)
					goto raised
				}
			}
			s[sp] = v
			sp++
		case opcode.LOAD_CLOSURE:
			s[sp] = s[arg]
			sp++

		case opcode.LOAD_GLOBAL:
			var v object.Value
			// The cache hit inline; misses and refills in loadGlobal.
			if c := &code.Caches[opcode.Arg(units[pc])]; c.Dict == f.globals && c.Version == f.globals.KeysVersion &&
				c.Dict2 == f.builtins && c.Version2 == f.builtins.KeysVersion {
				if c.Index >= 0 {
					v = f.globals.EntryValue(int(c.Index))
				} else {
					v = f.builtins.EntryValue(int(c.Counter))
				}
			} else if v = t.loadGlobal(f, code, at, arg>>1); v.IsNull() {
				goto raised
			}
			s[sp] = v
			sp++
			if arg&1 != 0 {
				s[sp] = object.Null
				sp++
			}
			pc++
		case opcode.STORE_GLOBAL:
			sp--
			if f.globals.SetItem(ot, code.Names[arg].Value(), s[sp]) < 0 {
				goto raised
			}
		case opcode.DELETE_GLOBAL:
			if f.globals.DelItem(ot, code.Names[arg].Value()) < 0 {
				t.Clear()
				t.raiseNameError(code.Names[arg])
				goto raised
			}
		case opcode.LOAD_NAME:
			name := code.Names[arg]
			var v object.Value
			if f.locals != nil {
				v = f.locals.GetStr(name)
			} else if !f.mapLocals.IsNull() {
				if v = t.mapLocalsGet(f, name); v.IsNull() && t.Exc != nil {
					goto raised
				}
			}
			if v.IsNull() {
				v = f.globals.GetStr(name)
			}
			if v.IsNull() {
				v = f.builtins.GetStr(name)
			}
			if v.IsNull() {
				t.raiseNameError(name)
				goto raised
			}
			s[sp] = v
			sp++
		case opcode.STORE_NAME:
			sp--
			if f.locals != nil {
				f.locals.SetStr(code.Names[arg], s[sp])
			} else if t.mapLocalsSet(f, code.Names[arg], s[sp]) < 0 {
				goto raised
			}
			s[sp] = object.Null
		case opcode.DELETE_NAME:
			if f.locals == nil {
				if t.mapLocalsSet(f, code.Names[arg], object.Null) < 0 {
					goto raised
				}
			} else if f.locals.DelItem(ot, code.Names[arg].Value()) < 0 {
				t.Clear()
				t.raiseNameError(code.Names[arg])
				goto raised
			}

		case opcode.LOAD_ATTR:
			obj := s[sp-1]
			c := &code.Caches[opcode.Arg(units[pc])]
			pc++
			name := code.Names[arg>>1]
			if arg&1 == 0 {
				if c.Type != nil && object.TypeOf(obj) == c.Type && c.Type.Version == c.Version {
					if a := object.AttrsOf(obj); a != nil && a.Shape == c.Shape {
						if v := a.Slots[c.Index]; !v.IsNull() {
							s[sp-1] = v
							continue
						}
					}
				}
				f.pc = pc // frame.f_lineno of a running frame (frameobj.go)
				v := object.GetAttr(ot, obj, name)
				if v.IsNull() {
					goto raised
				}
				fillAttrCache(c, obj, name)
				s[sp-1] = v
				continue
			}
			// Method form: (obj → meth, self | attr, NULL).
			typ := object.TypeOf(obj)
			if c.Type == typ && c.Type.Version == c.Version {
				if a := object.AttrsOf(obj); a == nil || a.Shape == c.Shape {
					s[sp-1] = c.Value
					s[sp] = obj
					sp++
					continue
				}
			}
			if m := methodCachePoly(c, obj, typ); !m.IsNull() { // spec_attr.go
				s[sp-1] = m
				s[sp] = obj
				sp++
				continue
			}
			if m := t.lookupMethod(c, obj, typ, name); !m.IsNull() {
				s[sp-1] = m
				s[sp] = obj
				sp++
				continue
			}
			if t.Exc != nil {
				goto raised
			}
			v := object.GetAttr(ot, obj, name)
			if v.IsNull() {
				goto raised
			}
			s[sp-1] = v
			s[sp] = object.Null
			sp++
		case opcode.STORE_ATTR:
			obj, v := s[sp-1], s[sp-2]
			c := &code.Caches[opcode.Arg(units[pc])]
			pc++
			sp -= 2
			// Cached: an existing slot of an instance of a class without a
			// descriptor of that name (same guard as LOAD_ATTR's).
			if c.Type != nil && object.TypeOf(obj) == c.Type && c.Type.Version == c.Version {
				if a := object.AttrsOf(obj); a != nil && a.Shape == c.Shape {
					a.Slots[c.Index] = v
					continue
				}
			}
			name := code.Names[arg]
			if object.SetAttr(ot, obj, name, v) < 0 {
				goto raised
			}
			fillAttrCache(c, obj, name)
		case opcode.DELETE_ATTR:
			sp--
			if object.SetAttr(ot, s[sp], code.Names[arg], object.Null) < 0 {
				goto raised
			}
		case opcode.BINARY_SUBSCR:
			pc++
			container, key := s[sp-2], s[sp-1]
			var v object.Value
			if l, ok := object.AsList(container); ok && key.IsSmallInt() && object.TypeOf(container) == object.ListType {
				i := key.SmallInt()
				if i < 0 {
					i += int64(len(l.Items))
				}
				if i >= 0 && i < int64(len(l.Items)) {
					v = l.Items[i]
				}
			}
			if v.IsNull() {
				v = object.GetItem(ot, container, key)
				if v.IsNull() {
					goto raised
				}
			}
			sp--
			s[sp-1] = v
		case opcode.STORE_SUBSCR:
			r := object.SetItem(ot, s[sp-2], s[sp-1], s[sp-3])
			sp -= 3
			if r < 0 {
				goto raised
			}
		case opcode.DELETE_SUBSCR:
			r := object.SetItem(ot, s[sp-2], s[sp-1], object.Null)
			sp -= 2
			if r < 0 {
				goto raised
			}

		case opcode.BINARY_OP:
			pc++
			a, b := s[sp-2], s[sp-1]
			var r object.Value
			if a.IsSmallInt() && b.IsSmallInt() {
				x, y := a.SmallInt(), b.SmallInt()
				switch arg {
				case opcode.NB_ADD, opcode.NB_INPLACE_ADD:
					if z, ok := object.AddInt64(x, y); ok {
						r = object.Int(z)
					}
				case opcode.NB_SUBTRACT, opcode.NB_INPLACE_SUBTRACT:
					if z, ok := object.SubInt64(x, y); ok {
						r = object.Int(z)
					}
				case opcode.NB_MULTIPLY, opcode.NB_INPLACE_MULTIPLY:
					if z, ok := object.MulInt64(x, y); ok {
						r = object.Int(z)
					}
				default:
					r = binarySmallInt(arg, x, y) // spec_binary.go
				}
			} else if a.IsFloat() && b.IsFloat() {
				x, y := a.FloatVal(), b.FloatVal()
				switch arg {
				case opcode.NB_ADD, opcode.NB_INPLACE_ADD:
					r = object.Float(x + y)
				case opcode.NB_SUBTRACT, opcode.NB_INPLACE_SUBTRACT:
					r = object.Float(x - y)
				case opcode.NB_MULTIPLY, opcode.NB_INPLACE_MULTIPLY:
					r = object.Float(x * y)
				case opcode.NB_TRUE_DIVIDE, opcode.NB_INPLACE_TRUE_DIVIDE:
					if y != 0 {
						r = object.Float(x / y)
					}
				}
			} else if a.IsFloat() || b.IsFloat() {
				r = binaryFloatMixed(arg, a, b) // spec_binary.go
			}
			if r.IsNull() {
				if arg >= opcode.NB_INPLACE_ADD {
					r = object.InPlaceOp(ot, a, b, arg-opcode.NB_INPLACE_ADD)
				} else {
					r = object.BinaryOp(ot, a, b, arg)
				}
				if r.IsNull() {
					goto raised
				}
			}
			sp--
			s[sp-1] = r
		case opcode.UNARY_NEGATIVE, opcode.UNARY_POSITIVE, opcode.UNARY_INVERT:
			v := s[sp-1]
			var r object.Value
			switch opcode.Opcode(u) {
			case opcode.UNARY_NEGATIVE:
				if v.IsSmallInt() && v.SmallInt() != -1<<63 {
					r = object.Int(-v.SmallInt())
				} else if v.IsFloat() {
					r = object.Float(-v.FloatVal())
				} else {
					r = object.Neg(ot, v)
				}
			case opcode.UNARY_POSITIVE:
				r = object.Pos(ot, v)
			default:
				r = object.Invert(ot, v)
			}
			if r.IsNull() {
				goto raised
			}
			s[sp-1] = r
		case opcode.UNARY_NOT:
			tr := object.Truth(ot, s[sp-1])
			if tr < 0 {
				goto raised
			}
			s[sp-1] = object.Bool(tr == 0)
		case opcode.COMPARE_OP:
			pc++
			a, b := s[sp-2], s[sp-1]
			var r object.Value
			if a.IsSmallInt() && b.IsSmallInt() {
				r = compareInt64(a.SmallInt(), b.SmallInt(), arg)
			} else if a.IsFloat() && b.IsFloat() {
				r = compareFloat64(a.FloatVal(), b.FloatVal(), arg)
			} else {
				r = object.Null
			}
			if !r.IsNull() {
				// Fused with a following conditional jump (CPython 3.12's
				// COMPARE_AND_BRANCH): no bool materialized, one dispatch less.
				if next := units[pc]; opcode.Op(next) == opcode.POP_JUMP_IF_FALSE || opcode.Op(next) == opcode.POP_JUMP_IF_TRUE {
					sp -= 2
					pc++
					if (r == object.True) == (opcode.Op(next) == opcode.POP_JUMP_IF_TRUE) {
						pc = opcode.Arg(next)
					}
					continue
				}
			} else {
				r = object.RichCompare(ot, a, b, arg)
				if r.IsNull() {
					goto raised
				}
			}
			sp--
			s[sp-1] = r
		case opcode.IS_OP:
			r := s[sp-2] == s[sp-1]
			sp--
			s[sp-1] = object.Bool(r != (arg == 1))
		case opcode.CONTAINS_OP:
			r := object.Contains(ot, s[sp-1], s[sp-2])
			if r < 0 {
				goto raised
			}
			sp--
			s[sp-1] = object.Bool((r == 1) != (arg == 1))

		case opcode.JUMP:
			pc = arg
		case opcode.JUMP_BACKWARD:
			pc = arg
			if t.st != nil && (t.lock.DropRequested() || t.st.PendingAsyncExc.Load() != nil) && !t.safePoint() {
				goto raised
			}
		case opcode.POP_JUMP_IF_FALSE, opcode.POP_JUMP_IF_TRUE:
			sp--
			v := s[sp]
			var tr int
			switch {
			case v == object.True:
				tr = 1
			case v == object.False:
				tr = 0
			default:
				if tr = object.Truth(ot, v); tr < 0 {
					goto raised
				}
			}
			if (tr == 1) == (opcode.Opcode(u) == opcode.POP_JUMP_IF_TRUE) {
				pc = arg
			}
		case opcode.POP_JUMP_IF_NONE:
			sp--
			if s[sp] == object.None {
				pc = arg
			}
		case opcode.POP_JUMP_IF_NOT_NONE:
			sp--
			if s[sp] != object.None {
				pc = arg
			}

		case opcode.GET_ITER:
			it := object.GetIter(ot, s[sp-1])
			if it.IsNull() {
				goto raised
			}
			s[sp-1] = it
		case opcode.FOR_ITER:
			pc++
			it := s[sp-1]
			var v object.Value
			var ok bool
			switch {
			case object.IsRangeIter(it):
				v, ok = object.RangeIterNext(it)
			case object.IsListIter(it):
				v, ok = object.ListIterNext(it)
			default:
				if object.TypeOf(it) == object.GeneratorType {
					if gf := t.resumeInline(it, object.None); gf != nil {
						f.pc, f.sp = pc, sp
						gf.inline, gf.target = inlineForIter, arg
						f = gf
						code, units, consts, s, sp, pc = f.code, f.code.Units, f.code.Consts, f.slots, f.sp, f.pc
						continue
					}
				}
				v = object.Next(ot, it)
				if v.IsNull() && t.Exc != nil {
					if !t.ExceptionMatches(object.StopIterationType) {
						goto raised
					}
					t.Clear()
				}
				ok = !v.IsNull()
			}
			if !ok {
				sp--
				s[sp] = object.Null
				pc = arg
				continue
			}
			s[sp] = v
			sp++

		case opcode.BUILD_TUPLE:
			items := make([]object.Value, arg)
			copy(items, s[sp-arg:sp])
			clear(s[sp-arg : sp])
			sp -= arg
			s[sp] = object.NewTuple(items).Value()
			sp++
		case opcode.BUILD_LIST:
			items := make([]object.Value, arg)
			copy(items, s[sp-arg:sp])
			clear(s[sp-arg : sp])
			sp -= arg
			s[sp] = object.NewList(items).Value()
			sp++
		case opcode.BUILD_SET:
			set := object.NewSet()
			for _, v := range s[sp-arg : sp] {
				if set.Add(ot, v) < 0 {
					goto raised
				}
			}
			clear(s[sp-arg : sp])
			sp -= arg
			s[sp] = set.Value()
			sp++
		case opcode.SET_ADD:
			sp--
			set, _ := object.AsSet(s[sp-arg])
			if set.Add(ot, s[sp]) < 0 {
				goto raised
			}
		case opcode.BUILD_MAP:
			d := object.NewDict()
			for i := sp - 2*arg; i < sp; i += 2 {
				if d.SetItem(ot, s[i], s[i+1]) < 0 {
					goto raised
				}
			}
			clear(s[sp-2*arg : sp])
			sp -= 2 * arg
			s[sp] = d.Value()
			sp++
		case opcode.BUILD_SLICE:
			var step = object.None
			if arg == 3 {
				sp--
				step = s[sp]
			}
			sp--
			s[sp-1] = object.NewSlice(s[sp-1], s[sp], step)
		case opcode.LIST_APPEND:
			sp--
			l, _ := object.AsList(s[sp-arg])
			l.Append(s[sp])
		case opcode.LIST_EXTEND:
			sp--
			items, ok := object.CollectItems(ot, s[sp])
			if !ok {
				// A call's only positional argument is *x when the call
				// (CALL_FUNCTION_EX) or its keyword section (BUILD_MAP 0,
				// compile's callExArgs) comes next: CPython then names the
				// callee.
				next := opcode.Op(units[pc])
				t.starError(s, sp, arg, next == opcode.CALL_FUNCTION_EX ||
					next == opcode.BUILD_MAP && opcode.Arg(units[pc]) == 0) // suggest.go
				goto raised
			}
			l, _ := object.AsList(s[sp-arg])
			l.Items = append(l.Items, items...)
		case opcode.MAP_ADD:
			sp -= 2
			d, _ := object.AsDict(s[sp-arg])
			if d.SetItem(ot, s[sp], s[sp+1]) < 0 {
				goto raised
			}
		case opcode.UNPACK_SEQUENCE:
			seq := s[sp-1]
			var items []object.Value
			if tu, ok := object.AsTuple(seq); ok {
				items = tu.Items
			} else if l, ok := object.AsList(seq); ok {
				items = l.Items
			} else {
				var ok bool
				if items, ok = t.collectForUnpack(seq); !ok {
					goto raised
				}
			}
			if len(items) != arg {
				if len(items) < arg {
					t.Raisef(object.ValueErrorType, "not enough values to unpack (expected %d, got %d)", arg, len(items))
				} else {
					t.Raisef(object.ValueErrorType, "too many values to unpack (expected %d)", arg)
				}
				goto raised
			}
			sp--
			for i := len(items) - 1; i >= 0; i-- {
				s[sp] = items[i]
				sp++
			}
		case opcode.UNPACK_EX:
			before, after := arg&0xff, arg>>8
			items, ok := t.collectForUnpack(s[sp-1])
			if !ok {
				goto raised
			}
			if len(items) < before+after {
				t.Raisef(object.ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
				goto raised
			}
			sp--
			n := len(items)
			for i := n - 1; i >= n-after; i-- {
				s[sp] = items[i]
				sp++
			}
			s[sp] = object.NewList(append([]object.Value(nil), items[before:n-after]...)).Value()
			sp++
			for i := before - 1; i >= 0; i-- {
				s[sp] = items[i]
				sp++
			}
		case opcode.LIST_TO_TUPLE:
			l, _ := object.AsList(s[sp-1])
			s[sp-1] = object.NewTuple(l.Items).Value()
		case opcode.SET_UPDATE:
			sp--
			set, _ := object.AsSet(s[sp-arg])
			if set.Update(ot, s[sp]) < 0 {
				goto raised
			}
		case opcode.DICT_UPDATE, opcode.DICT_MERGE:
			sp--
			d, _ := object.AsDict(s[sp-arg])
			merge := opcode.Opcode(u) == opcode.DICT_MERGE
			var callee object.Value
			if merge {
				callee = s[sp-arg-3] // callable, NULL, args list, kwargs dict
			}
			if !t.dictUpdate(d, s[sp], merge, callee) {
				goto raised
			}
		case opcode.FORMAT_SIMPLE:
			r := object.Format(ot, s[sp-1], "")
			if r.IsNull() {
				goto raised
			}
			s[sp-1] = r
		case opcode.FORMAT_WITH_SPEC:
			r := t.format(s[sp-2], s[sp-1])
			if r.IsNull() {
				goto raised
			}
			sp--
			s[sp-1] = r
		case opcode.CONVERT_VALUE:
			var r object.Value
			if arg == 1 {
				r = object.StrOf(ot, s[sp-1])
			} else if arg == 3 {
				r = object.ASCII(ot, s[sp-1])
			} else {
				r = object.ReprValue(ot, s[sp-1])
			}
			if r.IsNull() {
				goto raised
			}
			s[sp-1] = r
		case opcode.BUILD_STRING:
			var b []byte
			for _, v := range s[sp-arg : sp] {
				str, _ := object.AsStr(v)
				b = append(b, str.String()...)
			}
			clear(s[sp-arg : sp])
			sp -= arg
			s[sp] = object.NewStr(string(b)).Value()
			sp++

		case opcode.CALL, opcode.CALL_KW:
			var kwnames *object.Tuple
			if opcode.Opcode(u) == opcode.CALL_KW {
				sp--
				kwnames, _ = object.AsTuple(s[sp])
				s[sp] = object.Null
			} else {
				pc++
			}
			base := sp - arg - 2
			callable, self := s[base], s[base+1]
			if self.IsNull() {
				if m, ok := object.AsMethod(callable); ok {
					callable, self = m.Func, m.Self
					s[base], s[base+1] = callable, self
				}
			}
			args := s[base+2 : sp]
			if !self.IsNull() {
				args = s[base+1 : sp]
			}
			if fn, ok := object.AsFunction(callable); ok && fn.Code.Flags&object.CodeGenerator == 0 {
				f.pc, f.sp = pc, base
				nf := t.enterFunction(fn, args, kwnames)
				if nf == nil {
					goto raised
				}
				f, code = nf, nf.code
				units, consts, s, sp, pc = code.Units, code.Consts, nf.slots, nf.sp, 0
				continue
			}
			var r object.Value
			f.pc = pc // the frame's line for frame objects (warnings, sys._getframe)
			if b, ok := object.AsBuiltin(callable); ok {
				r = b.Fn(ot, b.Self, args, kwnames)
			} else if d, ok := object.AsMethodDescr(callable); ok {
				r = object.CallMethodDescr(ot, d, args, kwnames)
			} else {
				r = object.Call(ot, callable, args, kwnames)
			}
			clear(s[base:sp])
			sp = base
			if r.IsNull() {
				goto raised
			}
			s[sp] = r
			sp++
		case opcode.CALL_FUNCTION_EX:
			var kw *object.Dict
			if arg&1 != 0 {
				sp--
				kw, _ = object.AsDict(s[sp])
			}
			sp--
			l, _ := object.AsList(s[sp])
			args := append([]object.Value(nil), l.Items...)
			var kwnames *object.Tuple
			if kw != nil && kw.Len() > 0 {
				var names []object.Value
				badKey := false
				kw.Items(func(k, v object.Value) bool {
					if _, ok := object.AsStr(k); !ok {
						badKey = true
						return false
					}
					names = append(names, k)
					args = append(args, v)
					return true
				})
				if badKey {
					t.RaiseMsg(object.TypeErrorType, "keywords must be strings")
					sp -= 2
					clear(s[sp : sp+4])
					goto raised
				}
				kwnames = object.NewTuple(names)
			}
			callable := s[sp-2]
			r := object.Call(ot, callable, args, kwnames)
			sp -= 2
			clear(s[sp : sp+4])
			if r.IsNull() {
				goto raised
			}
			s[sp] = r
			sp++
		case opcode.MAKE_FUNCTION:
			c, _ := object.AsCode(s[sp-1])
			s[sp-1] = object.NewFunction(c, f.globals, f.builtins).Value()
		case opcode.SET_FUNCTION_ATTRIBUTE:
			fn, _ := object.AsFunction(s[sp-1])
			v := s[sp-2]
			switch arg {
			case opcode.FuncDefaults:
				fn.Defaults, _ = object.AsTuple(v)
			case opcode.FuncKwDefaults:
				fn.KwDefaults, _ = object.AsDict(v)
			case opcode.FuncClosure:
				fn.Closure, _ = object.AsTuple(v)
			case opcode.FuncAnnotations:
				if object.SetFunctionAnnotations(ot, fn.Value(), v) < 0 {
					goto raised
				}
			}
			sp--
			s[sp-1] = fn.Value()
			s[sp] = object.Null
		case opcode.SETUP_ANNOTATIONS:
			if f.locals != nil {
				if object.SetupAnnotations(ot, f.locals) < 0 {
					goto raised
				}
			} else if name := object.NewStr("__annotations__"); t.mapLocalsGet(f, name).IsNull() {
				if ot.Exc != nil || t.mapLocalsSet(f, name, object.NewDict().Value()) < 0 {
					goto raised
				}
			}
		case opcode.LOAD_LOCALS:
			if f.locals != nil {
				s[sp] = f.locals.Value()
			} else if !f.mapLocals.IsNull() {
				s[sp] = f.mapLocals
			} else {
				t.RaiseMsg(object.SystemErrorType, "no locals found")
				goto raised
			}
			sp++
		case opcode.LOAD_FROM_DICT_OR_GLOBALS:
			name := code.Names[arg]
			v := object.MappingLookup(ot, s[sp-1], name)
			if v.IsNull() {
				if ot.Exc != nil {
					goto raised
				}
				if v = f.globals.GetStr(name); v.IsNull() {
					if v = f.builtins.GetStr(name); v.IsNull() {
						t.raiseNameError(name)
						goto raised
					}
				}
			}
			s[sp-1] = v
		case opcode.LOAD_MAPPING_OR_DEREF:
			v := object.MappingLookup(ot, s[sp-1], object.NewStr(code.LocalNames[arg]))
			if v.IsNull() {
				if ot.Exc != nil {
					goto raised
				}
				if v = object.AsCell(s[arg]).Ref; v.IsNull() {
					t.raiseUnboundDeref(code, arg)
					goto raised
				}
			}
			s[sp-1] = v
		case opcode.CALL_INTRINSIC_1:
			r := object.CallIntrinsic1(ot, arg, s[sp-1])
			if r.IsNull() {
				goto raised
			}
			s[sp-1] = r
		case opcode.CALL_INTRINSIC_2:
			sp--
			r := object.CallIntrinsic2(ot, arg, s[sp-1], s[sp])
			s[sp] = object.Null
			if r.IsNull() {
				goto raised
			}
			s[sp-1] = r
		case opcode.LOAD_BUILD_CLASS:
			v := f.builtins.GetStr(strBuildClass)
			if v.IsNull() {
				t.RaiseMsg(object.NameErrorType, "__build_class__ not found")
				goto raised
			}
			s[sp] = v
			sp++
		case opcode.BEFORE_WITH:
			exit, res := t.beforeWith(s[sp-1])
			if res.IsNull() {
				goto raised
			}
			s[sp-1] = exit
			s[sp] = res
			sp++
		case opcode.WITH_EXCEPT_START:
			e, _ := object.AsException(s[sp-1])
			tb := object.None
			if e.Traceback != nil {
				tb = e.TracebackValue()
			}
			r := object.Call(ot, s[sp-4], []object.Value{object.TypeOf(s[sp-1]).Value(), s[sp-1], tb}, nil)
			if r.IsNull() {
				goto raised
			}
			s[sp] = r
			sp++
		case opcode.YIELD_VALUE:
			sp--
			v := s[sp]
			f.pc, f.sp = pc, sp
			if kind := f.inline; kind != 0 {
				// Resumed by SEND/FOR_ITER below: hand v to that frame.
				f.inline = 0
				f.gen.Running = false
				t.leaveGenExc(f)
				t.suspendFrame()
				f = t.frames[len(t.frames)-1]
				code, units, consts, s, sp, pc = f.code, f.code.Units, f.code.Consts, f.slots, f.sp, f.pc
				if kind == inlineSend {
					s[sp-1] = v
				} else {
					s[sp] = v
					sp++
				}
				continue
			}
			// Entered from Go (ResumeGenerator): suspend and return to it.
			t.suspendFrame()
			t.yielded = true
			return v
		case opcode.RETURN_VALUE, opcode.RETURN_CONST:
			var r object.Value
			if opcode.Opcode(u) == opcode.RETURN_CONST {
				r = consts[arg]
			} else {
				sp--
				r = s[sp]
			}
			if f.inline != 0 {
				// A generator resumed by SEND/FOR_ITER returned.
				kind, target := f.inline, f.target
				f.inline = 0
				f.gen.Finished, f.gen.Running = true, false
				t.leaveGenExc(f)
				t.popFrame()
				t.depth--
				f = t.frames[len(t.frames)-1]
				code, units, consts, s, sp, pc = f.code, f.code.Units, f.code.Consts, f.slots, f.sp, f.pc
				sp--
				s[sp] = object.Null
				if kind == inlineSend {
					s[sp-1] = r
				}
				pc = target
				continue
			}
			entry := f.entry
			if f.obj != nil {
				f.pc = pc // the frame object's last line
			}
			t.popFrame()
			t.depth--
			if entry {
				return r
			}
			f = t.frames[len(t.frames)-1]
			code, units, consts, s, sp, pc = f.code, f.code.Units, f.code.Consts, f.slots, f.sp, f.pc
			s[sp] = r
			sp++

		case opcode.IMPORT_NAME:
			level, _ := object.AsInt64(s[sp-2])
			m := t.importName(f, code.Names[arg].String(), s[sp-1], int(level))
			if m.IsNull() {
				goto raised
			}
			sp--
			s[sp-1] = m
		case opcode.IMPORT_FROM:
			v := t.importFrom(s[sp-1], code.Names[arg])
			if v.IsNull() {
				goto raised
			}
			s[sp] = v
			sp++
		case opcode.IMPORT_STAR:
			sp--
			if !t.importStar(f, s[sp]) {
				goto raised
			}
		case opcode.RAISE_VARARGS:
			if arg == 0 && t.Handled != nil {
				// A bare raise re-raises as it is: no traceback entry (CPython).
				t.Exc = t.Handled
				goto unwind
			}
			t.doRaise(s[sp-arg : sp])
			clear(s[sp-arg : sp])
			sp -= arg
			goto raised
		case opcode.PUSH_EXC_INFO:
			exc := s[sp-1]
			prev := object.None
			if t.Handled != nil {
				prev = t.Handled.Value()
			}
			s[sp-1] = prev
			s[sp] = exc
			sp++
			t.Handled, _ = object.AsException(exc)
		case opcode.POP_EXCEPT:
			sp--
			t.Handled, _ = object.AsException(s[sp])
			s[sp] = object.Null
		case opcode.CHECK_EXC_MATCH:
			r := t.excMatches(s[sp-2], s[sp-1])
			if r < 0 {
				goto raised
			}
			s[sp-1] = object.Bool(r == 1)
		case opcode.RERAISE:
			sp--
			e, ok := object.AsException(s[sp])
			if !ok {
				// Never an exception lost: an engine bug surfaces.
				t.Raisef(object.SystemErrorType, "RERAISE of a non-exception %s", object.TypeOf(s[sp]).Name)
				s[sp] = object.Null
				goto raised
			}
			s[sp] = object.Null
			// With arg != 0 CPython also restores f_lasti from the item
			// below (for frame.f_lineno); the handler lookup stays at this
			// instruction. Tracebacks here do not read f_lasti yet.
			t.Exc = e
			goto unwind

		// Generators II (vm/generator.go), pattern matching (vm/match.go),
		// except* (vm/excgroup.go).
		case opcode.GET_AWAITABLE:
			it := t.getAwaitable(s[sp-1], arg)
			if it.IsNull() {
				goto raised
			}
			s[sp-1] = it
		case opcode.GET_AITER:
			it := t.getAIter(s[sp-1])
			if it.IsNull() {
				goto raised
			}
			s[sp-1] = it
		case opcode.GET_ANEXT:
			aw := t.getANext(s[sp-1])
			if aw.IsNull() {
				goto raised
			}
			s[sp] = aw
			sp++
		case opcode.END_ASYNC_FOR:
			e, _ := object.AsException(s[sp-1])
			s[sp-1], s[sp-2] = object.Null, object.Null
			sp -= 2
			if !e.Type().IsSubtype(object.StopAsyncIterationType) {
				t.Exc = e
				goto unwind
			}
		case opcode.BEFORE_ASYNC_WITH:
			exit, res := t.beforeAsyncWith(s[sp-1])
			if res.IsNull() {
				goto raised
			}
			s[sp-1] = exit
			s[sp] = res
			sp++
		case opcode.GET_YIELD_FROM_ITER:
			if object.TypeOf(s[sp-1]) == object.CoroutineType && code.Flags&object.CodeCoroutine == 0 {
				t.RaiseMsg(object.TypeErrorType, "cannot 'yield from' a coroutine object in a non-coroutine generator")
				goto raised
			}
			if object.TypeOf(s[sp-1]) != object.GeneratorType && object.TypeOf(s[sp-1]) != object.CoroutineType {
				it := object.GetIter(ot, s[sp-1])
				if it.IsNull() {
					goto raised
				}
				s[sp-1] = it
			}
		case opcode.SEND:
			if gf := t.resumeInline(s[sp-2], s[sp-1]); gf != nil {
				f.pc, f.sp = pc, sp
				gf.inline, gf.target = inlineSend, arg
				f = gf
				code, units, consts, s, sp, pc = f.code, f.code.Units, f.code.Consts, f.slots, f.sp, f.pc
				continue
			}
			r, done := t.send(s[sp-2], s[sp-1])
			if r.IsNull() {
				goto raised
			}
			if done {
				sp--
				s[sp] = object.Null
				s[sp-1] = r
				pc = arg
				continue
			}
			s[sp-1] = r
		case opcode.DELETE_DEREF:
			cell := object.AsCell(s[arg])
			if cell.Ref.IsNull() {
				t.raiseUnboundDeref(code, arg)
				goto raised
			}
			cell.Ref = object.Null
		case opcode.CHECK_EG_MATCH:
			rest, match := t.checkEGMatch(s[sp-2], s[sp-1])
			if rest.IsNull() {
				goto raised
			}
			s[sp-2], s[sp-1] = rest, match
		case opcode.PREP_RERAISE_STAR:
			r := t.prepReraiseStar(s[sp-2], s[sp-1])
			if r.IsNull() {
				goto raised
			}
			sp--
			s[sp] = object.Null
			s[sp-1] = r
		case opcode.GET_LEN, opcode.MATCH_MAPPING, opcode.MATCH_SEQUENCE, opcode.MATCH_KEYS,
			opcode.MATCH_CLASS, opcode.COPY_DICT_WITHOUT_KEYS:
			var ok bool
			if sp, ok = t.matchOp(opcode.Opcode(u), arg, s, sp); !ok {
				goto raised
			}
		default:
			t.Raisef(object.SystemErrorType, "unknown opcode %d", u&0xff)
			goto raised
		}
		continue

	raised:
		// A new exception in this frame: record where.
		if t.Exc == nil {
			t.Raisef(object.SystemErrorType, "error return without exception set")
		}
		t.addTraceback(f, code, at)
	unwind:
		for {
			if h, ok := findHandler(code, at); ok {
				// Cut the stack to the handler's depth, push lasti and exc.
				base := code.NLocals() + int(h.Depth)
				clear(s[base:sp])
				sp = base
				if h.Lasti {
					s[sp] = object.Int(int64(at))
					sp++
				}
				s[sp] = t.Exc.Value()
				sp++
				t.Exc = nil
				pc = int(h.Target)
				break
			}
			// No handler: leave the frame.
			if f.inline != 0 {
				f.inline = 0
				t.leaveGenExc(f)
				t.generatorRaised(f.gen)
			}
			entry := f.entry
			t.popFrame()
			t.depth--
			if entry {
				return object.Null
			}
			f = t.frames[len(t.frames)-1]
			code, units, consts, s, sp, pc = f.code, f.code.Units, f.code.Consts, f.slots, f.sp, f.pc
			at = pc - 1
			for at > 0 && opcode.Op(units[at]) == opcode.CACHE {
				at--
			}
			t.addTraceback(f, code, at)
		}
	}
}

var (
	strEnter = object.NewStr("__enter__")
	strExit  = object.NewStr("__exit__")
)

// beforeWith is BEFORE_WITH: the bound __exit__ and __enter__()'s result.
func (t *Thread) beforeWith(mgr object.Value) (object.Value, object.Value) {
	typ := object.TypeOf(mgr)
	enter := typ.Lookup(strEnter)
	if enter.IsNull() {
		return object.Null, t.Raisef(object.TypeErrorType, "'%s' object does not support the context manager protocol", typ.Name)
	}
	exit := typ.Lookup(strExit)
	if exit.IsNull() {
		return object.Null, t.Raisef(object.TypeErrorType, "'%s' object does not support the context manager protocol (missed __exit__ method)", typ.Name)
	}
	bind := func(m object.Value) object.Value {
		if dt := object.TypeOf(m); dt.DescrGet != nil {
			return dt.DescrGet(&t.Thread, m, mgr, typ)
		}
		return m
	}
	exitBound := bind(exit)
	if exitBound.IsNull() {
		return object.Null, object.Null
	}
	enterBound := bind(enter)
	if enterBound.IsNull() {
		return object.Null, object.Null
	}
	return exitBound, object.Call(&t.Thread, enterBound, nil, nil)
}

// dictUpdate is DICT_UPDATE and DICT_MERGE (merge: for f(**m), where a
// repeated key is an error naming the callee).
func (t *Thread) dictUpdate(d *object.Dict, m object.Value, merge bool, callee object.Value) bool {
	src, ok := object.AsDict(m)
	if !ok {
		if merge {
			t.Raisef(object.TypeErrorType, "%s argument after ** must be a mapping, not %s", calleeName(callee), object.TypeOf(m).Name)
		} else {
			t.Raisef(object.TypeErrorType, "'%s' object is not a mapping", object.TypeOf(m).Name)
		}
		return false
	}
	failed := false
	src.Items(func(k, v object.Value) bool {
		if merge {
			if cur := d.GetItem(&t.Thread, k); !cur.IsNull() {
				ks, _ := object.AsStr(k)
				t.Raisef(object.TypeErrorType, "%s got multiple values for keyword argument '%s'", calleeName(callee), ks)
				failed = true
				return false
			}
		}
		failed = d.SetItem(&t.Thread, k, v) < 0
		return !failed
	})
	return !failed
}

func calleeName(v object.Value) string {
	if f, ok := object.AsFunction(v); ok {
		// CPython's _PyObject_FunctionStr: module-qualified unless builtins.
		if m, ok := object.AsStr(f.Module); ok && m.String() != "builtins" {
			return m.String() + "." + f.QualName + "()"
		}
		return f.QualName + "()"
	}
	if b, ok := object.AsBuiltin(v); ok {
		return b.Name + "()"
	}
	if typ := object.AsType(v); typ != nil {
		return typ.FullName() + "()"
	}
	return object.TypeOf(v).Name + " object"
}

// safePoint is the slow path of the VM's safe points: hand the lock to a
// waiting thread state, and raise a pending asynchronous exception
// (PyThreadState_SetAsyncExc, Ctrl-C in the launcher: the front stores an
// object.Value — an exception class or instance — in
// statestruct.Thread.PendingAsyncExc). It returns false with the
// exception set.
func (t *Thread) safePoint() bool {
	t.st.YieldIfRequested()
	p := t.st.PendingAsyncExc.Swap(nil)
	if p == nil {
		return true
	}
	v, ok := (*p).(object.Value)
	if !ok {
		t.RaiseMsg(object.SystemErrorType, "pending asynchronous exception is not a Python object")
		return false
	}
	if e := t.makeException(v, "exceptions must derive from BaseException"); e != nil {
		t.Raise(e)
	}
	return false
}

// findHandler looks the instruction at pc up in the exception table.
func findHandler(code *object.Code, pc int) (object.ExcEntry, bool) {
	for _, e := range code.ExcTable {
		if int(e.Start) <= pc && pc < int(e.End) {
			return e, true
		}
	}
	return object.ExcEntry{}, false
}

var strBuildClass = object.NewStr("__build_class__")

func compareInt64(x, y int64, op int) object.Value {
	var r bool
	switch op {
	case opcode.CMP_LT:
		r = x < y
	case opcode.CMP_LE:
		r = x <= y
	case opcode.CMP_EQ:
		r = x == y
	case opcode.CMP_NE:
		r = x != y
	case opcode.CMP_GT:
		r = x > y
	default:
		r = x >= y
	}
	return object.Bool(r)
}

func compareFloat64(x, y float64, op int) object.Value {
	var r bool
	switch op {
	case opcode.CMP_LT:
		r = x < y
	case opcode.CMP_LE:
		r = x <= y
	case opcode.CMP_EQ:
		r = x == y
	case opcode.CMP_NE:
		r = x != y
	case opcode.CMP_GT:
		r = x > y
	default:
		r = x >= y
	}
	return object.Bool(r)
}

// loadGlobal is LOAD_GLOBAL with its cache: the globals' and builtins'
// identity and keys versions guard the cached entry indexes.
func (t *Thread) loadGlobal(f *Frame, code *object.Code, at, namei int) object.Value {
	c := &code.Caches[opcode.Arg(code.Units[at+1])]
	g, b := f.globals, f.builtins
	if c.Dict == g && c.Dict2 == b && c.Version == g.KeysVersion && c.Version2 == b.KeysVersion {
		if c.Index >= 0 {
			return g.EntryValue(int(c.Index))
		}
		return b.EntryValue(int(c.Counter))
	}
	name := code.Names[namei]
	if ix := g.LookupStrIndex(name); ix >= 0 {
		*c = object.InlineCache{Dict: g, Dict2: b, Version: g.KeysVersion, Version2: b.KeysVersion, Index: int32(ix)}
		return g.EntryValue(ix)
	}
	if ix := b.LookupStrIndex(name); ix >= 0 {
		*c = object.InlineCache{Dict: g, Dict2: b, Version: g.KeysVersion, Version2: b.KeysVersion, Index: -1, Counter: int32(ix)}
		return b.EntryValue(ix)
	}
	return t.raiseNameError(name)
}

// fillAttrCache caches an instance attribute found in the object's own
// slots (when the class has no descriptor of that name).
func fillAttrCache(c *object.InlineCache, obj object.Value, name *object.Str) {
	typ := object.TypeOf(obj)
	if !typ.IsHeapType() || typ.CustomAttrAccess() || !typ.Lookup(name).IsNull() {
		return
	}
	a := object.AttrsOf(obj)
	if a == nil || a.Shape == nil {
		return
	}
	i := a.Shape.Find(name)
	if i < 0 {
		return
	}
	c.Type, c.Version, c.Shape, c.Index = typ, typ.Version, a.Shape, int32(i)
}

// lookupMethod resolves the method form of LOAD_ATTR: a plain function or
// builtin method on the type, not shadowed by the instance. It fills the
// cache. NULL (without exception) when the attribute is something else.
func (t *Thread) lookupMethod(c *object.InlineCache, obj object.Value, typ *object.Type, name *object.Str) object.Value {
	// Only for the generic attribute lookup (GetAttr nil): a type with
	// its own (super, modules, types...) resolves names its own way.
	if typ.GetAttr != nil || typ.CustomAttrAccess() {
		return object.Null
	}
	m := typ.Lookup(name)
	if m.IsNull() {
		return object.Null
	}
	if _, ok := object.AsFunction(m); !ok {
		if _, ok := object.AsMethodDescr(m); !ok {
			return object.Null
		}
	}
	a := object.AttrsOf(obj)
	if a != nil {
		if a.HasDict() {
			// A dict-backed instance's shape is its own empty one whatever
			// its __dict__ holds: a later obj.__dict__['f'] = ... would not
			// change it, so such an instance is never cached.
			if !a.Get(name).IsNull() {
				return object.Null // the instance attribute shadows the method
			}
			return m
		}
		if a.Shape != nil {
			if i := a.Shape.Find(name); i >= 0 {
				if !a.Slots[i].IsNull() {
					return object.Null // the instance attribute shadows the method
				}
				// A deleted slot of that name: a store would refill it
				// without a shape change, so the shape cannot guard a cache.
				return m
			}
		}
	}
	if typ.Version != 0 {
		c.Type, c.Version, c.Value = typ, typ.Version, m
		c.Shape = nil
		if a != nil {
			c.Shape = a.Shape
		}
	}
	return m
}

func (t *Thread) raiseUnboundDeref(code *object.Code, i int) {
	name := code.LocalNames[i]
	if code.LocalKinds[i]&object.LocalFree != 0 {
		t.Raisef(object.NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
		return
	}
	t.Raisef(object.UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
}

func (t *Thread) collectForUnpack(seq object.Value) ([]object.Value, bool) {
	if object.TypeOf(seq).Iter == nil && object.TypeOf(seq).GetItem == nil {
		t.Raisef(object.TypeErrorType, "cannot unpack non-iterable %s object", object.TypeOf(seq).Name)
		return nil, false
	}
	return object.CollectItems(&t.Thread, seq)
}

// doRaise implements raise / raise exc / raise exc from cause.
func (t *Thread) doRaise(args []object.Value) {
	if len(args) == 0 {
		if t.Handled == nil {
			t.RaiseMsg(object.RuntimeErrorType, "No active exception to reraise")
			return
		}
		t.Exc = t.Handled
		return
	}
	exc := t.makeException(args[0], "exceptions must derive from BaseException")
	if exc == nil {
		return
	}
	if len(args) == 2 {
		cause := args[1]
		if cause == object.None {
			exc.Cause = nil
		} else {
			ce := t.makeException(cause, "exception causes must derive from BaseException")
			if ce == nil {
				return
			}
			exc.Cause = ce
		}
		exc.SuppressContext = true
	}
	t.Raise(exc)
}

// makeException turns a raise operand (class or instance) into an
// exception instance.
func (t *Thread) makeException(v object.Value, msg string) *object.Exception {
	if typ := object.AsType(v); typ != nil {
		if !typ.IsSubtype(object.BaseExceptionType) {
			t.RaiseMsg(object.TypeErrorType, msg)
			return nil
		}
		r := object.Call(&t.Thread, v, nil, nil)
		if r.IsNull() {
			return nil
		}
		e, ok := object.AsException(r)
		if !ok {
			t.Raisef(object.TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", typ.Name, object.TypeOf(r).Name)
			return nil
		}
		return e
	}
	if e, ok := object.AsException(v); ok {
		return e
	}
	t.RaiseMsg(object.TypeErrorType, msg)
	return nil
}

// excMatches is CHECK_EXC_MATCH: 1, 0 or -1 (TypeError for a bad class).
func (t *Thread) excMatches(exc, typ object.Value) int {
	check := func(v object.Value) int {
		ty := object.AsType(v)
		if ty == nil || !ty.IsSubtype(object.BaseExceptionType) {
			t.RaiseMsg(object.TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
			return -1
		}
		if object.TypeOf(exc).IsSubtype(ty) {
			return 1
		}
		return 0
	}
	if tu, ok := object.AsTuple(typ); ok {
		for _, v := range tu.Items {
			if r := check(v); r != 0 {
				return r
			}
		}
		return 0
	}
	return check(typ)
}

// format is FORMAT_WITH_SPEC: format(v, spec).
func (t *Thread) format(v, spec object.Value) object.Value {
	sp, _ := object.AsStr(spec)
	return object.Format(&t.Thread, v, sp.String())
}

var _ = fmt.Sprint
