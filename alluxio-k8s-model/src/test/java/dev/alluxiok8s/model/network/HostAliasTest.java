package dev.alluxiok8s.model.network;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HostAliasTest {

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.12", "0.0.0.0", "255.255.255.255", "2001:db8::ffff", "::1", "::",
      "1:2:3:4:5:6:7:8", "::ffff:10.0.0.1", "2001:DB8:0:0:8:800:200C:417A", "fe80::"})
  void acceptsIpAddresses(String ip) {
    assertThat(HostAlias.of(ip, "namenode", "namenode.corp.example").hostnames()).containsExactly("namenode", "namenode.corp.example");
  }

  @ParameterizedTest
  @ValueSource(strings = {"256.1.1.1", "10.0.0", "namenode", "", "1.2.3.4.5", "10.0.0.1:8020", "[2001:db8::1]:8020",
      "1::2::3", "1:2:3:4:5:6:7:8:9", "::ffff:10.0.0.256", "010.0.0.1", ":", "fe80::1%eth0"})
  void refusesWhatIsNotAnIpAddress(String ip) {
    assertThat(problemsOf("HostAlias", () -> HostAlias.of(ip, "namenode")))
        .containsExactly(problem(SpecRule.HOST_ALIAS_IP, "ip", "\"" + ip + "\" must be a valid IP address without a port "
            + "(e.g. 10.9.8.7 or 2001:db8::ffff): /etc/hosts maps names to addresses, never to ports"));
  }

  @Test
  void refusesNoHostNamesAndBadOnes() {
    assertThat(problemsOf("HostAlias", () -> HostAlias.of("10.0.0.1")))
        .containsExactly(problem("hostnames", "must list at least one host name"));
    assertThat(problemsOf("HostAlias", () -> HostAlias.of("10.0.0.1", "ok", "Name_Node")))
        .containsExactly(problem("hostnames[1]", "\"Name_Node\" is not a host name (lower-case letters, digits, '-' and '.')"));
  }

  @Test
  void quotesAnAddressOfUpTo64Characters() {
    String at64 = "1".repeat(64);
    String why = " must be a valid IP address without a port (e.g. 10.9.8.7 or 2001:db8::ffff): /etc/hosts maps names to "
        + "addresses, never to ports";
    assertThat(problemsOf("HostAlias", () -> HostAlias.of(at64, "namenode")))
        .containsExactly(problem(SpecRule.HOST_ALIAS_IP, "ip", "\"" + at64 + "\"" + why));
    assertThat(problemsOf("HostAlias", () -> HostAlias.of(at64 + "1", "namenode")))
        .containsExactly(problem(SpecRule.HOST_ALIAS_IP, "ip", "a value of 65 characters" + why));
  }
}
