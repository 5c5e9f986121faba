package dev.alluxiok8s.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import alluxio.wire.WorkerInfo;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The slow extras ({@code -Pconformance-full}): the first start of the other samples the harness
 * can run, among them a UFS journal on HDFS (a local folder here). Each boots its own cluster,
 * checks that the worker registered with capacity, writes and reads a file back, and that nothing
 * was formatted. The FUSE sample is out of scope; the samples that mount other Secrets need them
 * added to {@link Sample#TEST_SECRETS}.
 */
@Tag("conformance-full")
@DisplayName("more samples")
class MoreSamplesTest {

  @ParameterizedTest(name = "{0}: first-start")
  @ValueSource(strings = {"single-master-hdfs-journal", "s3-under-store", "tiered-mem-only",
      "tiered-single-tier-multi-dir", "short-circuit-uuid"})
  void firstStart(String name) throws Exception {
    Sample sample = new Sample(name);
    try (SimulatedCluster cluster = sample.newCluster(1)) {
      cluster.apply(sample.applied("stream"), Sample.READY);

      try (AlluxioClient client = new AlluxioClient(Sample.masterAddresses(1))) {
        List<WorkerInfo> workers = client.workers();
        assertThat(workers).hasSize(1);
        assertThat(workers.get(0).getCapacityBytes()).isPositive();
        Checks.writeAndReadBack(client, "/" + name + ".bin");
      }
      assertThat(cluster.formats()).isEmpty();
      assertThat(cluster.jobRuns()).isEmpty();
    }
  }
}
