#!/usr/bin/env bash
# Runs the JMH benchmarks of alluxio-k8s-bench, on demand (never part of mvn verify).
#
#   bench/run-jmh.sh                      # every benchmark, short settings (see below)
#   bench/run-jmh.sh RenderBenchmark      # one class (any JMH regexp)
#   bench/run-jmh.sh Validator -prof gc   # extra JMH options after the regexp
#   SKIP_BUILD=1 bench/run-jmh.sh ...     # reuse alluxio-k8s-bench/target/benchmarks.jar
#
# The throughput/average-time benchmarks default to 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement
# (their @Fork/@Warmup/@Measurement); ValidatorSetupBenchmark to 10 forks x 1 single shot. Options
# given here override them. Run one benchmark at a time on a shared machine. On a busy machine the
# default warm-up is too short for the JIT (scores still falling); the README's figures used
#   bench/run-jmh.sh 'RenderBenchmark|ValidatorBenchmark' -f 1 -wi 10 -w 2s -i 5 -r 2s \
#       -prof dev.alluxiok8s.bench.CpuTimeProfiler
# (the profiler adds the fork's CPU time per operation, which waiting for a core does not inflate).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/alluxio-k8s-bench/target/benchmarks.jar"
if [[ -z "${SKIP_BUILD:-}" ]]; then
  (cd "$root" && mvn -B -q package -pl alluxio-k8s-bench -am -DskipTests)
fi
exec java -jar "$jar" "${@:-.*}"
