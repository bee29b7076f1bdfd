import sys
try:
    import broken
except ZeroDivisionError as e:
    print("import failed:", e, "broken" in sys.modules)
print("retrying")
import broken
