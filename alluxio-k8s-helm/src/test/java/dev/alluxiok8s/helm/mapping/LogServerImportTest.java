package dev.alluxiok8s.helm.mapping;

import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.errors;
import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.read;
import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.HelmImport;
import dev.alluxiok8s.model.logserver.LogServer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Chart 0.6.x's {@code logserver} block in its details: its claim, its exemption and where its problems land. */
class LogServerImportTest {

  private static LogServer logServer(String yaml) throws Exception {
    return read(ChartLine.V0_6, "logserver:\n  enabled: true\n" + yaml).cluster().spec().logServer();
  }

  @Test
  void theClaimKeepsItsSizeAndStorageClassAndAnEmptyClassIsTheClustersDefault() throws Exception {
    LogServer named = logServer("  replicas: 1\n  size: 8Gi\n  storageClass: fast\n");
    LogServer defaultClass = logServer("  storageClass: ''\n");

    assertThat(named.volume().size()).isEqualTo("8Gi");
    assertThat(named.volume().storageClass()).contains("fast");
    assertThat(defaultClass.volume().storageClass()).isEmpty();
    assertThat(named.podSecurity()).isEmpty();
  }

  @Test
  void hostNetworkingAndAHostPathEachNeedTheExemptionAndAreNamedInIt() throws Exception {
    HelmImport imported = read(ChartLine.V0_6, "logserver:\n  enabled: true\n  hostNetwork: true\n  volumeType: hostPath\n");
    LogServer onHostNetwork = logServer("  hostNetwork: true\n");

    assertThat(imported.cluster().spec().logServer().volume().path()).contains("/tmp/alluxio-logs");
    assertThat(warnings(imported)).contains("config.yaml:1:1: warning: logserver: declared a Pod Security exemption "
        + "(privileged) because the log server uses host networking and its logs are on a hostPath volume");
    assertThat(onHostNetwork.podSecurity().orElseThrow().reason())
        .isEqualTo("imported from Alluxio's Helm chart: the log server uses host networking");
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("  args: [logserver, --debug]\n", "config.yaml:5:3: error: logserver.args: custom arguments are not supported"),
        Arguments.of("  ports:\n    logging: 70000\n", "config.yaml:6:5: error: logserver.ports.logging: "),
        Arguments.of("  size: lots\n", "config.yaml:5:3: error: logserver.size: "),
        Arguments.of("  storageClass: Bad_Class\n", "config.yaml:5:3: error: logserver.storageClass: "),
        Arguments.of("  volumeType: hostPath\n  hostPath: relative\n", "config.yaml:6:3: error: logserver.hostPath: "));
  }

  @ParameterizedTest
  @MethodSource("refused")
  void aProblemOfTheLogServerIsAnErrorAtItsKey(String yaml, String expectedStart) {
    assertThat(errors(ChartLine.V0_6, "logserver:\n  enabled: true\n" + yaml))
        .anySatisfy(e -> assertThat(e).startsWith(expectedStart))
        .noneSatisfy(e -> assertThat(e).startsWith("config.yaml:1:1:"));
  }
}
