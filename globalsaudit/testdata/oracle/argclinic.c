/* A module that includes its generated argument parsing, as CPython's
 * Modules/ include clinic/*.c.h: the statics are reported in the .c.h. */
static int module_level;                  /* expect: module_level mutable pc=false */
#include "clinic/argclinic.c.h"

int use_clinic(void) { return parse_args(module_level); }
