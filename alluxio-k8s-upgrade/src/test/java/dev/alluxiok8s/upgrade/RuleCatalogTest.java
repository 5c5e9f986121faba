package dev.alluxiok8s.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.alluxiok8s.upgrade.change.UpgradeRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every rule names its source, and the Upgrading page lists every rule id. */
class RuleCatalogTest {

  @Test
  void everyRuleHasAnIdOfItsOwnAndASource() {
    assertThat(Arrays.stream(UpgradeRule.values()).map(UpgradeRule::id).distinct()).hasSize(UpgradeRule.values().length);
    assertThat(UpgradeRule.values()).allSatisfy(r -> assertThat(r.id()).startsWith("UPG-"))
        .allSatisfy(r -> assertThat(r.source()).isNotBlank());
  }

  @Test
  void theUpgradingPageListsEveryRule() throws IOException {
    Path page = Path.of(System.getProperty("alluxio.k8s.repo", ".."), "src/site/markdown/upgrading.md");
    assumeThat(Files.exists(page)).as("the documentation is not at %s", page).isTrue();
    String text = Files.readString(page, StandardCharsets.UTF_8);

    assertThat(UpgradeRule.values()).allSatisfy(r -> assertThat(text).contains("`" + r.id() + "`"));
  }
}
