# Thread creation obeys the interpreter's configuration (allow_threads,
# allow_daemon_threads), with CPython's exceptions and messages.
import _interpreters

src = '''
import _thread, threading
def t(label, f):
    try:
        r = f()
        print(label, '->', r)
    except BaseException as e:
        print(label, '!!', type(e).__name__, e)
t('daemons allowed', _thread.daemon_threads_allowed)
t('main interp', _thread._is_main_interpreter)
t('joinable', lambda: _thread.start_joinable_thread(lambda: None, daemon=False).join())
t('daemon ctor', lambda: threading.Thread(target=print, daemon=True))
th = threading.Thread(target=lambda: None)
t('daemon attr', lambda: setattr(th, 'daemon', True))
t('start', th.start)
t('join', th.join)
t('is main', lambda: threading.current_thread() is threading.main_thread())
'''

print('-- isolated')
i = _interpreters.create()
_interpreters.exec(i, src)
print('-- no threads')
cfg = _interpreters.new_config('isolated')
cfg.allow_threads = False
j = _interpreters.create(cfg)
_interpreters.exec(j, src)
print('-- legacy')
k = _interpreters.create(_interpreters.new_config('legacy'))
_interpreters.exec(k, src)
for x in (i, j, k):
    _interpreters.destroy(x)
print('done')
