#!/bin/sh
# Where the time of one `bin/alluxio-k8s render SPEC` goes: the start-up budget of bench/README.md.
#
#   bench/budget.sh [SPEC]     default SPEC: samples/multi-master-embedded-journal/alluxio.yaml
#
# Runs the render RUNS times (default 10) through bin/alluxio-k8s, so with its JVM options and its
# class-data archive, with the CLI's phase marks on (-Dalluxio.k8s.phases=true, see cli.Phases) and
# the JVM's class-loading log, and prints:
#   - the median wall and process CPU time of each phase, and the JVM's own start (until the CLI's
#     Main class is loaded, from the log's uptime stamps);
#   - the classes each area of the code loaded in the last run, and how many came from the archive.
# The load average is printed beside the figures: on a shared machine, read the CPU column.
set -eu

root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
spec=${1:-samples/multi-master-embedded-journal/alluxio.yaml}
runs=${RUNS:-10}
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log="$work/class-load.log"

# Builds the jar and records the render's archive when they are missing.
bin/alluxio-k8s render "$spec" >/dev/null

before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
i=0
while [ "$i" -lt "$runs" ]; do
  ALLUXIO_K8S_JAVA_OPTS="-Dalluxio.k8s.phases=true -Xlog:class+load=info:file=$log:uptimenanos" \
    bin/alluxio-k8s render "$spec" 2>>"$work/phases" >/dev/null
  # The JVM's start: from its creation to the load of the CLI's entry point.
  sed -n 's/^\[\([0-9]*\)ns\] dev\.alluxiok8s\.cli\.Main .*/alluxio-k8s: phase JVM start until main: \1 ns/p' "$log" >>"$work/phases"
  i=$((i + 1))
done
after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

echo "render $spec, $runs runs, load average before: $before, after: $after"
echo
printf '%-40s %14s %14s\n' "phase (median of $runs runs)" "wall (ms)" "CPU (ms)"
# Lines: "alluxio-k8s: phase NAME: W ms wall, C ms CPU" or "...: phase JVM start until main: N ns".
awk '
  /: phase / {
    line = $0; sub(/^alluxio-k8s: phase /, "", line)
    name = line; sub(/: [0-9.]+ (ms wall|ns).*$/, "", name)
    if (!(name in seen)) { seen[name] = 1; order[++n] = name }
    if (line ~ / ns$/) { v = line; sub(/^.*: /, "", v); sub(/ ns$/, "", v); wall[name, ++count[name]] = v / 1e6; cpu[name, count[name]] = -1 }
    else { w = line; sub(/^.*: /, "", w); sub(/ ms wall.*$/, "", w); c = line; sub(/^.* wall, /, "", c); sub(/ ms CPU$/, "", c)
           wall[name, ++count[name]] = w; cpu[name, count[name]] = c }
  }
  function median(arr, name, k,   i, j, t, a) {
    for (i = 1; i <= k; i++) a[i] = arr[name, i] + 0
    for (i = 2; i <= k; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
  }
  END {
    # The JVM start first, then the phases in the order the run marks them.
    name = "JVM start until main"
    printf "%-40s %14.1f %14s\n", name, median(wall, name, count[name]), "-"
    for (i = 1; i <= n; i++) if (order[i] != name)
      printf "%-40s %14.1f %14.1f\n", order[i], median(wall, order[i], count[order[i]]), median(cpu, order[i], count[order[i]])
  }' "$work/phases"

echo
echo "classes loaded by the last run, by area (from the archive / all):"
awk '
  { cls = $2; shared = ($0 ~ /source: shared objects file/) }
  cls ~ /^picocli\./ { a = "picocli" }
  cls ~ /^tools\.jackson\.|^com\.fasterxml\.jackson\./ { a = "Jackson" }
  cls ~ /^dev\.alluxiok8s\.model\./ { a = "spec model (Immutables)" }
  cls ~ /^dev\.alluxiok8s\.schema\./ { a = "spec reader" }
  cls ~ /^io\.kubernetes\./ { a = "Kubernetes model classes" }
  cls ~ /^dev\.alluxiok8s\.validation\./ { a = "validator" }
  cls ~ /^dev\.alluxiok8s\.properties\./ { a = "Alluxio property catalog" }
  cls ~ /^dev\.alluxiok8s\.render\./ { a = "renderer and YAML writer" }
  cls ~ /^org\.snakeyaml\./ { a = "snakeyaml-engine" }
  cls ~ /^dev\.alluxiok8s\.(kube|cli)\./ { a = "kube, cli" }
  cls ~ /LambdaForm\$|\$\$Lambda\$|^jdk\.proxy|\$Proxy/ { a = "spun at run time (lambda forms, proxies)" }
  a == "" { a = "JDK and other libraries" }
  { all[a]++; if (shared) from[a]++; total++; if (shared) totalShared++; a = "" }
  END {
    for (k in all) printf "  %-42s %5d / %5d\n", k, from[k], all[k] | "sort"
    close("sort")
    printf "  %-42s %5d / %5d\n", "total", totalShared, total
  }' "$log"
