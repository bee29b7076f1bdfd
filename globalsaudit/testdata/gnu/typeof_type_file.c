/* typeof(type-name) at file scope (GNU C, C23): cc/v4 does not parse it. */
__typeof__(const char *) tpc;
