package dev.alluxiok8s.bench;

import dev.alluxiok8s.validation.KubernetesValidator;
import dev.alluxiok8s.validation.ValidationReport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Steady-state validator throughput over the scenario's StatefulSet and DaemonSet trees (structure,
 * API-server rules, cross-object rules, Pod Security, practices). Target (issue): at least 20,000
 * documents/s per core.
 *
 * <p>{@link #statefulSetAndDaemonSet} validates both documents in one call and is annotated
 * {@code @OperationsPerInvocation(2)}, so its score is already documents/s (calls/s = score / 2).
 * The single-document benchmarks show which of the two costs more.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ValidatorBenchmark {

  KubernetesValidator validator;
  KubernetesValidator structureAndRules;
  List<Map<String, Object>> both;
  List<Map<String, Object>> statefulSet;
  List<Map<String, Object>> daemonSet;

  @Setup
  public void setUp() {
    validator = Scenario.workloadValidator();
    structureAndRules = KubernetesValidator.builder()
        .externalReferences(Scenario.workloadExternals()).practices(false).build();
    both = Scenario.workloadTrees();
    statefulSet = List.of(both.get(0));
    daemonSet = List.of(both.get(1));
    ValidationReport report = validator.validateTrees(both);
    // As in the full render: no errors or warnings, only the Pod Security notes.
    if (report.hasErrors() || !report.warnings().isEmpty()) {
      throw new IllegalStateException("the workloads should validate without errors or warnings, got " + report);
    }
  }

  @Benchmark
  @OperationsPerInvocation(2)
  public ValidationReport statefulSetAndDaemonSet() {
    return validator.validateTrees(both);
  }

  @Benchmark
  @OperationsPerInvocation(2)
  public ValidationReport statefulSetAndDaemonSetNoPractices() {
    return structureAndRules.validateTrees(both);
  }

  @Benchmark
  public ValidationReport statefulSetOnly() {
    return validator.validateTrees(statefulSet);
  }

  @Benchmark
  public ValidationReport daemonSetOnly() {
    return validator.validateTrees(daemonSet);
  }
}
