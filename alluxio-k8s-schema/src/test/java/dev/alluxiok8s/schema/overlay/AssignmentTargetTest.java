package dev.alluxiok8s.schema.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.DiagnosticFormat;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import dev.alluxiok8s.kube.yaml.YamlDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an assignment lands in a merged tree: what it makes on the way, and what it cannot walk through. */
class AssignmentTargetTest {

  private static final String BASE = """
      spec:
        masters:
          count: 3
        tieredStore:
          levels:
            - alias: MEM
              quota: 1Gi
            - alias: SSD
              quota: 100Gi
      """;

  private static Layering.Merged set(String... assignments) {
    return Layering.merge(LayeringTest.read("base.yaml", BASE), List.of(), List.of(assignments));
  }

  private static List<String> problems(Layering.Merged merged) {
    return merged.problems().stream().map(p -> DiagnosticFormat.line(p, "")).toList();
  }

  @Test
  void whatCannotBeWalkedIsNamedWithWhatItIs() {
    assertThat(problems(set("spec.tieredStore.levels.alias=HDD", "spec.masters[0]=1", "spec.masters.count[alias=x]=1")))
        .containsExactly(
            "--set spec.tieredStore.levels.alias=HDD: error: spec.tieredStore.levels: is a list, so it has no attribute \"alias\"",
            "--set spec.masters[0]=1: error: spec.masters: is a mapping, so it has no items to choose with [0]",
            "--set spec.masters.count[alias=x]=1: error: spec.masters.count: is a plain value, so it has no items to"
                + " choose with [alias=x]");
  }

  @Test
  void anAssignmentThatFailsHalfwayLeavesNothingItMadeOnTheWay() {
    Layering.Merged merged = set("spec.fresh.items[3]=x");

    assertThat(problems(merged)).containsExactly("--set spec.fresh.items[3]=x: error: spec.fresh.items: has 0 item(s),"
        + " so there is no [3]; choose an item by its key to add one, for example [alias=SSD]");
    assertThat(merged.document().positions()).doesNotContainKey("spec.fresh");
  }

  @Test
  void aMissingListIsMadeForAnItemChosenByItsKeyAndAMissingMappingForANamedAttribute() {
    Layering.Merged merged = set("spec.hostAliases[ip=10.0.0.1].hostnames=namenode", "spec.fuse.enabled=true");

    assertThat(merged.problems()).isEmpty();
    YamlDocument document = merged.document();
    SourceLocation alias = SourceLocation.argument("--set spec.hostAliases[ip=10.0.0.1].hostnames=namenode");
    assertThat(document.positions()).containsEntry("spec.hostAliases", alias).containsEntry("spec.hostAliases[0]", alias)
        .containsEntry("spec.hostAliases[0].ip", alias).containsEntry("spec.hostAliases[0].hostnames", alias)
        .containsEntry("spec.fuse", SourceLocation.argument("--set spec.fuse.enabled=true"));
    assertThat(document.root().toString()).contains("hostAliases=[{ip=", "fuse={enabled=");
  }

  @Test
  void anItemChosenByIndexOrKeyIsChangedWhereItIs() {
    Layering.Merged merged = set("spec.tieredStore.levels[1].quota=200Gi", "spec.tieredStore.levels[alias=MEM].quota=2Gi",
        "spec.tieredStore.levels[0]=x");

    assertThat(merged.problems()).isEmpty();
    assertThat(merged.document().positions())
        .containsEntry("spec.tieredStore.levels[0]", SourceLocation.argument("--set spec.tieredStore.levels[0]=x"))
        .containsEntry("spec.tieredStore.levels[1].quota", SourceLocation.argument("--set spec.tieredStore.levels[1].quota=200Gi"))
        .containsEntry("spec.tieredStore.levels[1].alias", new SourceLocation("base.yaml", 8, 9))
        .doesNotContainKey("spec.tieredStore.levels[2]");
  }
}
