"""Module docstring of the main script."""
import sys
main = sys.modules["__main__"]
print(__doc__, main.__doc__ == __doc__, __name__, main is sys.modules[__name__])
print(type(__builtins__).__name__, __spec__, __package__)
print(main.__file__ == __file__, __file__.endswith("sys_main_module_attrs.py"))
print(sorted(k for k in vars(main) if k.startswith("__") and k not in ("__cached__",)))
