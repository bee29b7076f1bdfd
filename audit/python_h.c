/* The translation unit through which `make audit` reads include/: every
 * header Python.h pulls in is audited here, the statics of its static inline
 * functions included. Allowlist rows for them name the header, not this
 * file. */
#include "Python.h"
