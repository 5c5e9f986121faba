package dev.alluxiok8s.validation.rules;

import static dev.alluxiok8s.validation.rules.RuleFindings.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A Service's ports (names, numbers, target ports, duplicates) and a Secret's keys. */
class ServicePortsAndSecretKeysTest {

  /** A Service {@code s} with the given {@code ports:} items (YAML lines, each starting with "- "). */
  private static String service(String ports) {
    StringBuilder b = new StringBuilder("""
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          selector: {app: a}
          ports:
        """);
    ports.lines().forEach(l -> b.append("  ").append(l).append('\n'));
    return b.toString();
  }

  @Test
  void onlyAServiceOfSeveralPortsNamesThemAll() throws Exception {
    assertThat(of(ServiceRules.SERVICE_PORT, service("- {port: 80}"))).isEmpty();
    assertThat(of(ServiceRules.SERVICE_PORT, service("- {name: web, port: 80}\n- {port: 81}"))).containsExactly(
        "spec.ports[1].name: Required value | name every port of a Service with more than one port");
  }

  @Test
  void twoPortsMayNotShareAName() throws Exception {
    assertThat(of(ServiceRules.SERVICE_PORT, service("- {name: web, port: 80}\n- {name: web, port: 81}"))).containsExactly(
        "spec.ports[1].name: Duplicate value: \"web\" | give each port its own name");
  }

  @Test
  void aPortNumberIsUsedOncePerProtocol() throws Exception {
    assertThat(of(ServiceRules.SERVICE_PORT, service("- {name: dns, port: 53}\n- {name: dns-udp, port: 53, protocol: UDP}")))
        .isEmpty();
    assertThat(of(ServiceRules.SERVICE_PORT, service("- {name: web, port: 80}\n- {name: alt, port: 80}"))).containsExactly(
        "spec.ports[1]: Duplicate value: core.ServicePort{Port:80, Protocol:\"TCP\"} | remove the duplicate port");
  }

  @Test
  void portAndTargetPortRunFromOneTo65535() throws Exception {
    assertThat(of(ServiceRules.SERVICE_PORT, service("- {port: 65535, targetPort: 1}"))).isEmpty();
    assertThat(of(ServiceRules.SERVICE_PORT, service("- {port: 65536, targetPort: 0}"))).containsExactly(
        "spec.ports[0].port: Invalid value: 65536: must be between 1 and 65535, inclusive | use a port from 1 to 65535",
        "spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive | use a port from 1 to 65535");
  }

  @Test
  void aSecretKeyFollowsTheKeySyntaxAndSitsInOneMap() throws Exception {
    String secret = """
        apiVersion: v1
        kind: Secret
        metadata: {name: s}
        data:
          token: dG9rZW4=
        stringData:
          token: other
          bad key: x
        """;

    assertThat(of(ConfigDataRules.CONFIG_KEY, secret)).satisfiesExactly(
        duplicate -> assertThat(duplicate).isEqualTo("stringData.token: Invalid value: \"token\": duplicate of key present"
            + " in data | a key may appear in only one of data and stringData"),
        syntax -> assertThat(syntax)
            .startsWith("stringData['bad key']: Invalid value: \"bad key\": a valid config key must consist of")
            .endsWith(" | use only letters, digits, '-', '_' and '.' in keys"));
  }
}
