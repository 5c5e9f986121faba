package dev.alluxiok8s.upgrade.alluxio;

import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.change.UpgradeRule;
import dev.alluxiok8s.upgrade.plan.Phase;
import dev.alluxiok8s.upgrade.plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A change of the embedded journal's masters: a Raft membership change. Raft keeps the journal
 * only while a majority of the old members agrees, so members are added or removed one at a
 * time, each checked with {@code alluxio fsadmin journal quorum info} before the next.
 */
public final class Quorum {

  private static final String INFO = "alluxio fsadmin journal quorum info -domain MASTER";

  private Quorum() {}

  /** The membership change between two EMBEDDED sides; empty when the members are the same or a side is not EMBEDDED. */
  public static Optional<Change> check(AlluxioSettings before, AlluxioSettings after, Masters oldMasters, Masters newMasters) {
    if (!before.journalType().equals("EMBEDDED") || !after.journalType().equals("EMBEDDED")) {
      return Optional.empty();
    }
    List<String> was = before.embeddedMembers();
    List<String> now = after.embeddedMembers();
    if (was.size() == now.size() || was.isEmpty() || now.isEmpty()) {
      return Optional.empty();
    }
    String target = JournalSettings.target(newMasters);
    List<Step> steps = new ArrayList<>();
    steps.add(oldMasters.backup());
    steps.add(Step.of(Phase.BACK_UP, "check that all " + was.size() + " masters are in the quorum: " + oldMasters.exec(INFO)));
    if (now.size() > was.size()) {
      steps.add(Step.of(Phase.BEFORE_APPLY, "apply the new ConfigMap " + after.configMap().name()
          + " alone first, so new masters start with the whole address list"));
      for (int n = was.size() + 1; n <= now.size(); n++) {
        steps.add(new Step(Phase.BEFORE_APPLY, n, "add one master: kubectl scale " + target + " --replicas=" + n
            + ", then wait until " + INFO + " lists " + n + " members"));
      }
    } else {
      for (int n = was.size() - 1, i = 0; n >= now.size(); n--, i++) {
        String leaving = was.get(n);
        steps.add(new Step(Phase.BEFORE_APPLY, i + 1, "remove one master, the highest first: "
            + oldMasters.exec("alluxio fsadmin journal quorum remove -domain MASTER -address "
            + dev.alluxiok8s.upgrade.plan.Shell.quote(leaving)) + ", then kubectl scale " + target + " --replicas=" + n));
      }
    }
    steps.add(Step.of(Phase.AFTER_APPLY, "check the quorum has " + now.size() + " members and one leader: "
        + newMasters.exec(INFO)));
    String path = "data." + after.get(AlluxioSettings.EMBEDDED_ADDRESSES).map(AlluxioSettings.Setting::dataKey)
        .orElse("ALLUXIO_JAVA_OPTS");
    return Optional.of(Change.of(after.configMap().ref(), path, was.size() + " masters", now.size() + " masters",
        UpgradeRule.QUORUM, "the embedded journal's masters change from " + was.size() + " to " + now.size()
            + " (a Raft membership change: one master at a time, keeping a majority)", steps));
  }
}
