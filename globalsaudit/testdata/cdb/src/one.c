#include "cfg.h"
#ifdef FEATURE_A
static int feat_a_on;
#endif
int one_v;
