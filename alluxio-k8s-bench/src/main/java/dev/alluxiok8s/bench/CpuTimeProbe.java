package dev.alluxiok8s.bench;

import dev.alluxiok8s.schema.KubernetesValidator;
import dev.alluxiok8s.schema.bundle.ExternalReference;
import dev.alluxiok8s.schema.finding.Finding;
import dev.alluxiok8s.schema.finding.ObjectCheck;
import dev.alluxiok8s.schema.finding.ObjectRef;
import dev.alluxiok8s.schema.finding.SourceLocator;
import dev.alluxiok8s.schema.manifest.Manifest;
import dev.alluxiok8s.schema.rules.ObjectRules;
import dev.alluxiok8s.schema.structure.StructureValidator;
import dev.alluxiok8s.schema.version.KubernetesVersion;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Documents per second of thread CPU time, a companion to {@link ValidatorBenchmark} for shared machines:
 * wall-clock throughput drops when other processes take the cores, CPU time per document does not.
 * Run: {@code java -cp … dev.alluxiok8s.bench.CpuTimeProbe}.
 */
public final class CpuTimeProbe {

  private CpuTimeProbe() {}

  /** Prints one line per document and measure. */
  public static void main(String[] args) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<Manifest> typical = ValidatorBenchmark.typical();
    KubernetesValidator validator =
        KubernetesValidator.builder().externalReference(ExternalReference.configMap("alluxio-config")).build();
    StructureValidator structure = StructureValidator.create();
    ObjectRules rules = new ObjectRules(KubernetesVersion.DEFAULT);
    int rounds = 200_000;
    for (int d = 0; d < typical.size(); d++) {
      Manifest m = typical.get(d);
      String name = d == 0 ? "StatefulSet" : "DaemonSet";
      Runnable structureAndRules = () -> {
        List<Finding> sink = new ArrayList<>();
        ObjectCheck check = new ObjectCheck(m.tree(), new ObjectRef("apps/v1", "", "", ""), 0, SourceLocator.NONE, sink);
        structure.validate(check);
        rules.check(check);
      };
      List<Manifest> one = List.of(m);
      Runnable full = () -> validator.validate(one);
      for (Runnable warm : List.of(structureAndRules, full)) {
        for (int i = 0; i < rounds; i++) {
          warm.run();
        }
      }
      report(mx, name + " structure+rules", structureAndRules, rounds);
      report(mx, name + " full validation", full, rounds);
    }
  }

  private static void report(ThreadMXBean mx, String what, Runnable r, int rounds) {
    long cpu0 = mx.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      r.run();
    }
    double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double wall = (System.nanoTime() - wall0) / 1e9;
    System.out.printf(Locale.ROOT, "%-32s %,10.0f docs/s of CPU time (%,.1f µs each), %,10.0f docs/s wall%n",
        what, rounds / cpu, cpu / rounds * 1e6, rounds / wall);
  }
}
