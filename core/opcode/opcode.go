// Package opcode owns subpy's instruction set: the opcode numbers, their
// names, what each does to the value stack, and the encoding of an
// instruction in a code unit. It is the specification core/compile emits
// and core/vm executes; it imports nothing.
//
// Encoding: one instruction is one uint32 code unit, the opcode in the low
// 8 bits and the argument in the high 24 (see Make, Op, Arg). Jump
// arguments are absolute code-unit indexes. An instruction marked
// "cacheable" is followed by one CACHE unit whose argument indexes the code
// object's side table of inline caches (docs/engine-design.md, §6, §8).
//
// Stack pictures read bottom → top, before → after: "a, b → a+b" pops b
// and a and pushes their sum. NULL is the absent value (Go: object.Value{}).
// Names and stack effects follow CPython 3.13's instructions of the same
// name unless a comment says otherwise.
package opcode

// Opcode is an instruction's operation.
type Opcode uint8

// The instructions.
const (
	// NOP does nothing.  ( → )
	NOP Opcode = iota
	// CACHE is not executed: it follows a cacheable instruction, its
	// argument the index of that instruction's cache entry.
	CACHE
	// RESUME starts a code object's execution (arg 0) or continues a
	// generator after a yield (arg 1) or after the yield of a `yield from`
	// loop (arg 2; arg 3 for an await: the delegate is on top of the
	// stack); a safe point (the VM may yield the
	// interpreter lock and handles pending async work). After a yield, an
	// exception thrown into the generator (throw(), close()) is raised
	// here.  ( → )
	RESUME
	// POP_TOP discards the top of the stack.  (v → )
	POP_TOP
	// PUSH_NULL pushes NULL (used before a callable that has no self).  ( → NULL)
	PUSH_NULL
	// COPY pushes a copy of the arg-th item from the top (1 = top).  (x, ... → x, ..., x)
	COPY
	// SWAP swaps the top with the arg-th item from the top.  (x, ..., y → y, ..., x)
	SWAP

	// LOAD_CONST pushes Consts[arg].  ( → c)
	LOAD_CONST
	// LOAD_FAST pushes local arg; UnboundLocalError if unbound.  ( → v)
	LOAD_FAST
	// STORE_FAST stores into local arg.  (v → )
	STORE_FAST
	// LOAD_FAST_AND_CLEAR pushes local arg (NULL if unbound) and unbinds
	// it: an inlined comprehension saves the outer binding of its
	// variables with it and restores them with STORE_FAST (PEP 709).
	// ( → v_or_NULL)
	LOAD_FAST_AND_CLEAR
	// DELETE_FAST unbinds local arg; UnboundLocalError if unbound.  ( → )
	DELETE_FAST
	// MAKE_CELL replaces local arg (in the cell part of the locals) by a new
	// cell holding its current value (or empty).  ( → )
	MAKE_CELL
	// COPY_FREE_VARS copies the function's closure cells into the last arg
	// local slots.  ( → )
	COPY_FREE_VARS
	// LOAD_DEREF pushes the content of the cell in local slot arg;
	// NameError/UnboundLocalError if empty.  ( → v)
	LOAD_DEREF
	// STORE_DEREF stores into the cell in local slot arg.  (v → )
	STORE_DEREF
	// DELETE_DEREF empties the cell in local slot arg (del of a captured
	// variable); NameError/UnboundLocalError if already empty.  ( → )
	DELETE_DEREF
	// LOAD_FROM_DICT_OR_DEREF pushes the class body's local Names of the
	// cell in slot arg if the namespace has it, else the cell's content (a
	// free variable read in a class body).  ( → v)
	LOAD_FROM_DICT_OR_DEREF
	// LOAD_CLOSURE pushes the cell object in local slot arg (to build a
	// closure tuple).  ( → cell)
	LOAD_CLOSURE
	// LOAD_GLOBAL pushes global Names[arg>>1] (globals, then builtins); if
	// arg&1, pushes NULL above it, ready for CALL. NameError if missing.
	// Cacheable.  ( → v [, NULL])
	LOAD_GLOBAL
	// STORE_GLOBAL stores global Names[arg].  (v → )
	STORE_GLOBAL
	// DELETE_GLOBAL deletes global Names[arg].  ( → )
	DELETE_GLOBAL
	// LOAD_NAME pushes Names[arg] looked up in locals, globals, builtins
	// (module and class bodies).  ( → v)
	LOAD_NAME
	// STORE_NAME stores Names[arg] into the frame's locals mapping.  (v → )
	STORE_NAME
	// DELETE_NAME deletes Names[arg] from the locals mapping.  ( → )
	DELETE_NAME

	// LOAD_ATTR: if arg&1 == 0, replaces obj by obj.Names[arg>>1]. If arg&1,
	// a method load: pushes (meth, obj) when the attribute is a plain
	// function found on the type (unbound: obj becomes the self argument),
	// else (attr, NULL). Cacheable.  (obj → attr | attr, self_or_null)
	LOAD_ATTR
	// STORE_ATTR: obj.Names[arg] = v. Cacheable.  (v, obj → )
	STORE_ATTR
	// DELETE_ATTR: del obj.Names[arg].  (obj → )
	DELETE_ATTR
	// BINARY_SUBSCR: container[key]. Cacheable.  (container, key → v)
	BINARY_SUBSCR
	// STORE_SUBSCR: container[key] = v.  (v, container, key → )
	STORE_SUBSCR
	// DELETE_SUBSCR: del container[key].  (container, key → )
	DELETE_SUBSCR

	// BINARY_OP applies binary operator arg (NB_* below; the in-place
	// forms for augmented assignment). Cacheable.  (a, b → a op b)
	BINARY_OP
	// UNARY_NEGATIVE: -v.  (v → -v)
	UNARY_NEGATIVE
	// UNARY_POSITIVE: +v. (CPython 3.13 uses CALL_INTRINSIC_1
	// INTRINSIC_UNARY_POSITIVE.)  (v → +v)
	UNARY_POSITIVE
	// UNARY_INVERT: ~v.  (v → ~v)
	UNARY_INVERT
	// UNARY_NOT: not v (truth test included; CPython 3.13 emits TO_BOOL
	// first).  (v → bool)
	UNARY_NOT
	// COMPARE_OP applies comparison arg (CMP_* below). Cacheable.  (a, b → r)
	COMPARE_OP
	// IS_OP: a is b (arg 0) or a is not b (arg 1).  (a, b → bool)
	IS_OP
	// CONTAINS_OP: a in b (arg 0) or a not in b (arg 1).  (a, b → bool)
	CONTAINS_OP

	// JUMP jumps to arg (forward). (CPython: JUMP_FORWARD, relative.)  ( → )
	JUMP
	// JUMP_BACKWARD jumps to arg (backward); a safe point.  ( → )
	JUMP_BACKWARD
	// POP_JUMP_IF_FALSE pops v and jumps to arg if v is false (truth
	// test included: CPython 3.13 emits TO_BOOL first).  (v → )
	POP_JUMP_IF_FALSE
	// POP_JUMP_IF_TRUE pops v and jumps to arg if v is true.  (v → )
	POP_JUMP_IF_TRUE
	// POP_JUMP_IF_NONE pops v and jumps to arg if v is None.  (v → )
	POP_JUMP_IF_NONE
	// POP_JUMP_IF_NOT_NONE pops v and jumps to arg if v is not None.  (v → )
	POP_JUMP_IF_NOT_NONE

	// GET_ITER: iter(v).  (v → it)
	GET_ITER
	// FOR_ITER pushes next(it); when it is exhausted, pops it and jumps to
	// arg. (CPython 3.13 jumps to an END_FOR that pops.) Cacheable.
	// (it → it, v | → )
	FOR_ITER

	// BUILD_TUPLE builds a tuple of the arg top items.  (v1..vn → tuple)
	BUILD_TUPLE
	// BUILD_LIST builds a list of the arg top items.  (v1..vn → list)
	BUILD_LIST
	// BUILD_MAP builds a dict from arg key/value pairs.  (k1, v1..kn, vn → dict)
	BUILD_MAP
	// BUILD_SET builds a set of the arg top items (added in order).  (v1..vn → set)
	BUILD_SET
	// SET_ADD adds v to the set arg items below it (comprehensions).  (set, ..., v → set, ...)
	SET_ADD
	// BUILD_SLICE builds slice(a, b) (arg 2) or slice(a, b, c) (arg 3).  (a, b[, c] → slice)
	BUILD_SLICE
	// LIST_APPEND appends v to the list arg items below it (comprehensions).  (list, ..., v → list, ...)
	LIST_APPEND
	// LIST_EXTEND extends the list arg items below by iterable.  (list, ..., it → list, ...)
	LIST_EXTEND
	// MAP_ADD sets dict[k] = v, the dict arg items below the pair.  (dict, ..., k, v → dict, ...)
	MAP_ADD
	// UNPACK_SEQUENCE unpacks an iterable of exactly arg items, pushed
	// last-first so the first item ends on top.  (seq → vn..v1)
	UNPACK_SEQUENCE
	// UNPACK_EX unpacks an iterable for a starred target: arg&0xff items
	// before the star and arg>>8 after it; the starred one gets a list of
	// the rest.  (seq → after..., list, before... (first on top))
	UNPACK_EX
	// LIST_TO_TUPLE converts the list on top to a tuple. (CPython 3.13:
	// CALL_INTRINSIC_1 INTRINSIC_LIST_TO_TUPLE.)  (list → tuple)
	LIST_TO_TUPLE
	// SET_UPDATE adds the items of iterable to the set arg items below.  (set, ..., it → set, ...)
	SET_UPDATE
	// DICT_UPDATE updates the dict arg items below with a mapping
	// ({**m} displays).  (dict, ..., m → dict, ...)
	DICT_UPDATE
	// DICT_MERGE is DICT_UPDATE for f(**m): TypeError on a repeated
	// keyword or a non-mapping.  (dict, ..., m → dict, ...)
	DICT_MERGE
	// FORMAT_SIMPLE: format(v, '').  (v → str)
	FORMAT_SIMPLE
	// FORMAT_WITH_SPEC: format(v, spec).  (v, spec → str)
	FORMAT_WITH_SPEC
	// CONVERT_VALUE applies !s (1), !r (2) or !a (3).  (v → str)
	CONVERT_VALUE
	// BUILD_STRING concatenates the arg top strings.  (s1..sn → str)
	BUILD_STRING

	// CALL calls with arg positional arguments. self_or_null is NULL for a
	// plain call, or the self of a method load (then it is the first
	// argument). (CPython 3.13 orders callable below NULL the same way.)
	// Cacheable.  (callable, self_or_null, a1..an → result)
	CALL
	// CALL_KW is CALL whose last len(kwnames) arguments are keywords named
	// by the tuple on top.  (callable, self_or_null, a1..an, kwnames → result)
	CALL_KW
	// CALL_FUNCTION_EX calls with an args tuple and, if arg&1, a kwargs
	// dict.  (callable, NULL, args[, kwargs] → result)
	CALL_FUNCTION_EX
	// MAKE_FUNCTION makes a function from a code object (globals: the
	// frame's).  (code → func)
	MAKE_FUNCTION
	// SET_FUNCTION_ATTRIBUTE sets the attribute arg of func: 1 defaults
	// (tuple), 2 keyword defaults (dict), 8 closure (tuple of cells).
	// (v, func → func)
	SET_FUNCTION_ATTRIBUTE
	// LOAD_BUILD_CLASS pushes builtins.__build_class__.  ( → f)
	LOAD_BUILD_CLASS
	// YIELD_VALUE suspends the generator's frame and hands v to whoever
	// resumed it; when the generator is resumed, the sent value (None for
	// next()) is pushed and a RESUME 1 follows.  (v → sent)
	YIELD_VALUE
	// BEFORE_WITH looks up the context manager's __exit__ (bound) and calls
	// its __enter__.  (mgr → exit, enter_result)
	BEFORE_WITH
	// WITH_EXCEPT_START calls exit(type(exc), exc, exc.__traceback__) in a
	// with statement's exception handler.  (exit, lasti, prev, exc → exit, lasti, prev, exc, res)
	WITH_EXCEPT_START
	// RETURN_VALUE returns v from the frame.  (v → )
	RETURN_VALUE
	// RETURN_CONST returns Consts[arg].  ( → )
	RETURN_CONST

	// IMPORT_NAME imports module Names[arg] (level 0: absolute; fromlist
	// None or a tuple of names) and pushes the top package, or the module
	// itself when fromlist is not None.  (level, fromlist → module)
	IMPORT_NAME
	// IMPORT_FROM pushes module.Names[arg] (ImportError when missing).  (module → module, v)
	IMPORT_FROM
	// IMPORT_STAR copies the module's public names into the frame's
	// locals. (CPython 3.13: CALL_INTRINSIC_1 INTRINSIC_IMPORT_STAR.)  (module → )
	IMPORT_STAR
	// RAISE_VARARGS: raise (arg 0: re-raise the handled exception), raise
	// exc (1), raise exc from cause (2).  (exc[, cause] → )
	RAISE_VARARGS
	// PUSH_EXC_INFO, at the start of a handler: saves the thread's handled
	// exception under the new one and makes exc the handled exception.
	// (exc → prev, exc)
	PUSH_EXC_INFO
	// POP_EXCEPT restores the handled exception saved by PUSH_EXC_INFO.  (prev → )
	POP_EXCEPT
	// CHECK_EXC_MATCH: isinstance-style match of exc against a type or
	// tuple of types (TypeError for non-exception classes).  (exc, typ → exc, bool)
	CHECK_EXC_MATCH
	// RERAISE re-raises exc (arg != 0: first restores the frame's lasti
	// from the item below, as CPython).  (exc → )
	RERAISE

	// GET_YIELD_FROM_ITER: iter(v) for `yield from`, except that a
	// generator is kept as it is.  (v → it)
	GET_YIELD_FROM_ITER
	// SEND sends v into receiver (a generator is resumed; another iterator
	// gets next() when v is None, else its send(v)). When the receiver
	// yields, its value replaces v; when it returns (StopIteration), the
	// receiver and v are replaced by the return value and SEND jumps to
	// arg. (CPython 3.13 jumps to an END_SEND that pops the receiver.)
	// (receiver, v → receiver, yielded | → value)
	SEND

	// GET_AWAITABLE replaces v by the iterator `await v` delegates to (a
	// coroutine itself, else v.__await__()); arg 1 and 2 word its
	// TypeError for __aenter__ and __aexit__.  (v → it)
	GET_AWAITABLE
	// BEFORE_ASYNC_WITH looks up the asynchronous context manager's
	// __aexit__ (bound) and calls its __aenter__ (the result is awaited
	// next).  (mgr → aexit, awaitable)
	BEFORE_ASYNC_WITH

	// GET_AITER: obj.__aiter__() for async for.  (obj → aiter)
	GET_AITER
	// GET_ANEXT pushes the awaitable of aiter.__anext__().  (aiter → aiter, awaitable)
	GET_ANEXT
	// END_ASYNC_FOR ends an async for when its handler gets
	// StopAsyncIteration; re-raises any other exception.  (aiter, exc → )
	END_ASYNC_FOR

	// GET_LEN pushes len(obj).  (obj → obj, len)
	GET_LEN
	// MATCH_MAPPING pushes whether subject is a mapping for pattern
	// matching (dict and collections.abc.Mapping-flagged types).
	// (subject → subject, bool)
	MATCH_MAPPING
	// MATCH_SEQUENCE pushes whether subject is a sequence for pattern
	// matching (list, tuple, range... but not str, bytes, bytearray).
	// (subject → subject, bool)
	MATCH_SEQUENCE
	// MATCH_KEYS looks the keys (a tuple) up in the mapping subject with
	// its get method; pushes the tuple of values, or None if one is
	// missing. ValueError on duplicate keys.
	// (subject, keys → subject, keys, values_or_none)
	MATCH_KEYS
	// MATCH_CLASS matches subject against class cls with arg positional
	// sub-patterns (resolved through cls.__match_args__) and the keyword
	// attribute names in the tuple names; pushes the tuple of the
	// positional then keyword attributes, or None when it fails.
	// (subject, cls, names → attrs_or_none)
	MATCH_CLASS
	// COPY_DICT_WITHOUT_KEYS builds the **rest dict of a mapping pattern:
	// a new dict of the subject's items without keys (a tuple).
	// (CPython 3.13 uses BUILD_MAP, DICT_UPDATE and DELETE_SUBSCR.)
	// (subject, keys → subject, keys, rest)
	COPY_DICT_WITHOUT_KEYS

	// CHECK_EG_MATCH splits exc for an except* clause of type typ (a type
	// or tuple of types): match is the matching part (a naked matching
	// exception is wrapped in an ExceptionGroup) or None, rest what is left
	// (None if nothing); a match becomes the handled exception. TypeError
	// for ExceptionGroup types and non-exception classes.
	// (exc, typ → rest, match)
	CHECK_EG_MATCH
	// PREP_RERAISE_STAR computes what a try/except* statement raises when
	// its handlers are done: from the original exception and the list of
	// exceptions its clauses raised or re-raised (and the unhandled rest),
	// the exception to raise, or None. (CPython 3.13: CALL_INTRINSIC_2
	// INTRINSIC_PREP_RERAISE_STAR.)  (orig, list → exc_or_none)
	PREP_RERAISE_STAR

	// SETUP_ANNOTATIONS makes an empty dict __annotations__ in the
	// locals mapping unless it already has one (module and class bodies
	// holding annotated assignments start with it).  ( → )
	SETUP_ANNOTATIONS
	// CALL_INTRINSIC_1 applies the one-operand intrinsic arg (the
	// INTRINSIC_* constants below: PEP 695 type parameters and generics).
	// (v → result)
	CALL_INTRINSIC_1
	// CALL_INTRINSIC_2 applies the two-operand intrinsic arg (the
	// INTRINSIC2_* constants below).  (v1, v2 → result)
	CALL_INTRINSIC_2
	// LOAD_LOCALS pushes the frame's locals mapping (a class body's
	// namespace, stored in its __classdict__ cell).  ( → mapping)
	LOAD_LOCALS
	// LOAD_FROM_DICT_OR_GLOBALS looks Names[arg] up in mapping, then in
	// the globals and builtins (NameError): how annotation, type-parameter
	// and type-alias scopes of a class body read a global name.
	// (mapping → value)
	LOAD_FROM_DICT_OR_GLOBALS
	// LOAD_MAPPING_OR_DEREF looks local arg's name up in mapping, then
	// reads the cell in local slot arg (CPython 3.13's
	// LOAD_FROM_DICT_OR_DEREF, whose mapping is on the stack; subpy's
	// LOAD_FROM_DICT_OR_DEREF reads the class body's own namespace).
	// (mapping → value)
	LOAD_MAPPING_OR_DEREF

	numOpcodes
)

