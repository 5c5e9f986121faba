#!/usr/bin/env bash
# The validator's one-time cost in fresh JVMs, outside JMH: N runs of a java process that parses
# the scenario's StatefulSet + DaemonSet from YAML, builds a KubernetesValidator and validates once
# (dev.alluxiok8s.bench.ValidatorSetupMain), against N runs of the same java command doing nothing.
# Prints the in-process times the program measures and the mean wall times of both processes.
#
#   bench/validator-setup.sh [N=10] [extra JVM options...]
#   SKIP_BUILD=1 bench/validator-setup.sh 20 -XX:TieredStopAtLevel=1
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/alluxio-k8s-bench/target/benchmarks.jar"
n="${1:-10}"
shift || true
if [[ -z "${SKIP_BUILD:-}" ]]; then
  (cd "$root" && mvn -B -q package -pl alluxio-k8s-bench -am -DskipTests)
fi
main=dev.alluxiok8s.bench.ValidatorSetupMain
now() { date +%s%N; }
wall() { # mean wall ms of n runs of: java "$@"
  local total=0 t0 t1
  for ((i = 0; i < n; i++)); do
    t0=$(now); java "$@" >/dev/null; t1=$(now)
    total=$((total + t1 - t0))
  done
  awk -v t="$total" -v n="$n" 'BEGIN { printf "%.1f", t / n / 1e6 }'
}
java "$@" -cp "$jar" "$main" >/dev/null # warm the OS file cache
echo "in-process (ms), $n fresh JVMs:"
runs=$(for ((i = 0; i < n; i++)); do java "$@" -cp "$jar" "$main"; done)
echo "$runs"
echo "$runs" | awk -F'[= ]' '{ p += $2; s += $4; c += $6; if (s_max < $4) s_max = $4; if (!s_min || $4 < s_min) s_min = $4 }
  END { printf "mean parse=%.1f ms, mean setup+first=%.1f ms wall (min %.1f, max %.1f), %.1f ms main-thread CPU\n", p / NR, s / NR, s_min, s_max, c / NR }'
noop=$(wall "$@" -cp "$jar" "$main" noop)
work=$(wall "$@" -cp "$jar" "$main")
echo "wall (ms), mean of $n: java doing nothing=$noop, parse + validator setup + first validation=$work, difference=$(awk -v a="$work" -v b="$noop" 'BEGIN { printf "%.1f", a - b }')"
