package object

// init builds the builtin types in dependency order (Go runs a package's
// init functions in file order, which is not the order types need).
// Nothing here runs after init: the types are immutable afterwards.
func init() {
	initTypeObject()
	initAbstract()
	initStr()
	initStrFormat()
	initSingletons()
	initInt()
	initBool()
	initFloat()
	initTuple()
	initTupleMethods()
	initList()
	initListMethods()
	initSeqIters()
	initSeqGetItemIter()
	initDict()
	initDictMethods()
	initSet()
	initSlice()
	initRange()
	initCode()
	initFunctions()
	initModule()
	initExceptions()
	initGenerator()
	initDescr()
	initMemberDescr()
	initInstanceDictDescr()
	initBytes()
	initComplex()
	initFrozenSet()
	initStructSeq()
	initFormatMethods()
	initMappingProxy()
	initUnionType()
	initSlotWrappers()
	initSubclassLayouts()
	initClassMethodDescrs() // after every builtin type's dict is filled
	// Last: every builtin type of this package has its slots.
	addSlotWrappers()
}
