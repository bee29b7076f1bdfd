import sys
DATA = __file__.rsplit('/', 1)[0] + '/import_data'
sys.path.insert(0, DATA)


def attempt(label, f):
    try:
        f()
        print(label, 'ok')
    except ImportError as e:
        print(label, type(e).__name__, e, '| name =', e.name)


def imp_nosuch():
    import nosuch_module_xyz


def imp_sub_nosuch():
    import shapes.nosuch


def from_missing():
    from greet import missing_name


def from_pkg_missing():
    from shapes import missing_sub


def not_a_package():
    import greet.sub


def from_sys_missing():
    from sys import nosuch


def relative_in_main():
    from . import greet


def relative_in_main2():
    from .greet import greet


attempt('import nosuch', imp_nosuch)
attempt('import shapes.nosuch', imp_sub_nosuch)
attempt('from greet import missing', from_missing)
attempt('from shapes import missing', from_pkg_missing)
attempt('import greet.sub', not_a_package)
attempt('from sys import nosuch', from_sys_missing)
attempt('from . import greet', relative_in_main)
attempt('from .greet import greet', relative_in_main2)
print(issubclass(ModuleNotFoundError, ImportError))

attempts = []
try:
    import flaky
except RuntimeError as e:
    print('flaky failed:', e, 'flaky' in sys.modules)
import flaky
print('flaky second try:', flaky.ok, len(attempts))

import replacer
print(replacer)
