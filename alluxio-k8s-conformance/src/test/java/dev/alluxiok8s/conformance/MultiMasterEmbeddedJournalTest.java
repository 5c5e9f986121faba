package dev.alluxiok8s.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import alluxio.grpc.QuorumServerInfo;
import alluxio.grpc.QuorumServerState;
import dev.alluxiok8s.conformance.Entrypoint.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code multi-master-embedded-journal}: three masters that elect a leader through the embedded
 * journal (Raft), then lose it.
 *
 * <p>Test-only tuning, not in the rendered output: the masters' Raft election timeouts are
 * shortened from Alluxio's 10-20 s to 4-8 s, so that a failover on two shared cores fits the test
 * budget. Everything else is as rendered.
 */
@Tag("conformance")
@DisplayName("multi-master-embedded-journal")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiMasterEmbeddedJournalTest {

  private static final String FILE = "/multi-master.bin";

  private final Sample sample = new Sample("multi-master-embedded-journal");
  private SimulatedCluster cluster;
  private boolean started;

  @Test
  @Order(1)
  @DisplayName("multi-master-embedded-journal: first-start")
  void firstStart() throws Exception {
    cluster = sample.newCluster(1)
        .withTestOptions(Kind.MASTER, "-Dalluxio.master.embedded.journal.election.timeout.min=4s",
            "-Dalluxio.master.embedded.journal.election.timeout.max=8s");
    cluster.apply(sample.applied("stream"), Sample.READY);

    try (AlluxioClient client = new AlluxioClient(Sample.masterAddresses(3))) {
      assertQuorumOfThreeWithOneLeader(client);
      // The spec: MEM /dev/shm 4Gi and SSD /mnt/alluxio-ssd 200Gi.
      Checks.workersRegistered(client, 1, Map.of("MEM", Checks.gib(4), "SSD", Checks.gib(200)), List.of());
      Checks.writeAndReadBack(client, FILE);
    }
    assertThat(cluster.formats()).isEmpty();
    // Each master's Raft logs, the job master's included, are on that master's own claim.
    for (int i = 0; i < 3; i++) {
      assertThat(cluster.claimDirectory("alluxio-journal-alluxio-master-" + i).resolve("JobJournal")).isDirectory();
    }
    started = true;
  }

  @Test
  @Order(2)
  @DisplayName("multi-master-embedded-journal: failover")
  void failover() throws Exception {
    assumeTrue(started, "the first start failed");
    try (AlluxioClient client = new AlluxioClient(Sample.masterAddresses(3))) {
      String leader = leaderPod(client);
      System.out.println("[" + sample.name() + "] stopping the leader " + leader);

      cluster.stopPod(leader);

      String next = leaderPod(client);
      assertThat(next).isNotEqualTo(leader);
      assertThat(client.read(FILE)).isEqualTo(Checks.CONTENT);

      cluster.startPod(leader);
      cluster.awaitReady(Sample.READY);
      assertQuorumOfThreeWithOneLeader(client);
    }
  }

  @Test
  @Order(3)
  @Tag("conformance-full")
  @DisplayName("multi-master-embedded-journal: restart")
  void restart() throws Exception {
    assumeTrue(started, "the first start failed");

    cluster.restartAll(Sample.READY);

    // Every master's Raft log, and each job master's, was on its claim: the quorum forms again
    // with the file, and nothing was formatted.
    assertThat(cluster.formats()).isEmpty();
    try (AlluxioClient client = new AlluxioClient(Sample.masterAddresses(3))) {
      assertQuorumOfThreeWithOneLeader(client);
      assertThat(client.read(FILE)).isEqualTo(Checks.CONTENT);
    }
  }

  /** The pod whose master is primary, found the way clients find it. */
  private String leaderPod(AlluxioClient client) throws Exception {
    String primary = client.primary();
    for (int i = 0; i < 3; i++) {
      String pod = "alluxio-master-" + i;
      if (primary.equals(pod) || primary.equals(cluster.podIp(pod))) {
        return pod;
      }
    }
    throw new AssertionError("the primary " + primary + " is none of the masters");
  }

  /** Rejoining takes a few heartbeats: the quorum is polled until every member is AVAILABLE, bounded. */
  private static void assertQuorumOfThreeWithOneLeader(AlluxioClient client) throws Exception {
    long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    List<QuorumServerInfo> quorum = client.quorum();
    while (!allAvailable(quorum) && System.nanoTime() < end) {
      Thread.sleep(2000);
      quorum = client.quorum();
    }
    assertThat(quorum).hasSize(3);
    assertThat(quorum).allMatch(s -> s.getServerState() == QuorumServerState.AVAILABLE, "AVAILABLE");
    assertThat(quorum).filteredOn(QuorumServerInfo::getIsLeader).hasSize(1);
  }

  private static boolean allAvailable(List<QuorumServerInfo> quorum) {
    return quorum.size() == 3 && quorum.stream().allMatch(s -> s.getServerState() == QuorumServerState.AVAILABLE);
  }

  @AfterAll
  void stopEverything() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }
}
