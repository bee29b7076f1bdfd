import sys
print("before")
import definitely_not_installed_module
