package statestruct

// RuntimeConfig is what Py_InitializeFromConfig hands the runtime: the
// PyConfig fields subpy acts on, already decoded from wchar_t to UTF-8 by
// the C front. The zero value is CPython's "Python configuration" defaults
// only where Go's zero matches; capi fills every field explicitly.
type RuntimeConfig struct {
	ProgramName           string   // PyConfig.program_name
	Home                  string   // PyConfig.home (PYTHONHOME)
	PythonPathEnv         string   // PyConfig.pythonpath_env (PYTHONPATH)
	ModuleSearchPaths     []string // PyConfig.module_search_paths
	ModuleSearchPathsSet  bool     // PyConfig.module_search_paths_set
	Argv                  []string // PyConfig.argv
	ParseArgv             bool     // PyConfig.parse_argv
	Isolated              bool     // PyConfig.isolated
	UseEnvironment        bool     // PyConfig.use_environment
	SiteImport            bool     // PyConfig.site_import
	InstallSignalHandlers bool     // PyConfig.install_signal_handlers
}

// LockKind says which lock an interpreter uses (PyInterpreterConfig.gil).
type LockKind int

// The values of PyInterpreterConfig.gil, numbered as CPython numbers them.
const (
	LockDefault LockKind = 0 // PyInterpreterConfig_DEFAULT_GIL: shares the main interpreter's
	LockShared  LockKind = 1 // PyInterpreterConfig_SHARED_GIL
	LockOwn     LockKind = 2 // PyInterpreterConfig_OWN_GIL: a lock of its own
)

// InterpreterConfig is PyInterpreterConfig. Only Lock changes what this
// package does; the other fields are stored for the issues that enforce them
// (threads, fork/exec, extension modules).
type InterpreterConfig struct {
	UseMainObmalloc            bool
	AllowFork                  bool
	AllowExec                  bool
	AllowThreads               bool
	AllowDaemonThreads         bool
	CheckMultiInterpExtensions bool
	Lock                       LockKind
}

// LegacyInterpreterConfig is what Py_NewInterpreter uses (CPython's
// _PyInterpreterConfig_LEGACY_INIT): everything allowed, the main lock.
func LegacyInterpreterConfig() InterpreterConfig {
	return InterpreterConfig{
		UseMainObmalloc:    true,
		AllowFork:          true,
		AllowExec:          true,
		AllowThreads:       true,
		AllowDaemonThreads: true,
		Lock:               LockShared,
	}
}

// mainInterpreterConfig is the main interpreter's configuration: the legacy
// one, with the lock it creates for everyone who shares it.
func mainInterpreterConfig() InterpreterConfig {
	c := LegacyInterpreterConfig()
	c.Lock = LockOwn
	return c
}

// Validate rejects exactly the combinations CPython 3.13 rejects, in its
// order (measured against libpython3.13: a per-interpreter allocator needs
// the multi-phase extension check, and gil must be 0, 1 or 2).
func (c *InterpreterConfig) Validate() Status {
	if !c.UseMainObmalloc && !c.CheckMultiInterpExtensions {
		return errorStatus(ErrObmallocNeedsMultiPhase)
	}
	if c.Lock < LockDefault || c.Lock > LockOwn {
		return errorStatus(ErrInvalidGILValue)
	}
	return Status{}
}
