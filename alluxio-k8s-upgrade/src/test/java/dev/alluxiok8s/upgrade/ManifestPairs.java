package dev.alluxiok8s.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.change.UpgradeRule;
import dev.alluxiok8s.validation.manifest.ManifestParseException;
import dev.alluxiok8s.validation.manifest.Manifests;
import java.util.List;

/**
 * Two sides read from manifest text as {@code alluxio-k8s diff OLD NEW} reads files: the quick way
 * to show one rule on the few objects it needs, without rendering a cluster.
 */
public final class ManifestPairs {

  private ManifestPairs() {}

  /** The check from manifests {@code before} (old.yaml) to {@code after} (new.yaml). */
  public static UpgradeReport check(String before, String after) {
    return UpgradeCheck.between(input("old.yaml", before), input("new.yaml", after));
  }

  public static UpgradeInput input(String name, String yaml) {
    try {
      return UpgradeInput.manifests(name, Manifests.read(name, yaml));
    } catch (ManifestParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The one change of {@code rule} in {@code report}. */
  public static Change only(UpgradeReport report, UpgradeRule rule) {
    List<Change> found = of(report, rule);
    assertThat(found).as("changes of %s among %s", rule, report.changes()).hasSize(1);
    return found.get(0);
  }

  public static List<Change> of(UpgradeReport report, UpgradeRule rule) {
    return report.changes().stream().filter(c -> c.rule() == rule).toList();
  }
}
