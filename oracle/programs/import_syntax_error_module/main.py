print("importing a module with a syntax error")
import badsyntax
