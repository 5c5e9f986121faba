package dev.alluxiok8s.bench;

import dev.alluxiok8s.validation.KubernetesValidator;
import dev.alluxiok8s.validation.ValidationReport;
import dev.alluxiok8s.validation.bundle.ExternalReference;
import dev.alluxiok8s.validation.manifest.Manifest;
import dev.alluxiok8s.validation.manifest.Manifests;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The validator's one-time cost in a fresh JVM: {@code KubernetesValidator.builder()...build()}
 * plus the first validation of the scenario's StatefulSet and DaemonSet. Each fork measures it
 * once ({@code SingleShotTime}, no warm-up), so run many forks. Target (issue): under 100 ms.
 *
 * <p>{@code source} says where the documents come from, in the (unmeasured) setup:
 *
 * <ul>
 *   <li>{@code yaml}: parsed from YAML text with {@link Manifests#read(String, String)}, as the
 *       CLI's {@code validate} does; no Kubernetes model class is loaded before the measurement;
 *   <li>{@code rendered}: rendered from the model, as {@code ManifestRenderer} does; the renderer
 *       has already loaded the Kubernetes model classes the validator also reads.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ValidatorSetupBenchmark {

  @Param({"yaml", "rendered"})
  public String source;

  List<Manifest> manifests;
  Set<ExternalReference> externals;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    externals = Scenario.workloadExternals();
    manifests = switch (source) {
      case "yaml" -> Manifests.read(Scenario.WORKLOADS_RESOURCE, Scenario.workloadsYaml());
      case "rendered" -> Scenario.workloadTrees().stream().map(Manifest::of).toList();
      default -> throw new IllegalArgumentException("unknown source " + source);
    };
  }

  @Benchmark
  public ValidationReport buildAndFirstValidation() {
    return KubernetesValidator.builder().externalReferences(externals).build()
        .validate(manifests);
  }
}
