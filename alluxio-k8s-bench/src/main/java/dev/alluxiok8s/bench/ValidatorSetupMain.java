package dev.alluxiok8s.bench;

import dev.alluxiok8s.validation.KubernetesValidator;
import dev.alluxiok8s.validation.ValidationReport;
import dev.alluxiok8s.validation.bundle.ExternalReference;
import dev.alluxiok8s.validation.manifest.Manifest;
import dev.alluxiok8s.validation.manifest.Manifests;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Set;

/**
 * For {@code bench/validator-setup.sh}: in a fresh JVM, parse the scenario's StatefulSet and
 * DaemonSet from YAML, then build a validator and validate them once. Prints the in-process times
 * in milliseconds, wall clock and the main thread's CPU time: {@code parse=… setup+first=…
 * cpu-setup+first=…}. With {@code noop} as argument it does nothing, the baseline for the process's
 * wall time.
 */
public final class ValidatorSetupMain {

  private ValidatorSetupMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("noop")) {
      return;
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    List<Manifest> manifests = Manifests.read(Scenario.WORKLOADS_RESOURCE, Scenario.workloadsYaml());
    Set<ExternalReference> externals = Scenario.workloadExternals();
    long t1 = System.nanoTime();
    long c1 = threads.getCurrentThreadCpuTime();
    ValidationReport report = KubernetesValidator.builder().externalReferences(externals).build().validate(manifests);
    long c2 = threads.getCurrentThreadCpuTime();
    long t2 = System.nanoTime();
    if (report.hasErrors() || !report.warnings().isEmpty()) {
      System.err.println(report);
      System.exit(1);
    }
    System.out.printf("parse=%.1f setup+first=%.1f cpu-setup+first=%.1f%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6,
        (c2 - c1) / 1e6);
  }
}
