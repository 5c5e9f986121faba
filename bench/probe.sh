# Sourced by bench/render-split.sh and bench/spec-read-split.sh (after they set $root): compiles a
# probe against the CLI's jars and runs it in cold JVMs, with bin/alluxio-k8s's JVM options and a
# static class-data archive of the probe's own classes (as the CLI has one). A probe marks its steps
# with dev.alluxiok8s.bench.probe.Steps.step(name), which prints "name|wall ms|thread CPU ms".

opts="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto"

# Builds the CLI's jars on first use; sets $work (removed on exit) and $cp.
probe_setup() {
  cd "$root"
  [ -f alluxio-k8s-cli/target/alluxio-k8s.jar ] || bin/alluxio-k8s --version >/dev/null
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  cp=$(ls alluxio-k8s-cli/target/lib/*.jar | paste -sd: -)
  mkdir -p "$work/src/dev/alluxiok8s/bench/probe" "$work/out"
  cat > "$work/src/dev/alluxiok8s/bench/probe/Steps.java" <<'JAVA'
package dev.alluxiok8s.bench.probe;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

public final class Steps {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static long wall;
  private static long cpu;

  private Steps() {}

  /** Ends the step begun by the previous call and prints it; null starts the clock without printing. */
  public static void step(String name) {
    long w = System.nanoTime();
    long c = THREADS.getCurrentThreadCpuTime();
    if (name != null) {
      System.out.printf(java.util.Locale.ROOT, "%s|%.1f|%.1f%n", name, (w - wall) / 1e6, (c - cpu) / 1e6);
    }
    wall = System.nanoTime();
    cpu = THREADS.getCurrentThreadCpuTime();
  }
}
JAVA
}

# probe_compile SOURCE...: compiles the probe's sources with Steps into $work/probe.jar.
probe_compile() {
  javac -nowarn -d "$work/out" -cp "$cp" "$work/src/dev/alluxiok8s/bench/probe/Steps.java" "$@"
  # A jar, not a folder: class-data archives take classes from jars only.
  jar cf "$work/probe.jar" -C "$work/out" .
}

# probe_runs NAME RUNS CLASS ARG...: records an archive of what CLASS loads, then runs it RUNS times
# with that archive; prints every run's step lines.
probe_runs() {
  name=$1 count=$2
  shift 2
  java $opts -XX:DumpLoadedClassList="$work/$name.lst" -cp "$work/probe.jar:$cp" "$@" >/dev/null
  java -XX:+UseSerialGC -Xshare:dump -XX:SharedClassListFile="$work/$name.lst" -XX:SharedArchiveFile="$work/$name.jsa" \
    -cp "$work/probe.jar:$cp" >/dev/null 2>&1 \
    || echo "note: the class-data archive of $name could not be dumped; its runs load every class" >&2
  i=0
  while [ "$i" -lt "$count" ]; do
    java $opts -XX:SharedArchiveFile="$work/$name.jsa" -cp "$work/probe.jar:$cp" "$@"
    i=$((i + 1))
  done
}

# probe_medians FILE: for each step in first-seen order (the key is every field but the last two),
# "key|median wall|median thread CPU".
probe_medians() {
  awk -F'|' '
    { key = $1; for (f = 2; f <= NF - 2; f++) key = key "|" $f
      if (!(key in seen)) { seen[key] = 1; order[++n] = key } k = ++count[key]; w[key, k] = $(NF - 1); c[key, k] = $NF }
    function median(arr, key, k,   i, j, t, a) {
      for (i = 1; i <= k; i++) a[i] = arr[key, i] + 0
      for (i = 2; i <= k; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
      return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
    }
    END { for (i = 1; i <= n; i++) printf "%s|%.1f|%.1f\n", order[i], median(w, order[i], count[order[i]]), median(c, order[i], count[order[i]]) }
  ' "$1"
}
