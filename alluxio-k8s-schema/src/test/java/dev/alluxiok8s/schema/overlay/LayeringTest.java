package dev.alluxiok8s.schema.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.kube.yaml.ReadLimits;
import dev.alluxiok8s.kube.yaml.YamlDocument;
import dev.alluxiok8s.kube.yaml.YamlReader;
import dev.alluxiok8s.kube.yaml.YamlScalar;
import dev.alluxiok8s.kube.yaml.YamlSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How layers merge, list kind by list kind, and where each merged value says it came from. */
class LayeringTest {

  private static final String BASE = """
      spec:
        masters:
          count: 3
          master:
            jvmOptions: [-Xmx2g, -XX:+UseG1GC]
        tieredStore:
          levels:
            - alias: MEM
              directories:
                - path: /dev/shm
                  quota: 1Gi
            - alias: SSD
              directories:
                - path: /mnt/ssd
                  quota: 100Gi
        underStorage:
          credentials:
            - property: aws.accessKeyId
              secretName: s3
              key: id
        workers:
          placement:
            tolerations:
              - key: dedicated
                effect: NoSchedule
      """;

  @Test
  void scalarsAreReplacedAndMappingsMergeKeyByKey() {
    YamlDocument merged = merge(BASE, """
        spec:
          masters:
            count: 5
          images:
            alluxio:
              tag: "2.9.4"
        """);

    assertThat(leaves(merged)).contains(
        "spec.masters.count=5 @prod.yaml:3:5",
        "spec.masters.master.jvmOptions[0]=-Xmx2g @base.yaml:5:20",
        "spec.images.alluxio.tag=2.9.4 @prod.yaml:6:7");
  }

  @Test
  void tierLevelsMergeByAliasAndTheirDirectoriesByPath() {
    YamlDocument merged = merge(BASE, """
        spec:
          tieredStore:
            levels:
              - alias: SSD
                directories:
                  - path: /mnt/ssd
                    quota: 400Gi
                  - path: /mnt/ssd2
                    quota: 400Gi
              - alias: HDD
                directories:
                  - path: /mnt/hdd
        """);

    assertThat(leaves(merged)).filteredOn(l -> l.startsWith("spec.tieredStore")).containsExactly(
        "spec.tieredStore.levels[0].alias=MEM @base.yaml:8:9",
        "spec.tieredStore.levels[0].directories[0].path=/dev/shm @base.yaml:10:13",
        "spec.tieredStore.levels[0].directories[0].quota=1Gi @base.yaml:11:13",
        "spec.tieredStore.levels[1].alias=SSD @base.yaml:12:9",
        "spec.tieredStore.levels[1].directories[0].path=/mnt/ssd @base.yaml:14:13",
        "spec.tieredStore.levels[1].directories[0].quota=400Gi @prod.yaml:7:13",
        "spec.tieredStore.levels[1].directories[1].path=/mnt/ssd2 @prod.yaml:8:13",
        "spec.tieredStore.levels[1].directories[1].quota=400Gi @prod.yaml:9:13",
        "spec.tieredStore.levels[2].alias=HDD @prod.yaml:10:9",
        "spec.tieredStore.levels[2].directories[0].path=/mnt/hdd @prod.yaml:12:13");
  }

  @Test
  void credentialsMergeByPropertySoAnOverlayAddsOneWithoutRepeatingTheOthers() {
    YamlDocument merged = merge(BASE, """
        spec:
          underStorage:
            credentials:
              - property: aws.accessKeyId
                secretName: s3-prod
              - property: aws.secretKey
                secretName: s3-prod
                key: secret
        """);

    assertThat(leaves(merged)).filteredOn(l -> l.startsWith("spec.underStorage")).containsExactly(
        "spec.underStorage.credentials[0].property=aws.accessKeyId @base.yaml:18:9",
        "spec.underStorage.credentials[0].secretName=s3-prod @prod.yaml:5:9",
        "spec.underStorage.credentials[0].key=id @base.yaml:20:9",
        "spec.underStorage.credentials[1].property=aws.secretKey @prod.yaml:6:9",
        "spec.underStorage.credentials[1].secretName=s3-prod @prod.yaml:7:9",
        "spec.underStorage.credentials[1].key=secret @prod.yaml:8:9");
  }

  @Test
  void unkeyedListsAndTolerationsAreReplacedWhole() {
    YamlDocument merged = merge(BASE, """
        spec:
          masters:
            master:
              jvmOptions: [-Xmx8g]
          workers:
            placement:
              tolerations:
                - key: dedicated
                  effect: NoExecute
        """);

    assertThat(leaves(merged)).filteredOn(l -> l.contains("jvmOptions") || l.contains("tolerations")).containsExactly(
        "spec.masters.master.jvmOptions[0]=-Xmx8g @prod.yaml:4:20",
        "spec.workers.placement.tolerations[0].key=dedicated @prod.yaml:8:11",
        "spec.workers.placement.tolerations[0].effect=NoExecute @prod.yaml:9:11");
  }

  @Test
  void laterOverlaysWinAndAssignmentsComeLast() {
    YamlDocument overlay = read("staging.yaml", "spec:\n  masters:\n    count: 1\n");
    Layering.Merged merged = Layering.merge(read("base.yaml", BASE), List.of(overlay, read("prod.yaml", """
        spec:
          masters:
            count: 5
        """)), List.of("spec.masters.count=7", "spec.tieredStore.levels[alias=SSD].directories[path=/mnt/ssd].quota=2Ti"));

    assertThat(merged.problems()).isEmpty();
    assertThat(leaves(merged.document())).contains(
        "spec.masters.count=7 @--set spec.masters.count=7",
        "spec.tieredStore.levels[1].directories[0].quota=2Ti @--set spec.tieredStore.levels[alias=SSD].directories[path=/mnt/ssd].quota=2Ti");
  }

