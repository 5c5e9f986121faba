package dev.alluxiok8s.model.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IpAddressesTest {

  @Test
  void readsIpv6WithItsShortForms() {
    assertThat(IpAddresses.isIpv6("2001:db8::ffff")).isTrue();
    assertThat(IpAddresses.isIpv6("::ffff:192.0.2.1")).isTrue();
    assertThat(IpAddresses.isIpv6("1:2:3:4:5:6:7::")).isTrue();
    assertThat(IpAddresses.isIpv6("1:2:3:4:5:6:7:8::")).isFalse();
    assertThat(IpAddresses.isIpv6("12345::")).isFalse();
    assertThat(IpAddresses.isIpv4("10.0.0.1")).isTrue();
    assertThat(IpAddresses.isIpv4("10.0.0.1:8020")).isFalse();
  }

  @Test
  void readsEveryHexDigitInEitherCase() {
    assertThat(IpAddresses.isIpv6("0:9:a:f:A:F::")).isTrue();
    assertThat(IpAddresses.isIpv6("fe80::0")).isTrue();
    // Each is the character just outside a range of hex digits: g and G after f and F, '/' before 0, '@' before A, '`' before a.
    for (String notHex : new String[] {"g::1", "G::1", "/::1", "@::1", "`::1"}) {
      assertThat(IpAddresses.isIpv6(notHex)).as(notHex).isFalse();
    }
  }

  @Test
  void holdsAtMostEightGroupsAroundTheGap() {
    // Four groups on each side of "::" are eight, and "::" must stand for at least one more.
    assertThat(IpAddresses.isIpv6("1:2:3:4::5:6:7:8")).isFalse();
    assertThat(IpAddresses.isIpv6("1:2:3::5:6:7:8")).isTrue();
    assertThat(IpAddresses.isIpv6("1:2:3:4:5:6:7:8")).isTrue();
    assertThat(IpAddresses.isIpv6("1:2:3:4:5:6:7")).isFalse();
    assertThat(IpAddresses.isIpv6("1::2::3")).isFalse();
  }

  @Test
  void acceptsTheShortestAndTheLongestForms() {
    // "::" (every group zero) is two characters; six full groups and an IPv4 tail are 45.
    assertThat(IpAddresses.isIpv6("::")).isTrue();
    assertThat(IpAddresses.isIpv6(":")).isFalse();
    String longest = "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255";
    assertThat(longest).hasSize(45);
    assertThat(IpAddresses.isIpv6(longest)).isTrue();
    assertThat(IpAddresses.isIpv6("0" + longest)).isFalse();
  }

  @Test
  void readsIpv4AsDecimalOctetsOnly() {
    assertThat(IpAddresses.isIpv4("0.9.255.10")).isTrue();
    assertThat(IpAddresses.isIpv4("10.0.0.256")).isFalse();
    assertThat(IpAddresses.isIpv4("10.0.0.01")).isFalse();
    assertThat(IpAddresses.isIpv4("1a.0.0.1")).isFalse();
    assertThat(IpAddresses.isIpv4("10.0.0.+1")).isFalse();
    assertThat(IpAddresses.isIpv4("10.0.0./")).isFalse();
    assertThat(IpAddresses.isIpv4("10.0.0.:")).isFalse();
  }

  @Test
  void takesLinearTimeOnHostileInput() {
    // 20,000 colons took seconds with the former regular expression; the whole batch must not.
    String colons = ":".repeat(20_000) + "x";
    String dotted = "1.".repeat(20_000);
    // The thread's CPU time, not the wall clock: the bound tells a linear scan from a backtracking
    // one, and a busy machine stretches the wall time of either.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < 100; i++) {
      assertThat(IpAddresses.isIp(colons)).isFalse();
      assertThat(IpAddresses.isIp(dotted)).isFalse();
    }
    assertThat(Duration.ofNanos(threads.getCurrentThreadCpuTime() - start)).isLessThan(Duration.ofMillis(500));
  }
}
