#!/bin/sh
# Measures the cold start of `bin/alluxio-k8s render` against `java -version` with hyperfine, side
# by side, and prints the ratio (target: at most 4x). See bench/README.md for recorded figures.
#
#   bench/cold-start.sh [SPEC]        default SPEC: samples/multi-master-embedded-journal/alluxio.yaml
#
# Environment: JAVA_HOME selects the JVM for both commands; RUNS (default 30) and WARMUP (default 3)
# are passed to hyperfine. The warm-up runs also build the CLI jar and record its class-data
# sharing archive (bin/alluxio-k8s does both on first use), so they are not measured.
set -eu

root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
spec=${1:-samples/multi-master-embedded-journal/alluxio.yaml}
runs=${RUNS:-30}
warmup=${WARMUP:-3}
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi

if ! command -v hyperfine >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "hyperfine is missing; installing it from Debian (apt-get install hyperfine)" >&2
    apt-get install -y -q hyperfine >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q hyperfine >/dev/null; }
  else
    echo "bench/cold-start.sh: hyperfine is missing. Install it with 'sudo apt-get install hyperfine'" >&2
    echo "(Debian/Ubuntu), 'brew install hyperfine' (macOS) or 'cargo install hyperfine'." >&2
    exit 2
  fi
fi

cd "$root"
# One run outside hyperfine: builds the jar if needed and fails loudly if the render does not work,
# instead of hyperfine timing an error message.
bin/alluxio-k8s render "$spec" >/dev/null

results=$(mktemp)
trap 'rm -f "$results"' EXIT
hyperfine --shell=none --warmup "$warmup" --runs "$runs" --export-csv "$results" \
  --command-name 'java -version' "$java -version" \
  --command-name 'alluxio-k8s render' "bin/alluxio-k8s render $spec"

# CSV columns: command,mean,stddev,median,user,system,min,max (seconds).
awk -F, 'NR == 2 { base = $4 } NR == 3 { render = $4 }
  END { printf "\nmedian: java -version %.0f ms, alluxio-k8s render %.0f ms, ratio %.1fx (target <= 4x)\n",
        base * 1000, render * 1000, render / base }' "$results"
