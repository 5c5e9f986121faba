package dev.alluxiok8s.bench;

import dev.alluxiok8s.schema.KubernetesValidator;
import dev.alluxiok8s.schema.ValidationReport;
import dev.alluxiok8s.schema.bundle.ExternalReference;
import dev.alluxiok8s.schema.finding.Finding;
import dev.alluxiok8s.schema.finding.ObjectCheck;
import dev.alluxiok8s.schema.finding.ObjectRef;
import dev.alluxiok8s.schema.finding.SourceLocator;
import dev.alluxiok8s.schema.manifest.Manifest;
import dev.alluxiok8s.schema.manifest.Manifests;
import dev.alluxiok8s.schema.rules.ObjectRules;
import dev.alluxiok8s.schema.structure.StructureValidator;
import dev.alluxiok8s.schema.version.KubernetesVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of validating one typical document (an Alluxio master StatefulSet or worker DaemonSet,
 * each about 60 lines of YAML) on one thread, reported as documents per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidatorBenchmark {

  /** Which document of typical.yaml: 0 is the StatefulSet, 1 the DaemonSet. */
  @Param({"0", "1"})
  public int document;

  private Manifest manifest;
  private List<Manifest> one;
  private KubernetesValidator validator;
  private StructureValidator structure;
  private ObjectRules rules;

  @Setup
  public void setUp() throws IOException {
    manifest = typical().get(document);
    one = List.of(manifest);
    validator = KubernetesValidator.builder().externalReference(ExternalReference.configMap("alluxio-config")).build();
    structure = StructureValidator.create();
    rules = new ObjectRules(KubernetesVersion.DEFAULT);
  }

  static List<Manifest> typical() throws IOException {
    try (InputStream in = ValidatorBenchmark.class.getResourceAsStream("typical.yaml")) {
      return Manifests.read("typical.yaml", in);
    }
  }

  /** Structure and API-server rules: the part the issue sets the 20,000 documents/s target for. */
  @Benchmark
  public int structureAndRules() {
    List<Finding> sink = new ArrayList<>();
    ObjectCheck check = new ObjectCheck(manifest.tree(), new ObjectRef("apps/v1", "", "", ""), 0, SourceLocator.NONE, sink);
    structure.validate(check);
    rules.check(check);
    return sink.size();
  }

  /** Everything: structure, rules, Pod Security, practices, bundle rules and the sorted report. */
  @Benchmark
  public ValidationReport fullValidation() {
    return validator.validate(one);
  }
}