// Binary operators: the argument of BINARY_OP (CPython's NB_* numbering).
const (
	NB_ADD = iota
	NB_AND
	NB_FLOOR_DIVIDE
	NB_LSHIFT
	NB_MATRIX_MULTIPLY
	NB_MULTIPLY
	NB_REMAINDER
	NB_OR
	NB_POWER
	NB_RSHIFT
	NB_SUBTRACT
	NB_TRUE_DIVIDE
	NB_XOR
	NB_INPLACE_ADD
	NB_INPLACE_AND
	NB_INPLACE_FLOOR_DIVIDE
	NB_INPLACE_LSHIFT
	NB_INPLACE_MATRIX_MULTIPLY
	NB_INPLACE_MULTIPLY
	NB_INPLACE_REMAINDER
	NB_INPLACE_OR
	NB_INPLACE_POWER
	NB_INPLACE_RSHIFT
	NB_INPLACE_SUBTRACT
	NB_INPLACE_TRUE_DIVIDE
	NB_INPLACE_XOR
)

// NBSymbols is each binary operator's symbol, as error messages print it.
var NBSymbols = [...]string{"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
	"+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="}

// Comparisons: the argument of COMPARE_OP (CPython's Py_LT.. numbering).
const (
	CMP_LT = iota
	CMP_LE
	CMP_EQ
	CMP_NE
	CMP_GT
	CMP_GE
)

