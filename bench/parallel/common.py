"""Shared helpers of the bench/parallel worker programs.

The workers run under build/subpy and under CPython 3.13, so they use only what both have:
builtins, sys, time, threading and the interpreters API. SHIM is source text, executed in the
main interpreter and prepended to the code each sub-interpreter runs, that binds the same names
on both runtimes: subpy's concurrent.interpreters, or CPython 3.13's test.support.interpreters
(the package 3.14 turned into concurrent.interpreters) with its queues and channels modules.
CPython 3.13's queues pickle by default; create_queue asks for its shared-only format, the one
that passes ints and strs as subpy's queues do.
"""

import sys
import time

SHIM = '''
try:
    from concurrent import interpreters
    create_queue = interpreters.create_queue
    create_channel = interpreters.create_channel
    QueueEmpty = interpreters.QueueEmpty
    ChannelEmptyError = interpreters.ChannelEmptyError
except ImportError:
    from test.support import interpreters
    from test.support.interpreters import queues as _queues, channels as _channels
    def create_queue(maxsize=0):
        return _queues.create(maxsize, syncobj=True)
    create_channel = _channels.create
    QueueEmpty = _queues.QueueEmpty
    ChannelEmptyError = _channels.ChannelEmptyError
'''

# The scheduler's view of the calling OS thread. Every subpy Python thread is locked to its own
# OS thread, so this is the Python thread's too.
SCHED_CODE = '''
def sched_ns():
    """(CPU ns, run-queue wait ns) of the calling OS thread from /proc/thread-self/schedstat."""
    with open("/proc/thread-self/schedstat") as f:
        fields = f.read().split()
    return int(fields[0]), int(fields[1])
'''
exec(SCHED_CODE)


def runtime():
    return sys.implementation.name + " " + ".".join(str(x) for x in sys.version_info[:3])


def to_json(v):
    """A JSON text for v (dicts, lists, tuples, str, int, float, bool, None): subpy has no json."""
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            return "null"
        return repr(v)
    if isinstance(v, str):
        out = []
        for ch in v:
            if ch == '"' or ch == "\\":
                out.append("\\" + ch)
            elif ord(ch) < 0x20:
                out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'
    if isinstance(v, (list, tuple)):
        return "[" + ",".join(to_json(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ",".join(to_json(str(k)) + ":" + to_json(x) for k, x in v.items()) + "}"
    raise TypeError("to_json: " + type(v).__name__)


def emit(result):
    """Print the one line the driver (run.py) parses."""
    result["runtime"] = runtime()
    print("RESULT " + to_json(result))
    sys.stdout.flush()


def parse_args(argv, defaults):
    """--name value pairs over a dict of defaults (no argparse in subpy); values keep the
    default's type."""
    opts = dict(defaults)
    i = 0
    while i < len(argv):
        name = argv[i]
        if not name.startswith("--") or name[2:].replace("-", "_") not in opts or i + 1 >= len(argv):
            raise SystemExit("usage: " + " ".join("--%s %s" % (k.replace("_", "-"), v) for k, v in defaults.items()))
        key = name[2:].replace("-", "_")
        kind = type(defaults[key])
        opts[key] = kind(argv[i + 1])
        i += 2
    return opts
