package dev.alluxiok8s.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code tiered-mem-ssd}: two tiers, both on node directories (hostPath). */
@Tag("conformance")
@DisplayName("tiered-mem-ssd")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TieredMemSsdTest {

  private final Sample sample = new Sample("tiered-mem-ssd");
  private SimulatedCluster cluster;

  @Test
  @DisplayName("tiered-mem-ssd: first-start")
  void firstStart() throws Exception {
    cluster = sample.newCluster(1);
    cluster.apply(sample.applied("stream"), Sample.READY);

    try (AlluxioClient client = new AlluxioClient(Sample.masterAddresses(1))) {
      // The spec: MEM /dev/shm 4Gi on the node's /dev/shm/alluxio (Alluxio's own directory in the
      // node's shared memory, never /dev/shm itself), SSD /mnt/alluxio-ssd 500Gi on the node's /mnt/disks/ssd0/alluxio.
      Checks.workersRegistered(client, 1, Map.of("MEM", Checks.gib(4), "SSD", Checks.gib(500)), List.of(
          cluster.hostPathDirectory("127.0.2.1", "/dev/shm/alluxio"),
          cluster.hostPathDirectory("127.0.2.1", "/mnt/disks/ssd0/alluxio")));
      Checks.writeAndReadBack(client, "/tiered.bin");
    }
    assertThat(cluster.formats()).isEmpty();
  }

  @AfterAll
  void stopEverything() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }
}
