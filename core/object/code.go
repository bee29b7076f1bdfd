package object

// CodeType is `code`.
var CodeType = &Type{Name: "code"}

// CodeFlags are a code object's co_flags (CPython's CO_* values).
type CodeFlags uint32

// The code flags.
const (
	CodeOptimized CodeFlags = 0x1
	CodeNewLocals CodeFlags = 0x2
	CodeVarargs   CodeFlags = 0x4
	CodeVarkw     CodeFlags = 0x8
	CodeNested    CodeFlags = 0x10
	CodeGenerator CodeFlags = 0x20
	// CodeInteractive is private (not in co_flags): compile(..., "single")
	// made this code from one expression statement; exec displays its
	// value.
	CodeInteractive CodeFlags = 1 << 30
)

// Local kinds (CPython's CO_FAST_*): what a slot of the frame's locals is.
const (
	LocalPlain uint8 = 0x20 // CO_FAST_LOCAL
	LocalCell  uint8 = 0x40 // CO_FAST_CELL
	LocalFree  uint8 = 0x80 // CO_FAST_FREE
)

// Code is a code object. It belongs to one interpreter; after the compiler
// made it only quickening writes to it (Code units and Caches).
type Code struct {
	Header
	Name, QualName, Filename string
	FirstLineno              int
	ArgCount                 int // positional parameters, pos-only included
	PosOnlyArgCount          int
	KwOnlyArgCount           int
	Flags                    CodeFlags
	// LocalNames and LocalKinds describe the frame's local slots (CPython's
	// co_localsplusnames/kinds): parameters first, then other locals, then
	// cell variables that are not parameters, then free variables.
	LocalNames []string
	LocalKinds []uint8
	// NFree is the number of free variables (the last NFree locals).
	NFree     int
	Names     []*Str  // global/attribute names (co_names)
	Consts    []Value // co_consts
	Units     []uint32
	Caches    []InlineCache
	ExcTable  []ExcEntry
	Positions []Position // one per code unit
	StackSize int
	// Doc is a function body's docstring (NULL: none): function.__doc__.
	Doc Value
}

// InlineCache is the cache entry of one cacheable instruction
// (docs/engine-design.md, §8). Which fields mean what depends on the
// instruction; the VM owns that.
type InlineCache struct {
	Counter  int32
	Index    int32
	Version  uint32
	Version2 uint32
	Dict     *Dict
	Dict2    *Dict
	Type     *Type
	Shape    *Shape
	Value    Value
	// A second entry for polymorphic method loads (LOAD_ATTR's method
	// form, vm/spec_attr.go): the entry the primary replaced.
	PolyType    *Type
	PolyVersion uint32
	PolyShape   *Shape
	PolyValue   Value
}

// ExcEntry is one row of the exception table: an exception raised by the
// code units [Start, End) jumps to Target with the stack cut to Depth
// items (plus the pc pushed first when Lasti).
type ExcEntry struct {
	Start, End, Target, Depth int32
	Lasti                     bool
}

// Position is the source range of a code unit (lines 1-based, columns
// 0-based UTF-8 byte offsets, -1 when unknown).
type Position struct {
	Line, EndLine, Col, EndCol int32
}

// Value returns the code object as a Value.
func (c *Code) Value() Value { return fromHeap(c) }

// NewCode returns an empty code object for the compiler to fill.
func NewCode() *Code { return &Code{Header: Header{CodeType}} }

// AsCode returns v as a code object.
func AsCode(v Value) (*Code, bool) {
	if v.IsHeap() && v.header().typ == CodeType {
		return as[Code](v), true
	}
	return nil, false
}

// NLocals is the number of local slots (cells and free variables included).
func (c *Code) NLocals() int { return len(c.LocalNames) }

// LineOf returns the line of code unit pc (-1 when unknown).
func (c *Code) LineOf(pc int) int {
	if pc >= 0 && pc < len(c.Positions) {
		return int(c.Positions[pc].Line)
	}
	return -1
}

func initCode() {
	setupBuiltinType(CodeType, ObjectType, 0)
	CodeType.New = nil
	initCodeAttrs()
}
