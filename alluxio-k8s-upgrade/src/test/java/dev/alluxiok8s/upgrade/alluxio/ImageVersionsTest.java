package dev.alluxiok8s.upgrade.alluxio;

import static dev.alluxiok8s.upgrade.ManifestPairs.check;
import static dev.alluxiok8s.upgrade.ManifestPairs.of;
import static dev.alluxiok8s.upgrade.ManifestPairs.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.change.UpgradeRule;
import dev.alluxiok8s.upgrade.plan.Phase;
import dev.alluxiok8s.upgrade.plan.Step;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which image tags compare, and which change of the masters' image goes back to an older Alluxio. */
class ImageVersionsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "alluxio/alluxio:2.9.4 | 2,9,4",
      "alluxio/alluxio:2.9.3-hadoop3 | 2,9,3",
      "registry.local:5000/alluxio/alluxio:2.10.0 | 2,10,0",
      "alluxio/alluxio:2..4 | 2",
      "alluxio/alluxio:v2.9.4 | ''",
      "alluxio/alluxio:latest | ''",
      "alluxio/alluxio:123456789 | 123456789",
      "alluxio/alluxio:1234567890 | ''",
      "2.9.4 | ''",
      "registry.local:5000/alluxio | ''",
      "alluxio/alluxio@sha256:0123abcd | ''",
      "alluxio/alluxio | ''",
  })
  void theLeadingNumbersOfATag(String image, String numbers) {
    List<Integer> expected = numbers.isEmpty() ? List.of()
        : java.util.Arrays.stream(numbers.split(",")).map(Integer::valueOf).toList();

    assertThat(ImageVersions.version(image)).isEqualTo(expected);
  }

  @Test
  void anOlderMasterImageGoesThroughABackup() {
    Change downgrade = only(check(master("2.9.4"), master("2.9.3-hadoop3")), UpgradeRule.IMAGE_DOWNGRADE);

    assertThat(downgrade.object().name()).isEqualTo("alluxio-master");
    assertThat(downgrade.path()).isEqualTo("spec.template.spec.containers");
    assertThat(downgrade.before()).isEqualTo("\"alluxio/alluxio:2.9.4\"");
    assertThat(downgrade.after()).isEqualTo("\"alluxio/alluxio:2.9.3-hadoop3\"");
    assertThat(downgrade.steps()).extracting(Step::phase).containsExactly(Phase.BACK_UP, Phase.BEFORE_APPLY, Phase.BEFORE_APPLY);
  }

  @ParameterizedTest(name = "{0} -> {1} is no downgrade")
  @CsvSource({"2.9.4, 2.10.0", "2.9, 2.9.0", "2.9.0, 2.9", "2.9.4, 2.9.4-hadoop3", "2.9.4, latest", "latest, 2.9.4"})
  void newerEqualOrUnknownTagsAreNoDowngrade(String before, String after) {
    assertThat(of(check(master(before), master(after)), UpgradeRule.IMAGE_DOWNGRADE)).isEmpty();
  }

  @Test
  void onlyTheMasterContainersImageCounts() {
    String sidecarOlder = master("2.9.4").replace("containers:\n", "containers:\n        - {name: log-shipper, image: fluent/fluent-bit:1.0}\n");

    assertThat(of(check(master("2.9.4"), sidecarOlder), UpgradeRule.IMAGE_DOWNGRADE)).isEmpty();
    assertThat(of(check(master("2.9.4"), sidecarOlder.replace("alluxio:2.9.4", "alluxio:2.8.1")), UpgradeRule.IMAGE_DOWNGRADE))
        .hasSize(1);
  }

  private static String master(String tag) {
    return JournalChangesTest.cluster("-Dalluxio.master.journal.type=UFS", "", 1).replace("alluxio/alluxio:2.9.4",
        "alluxio/alluxio:" + tag);
  }
}
