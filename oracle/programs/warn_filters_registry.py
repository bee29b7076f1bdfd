# The warnings module: filters, actions, the registry, catch_warnings,
# formatwarning/showwarning hooks; warnings go to stderr.
import warnings
print(warnings.filters[:2])
def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)
for i in range(3):
    emit("repeated")
print(sorted(k for k in __warningregistry__ if k != "version"))
warnings.warn("from module level", RuntimeWarning)
warnings.warn("hidden", DeprecationWarning, stacklevel=2)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    emit("one")
    emit("two", FutureWarning)
    warnings.warn(UserWarning("instance"))
    print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
    print([w.lineno for w in caught])
print(warnings.formatwarning("text", UserWarning, "file.py", 12, "  source line  "), end="")
with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", repr(e))
    warnings.filterwarnings("ignore", message="skip.*", category=UserWarning)
    warnings.warn("skip this one")
    print(warnings.filters[0])
for bad in [lambda: warnings.simplefilter("loud"), lambda: warnings.filterwarnings("ignore", lineno=-1),
            lambda: warnings.filterwarnings("ignore", category=int), lambda: warnings.warn("x", 3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
def hook(message, category, filename, lineno, file=None, line=None):
    print("hook:", message, category.__name__, lineno)
old = warnings.showwarning
warnings.showwarning = hook
warnings.warn("through the hook")
warnings.showwarning = old
warnings.simplefilter("once")
for i in range(2):
    warnings.warn("only once")
warnings.resetwarnings()
print(warnings.filters)
warnings.warn_explicit("explicit", SyntaxWarning, "virtual.py", 7)
warnings.simplefilter("error")
warnings.warn("fatal warning", ResourceWarning)
