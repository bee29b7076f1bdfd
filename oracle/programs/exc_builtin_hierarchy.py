pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (ModuleNotFoundError, ImportError),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (FileNotFoundError, OSError),
    (StopIteration, Exception), (GeneratorExit, BaseException), (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException), (UnicodeDecodeError, ValueError), (IndentationError, SyntaxError),
    (TabError, IndentationError), (TimeoutError, OSError), (DeprecationWarning, Warning),
    (BaseExceptionGroup, BaseException), (ExceptionGroup, Exception), (PythonFinalizationError, RuntimeError),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(issubclass(GeneratorExit, Exception), issubclass(SystemExit, Exception))
print(EnvironmentError is OSError, IOError is OSError)
print([c.__name__ for c in ZeroDivisionError.__mro__])
