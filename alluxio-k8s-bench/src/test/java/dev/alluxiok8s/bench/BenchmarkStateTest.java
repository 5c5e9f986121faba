package dev.alluxiok8s.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.render.validation.ExternalObjects;
import dev.alluxiok8s.render.yaml.YamlWriter;
import org.junit.jupiter.api.Test;

/**
 * A smoke test only: every benchmark's state sets up and each benchmark method runs once. It
 * measures nothing; the benchmarks run through {@code bench/run-jmh.sh}.
 */
class BenchmarkStateTest {

  @Test
  void renderBenchmarkSetsUpAndEveryPathGivesTheSameYaml() throws Exception {
    RenderBenchmark b = new RenderBenchmark();
    b.setUp(); // also checks that the three writing paths agree

    assertThat(b.renderAndWrite()).isEqualTo(b.writeTrees()).isEqualTo(b.renderValidateWrite());
    assertThat(b.kubeTrees()).isEqualTo(b.trees);
    assertThat(b.render().objects()).hasSize(b.trees.size());
  }

  @Test
  void validatorBenchmarkSetsUpOnTheStatefulSetAndTheDaemonSet() {
    ValidatorBenchmark b = new ValidatorBenchmark();
    b.setUp(); // also checks that the workloads validate without errors or warnings

    assertThat(b.both).extracting(t -> t.get("kind")).containsExactly("StatefulSet", "DaemonSet");
    assertThat(b.statefulSetAndDaemonSet().hasErrors()).isFalse();
    assertThat(b.statefulSetAndDaemonSetNoPractices().hasErrors()).isFalse();
  }

  @Test
  void validatorSetupBenchmarkSetsUpFromEitherSource() throws Exception {
    for (String source : new String[] {"yaml", "rendered"}) {
      ValidatorSetupBenchmark b = new ValidatorSetupBenchmark();
      b.source = source;
      b.setUp();

      assertThat(b.manifests).hasSize(2);
      assertThat(b.buildAndFirstValidation().hasErrors()).as(source).isFalse();
    }
  }

  @Test
  void theWorkloadsResourceIsTheCurrentRender() {
    // If the renderer changed, regenerate the resource from Scenario.workloadTrees().
    assertThat(Scenario.workloadsYaml()).isEqualTo(new YamlWriter().writeTrees(Scenario.workloadTrees()));
  }

  @Test
  void theDeclaredExternalsIncludeEverythingTheSpecUsesButDoesNotCreate() {
    assertThat(Scenario.workloadExternals()).containsAll(ExternalObjects.of(Scenario.cluster().spec()));
  }
}
