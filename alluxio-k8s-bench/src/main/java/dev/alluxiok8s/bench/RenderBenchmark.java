package dev.alluxiok8s.bench;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.render.ClusterRenderer;
import dev.alluxiok8s.render.InvalidManifestsException;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.RenderedCluster;
import dev.alluxiok8s.render.object.RenderedObject;
import dev.alluxiok8s.render.yaml.KubeTree;
import dev.alluxiok8s.render.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One cluster ({@link Scenario}) from model to YAML, whole and in parts. Targets (issue): {@link
 * #renderAndWrite} at most 200 µs per cluster on one core after warm-up, and within 1.5x of
 * {@link #writeTrees}.
 *
 * <ul>
 *   <li>{@link #renderAndWrite}: {@code ClusterRenderer.render} + {@code RenderedCluster.toYaml()};
 *   <li>{@link #render}: {@code ClusterRenderer.render} alone (typed objects);
 *   <li>{@link #kubeTrees}: {@code KubeTree.of} of every rendered object;
 *   <li>{@link #writeTrees}: {@code YamlWriter.writeTrees} of pre-made trees;
 *   <li>{@link #renderValidateWrite}: {@code ManifestRenderer.render} (render + validate) + {@code
 *       stream()} (write).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RenderBenchmark {

  AlluxioCluster cluster;
  ClusterRenderer renderer;
  ManifestRenderer manifestRenderer;
  List<Object> objects;
  List<Map<String, Object>> trees;
  YamlWriter writer;

  @Setup
  public void setUp() throws InvalidManifestsException {
    cluster = Scenario.cluster();
    renderer = ClusterRenderer.create();
    manifestRenderer = ManifestRenderer.builder().build();
    RenderedCluster rendered = renderer.render(cluster);
    objects = new ArrayList<>();
    for (RenderedObject o : rendered.objects()) {
      objects.add(o.object());
    }
    trees = rendered.trees();
    writer = new YamlWriter();
    // Fail in setup, not in a measurement, if the scenario stops being valid.
    String yaml = manifestRenderer.render(cluster).stream();
    if (!yaml.equals(rendered.toYaml()) || !yaml.equals(writer.writeTrees(trees))) {
      throw new IllegalStateException("the benchmarked paths disagree on the YAML");
    }
  }

  @Benchmark
  public String renderAndWrite() {
    return renderer.render(cluster).toYaml();
  }

  @Benchmark
  public RenderedCluster render() {
    return renderer.render(cluster);
  }

  @Benchmark
  public List<Map<String, Object>> kubeTrees() {
    List<Map<String, Object>> out = new ArrayList<>(objects.size());
    for (Object o : objects) {
      out.add(KubeTree.of(o));
    }
    return out;
  }

  @Benchmark
  public String writeTrees() {
    return writer.writeTrees(trees);
  }

  @Benchmark
  public String renderValidateWrite() throws InvalidManifestsException {
    return manifestRenderer.render(cluster).stream();
  }
}
