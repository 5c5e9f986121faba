package dev.alluxiok8s.upgrade.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShellTest {

  @Test
  void namesThatMeanTheSameQuotedOrNotStayBare() {
    assertThat(Shell.quote("alluxio-master-0")).isEqualTo("alluxio-master-0");
  }

  @Test
  void anythingElseIsSingleQuotedSoNoWordFromAManifestRunsAsACommand() {
    assertThat(Shell.quote("x; rm -rf /")).isEqualTo("'x; rm -rf /'");
    assertThat(Shell.quote("it's")).isEqualTo("'it'\\''s'");
    assertThat(Shell.quote("a\nb")).isEqualTo("'a\\u000ab'");
    assertThat(Shell.namespace("")).isEmpty();
    assertThat(Shell.namespace("$(id)")).isEqualTo(" -n '$(id)'");
  }
}
