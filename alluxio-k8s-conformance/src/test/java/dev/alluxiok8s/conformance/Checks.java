package dev.alluxiok8s.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import alluxio.wire.WorkerInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Assertions shared by the samples' phases. */
final class Checks {

  static final byte[] CONTENT = "written through Alluxio by the conformance harness\n".repeat(2000)
      .getBytes(StandardCharsets.UTF_8);

  private Checks() {}

  /**
   * Alluxio's shell ({@code alluxio fs copyFromLocal}, in this JVM) copies a local file to
   * {@code path} through Alluxio (its parent must exist: the command makes none), and a client
   * reads the same bytes back.
   */
  static void writeAndReadBack(AlluxioClient client, String path) throws Exception {
    Path local = Files.createTempFile("conformance-", ".bin");
    try {
      Files.write(local, CONTENT);
      assertThat(client.copyFromLocal(local, path)).as("alluxio fs copyFromLocal exit code").isZero();
    } finally {
      Files.delete(local);
    }
    assertThat(client.read(path)).isEqualTo(CONTENT);
  }

  /**
   * One worker per simulated node registered, each with exactly {@code tiers} (alias -> bytes),
   * and each tier directory the worker was given (after the harness's remapping) now holds the
   * worker's {@code alluxioworker} folder: the worker used exactly the directories the spec declares.
   */
  static void workersRegistered(AlluxioClient client, int nodes, Map<String, Long> tiers, List<Path> tierDirs)
      throws Exception {
    List<WorkerInfo> workers = client.workers();
    assertThat(workers).hasSize(nodes);
    for (WorkerInfo worker : workers) {
      assertThat(worker.getCapacityBytesOnTiers()).as("tiers of worker " + worker.getAddress().getHost())
          .isEqualTo(tiers);
    }
    for (Path dir : tierDirs) {
      assertThat(Files.isDirectory(dir.resolve("alluxioworker"))).as("worker storage in " + dir).isTrue();
    }
  }

  static long gib(long n) {
    return n << 30;
  }
}
