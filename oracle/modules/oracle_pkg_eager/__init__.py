from . import worker
print("package imported its worker")
