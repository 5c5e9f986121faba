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
. "$root/bench/probe.sh"
spec=${1:-samples/multi-master-embedded-journal/alluxio.yaml}
runs=${RUNS:-5}
probe_setup
mkdir -p "$work/src/dev/alluxiok8s/schema/file"
cat > "$work/src/dev/alluxiok8s/schema/file/SplitProbe.java" <<'JAVA'
package dev.alluxiok8s.schema.file;

import static dev.alluxiok8s.bench.probe.Steps.step;

import dev.alluxiok8s.kube.yaml.ReadLimits;
import dev.alluxiok8s.kube.yaml.Utf8;
import dev.alluxiok8s.model.AlluxioCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

public final class SplitProbe {
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
probe_compile "$work/src/dev/alluxiok8s/schema/file/SplitProbe.java"
routes=jackson
if unzip -l alluxio-k8s-cli/target/lib/alluxio-k8s-schema-*.jar 2>/dev/null | grep -q 'schema/binding/SpecBinding.class'; then
  routes="jackson direct"
fi
before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
for route in $routes; do
  probe_runs "$route" "$runs" dev.alluxiok8s.schema.file.SplitProbe "$route" "$spec" | sed "s/^/$route|/" >>"$work/steps"
done
after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
echo "spec read of $spec, $runs cold JVMs per route, load average before: $before, after: $after"
printf '%-8s %-42s %12s %16s\n' route "step (median)" "wall (ms)" "thread CPU (ms)"
probe_medians "$work/steps" | awk -F'|' '{ printf "%-8s %-42s %12.1f %16.1f\n", $1, $2, $3, $4 }'
