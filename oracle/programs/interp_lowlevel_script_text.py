# _interpreters.exec / run_string check the script text in the caller:
# it must encode to UTF-8, be non-empty and hold no NUL byte. Blank
# text, comments, a BOM and CRLF line ends run fine.
import _interpreters

interp = _interpreters.create()
scripts = ['x = 1\0', 's = "\ud800"', '', '   ', '\n', '# only a comment',
           'print("hi")\0', '\ufeffprint("bom")', 'print("crlf")\r\nprint(2)\r\n',
           'x = "a" * 3\nprint(x)']
for run in (_interpreters.exec, _interpreters.run_string):
    for src in scripts:
        try:
            r = run(interp, src)
            print('ret', None if r is None else r.formatted)
        except Exception as e:
            print(type(e).__name__, e)
_interpreters.destroy(interp)
