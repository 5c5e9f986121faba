package dev.alluxiok8s.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code rocks-metastore}: a UFS journal on a claim and the RocksDB metastore on a claim template. */
@Tag("conformance")
@DisplayName("rocks-metastore")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RocksMetastoreTest {

  private final Sample sample = new Sample("rocks-metastore");
  private SimulatedCluster cluster;

  @Test
  @DisplayName("rocks-metastore: first-start")
  void firstStart() throws Exception {
    cluster = sample.newCluster(1);
    cluster.apply(sample.applied("stream"), Sample.READY);

    try (AlluxioClient client = new AlluxioClient(Sample.masterAddresses(1))) {
      Checks.workersRegistered(client, 1, Map.of("MEM", Checks.gib(1)), List.of());
      Checks.writeAndReadBack(client, "/rocks.bin");
    }
    // The metastore's RocksDB lives on the master's own claim, not on the container's file system.
    Path metastore = cluster.claimDirectory("alluxio-metastore-alluxio-master-0");
    try (Stream<Path> files = Files.walk(metastore)) {
      assertThat(files.anyMatch(p -> p.getFileName().toString().endsWith(".sst") || p.getFileName().toString().startsWith("MANIFEST")))
          .as("RocksDB files in " + metastore).isTrue();
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