// CmpSymbols is each comparison's symbol.
var CmpSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}

// Flags of SET_FUNCTION_ATTRIBUTE.
const (
	FuncDefaults    = 1
	FuncKwDefaults  = 2
	FuncAnnotations = 4 // a dict: parameter name → annotation
	FuncClosure     = 8
)

// Intrinsics of CALL_INTRINSIC_1 (CPython 3.13's numbers).
const (
	INTRINSIC_ASYNC_GEN_WRAP    = 4  // v → v wrapped: an async generator's own yield
	INTRINSIC_TYPEVAR           = 7  // name → TypeVar(name)
	INTRINSIC_PARAMSPEC         = 8  // name → ParamSpec(name)
	INTRINSIC_TYPEVARTUPLE      = 9  // name → TypeVarTuple(name)
	INTRINSIC_SUBSCRIPT_GENERIC = 10 // type-params tuple → Generic[*params]
	INTRINSIC_TYPEALIAS         = 11 // (name, type_params or None, value function) → TypeAliasType
)

// Intrinsics of CALL_INTRINSIC_2 (CPython 3.13's numbers).
const (
	INTRINSIC2_TYPEVAR_WITH_BOUND       = 2 // name, bound function → TypeVar with a lazy bound
	INTRINSIC2_TYPEVAR_WITH_CONSTRAINTS = 3 // name, constraints function → TypeVar with lazy constraints
	INTRINSIC2_SET_FUNCTION_TYPE_PARAMS = 4 // func, type params → func (with __type_params__ set)
	INTRINSIC2_SET_TYPEPARAM_DEFAULT    = 5 // type param, default function → type param (PEP 696)
)

