#!/bin/sh
# Runs every objects_cases case under valgrind; reports errors whose top
# frame is outside the Go runtime (Go's own stack copying, async preemption
# and vectorized string scans are known valgrind noise).
bin=$1
bad=0
for c in $($bin --list); do
  case $c in misuse_*) continue;; esac
  valgrind --error-exitcode=1 --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --num-callers=12 $bin --run $c > vg_$c.txt 2>&1
  n=$(awk '/^==[0-9]+== (Invalid|Conditional|Use of|Syscall|Mismatched|Source and|[0-9,]+ bytes in [0-9,]+ blocks are definitely)/{getline; if ($0 !~ /runtime\.|indexbyte|strings\.|_cgo_|runtime\/|memeqbody|aeshash|cmpbody/) print}' vg_$c.txt | wc -l)
  echo "$c: $n non-runtime errors"
  [ "$n" = 0 ] || bad=1
done
exit $bad
