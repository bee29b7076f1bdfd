package opcode

// StackEffect returns how many items op with argument arg adds to the
// stack (negative: removes). For jump instructions, jump says whether the
// effect is the one along the jump. It is the arithmetic of the stack
// pictures in opcode.go; the compiler computes the maximum depth with it.
func StackEffect(op Opcode, arg int, jump bool) int {
	switch op {
	case NOP, CACHE, RESUME, JUMP, JUMP_BACKWARD, MAKE_CELL, COPY_FREE_VARS, DELETE_FAST, DELETE_DEREF,
		DELETE_GLOBAL, DELETE_NAME, UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT, UNARY_NOT,
		GET_ITER, LIST_TO_TUPLE, FORMAT_SIMPLE, CONVERT_VALUE, MAKE_FUNCTION, RETURN_CONST, YIELD_VALUE:
		return 0
	case POP_TOP, STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME, DELETE_ATTR,
		POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
		BINARY_SUBSCR, BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, LIST_APPEND, LIST_EXTEND,
		FORMAT_WITH_SPEC, SET_FUNCTION_ATTRIBUTE, SET_ADD, SET_UPDATE, DICT_UPDATE, DICT_MERGE, RETURN_VALUE, POP_EXCEPT, RERAISE:
		return -1
	case IMPORT_NAME, IMPORT_STAR:
		return -1
	case IMPORT_FROM:
		return 1
	case PUSH_NULL, COPY, LOAD_CONST, LOAD_FAST, LOAD_FAST_AND_CLEAR, LOAD_DEREF, LOAD_FROM_DICT_OR_DEREF, LOAD_CLOSURE, LOAD_NAME,
		LOAD_BUILD_CLASS, PUSH_EXC_INFO, BEFORE_WITH, WITH_EXCEPT_START:
		return 1
	case SWAP, CHECK_EXC_MATCH:
		return 0
	case LOAD_GLOBAL:
		return 1 + arg&1
	case LOAD_ATTR:
		return arg & 1
	case STORE_ATTR, MAP_ADD, DELETE_SUBSCR:
		return -2
	case STORE_SUBSCR:
		return -3
	case FOR_ITER:
		if jump {
			return -1
		}
		return 1
	case BUILD_TUPLE, BUILD_LIST, BUILD_STRING, BUILD_SET:
		return 1 - arg
	case BUILD_MAP:
		return 1 - 2*arg
	case BUILD_SLICE:
		return 1 - arg
	case UNPACK_SEQUENCE:
		return arg - 1
	case UNPACK_EX:
		return arg&0xff + arg>>8
	case CALL:
		return -1 - arg
	case CALL_KW:
		return -2 - arg
	case CALL_FUNCTION_EX:
		return -2 - arg&1
	case RAISE_VARARGS:
		return -arg
	case GET_YIELD_FROM_ITER, GET_AWAITABLE, GET_AITER:
		return 0
	case BEFORE_ASYNC_WITH, GET_ANEXT:
		return 1
	case END_ASYNC_FOR:
		return -2
	case SEND:
		if jump {
			return -1
		}
		return 0
	case GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, COPY_DICT_WITHOUT_KEYS:
		return 1
	case MATCH_CLASS:
		return -2
	case CHECK_EG_MATCH:
		return 0
	case PREP_RERAISE_STAR, CALL_INTRINSIC_2:
		return -1
	case SETUP_ANNOTATIONS, CALL_INTRINSIC_1, LOAD_FROM_DICT_OR_GLOBALS, LOAD_MAPPING_OR_DEREF:
		return 0
	case LOAD_LOCALS:
		return 1
	}
	return 0
}
