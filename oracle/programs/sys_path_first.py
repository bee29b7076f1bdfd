import os
import sys
here = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == here)
print(__file__ == os.path.join(here, "sys_path_first.py"))
print(__name__, __spec__ is None, __package__ is None or __package__ == "")
