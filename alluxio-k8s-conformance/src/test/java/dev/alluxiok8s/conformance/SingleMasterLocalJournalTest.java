package dev.alluxiok8s.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import alluxio.wire.WorkerInfo;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code single-master-local-journal}: one cluster through its life, in order: the first apply of
 * the stream, a re-apply of every layout, then a restart of every pod on the same volumes. The
 * sample enables the format Job (as the guide does), so it is the sample where a re-apply could
 * erase the journal.
 */
@Tag("conformance")
@DisplayName("single-master-local-journal")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleMasterLocalJournalTest {

  private static final String FILE = "/first-start.bin";
  private static final byte[] CONTENT = Checks.CONTENT;

  private final Sample sample = new Sample("single-master-local-journal");
  private SimulatedCluster cluster;
  private boolean started;

  @Test
  @Order(1)
  @DisplayName("single-master-local-journal: first-start")
  void firstStart() throws Exception {
    cluster = sample.newCluster(1);
    cluster.apply(sample.applied("stream"), Sample.READY);

    try (AlluxioClient client = new AlluxioClient(Sample.masterAddresses(1))) {
      List<WorkerInfo> workers = client.workers();
      assertThat(workers).hasSize(1);
      // The sample's default tier: MEM, 1 GiB (quota 1GB in Alluxio's units, which are binary).
      assertThat(workers.get(0).getCapacityBytesOnTiers()).isEqualTo(Map.of("MEM", 1L << 30));
      assertThat(workers.get(0).getAddress().getHost()).isEqualTo("127.0.2.1");
      Checks.writeAndReadBack(client, FILE);
    }
    // Masters start on an empty journal folder: nothing formats it, and no Job runs.
    assertThat(cluster.formats()).isEmpty();
    assertThat(cluster.jobRuns()).isEmpty();
    // The master's journal is on the claim (the job master's UFS JobJournal appears there at its first entry).
    assertThat(cluster.claimDirectory("alluxio-journal")).isDirectoryContaining(p -> p.getFileName().toString().equals("FileSystemMaster"));
    started = true;
  }

  @ParameterizedTest(name = "single-master-local-journal: re-apply ({0} layout)")
  @ValueSource(strings = {"stream", "kubectl", "files", "kustomize"})
  @Order(2)
  void reapply(String layout) throws Exception {
    assumeTrue(started, "the first start failed");
    Map<String, Integer> before = cluster.incarnations();

    cluster.apply(sample.applied(layout), Sample.READY);

    assertThat(cluster.incarnations()).as("no pod restarted").isEqualTo(before);
    assertThat(cluster.formats()).as("nothing formatted the journal").isEmpty();
    assertThat(cluster.jobRuns()).as("no Job ran").isEmpty();
    try (AlluxioClient client = new AlluxioClient(Sample.masterAddresses(1))) {
      assertThat(client.read(FILE)).isEqualTo(CONTENT);
    }
  }

  @Test
  @Order(3)
  @DisplayName("single-master-local-journal: restart")
  void restart() throws Exception {
    assumeTrue(started, "the first start failed");

    cluster.restartAll(Sample.READY);

    assertThat(cluster.formats()).as("the journal was kept, not formatted again").isEmpty();
    try (AlluxioClient client = new AlluxioClient(Sample.masterAddresses(1))) {
      assertThat(client.exists(FILE)).isTrue();
      assertThat(client.read(FILE)).isEqualTo(CONTENT);
      assertThat(client.workers()).hasSize(1);
    }
  }

  @AfterAll
  void stopEverything() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }
}
