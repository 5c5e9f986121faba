package dev.alluxiok8s.upgrade.alluxio;

import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.change.UpgradeRule;
import dev.alluxiok8s.upgrade.plan.Phase;
import dev.alluxiok8s.upgrade.plan.Step;
import dev.alluxiok8s.upgrade.text.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Changes of the journal's type or folder and of the metastore type, read from both sides' Java
 * options: each leaves the masters unable to read the metadata they wrote, so each starts with a
 * backup and ends with a start from it.
 */
public final class JournalSettings {

  /** What a side that leaves a property to Alluxio's default shows. */
  private static final String NOT_SET = "not set";

  private JournalSettings() {}

  /** The journal and metastore changes between {@code before} and {@code after}. */
  public static List<Change> check(AlluxioSettings before, AlluxioSettings after, Masters oldMasters) {
    List<Change> out = new ArrayList<>();
    compare(before, after, AlluxioSettings.JOURNAL_TYPE, UpgradeRule.JOURNAL_TYPE,
        "the journal type changes; the masters cannot read the old journal", oldMasters).ifPresent(out::add);
    compare(before, after, AlluxioSettings.JOURNAL_FOLDER, UpgradeRule.JOURNAL_FOLDER,
        "the journal folder changes; the masters would start from an empty journal there", oldMasters).ifPresent(out::add);
    compare(before, after, AlluxioSettings.METASTORE, UpgradeRule.METASTORE,
        "the metastore type changes; the masters keep the inode tree another way", oldMasters).ifPresent(out::add);
    return out;
  }

  /**
   * A change of {@code property}; a side that leaves it to Alluxio's default differs from one that
   * sets it (this project leaves a HEAP metastore to the default, and the chart's defaults
   * differ between releases), and two sides that both leave it are equal.
   */
  private static Optional<Change> compare(AlluxioSettings before, AlluxioSettings after, String property,
      UpgradeRule rule, String reason, Masters oldMasters) {
    String was = before.get(property).map(AlluxioSettings.Setting::value).orElse(NOT_SET);
    String now = after.get(property).map(AlluxioSettings.Setting::value).orElse(NOT_SET);
    boolean caseless = !property.equals(AlluxioSettings.JOURNAL_FOLDER);
    if (caseless ? was.equalsIgnoreCase(now) : was.equals(now)) {
      return Optional.empty();
    }
    String dataKey = after.get(property).or(() -> before.get(property)).map(AlluxioSettings.Setting::dataKey)
        .orElse("ALLUXIO_JAVA_OPTS");
    List<Step> steps = List.of(oldMasters.backup(), oldMasters.stop(), Masters.restoreFromBackup());
    return Optional.of(Change.of(after.configMap().ref(), "data." + dataKey, shown(property, was), shown(property, now),
        rule, reason + " (" + property.toLowerCase(Locale.ROOT) + ")", steps));
  }

  private static String shown(String property, String value) {
    return value.equals(NOT_SET) ? property + " not set (Alluxio's default)" : Values.quote(property + "=" + value);
  }

  static String target(Masters masters) {
    return masters.first().map(w -> w.kind().toLowerCase(Locale.ROOT) + " " + dev.alluxiok8s.upgrade.plan.Shell.quote(w.name())
        + dev.alluxiok8s.upgrade.plan.Shell.namespace(w.ref().namespace())).orElse("statefulset alluxio-master");
  }
}
