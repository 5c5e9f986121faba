package dev.alluxiok8s.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The render route goes one way: no package of the module reaches, directly or through others,
 * back to itself (the order is in {@code package-info.java} of {@code dev.alluxiok8s.render}).
 */
class PackageDependenciesTest {

  @Test
  void theModulesPackagesFormNoCycle() {
    PackageGraph graph = PackageGraph.of(Path.of("src/main/java"));

    assertThat(graph.edges()).containsKeys("dev.alluxiok8s.render.config", "dev.alluxiok8s.render.pod");
    assertThat(graph.cycle()).isEmpty();
  }

  @Test
  void aCycleThroughSeveralPackagesIsFound() {
    PackageGraph graph = new PackageGraph(Map.of(
        "a", Set.of("b"), "b", Set.of("c", "d"), "c", Set.of(), "d", Set.of("b")));

    assertThat(graph.cycle()).contains(List.of("b", "d", "b"));
  }

  @Test
  void theConfigurationComesBeforeThePods() {
    PackageGraph graph = PackageGraph.of(Path.of("src/main/java"));

    assertThat(graph.edges().get("dev.alluxiok8s.render.pod")).contains("dev.alluxiok8s.render.config");
    assertThat(graph.edges().get("dev.alluxiok8s.render.config")).doesNotContain("dev.alluxiok8s.render.pod");
  }
}
