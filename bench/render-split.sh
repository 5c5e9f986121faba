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
. "$root/bench/probe.sh"
spec=${1:-samples/multi-master-embedded-journal/alluxio.yaml}
runs=${RUNS:-7}
probe_setup
mkdir -p "$work/src/dev/alluxiok8s/render"
cat > "$work/src/dev/alluxiok8s/render/RenderProbe.java" <<'JAVA'
package dev.alluxiok8s.render;

import static dev.alluxiok8s.bench.probe.Steps.step;

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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public final class RenderProbe {
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
probe_compile "$work/src/dev/alluxiok8s/render/RenderProbe.java"
before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
probe_runs render "$runs" dev.alluxiok8s.render.RenderProbe "$spec" >"$work/steps"
after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
echo "render of $spec, $runs cold JVMs, load average before: $before, after: $after"
printf '%-42s %16s %12s\n' "step (median)" "thread CPU (ms)" "wall (ms)"
probe_medians "$work/steps" | awk -F'|' '{ printf "%-42s %16.1f %12.1f\n", $1, $3, $2 }'
