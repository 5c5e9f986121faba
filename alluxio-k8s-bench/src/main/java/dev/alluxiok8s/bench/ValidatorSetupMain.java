package dev.alluxiok8s.bench;

import dev.alluxiok8s.schema.KubernetesValidator;
import dev.alluxiok8s.schema.ValidationReport;
import dev.alluxiok8s.schema.manifest.Manifest;
import dev.alluxiok8s.schema.manifest.Manifests;
import java.util.List;

/**
 * For {@code bench/validator-setup.sh}: in a fresh JVM, parse the scenario's StatefulSet and
 * DaemonSet from YAML, then build a validator and validate them once. Prints the in-process times
 * in milliseconds: {@code parse=… setup+first=…}. With {@code noop} as argument it does nothing,
 * the baseline for the process's wall time.
 */
public final class ValidatorSetupMain {

  private ValidatorSetupMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("noop")) {
      return;
    }
    long t0 = System.nanoTime();
    List<Manifest> manifests = Manifests.read(Scenario.WORKLOADS_RESOURCE, Scenario.workloadsYaml());
    long t1 = System.nanoTime();
    ValidationReport report = KubernetesValidator.builder().externalReferences(Scenario.workloadExternals()).build()
        .validate(manifests);
    long t2 = System.nanoTime();
    if (report.hasErrors() || !report.warnings().isEmpty()) {
      System.err.println(report);
      System.exit(1);
    }
    System.out.printf("parse=%.1f setup+first=%.1f%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
  }
}
