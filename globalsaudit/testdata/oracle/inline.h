/* A header defining statics: every unit that includes it gets its own
 * copies, and the audit reports each once per (file, line, name). */
#ifndef ORACLE_INLINE_H
#define ORACLE_INLINE_H

static int hdr_counter;                      /* expect: hdr_counter mutable pc=false */
static const int hdr_limit = 10;             /* expect: hdr_limit immutable pc=false */
static const char *const hdr_names[] = {"x", "y"}; /* expect: hdr_names immutable pc=true */

static inline int next_id(void) {
	static int id;                           /* expect: id mutable pc=false func=next_id */
	return ++id;
}

static inline const char *cached_name(void) {
	static const char *cache;                /* expect: cache mutable pc=true func=cached_name */
	if (!cache) cache = hdr_names[0];
	return cache;
}

/* Never called: gcc emits neither the function nor its static. */
static inline int never_called(void) {
	static int never;                        /* expect: never mutable pc=false func=never_called absent */
	return never++;
}

extern int hdr_declared;
#endif
