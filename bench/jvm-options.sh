#!/bin/sh
# Measures what bin/alluxio-k8s's JVM options buy: the same render with `java -jar` and no options
# (the baseline), with C1 only and the serial collector, with those plus the class-data-sharing
# archive bin/alluxio-k8s records, and `--version` alone with the archive (the JVM and picocli
# without a render), side by side with hyperfine. See bench/README.md for recorded figures.
#
#   bench/jvm-options.sh [SPEC]       default SPEC: samples/multi-master-embedded-journal/alluxio.yaml
#
# Environment: RUNS (default 15) and WARMUP (default 2) are passed to hyperfine. Java 17 (java on
# the PATH): the archive is the AppCDS one bin/alluxio-k8s keeps beside the jar. CPU time (user)
# is the figure to compare on a shared machine; wall time includes waiting for a core.
set -eu

root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
spec=${1:-samples/multi-master-embedded-journal/alluxio.yaml}
runs=${RUNS:-15}
warmup=${WARMUP:-2}
jar=alluxio-k8s-cli/target/alluxio-k8s.jar
archive=alluxio-k8s-cli/target/alluxio-k8s-java17-render.jsa
c1="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

command -v hyperfine >/dev/null 2>&1 || { echo "bench/jvm-options.sh: install hyperfine first (see bench/cold-start.sh)" >&2; exit 2; }
cd "$root"
# Builds the jar and records the archive when they are missing; fails loudly if the render fails.
bin/alluxio-k8s render "$spec" >/dev/null
[ -f "$archive" ] || { echo "bench/jvm-options.sh: no archive at $archive (is java on the PATH Java 17?)" >&2; exit 2; }

results=$(mktemp)
trap 'rm -f "$results"' EXIT
hyperfine --shell=none --warmup "$warmup" --runs "$runs" --export-csv "$results" \
  --command-name 'java -jar (no options)' "java -jar $jar render $spec" \
  --command-name 'C1 only and SerialGC' "java $c1 -jar $jar render $spec" \
  --command-name '+ the AppCDS archive' "java $c1 -Xshare:auto -XX:SharedArchiveFile=$archive -jar $jar render $spec" \
  --command-name 'version only (no render), with the archive' "java $c1 -Xshare:auto -XX:SharedArchiveFile=$archive -jar $jar --version"

# CSV columns: command,mean,stddev,median,user,system,min,max (seconds); user is the mean.
echo
awk -F, 'NR > 1 { printf "%-45s user CPU %.2f s, median wall %.0f ms\n", $1, $5, $4 * 1000 }' "$results"