  @Test
  void anAssignmentMakesWhatItNamesAndTypesItsValueAsAFileWould() {
    Layering.Merged merged = Layering.merge(read("base.yaml", BASE), List.of(), List.of(
        "spec.images.alluxio.tag=\"2.10\"",
        "spec.properties.\"alluxio.user.file.writetype.default\"=CACHE_THROUGH",
        "spec.tieredStore.levels[alias=HDD].directories[path=/mnt/hdd].quota=1Ti",
        "spec.masters.master.jvmOptions[1]=-XX:+UseZGC"));

    assertThat(merged.problems()).isEmpty();
    Map<?, ?> root = (Map<?, ?>) merged.document().root();
    Map<?, ?> spec = (Map<?, ?>) root.get("spec");
    assertThat(((Map<?, ?>) ((Map<?, ?>) spec.get("images")).get("alluxio")).get("tag")).isEqualTo(new YamlScalar("2.10", false));
    assertThat(leaves(merged.document())).contains(
        "spec.properties.\"alluxio.user.file.writetype.default\"=CACHE_THROUGH"
            + " @--set spec.properties.\"alluxio.user.file.writetype.default\"=CACHE_THROUGH",
        "spec.tieredStore.levels[2].alias=HDD @--set spec.tieredStore.levels[alias=HDD].directories[path=/mnt/hdd].quota=1Ti",
        "spec.tieredStore.levels[2].directories[0].path=/mnt/hdd"
            + " @--set spec.tieredStore.levels[alias=HDD].directories[path=/mnt/hdd].quota=1Ti",
        "spec.masters.master.jvmOptions[0]=-Xmx2g @base.yaml:5:20",
        "spec.masters.master.jvmOptions[1]=-XX:+UseZGC @--set spec.masters.master.jvmOptions[1]=-XX:+UseZGC");
  }

  @Test
  void anAssignmentThatCannotApplyIsAProblemAtItsArgumentAndChangesNothing() {
    Layering.Merged merged = Layering.merge(read("base.yaml", BASE), List.of(), List.of(
        "spec.masters.count.value=3",
        "spec.hostAliases[0].ip=10.0.0.1",
        "spec.masters.count",
        "spec.masters.count=",
        "spec..count=3",
        "spec.tieredStore.levels[first]=x",
        "spec.underStorage.credentials[0].property=aws.secretKey"));

    assertThat(merged.problems()).extracting(p -> DiagnosticFormat.line(p, "")).containsExactly(
        "--set spec.masters.count.value=3: error: spec.masters.count: is a plain value, so it has no attribute \"value\"",
        "--set spec.hostAliases[0].ip=10.0.0.1: error: spec.hostAliases: has 0 item(s), so there is no [0];"
            + " choose an item by its key to add one, for example [alias=SSD]",
        "--set spec.masters.count: error: is not PATH=VALUE; for example --set spec.masters.count=3",
        "--set spec.masters.count=: error: spec.masters.count: gives no value (a spec has no empty values);"
            + " for an empty string write spec.masters.count=\"\"",
        "--set spec..count=3: error: spec: has an empty name; paths are names joined by '.', for example spec.masters.count",
        "--set spec.tieredStore.levels[first]=x: error: spec.tieredStore.levels: [first] is neither an index ([0])"
            + " nor an item's key ([alias=MEM])");
    assertThat(leaves(merged.document())).doesNotContain("spec.hostAliases").contains("spec.masters.count=3 @base.yaml:3:5");
  }

  @Test
  void aValueSetForACredentialIsHiddenFromTheLocation() {
    assertThat(Assignment.location("spec.properties.\"aws.secretKey\"=abc123"))
        .isEqualTo(SourceLocation.argument("--set spec.properties.\"aws.secretKey\"=(value hidden)"));
  }

  private static YamlDocument merge(String base, String overlay) {
    Layering.Merged merged = Layering.merge(read("base.yaml", base), List.of(read("prod.yaml", overlay)), List.of());
    assertThat(merged.problems()).isEmpty();
    return merged.document();
  }

  static YamlDocument read(String source, String text) {
    YamlReader.Result read = YamlReader.read(source, text, YamlSettings.forUserFile(ReadLimits.defaults(), "a spec file", "one"));
    assertThat(read.problems()).isEmpty();
    return read.documents().get(0);
  }

  /** Each plain value as {@code path=text @where}, in tree order. */
  private static List<String> leaves(YamlDocument document) {
    List<String> leaves = new ArrayList<>();
    document.positions().forEach((path, at) -> {
      Object value = document.root();
      for (String part : pathParts(document, path)) {
        value = value instanceof Map<?, ?> m ? m.get(part) : ((List<?>) value).get(Integer.parseInt(part));
      }
      if (value instanceof YamlScalar s) {
        leaves.add(path + "=" + s.text() + " @" + at);
      }
    });
    return leaves;
  }

  /** The steps of a path by walking the positions' own parents: keys, or indexes as digits. */
  private static List<String> pathParts(YamlDocument document, String path) {
    List<String> parts = new ArrayList<>();
    for (String p = path; !p.isEmpty(); p = document.style().parent(p)) {
      String parent = document.style().parent(p);
      String step = p.substring(parent.length());
      step = step.startsWith(".") ? step.substring(1) : step;
      parts.add(0, step.startsWith("[") ? step.substring(1, step.length() - 1)
          : step.startsWith("\"") ? step.substring(1, step.length() - 1) : step);
    }
    return parts;
  }
}
