package dev.alluxiok8s.bench;

import dev.alluxiok8s.schema.KubernetesValidator;
import dev.alluxiok8s.schema.manifest.Manifest;
import dev.alluxiok8s.schema.manifest.Manifests;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Splits the one-time cost in a fresh JVM into its phases: reading the YAML, building the validator, the
 * first validation (model classes loaded and reflected, code still interpreted) and a second one.
 * Run it a few times: {@code java -cp … dev.alluxiok8s.bench.ColdStartProbe}.
 */
public final class ColdStartProbe {

  private ColdStartProbe() {}

  /** Prints the phases in milliseconds. */
  public static void main(String[] args) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    List<Manifest> typical;
    try (InputStream in = ColdStartProbe.class.getResourceAsStream("typical.yaml")) {
      typical = Manifests.read("typical.yaml", in);
    }
    long t1 = System.nanoTime();
    long c1 = mx.getCurrentThreadCpuTime();
    KubernetesValidator v = KubernetesValidator.builder().build();
    long t2 = System.nanoTime();
    long c2 = mx.getCurrentThreadCpuTime();
    v.validate(typical);
    long t3 = System.nanoTime();
    long c3 = mx.getCurrentThreadCpuTime();
    v.validate(typical);
    long t4 = System.nanoTime();
    long c4 = mx.getCurrentThreadCpuTime();
    System.out.printf(Locale.ROOT,
        "wall: read %.1f ms, build %.1f ms, first validation %.1f ms, second %.1f ms%n"
            + "cpu:  read %.1f ms, build %.1f ms, first validation %.1f ms, second %.1f ms%n",
        (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6,
        (c1 - c0) / 1e6, (c2 - c1) / 1e6, (c3 - c2) / 1e6, (c4 - c3) / 1e6);
  }
}
