package dev.alluxiok8s.upgrade;

import static dev.alluxiok8s.upgrade.ManifestPairs.check;
import static dev.alluxiok8s.upgrade.ManifestPairs.input;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.upgrade.change.ChangeClass;
import dev.alluxiok8s.upgrade.change.UpgradeRule;
import dev.alluxiok8s.upgrade.plan.Step;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a report holds besides its changes: the diff of each object, findings, classes, and the apply step's words. */
class UpgradeReportTest {

  private static final String CONFIG = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: %s, namespace: alluxio}\n"
      + "data: {level: %s}\n";

  @Test
  void theDiffHasOneSectionPerChangedAddedAndRemovedObject() {
    UpgradeReport report = check(CONFIG.formatted("a", "INFO") + "---\n" + CONFIG.formatted("gone", "INFO"),
        CONFIG.formatted("a", "DEBUG") + "---\n" + CONFIG.formatted("new", "INFO"));

    assertThat(report.diff()).contains(
        "--- a/ConfigMap/alluxio/a\n+++ b/ConfigMap/alluxio/a\n",
        "-  level: INFO\n+  level: DEBUG\n",
        "--- /dev/null\n+++ b/ConfigMap/alluxio/new\n",
        "--- a/ConfigMap/alluxio/gone\n+++ /dev/null\n");
  }

  @Test
  void aNameThatWouldBreakTheDiffsHeaderIsEscaped() {
    String config = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: \"a\\nb\"}\ndata: {level: %s}\n";

    assertThat(check(config.formatted("INFO"), config.formatted("DEBUG")).diff()).contains("+++ b/ConfigMap/a\\nb\n");
  }

  @Test
  void inPlaceChangesAreNoFindingsAndNeedNoManualStep() {
    UpgradeReport report = check(CONFIG.formatted("a", "INFO"), CONFIG.formatted("a", "DEBUG"));

    assertThat(report.changes()).singleElement().satisfies(c -> {
      assertThat(c.rule()).isEqualTo(UpgradeRule.OBJECT_UPDATED);
      assertThat(c.before()).isEqualTo("\"INFO\"");
      assertThat(c.after()).isEqualTo("\"DEBUG\"");
      assertThat(c.location()).hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(4));
    });
    assertThat(report.findings()).isEmpty();
    assertThat(report.needsManualStep()).isFalse();
    assertThat(report.has(ChangeClass.IN_PLACE)).isTrue();
    assertThat(report.has(ChangeClass.ROLLING_RESTART, ChangeClass.DATA_AT_RISK)).isFalse();
  }

  @Test
  void aRemovedObjectsChangeIsPlacedInTheOldFile() {
    UpgradeReport report = check("apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n---\n" + CONFIG.formatted("gone", "INFO"),
        "apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n");

    assertThat(report.changes()).singleElement().satisfies(c -> {
      assertThat(c.rule()).isEqualTo(UpgradeRule.OBJECT_REMOVED);
      assertThat(c.location()).hasValueSatisfying(l -> {
        assertThat(l.file()).isEqualTo("old.yaml");
        assertThat(l.line()).isEqualTo(5);
      });
    });
    assertThat(report.findings()).extracting(Diagnostic::ruleId).containsExactly("UPG-REMOVED");
    assertThat(report.has(ChangeClass.RECREATE_REQUIRED)).isTrue();
  }

  @Test
  void theApplyStepCanNameWhatToApplyAndClassesCanBeVouchedFor() {
    String claim = "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: c}\nspec:\n  storageClassName: gp3\n"
        + "  resources: {requests: {storage: %s}}\n";
    UpgradeCheck check = UpgradeCheck.create().applyStep("kubectl apply -f out/").expandableStorageClasses(Set.of("gp3"));

    UpgradeReport report = check.check(input("old.yaml", claim.formatted("1Gi")), input("new.yaml", claim.formatted("2Gi")));

    assertThat(report.plan().steps()).extracting(Step::text).containsExactly("kubectl apply -f out/");
    assertThat(report.needsManualStep()).isFalse();
    assertThat(UpgradeCheck.create().expandableStorageClasses(Set.of("gp3")).applyStep("x")
        .check(input("old.yaml", claim.formatted("1Gi")), input("new.yaml", claim.formatted("2Gi"))).needsManualStep()).isFalse();
  }
}
