"""Create an interpreter, run its first exec, close it: from Python, --count times.

    lifecycle.py --count N

Each cycle is interpreters.create(); interp.exec("x = 1"); interp.close(), timed on its own;
prints the median and mean in microseconds as one RESULT line of JSON. The first cycle (warm-up
of the modules involved) is not counted.
"""

import sys
import time

from common import SHIM, emit, parse_args

exec(SHIM)


def main():
    opts = parse_args(sys.argv[1:], {"count": 1000})
    n = opts["count"]
    times = []
    for i in range(n + 1):
        t0 = time.perf_counter()
        interp = interpreters.create()
        interp.exec("x = 1")
        interp.close()
        dt = time.perf_counter() - t0
        if i:
            times.append(dt)
    left = len(interpreters.list_all())
    if left != 1:
        raise SystemExit("%d interpreters left, expected only main" % left)
    times.sort()
    emit({"bench": "lifecycle", "count": n, "median_us": times[n // 2] * 1e6,
          "mean_us": sum(times) / n * 1e6, "min_us": times[0] * 1e6})


main()
