import sys
here = __file__.rsplit("/", 1)[0]
print(sys.path[0] == here, here.startswith("/"))
print(__file__ == here + "/sys_path_first.py")
print(__name__, __spec__ is None, __package__ is None or __package__ == "")
