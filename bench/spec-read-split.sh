#!/bin/sh
# Where the CLI's "spec read and checked" phase goes, step by step, in cold JVMs:
#
#   bench/spec-read-split.sh [SPEC]      default SPEC: samples/multi-master-embedded-journal/alluxio.yaml
#
# Compiles a small probe (below) against the CLI's jars (alluxio-k8s-cli/target/lib, built by
# bin/alluxio-k8s on first use) and runs it RUNS times (default 5) per route, with bin/alluxio-k8s's
# JVM options and a static class-data archive of the probe's own classes (as the CLI has one), and
# prints each step's median wall and thread CPU time:
#   route jackson: the UTF-8 decode, the YAML scan (kube.yaml.YamlReader), the BindingTree, the
#     YAMLMapper, its deserializers for the model (readerFor), the first bind (with the model's
#     checks and the property catalog), a second bind of the same tree (the same work, warm);
#   route direct (only where schema.binding exists): the same decode and scan, then
#     SpecBinding.bind (the generated binding, with the model's checks and the property catalog).
# The probe sits in package schema.file to reach the reader's package-private steps.
set -eu

root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
spec=${1:-samples/multi-master-embedded-journal/alluxio.yaml}
runs=${RUNS:-5}
cd "$root"
[ -f alluxio-k8s-cli/target/alluxio-k8s.jar ] || bin/alluxio-k8s --version >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp=$(ls alluxio-k8s-cli/target/lib/*.jar | paste -sd: -)
mkdir -p "$work/src/dev/alluxiok8s/schema/file" "$work/out"
cat > "$work/src/dev/alluxiok8s/schema/file/SplitProbe.java" <<'JAVA'
package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.yaml.ReadLimits;
import dev.alluxiok8s.kube.yaml.Utf8;
import dev.alluxiok8s.model.AlluxioCluster;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

public final class SplitProbe {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static long wall;
  private static long cpu;

  private static void step(String name) {
    long w = System.nanoTime();
    long c = THREADS.getCurrentThreadCpuTime();
    if (name != null) {
      System.out.printf(java.util.Locale.ROOT, "%s|%.1f|%.1f%n", name, (w - wall) / 1e6, (c - cpu) / 1e6);
    }
    wall = System.nanoTime();
    cpu = THREADS.getCurrentThreadCpuTime();
  }

  public static void main(String[] args) throws Exception {
    step(null);
    Path file = Path.of(args[1]);
    String text = Utf8.decode(file.toString(), Files.readAllBytes(file));
    step("read and UTF-8 decode");
    DocumentScan scan = DocumentScan.of(file.toString(), text, ReadLimits.defaults());
    Map<?, ?> root = scan.mapping().orElseThrow();
    step("YAML scan (YamlReader)");
    if (args[0].equals("direct")) {
      // Found by name so that the probe compiles where schema.binding does not exist.
      java.lang.reflect.Method bind = Class.forName("dev.alluxiok8s.schema.binding.SpecBinding").getMethod("bind", Map.class);
      step(null);
      ((java.util.Optional<?>) bind.invoke(null, root)).orElseThrow();
      step("SpecBinding.bind (with checks, catalog)");
      ((java.util.Optional<?>) bind.invoke(null, root)).orElseThrow();
      step("SpecBinding.bind again (warm)");
      return;
    }
    BindingTree tree = BindingTree.of(root);
    step("BindingTree (Jackson nodes)");
    tools.jackson.dataformat.yaml.YAMLMapper mapper = SpecMapper.create(ReadLimits.defaults());
    step("SpecMapper.create (YAMLMapper)");
    tools.jackson.databind.ObjectReader reader = mapper.readerFor(AlluxioCluster.class).withHandler(new UnknownFields(scan));
    step("readerFor (model deserializers)");
    reader.readValue(tree.root());
    step("first bind (with checks, catalog)");
    reader.readValue(BindingTree.of(root).root());
    step("second bind (warm)");
  }
}
JAVA
javac -nowarn -d "$work/out" -cp "$cp" "$work/src/dev/alluxiok8s/schema/file/SplitProbe.java"
# A jar, not a folder: class-data archives take classes from jars only.
jar cf "$work/probe.jar" -C "$work/out" .
opts="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto"
routes=jackson
if unzip -l alluxio-k8s-cli/target/lib/alluxio-k8s-schema-*.jar 2>/dev/null | grep -q 'schema/binding/SpecBinding.class'; then
  routes="jackson direct"
fi
before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
for route in $routes; do
  java $opts -XX:DumpLoadedClassList="$work/$route.lst" -cp "$work/probe.jar:$cp" dev.alluxiok8s.schema.file.SplitProbe "$route" "$spec" >/dev/null
  java -XX:+UseSerialGC -Xshare:dump -XX:SharedClassListFile="$work/$route.lst" -XX:SharedArchiveFile="$work/$route.jsa" \
    -cp "$work/probe.jar:$cp" >/dev/null 2>&1 || echo "note: the class-data archive of the $route route could not be dumped; its runs load every class" >&2
  i=0
  while [ "$i" -lt "$runs" ]; do
    java $opts -XX:SharedArchiveFile="$work/$route.jsa" -cp "$work/probe.jar:$cp" dev.alluxiok8s.schema.file.SplitProbe "$route" "$spec" \
      | sed "s/^/$route|/" >>"$work/steps"
    i=$((i + 1))
  done
done
after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
echo "spec read of $spec, $runs cold JVMs per route, load average before: $before, after: $after"
printf '%-8s %-42s %12s %16s\n' route "step (median)" "wall (ms)" "thread CPU (ms)"
awk -F'|' '
  { key = $1 "|" $2; if (!(key in seen)) { seen[key] = 1; order[++n] = key } k = ++count[key]; w[key, k] = $3; c[key, k] = $4 }
  function median(arr, key, k,   i, j, t, a) {
    for (i = 1; i <= k; i++) a[i] = arr[key, i] + 0
    for (i = 2; i <= k; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
  }
  END { for (i = 1; i <= n; i++) { split(order[i], p, "|"); printf "%-8s %-42s %12.1f %16.1f\n", p[1], p[2], median(w, order[i], count[order[i]]), median(c, order[i], count[order[i]]) } }
' "$work/steps"
