#!/bin/sh
# Cold start of the CLI, side by side in one hyperfine run, against the targets of issue 16:
#
#   java -version                       the floor: a JVM that starts and stops
#   render SPEC (JVM)                   bin/alluxio-k8s render SPEC           target <= 4x java -version
#   render SPEC (baseline)              BASELINE/bin/alluxio-k8s render SPEC, when BASELINE is set
#   render SPEC (native)                a native executable, when there is one (none builds yet: bench/README.md)
#   helm template                       Alluxio's chart of the same values, when helm is there
#   render SPEC -o DIR                  one sample into a folder
#   render ALL 13 SAMPLES -o DIR        every sample in one call                target <= 2x the row above
#
#   bench/cold-start.sh [SPEC]        default SPEC: samples/multi-master-embedded-journal/alluxio.yaml
#
# Environment: JAVA_HOME selects the JVM of every java row; RUNS (default 30) and WARMUP (default
# 3) are passed to hyperfine. HELM_CHART (a chart folder) and HELM_VALUES (its values file) add the
# `helm template` row when a helm binary is on the PATH, and then `render --helm-values` of the
# same values beside it; without them the row is skipped with a note. NATIVE names the native
# executable (default alluxio-k8s-cli/target/native/alluxio-k8s; skipped when it is missing).
# BASELINE names another checkout (a clone of main, with its CLI jar built): its render of the same
# SPEC runs in the same hyperfine run, and the ratio of this checkout's render to it is printed.
# The load average is printed before and after: on a shared machine, compare the ratios measured
# in the same run and the CPU times, not wall times across runs. bench/README.md has the figures.
set -eu

root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
spec=${1:-samples/multi-master-embedded-journal/alluxio.yaml}
runs=${RUNS:-30}
warmup=${WARMUP:-3}
native=${NATIVE:-alluxio-k8s-cli/target/native/alluxio-k8s}
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
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The samples all name their cluster `alluxio`, and clusters rendered together need their own
# names (each goes into DIR/<metadata.name>/): the batch renders copies named c1, c2, ...
mkdir "$work/specs"
count=0
for sample in samples/*/alluxio.yaml; do
  count=$((count + 1))
  awk -v name="c$count" '/^metadata:/ { m = 1 } m && /^  name: / { print "  name: " name; m = 0; next } { print }' \
    "$sample" > "$work/specs/c$count.yaml"
  if [ "$sample" = "$spec" ]; then one="$work/specs/c$count.yaml"; fi
done
samples=$(ls "$work"/specs/*.yaml | tr '\n' ' ')
# The single-sample row renders the same copy of SPEC as the batch does.
one=${one:-$spec}

# One run of each command outside hyperfine: builds the jar, records each command's archive, and
# fails loudly if a render does not work, instead of hyperfine timing an error message.
bin/alluxio-k8s render "$spec" >/dev/null
bin/alluxio-k8s render "$one" -o "$work/one" >/dev/null
# shellcheck disable=SC2086
bin/alluxio-k8s render $samples -o "$work/all" >/dev/null

set -- --command-name 'java -version' "$java -version" \
  --command-name 'render (JVM)' "bin/alluxio-k8s render $spec"
if [ -n "${BASELINE:-}" ]; then
  # Records the baseline's archive too, and fails loudly if it cannot render.
  "$BASELINE/bin/alluxio-k8s" render "$spec" >/dev/null
  set -- "$@" --command-name 'render (baseline)' "$BASELINE/bin/alluxio-k8s render $spec"
fi
if [ -x "$native" ]; then
  "$native" render "$spec" >/dev/null
  set -- "$@" --command-name 'render (native)' "$native render $spec"
else
  echo "note: no native executable at $native (see bench/README.md, Native image): its row is skipped" >&2
fi
if command -v helm >/dev/null 2>&1 && [ -n "${HELM_CHART:-}" ] && [ -n "${HELM_VALUES:-}" ]; then
  set -- "$@" --command-name 'helm template' "helm template alluxio $HELM_CHART -f $HELM_VALUES" \
    --command-name 'render --helm-values (JVM)' "bin/alluxio-k8s render --helm-values $HELM_VALUES"
else
  echo "note: helm template is skipped (it needs helm on the PATH, HELM_CHART and HELM_VALUES)" >&2
fi
set -- "$@" --command-name 'render 1 sample -o DIR' "bin/alluxio-k8s render $one -o $work/one" \
  --command-name "render $count samples -o DIR" "bin/alluxio-k8s render $samples -o $work/all"

results="$work/results.csv"
before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
hyperfine --shell=none --warmup "$warmup" --runs "$runs" --export-csv "$results" "$@"
after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

# CSV columns: command,mean,stddev,median,user,system,min,max (seconds; user and system are means).
echo
echo "load average before: $before, after: $after; $runs runs each; $($java -version 2>&1 | head -n 1)"
awk -F, -v count="$count" '
  NR == 1 { next }
  { name[NR] = $1; median[NR] = $4 * 1000; cpu[NR] = ($5 + $6) * 1000; row[$1] = NR }
  END {
    base = row["java -version"]
    printf "%-32s %12s %14s %10s %10s\n", "command", "median (ms)", "user+sys (ms)", "x wall", "x CPU"
    for (i = 2; i <= NR; i++)
      printf "%-32s %12.0f %14.0f %9.1fx %9.1fx\n", name[i], median[i], cpu[i], median[i] / median[base], cpu[i] / cpu[base]
    r = row["render (JVM)"]
    printf "\nrender (JVM) / java -version: %.1fx wall, %.1fx CPU (target <= 4x, 3x hoped for)\n", median[r] / median[base], cpu[r] / cpu[base]
    if ("render (baseline)" in row) {
      b = row["render (baseline)"]
      printf "render (baseline) / java -version: %.1fx wall, %.1fx CPU\n", median[b] / median[base], cpu[b] / cpu[base]
      printf "render (JVM) / render (baseline): %.2fx wall, %.2fx CPU\n", median[r] / median[b], cpu[r] / cpu[b]
    }
    if ("render (native)" in row) {
      n = row["render (native)"]
      printf "render (native) / java -version: %.1fx wall, %.1fx CPU\n", median[n] / median[base], cpu[n] / cpu[base]
    }
    if ("helm template" in row) {
      h = row["helm template"]; v = row["render --helm-values (JVM)"]
      printf "render --helm-values (JVM) / helm template: %.1fx wall, %.1fx CPU\n", median[v] / median[h], cpu[v] / cpu[h]
    }
    one = row["render 1 sample -o DIR"]; all = row["render " count " samples -o DIR"]
    printf "%d samples in one call / 1 sample: %.1fx wall, %.1fx CPU (target <= 2x)\n", count, median[all] / median[one], cpu[all] / cpu[one]
  }' "$results"
