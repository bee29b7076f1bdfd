#include <cfg.h>
#if FEATURE_B == 1
int feat_b_on;
#endif
