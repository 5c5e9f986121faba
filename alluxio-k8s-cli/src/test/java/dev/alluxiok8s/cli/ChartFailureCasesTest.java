package dev.alluxiok8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.cli.ChartParityTest.Case;
import dev.alluxiok8s.cli.ChartParityTest.Deliberate;
import dev.alluxiok8s.cli.ChartParityTest.Diff;
import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.HelmImport;
import dev.alluxiok8s.helm.HelmValuesImport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The 0.6.54 cases the parity test cannot compare with the chart's own render of the same values:
 * 12b, on which the chart fails, is held to the chart's render of 12c (the same values plus the
 * workaround {@code fuse.mountPath}); 17b's example client objects, which are left out on purpose,
 * and its StorageClass, which must say what the chart's says.
 */
class ChartFailureCasesTest {

  private static String render(HelmImport imported) throws Exception {
    return ImportedRendering.rendererBuilder(imported, ImportedRendering.naming(imported, true)).build()
        .render(imported.cluster()).stream();
  }

  @Test
  void case12bFailsInTheChartAndRendersHereAsTheChartRenders12c() throws Exception {
    Path chart = Reference.chart("alluxio-helm-0.6.54");
    Path failing = chart.resolve("12b-fuse-in-worker");
    Path workaround = chart.resolve("12c-fuse-in-worker-mountpath-workaround");
    // The chart's own failure: `dir` of the undefined fuse.mountPath in the worker template.
    assertThat(Files.readString(failing.resolve("exit-status.txt")).trim()).isNotEqualTo("0");
    assertThat(Files.readString(failing.resolve("helm-stderr.txt"))).contains("worker/daemonset.yaml", "<dir>");

    HelmImport imported = HelmValuesImport.create().chartLine(ChartLine.V0_6).read(failing.resolve("values.yaml"));
    // Without fuse.mountPath, FUSE mounts where the workaround points it.
    assertThat(imported.cluster().spec().fuse().inWorker()).isTrue();
    assertThat(imported.cluster().spec().fuse().mountPoint()).isEqualTo("/mnt/alluxio-fuse");
    assertThat(Files.readString(workaround.resolve("values.yaml"))).contains("mountPath: /mnt/alluxio-fuse");

    Case c = new Case("alluxio-helm-0.6.54/12b-fuse-in-worker", ChartLine.V0_6, imported);
    List<Diff> diffs = ChartParityTest.compare(
        ChartFacts.of(Files.readString(workaround.resolve("rendered.yaml"), StandardCharsets.UTF_8), "alluxio"),
        ChartFacts.of(render(imported), imported.cluster().name()));
    List<String> unexplained = new ArrayList<>();
    for (Diff d : diffs) {
      if (ChartParityTest.DELIBERATE.stream().map(Deliberate::covers).noneMatch(r -> r.test(c, d))) {
        unexplained.add(d.toString());
      }
    }
    assertThat(unexplained).as("12b against the chart's 12c: differences no deliberate difference explains").isEmpty();
  }

  @Test
  void case17bLeavesTheExampleClientObjectsOutAndItsStorageClassSaysWhatTheChartsSays() throws Exception {
    Path kase = Reference.chart("alluxio-helm-0.6.54").resolve("17b-csi-client");
    List<Map<String, Object>> chart = documents(Files.readString(kase.resolve("rendered.yaml"), StandardCharsets.UTF_8));
    HelmImport imported = HelmValuesImport.create().chartLine(ChartLine.V0_6).read(kase.resolve("values.yaml"));
    List<Map<String, Object>> ours = documents(render(imported));

    assertThat(names(chart, "PersistentVolume")).containsExactly("alluxio-pv");
    assertThat(names(chart, "PersistentVolumeClaim")).contains("alluxio-pvc", "alluxio-pvc-static");
    assertThat(names(ours, "PersistentVolume")).isEmpty();
    assertThat(names(ours, "PersistentVolumeClaim")).doesNotContain("alluxio-pvc", "alluxio-pvc-static");
    assertThat(imported.warnings()).anySatisfy(w -> {
      assertThat(w.path()).isEqualTo("csi.clientEnabled");
      assertThat(w.message()).contains("left out here");
    });

    Map<String, Object> chartClass = only(chart, "StorageClass");
    Map<String, Object> ourClass = only(ours, "StorageClass");
    for (String field : List.of("provisioner", "parameters", "mountOptions", "volumeBindingMode")) {
      assertThat(normalized(ourClass.get(field))).as("StorageClass %s", field).isEqualTo(normalized(chartClass.get(field)));
    }
  }

  /** The chart writes javaOptions unquoted and mountOptions quoted; compare their text. */
  private static Object normalized(Object value) {
    if (value instanceof Map<?, ?> m) {
      Map<String, String> text = new java.util.TreeMap<>();
      m.forEach((k, v) -> text.put(String.valueOf(k), String.valueOf(v).trim()));
      return text;
    }
    if (value instanceof List<?> l) {
      return l.stream().map(String::valueOf).toList();
    }
    return value == null ? null : String.valueOf(value);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> documents(String yaml) {
    Iterable<Object> all = new Load(LoadSettings.builder().build()).loadAllFromString(yaml.replaceAll("(?m)^[ \t]+$", ""));
    return StreamSupport.stream(all.spliterator(), false).filter(Map.class::isInstance)
        .map(d -> (Map<String, Object>) d).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<String> names(List<Map<String, Object>> docs, String kind) {
    return docs.stream().filter(d -> kind.equals(d.get("kind")))
        .map(d -> String.valueOf(((Map<String, Object>) d.get("metadata")).get("name"))).toList();
  }

  private static Map<String, Object> only(List<Map<String, Object>> docs, String kind) {
    List<Map<String, Object>> of = docs.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    assertThat(of).as(kind).hasSize(1);
    return of.get(0);
  }
}