// MaxArg is the largest argument a code unit holds.
const MaxArg = 1<<24 - 1

// Make encodes an instruction.
func Make(op Opcode, arg int) uint32 { return uint32(op) | uint32(arg)<<8 }

// Op returns a code unit's opcode.
func Op(u uint32) Opcode { return Opcode(u) }

// Arg returns a code unit's argument.
func Arg(u uint32) int { return int(u >> 8) }

// Info describes an opcode for tools and the compiler.
type Info struct {
	Name string
	// Cacheable instructions are followed by a CACHE unit.
	Cacheable bool
	// Jump instructions have a code-unit index as argument.
	Jump bool
}

var infos = [numOpcodes]Info{
	NOP: {Name: "NOP"}, CACHE: {Name: "CACHE"}, RESUME: {Name: "RESUME"},
	POP_TOP: {Name: "POP_TOP"}, PUSH_NULL: {Name: "PUSH_NULL"}, COPY: {Name: "COPY"}, SWAP: {Name: "SWAP"},
	LOAD_CONST: {Name: "LOAD_CONST"}, LOAD_FAST: {Name: "LOAD_FAST"}, STORE_FAST: {Name: "STORE_FAST"},
	LOAD_FAST_AND_CLEAR: {Name: "LOAD_FAST_AND_CLEAR"},
	DELETE_FAST:         {Name: "DELETE_FAST"}, MAKE_CELL: {Name: "MAKE_CELL"}, COPY_FREE_VARS: {Name: "COPY_FREE_VARS"},
	LOAD_DEREF: {Name: "LOAD_DEREF"}, STORE_DEREF: {Name: "STORE_DEREF"}, LOAD_CLOSURE: {Name: "LOAD_CLOSURE"}, DELETE_DEREF: {Name: "DELETE_DEREF"}, LOAD_FROM_DICT_OR_DEREF: {Name: "LOAD_FROM_DICT_OR_DEREF"},
	LOAD_GLOBAL: {Name: "LOAD_GLOBAL", Cacheable: true}, STORE_GLOBAL: {Name: "STORE_GLOBAL"},
	DELETE_GLOBAL: {Name: "DELETE_GLOBAL"}, LOAD_NAME: {Name: "LOAD_NAME"}, STORE_NAME: {Name: "STORE_NAME"},
	DELETE_NAME: {Name: "DELETE_NAME"},
	LOAD_ATTR:   {Name: "LOAD_ATTR", Cacheable: true}, STORE_ATTR: {Name: "STORE_ATTR", Cacheable: true},
	DELETE_ATTR: {Name: "DELETE_ATTR"}, BINARY_SUBSCR: {Name: "BINARY_SUBSCR", Cacheable: true},
	STORE_SUBSCR: {Name: "STORE_SUBSCR"}, DELETE_SUBSCR: {Name: "DELETE_SUBSCR"},
	BINARY_OP: {Name: "BINARY_OP", Cacheable: true}, UNARY_NEGATIVE: {Name: "UNARY_NEGATIVE"},
	UNARY_POSITIVE: {Name: "UNARY_POSITIVE"}, UNARY_INVERT: {Name: "UNARY_INVERT"}, UNARY_NOT: {Name: "UNARY_NOT"},
	COMPARE_OP: {Name: "COMPARE_OP", Cacheable: true}, IS_OP: {Name: "IS_OP"}, CONTAINS_OP: {Name: "CONTAINS_OP"},
	JUMP: {Name: "JUMP", Jump: true}, JUMP_BACKWARD: {Name: "JUMP_BACKWARD", Jump: true},
	POP_JUMP_IF_FALSE: {Name: "POP_JUMP_IF_FALSE", Jump: true}, POP_JUMP_IF_TRUE: {Name: "POP_JUMP_IF_TRUE", Jump: true},
	POP_JUMP_IF_NONE: {Name: "POP_JUMP_IF_NONE", Jump: true}, POP_JUMP_IF_NOT_NONE: {Name: "POP_JUMP_IF_NOT_NONE", Jump: true},
	UNPACK_EX: {Name: "UNPACK_EX"}, LIST_TO_TUPLE: {Name: "LIST_TO_TUPLE"}, SET_UPDATE: {Name: "SET_UPDATE"},
	DICT_UPDATE: {Name: "DICT_UPDATE"}, DICT_MERGE: {Name: "DICT_MERGE"},
	BUILD_SET: {Name: "BUILD_SET"}, SET_ADD: {Name: "SET_ADD"},
	GET_ITER: {Name: "GET_ITER"}, FOR_ITER: {Name: "FOR_ITER", Cacheable: true, Jump: true},
	BUILD_TUPLE: {Name: "BUILD_TUPLE"}, BUILD_LIST: {Name: "BUILD_LIST"}, BUILD_MAP: {Name: "BUILD_MAP"},
	BUILD_SLICE: {Name: "BUILD_SLICE"}, LIST_APPEND: {Name: "LIST_APPEND"}, LIST_EXTEND: {Name: "LIST_EXTEND"},
	MAP_ADD: {Name: "MAP_ADD"}, UNPACK_SEQUENCE: {Name: "UNPACK_SEQUENCE"},
	FORMAT_SIMPLE: {Name: "FORMAT_SIMPLE"}, FORMAT_WITH_SPEC: {Name: "FORMAT_WITH_SPEC"},
	CONVERT_VALUE: {Name: "CONVERT_VALUE"}, BUILD_STRING: {Name: "BUILD_STRING"},
	CALL: {Name: "CALL", Cacheable: true}, CALL_KW: {Name: "CALL_KW"}, CALL_FUNCTION_EX: {Name: "CALL_FUNCTION_EX"},
	MAKE_FUNCTION: {Name: "MAKE_FUNCTION"}, SET_FUNCTION_ATTRIBUTE: {Name: "SET_FUNCTION_ATTRIBUTE"},
	LOAD_BUILD_CLASS: {Name: "LOAD_BUILD_CLASS"},
	YIELD_VALUE:      {Name: "YIELD_VALUE"}, BEFORE_WITH: {Name: "BEFORE_WITH"}, WITH_EXCEPT_START: {Name: "WITH_EXCEPT_START"}, RETURN_VALUE: {Name: "RETURN_VALUE"}, RETURN_CONST: {Name: "RETURN_CONST"},
	RAISE_VARARGS: {Name: "RAISE_VARARGS"}, PUSH_EXC_INFO: {Name: "PUSH_EXC_INFO"}, POP_EXCEPT: {Name: "POP_EXCEPT"},
	IMPORT_NAME: {Name: "IMPORT_NAME"}, IMPORT_FROM: {Name: "IMPORT_FROM"}, IMPORT_STAR: {Name: "IMPORT_STAR"},
	CHECK_EXC_MATCH: {Name: "CHECK_EXC_MATCH"}, RERAISE: {Name: "RERAISE"},
	GET_YIELD_FROM_ITER: {Name: "GET_YIELD_FROM_ITER"}, SEND: {Name: "SEND", Jump: true},
	GET_AWAITABLE: {Name: "GET_AWAITABLE"}, BEFORE_ASYNC_WITH: {Name: "BEFORE_ASYNC_WITH"},
	GET_AITER: {Name: "GET_AITER"}, GET_ANEXT: {Name: "GET_ANEXT"}, END_ASYNC_FOR: {Name: "END_ASYNC_FOR"},
	GET_LEN: {Name: "GET_LEN"}, MATCH_MAPPING: {Name: "MATCH_MAPPING"}, MATCH_SEQUENCE: {Name: "MATCH_SEQUENCE"},
	MATCH_KEYS: {Name: "MATCH_KEYS"}, MATCH_CLASS: {Name: "MATCH_CLASS"}, COPY_DICT_WITHOUT_KEYS: {Name: "COPY_DICT_WITHOUT_KEYS"},
	CHECK_EG_MATCH: {Name: "CHECK_EG_MATCH"}, PREP_RERAISE_STAR: {Name: "PREP_RERAISE_STAR"},
	SETUP_ANNOTATIONS: {Name: "SETUP_ANNOTATIONS"}, CALL_INTRINSIC_1: {Name: "CALL_INTRINSIC_1"},
	CALL_INTRINSIC_2: {Name: "CALL_INTRINSIC_2"}, LOAD_LOCALS: {Name: "LOAD_LOCALS"},
	LOAD_FROM_DICT_OR_GLOBALS: {Name: "LOAD_FROM_DICT_OR_GLOBALS"}, LOAD_MAPPING_OR_DEREF: {Name: "LOAD_MAPPING_OR_DEREF"},
}

// Lookup returns the description of op (zero Info for an unknown opcode).
func Lookup(op Opcode) Info {
	if int(op) < len(infos) {
		return infos[op]
	}
	return Info{}
}

// String returns the opcode's name.
func (op Opcode) String() string {
	if n := Lookup(op).Name; n != "" {
		return n
	}
	return "<unknown opcode>"
}

// Count is the number of opcodes.
const Count = int(numOpcodes)
