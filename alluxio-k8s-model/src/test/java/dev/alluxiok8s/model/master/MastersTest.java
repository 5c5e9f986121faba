package dev.alluxiok8s.model.master;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.placement.DnsPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MastersTest {

  @Test
  void oneMasterOffTheHostNetworkByDefault() {
    Masters masters = Masters.builder().build();
    assertThat(masters.count()).isEqualTo(1);
    assertThat(masters.hostNetwork()).isFalse();
    assertThat(masters.effectiveDnsPolicy()).isEqualTo(DnsPolicy.CLUSTER_FIRST);
  }

  @Test
  void dnsPolicyFollowsHostNetworkingUnlessGiven() {
    assertThat(Masters.builder().hostNetwork(true).build().effectiveDnsPolicy()).isEqualTo(DnsPolicy.CLUSTER_FIRST_WITH_HOST_NET);
    assertThat(Masters.builder().hostNetwork(true).dnsPolicy(DnsPolicy.DEFAULT).build().effectiveDnsPolicy())
        .isEqualTo(DnsPolicy.DEFAULT);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 99})
  void acceptsOneTo99Masters(int count) {
    assertThat(Masters.builder().count(count).build().count()).isEqualTo(count);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 100})
  void refusesOtherCounts(int count) {
    assertThat(problemsOf("Masters", () -> Masters.builder().count(count).build()))
        .containsExactly(problem("count", "must be between 1 and 99, got " + count));
  }
}
