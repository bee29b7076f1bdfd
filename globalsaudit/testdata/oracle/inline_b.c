#include "inline.h"

static int b_only;                           /* expect: b_only mutable pc=false */
int use_inline_b(void) { return next_id() + b_only + (cached_name() != 0); }
