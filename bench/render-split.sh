#!/bin/sh
# Where the CLI's "rendered and validated" phase goes, step by step, in cold JVMs:
#
#   bench/render-split.sh [SPEC]      default SPEC: samples/multi-master-embedded-journal/alluxio.yaml
#
# Compiles a small probe (below) against the CLI's jars (alluxio-k8s-cli/target/lib, built by
# bin/alluxio-k8s on first use) and runs it RUNS times (default 7), with bin/alluxio-k8s's JVM
# options and a static class-data archive of the probe's own classes (as the CLI has one), and
# prints each step's median thread CPU and wall time. The steps follow one render: the property
# catalog, the spec read (scan, binding, checks), the render context, the ConfigMap's, masters' and
# workers' drafts, their trees (KubeTree, cold, then again warm), the whole ClusterRenderer.render
# (after those, so mostly warm), the validator's set-up and run, and the YAML stream. The probe sits
# in package render to reach what ClusterRenderer reaches.
set -eu

root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
spec=${1:-samples/multi-master-embedded-journal/alluxio.yaml}
runs=${RUNS:-7}
cd "$root"
[ -f alluxio-k8s-cli/target/alluxio-k8s.jar ] || bin/alluxio-k8s --version >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp=$(ls alluxio-k8s-cli/target/lib/*.jar | paste -sd: -)
mkdir -p "$work/src/dev/alluxiok8s/render" "$work/out"
cat > "$work/src/dev/alluxiok8s/render/RenderProbe.java" <<'JAVA'
package dev.alluxiok8s.render;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.properties.catalog.Catalogs;
import dev.alluxiok8s.render.configmap.ConfigMapRenderer;
import dev.alluxiok8s.render.context.RenderContext;
import dev.alluxiok8s.render.master.MasterRenderer;
import dev.alluxiok8s.render.naming.Naming;
import dev.alluxiok8s.render.object.DraftObject;
import dev.alluxiok8s.render.worker.WorkerRenderer;
import dev.alluxiok8s.render.yaml.KubeTree;
import dev.alluxiok8s.schema.file.SpecReader;
import dev.alluxiok8s.validation.KubernetesValidator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public final class RenderProbe {
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
    Catalogs.newest();
    step("property catalog (Catalogs.newest)");
    AlluxioCluster cluster = SpecReader.create().readDocument(Path.of(args[0])).cluster();
    step("spec read (scan, binding, checks)");
    RenderContext context = RenderContext.of(cluster, Naming.modern());
    step("RenderContext.of");
    List<DraftObject> drafts = new ArrayList<>();
    drafts.add(new ConfigMapRenderer(context).configMap());
    MasterRenderer masters = new MasterRenderer(context);
    drafts.addAll(masters.storage());
    drafts.addAll(masters.services());
    drafts.add(masters.statefulSet());
    drafts.add(new WorkerRenderer(context).daemonSet());
    step("ConfigMap, masters, workers drafts");
    drafts.forEach(d -> KubeTree.of(d.object()));
    step("their trees (KubeTree, cold)");
    drafts.forEach(d -> KubeTree.of(d.object()));
    step("their trees again (warm)");
    RenderedCluster rendered = ClusterRenderer.create().render(cluster);
    step("ClusterRenderer.render (after the above)");
    KubernetesValidator validator = KubernetesValidator.builder().build();
    step("KubernetesValidator built");
    validator.validateTrees(rendered.trees());
    step("validateTrees");
    rendered.toYaml();
    step("YAML stream (toYaml)");
  }
}
JAVA
javac -nowarn -d "$work/out" -cp "$cp" "$work/src/dev/alluxiok8s/render/RenderProbe.java"
# A jar, not a folder: class-data archives take classes from jars only.
jar cf "$work/probe.jar" -C "$work/out" .
opts="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto"
before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
java $opts -XX:DumpLoadedClassList="$work/probe.lst" -cp "$work/probe.jar:$cp" dev.alluxiok8s.render.RenderProbe "$spec" >/dev/null
java -XX:+UseSerialGC -Xshare:dump -XX:SharedClassListFile="$work/probe.lst" -XX:SharedArchiveFile="$work/probe.jsa" \
  -cp "$work/probe.jar:$cp" >/dev/null 2>&1 || echo "note: the probe's class-data archive could not be dumped; its runs load every class" >&2
i=0
while [ "$i" -lt "$runs" ]; do
  java $opts -XX:SharedArchiveFile="$work/probe.jsa" -cp "$work/probe.jar:$cp" dev.alluxiok8s.render.RenderProbe "$spec" >>"$work/steps"
  i=$((i + 1))
done
after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
echo "render of $spec, $runs cold JVMs, load average before: $before, after: $after"
printf '%-42s %16s %12s\n' "step (median)" "thread CPU (ms)" "wall (ms)"
awk -F'|' '
  { if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } k = ++count[$1]; w[$1, k] = $2; c[$1, k] = $3 }
  function median(arr, key, k,   i, j, t, a) {
    for (i = 1; i <= k; i++) a[i] = arr[key, i] + 0
    for (i = 2; i <= k; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
  }
  END { for (i = 1; i <= n; i++) printf "%-42s %16.1f %12.1f\n", order[i], median(c, order[i], count[order[i]]), median(w, order[i], count[order[i]]) }
' "$work/steps"
