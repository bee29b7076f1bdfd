// Package globalsaudit lists the variables of static storage duration that C
// translation units define, and classifies each one by whether its own storage
// can be written after initialization (immutable, mutable, thread-local,
// init-only). It is the C half of the project's globals audit: one mutable
// global shared by all interpreters breaks per-interpreter isolation.
//
// The package owns: preprocessing (the host compiler's `cc -E`, or cc/v4's own
// preprocessor), parsing and type checking with modernc.org/cc/v4, the walk
// over declarations and writes, the syntactic classification, the allowlist
// and initializers TSV readers, the compile_commands.json reader and the
// text/json/sarif writers. The command globalsaudit/cmd/globalsaudit is a thin
// wrapper around Run.
//
// It must not touch anything of the engine (core/, statestruct/, capi/): it
// stands alone in the layer graph and imports nothing of the module. The Go
// side of the audit lives in globalsaudit/goaudit and is not part of this
// package. There is no package-level mutable state: everything a run needs
// hangs off an Auditor.
package globalsaudit
