import sys
wanted = ["argv", "path", "modules", "version", "version_info", "implementation", "exit", "getrecursionlimit",
          "setrecursionlimit", "stdout", "stderr", "stdin", "exc_info", "exception", "maxsize", "byteorder",
          "platform", "executable", "flags", "float_info", "int_info", "hash_info", "getsizeof", "intern",
          "getdefaultencoding", "getrefcount", "builtin_module_names", "hexversion", "api_version", "prefix",
          "base_prefix", "exec_prefix", "path_hooks", "meta_path", "warnoptions", "orig_argv", "stdlib_module_names",
          "displayhook", "excepthook", "__stdout__", "__stderr__", "__stdin__", "get_int_max_str_digits", "audit"]
print([n for n in wanted if not hasattr(sys, n)])
print(sys.implementation.version[:2], sys.implementation.cache_tag is None or isinstance(sys.implementation.cache_tag, str))
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.algorithm in ("siphash13", "siphash24"))
print(sys.flags.dont_write_bytecode, sys.flags.hash_randomization, sys.flags.isolated, sys.flags.no_site)
print(sys.stdout is sys.__stdout__, sys.stdout.isatty(), sys.stdout.errors, sys.stderr.errors, sys.stdout.line_buffering)
print("math" in sys.stdlib_module_names, "sys" in sys.builtin_module_names, isinstance(sys.orig_argv, list))
print(sys.intern("ab" + "c") is sys.intern("abc"), sys.getsizeof(0) > 0, sys.api_version)
