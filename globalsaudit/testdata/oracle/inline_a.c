#include "inline.h"

int use_inline_a(void) { return next_id() + hdr_counter + hdr_limit + (cached_name() != 0); }
