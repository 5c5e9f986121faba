package dev.alluxiok8s.upgrade.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.ObjectRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A change as the finding a front end prints: its class, its reason, and what the value was and becomes. */
class ChangeFindingTest {

  private static final ObjectRef MASTER = new ObjectRef("apps/v1", "StatefulSet", "alluxio", "alluxio-master", 0);

  private static String message(String before, String after) {
    return Change.of(MASTER, "spec.replicas", before, after, UpgradeRule.OBJECT_UPDATED, "the replicas change", List.of())
        .finding().message();
  }

  @Test
  void bothValuesFollowTheReasonAndAMissingOneReadsNone() {
    assertThat(message("1", "3")).isEqualTo("IN_PLACE: the replicas change (1 -> 3)");
    assertThat(message("", "3")).isEqualTo("IN_PLACE: the replicas change (none -> 3)");
    assertThat(message("1", "")).isEqualTo("IN_PLACE: the replicas change (1 -> none)");
  }

  @Test
  void aChangeWithoutValuesGivesItsReasonAlone() {
    assertThat(message("", "")).isEqualTo("IN_PLACE: the replicas change");
  }
}
