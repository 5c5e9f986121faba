package dev.alluxiok8s.model.property;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ManagedPropertyKeysTest {

  @ParameterizedTest(name = "{0} is owned by {1}")
  @CsvSource({
    "alluxio.master.hostname, spec.masters (computed per master)",
    "alluxio.master.journal.type, spec.journal.type",
    "alluxio.master.journal.folder, spec.journal.folder",
    "alluxio.master.embedded.journal.addresses, spec.masters.count",
    "alluxio.master.rpc.port, spec.masters.ports.rpc",
    "alluxio.master.mount.table.root.ufs, spec.underStorage.rootUri",
    "alluxio.master.mount.table.root.option.aws.accessKeyId, spec.underStorage.options",
    "alluxio.master.metastore, spec.metastore.type",
    "alluxio.master.metastore.dir, spec.metastore.mountPath",
    "alluxio.worker.tieredstore.levels, spec.tieredStore",
    "alluxio.worker.tieredstore.level0.dirs.path, spec.tieredStore",
    "alluxio.job.worker.data.port, spec.workers.ports.jobData",
    "alluxio.worker.data.server.domain.socket.address, spec.shortCircuit",
    "alluxio.user.short.circuit.enabled, spec.shortCircuit.enabled",
    "alluxio.worker.hostname, spec.workers (the node's address)",
    "alluxio.proxy.web.port, spec.proxy.port",
    "alluxio.metrics.conf.file, spec.metrics (the mounted metrics.properties)",
  })
  void namesTheAttributeThatComputesAManagedProperty(String key, String owner) {
    assertThat(ManagedProperties.ownerOf(key)).contains(owner);
  }

  @ParameterizedTest
  @ValueSource(strings = {"alluxio.master.hostname.suffix", "alluxio.master.journal", "alluxio.master.metastore.inode.cache.max.size",
      "alluxio.worker.tieredstore", "alluxio.user.file.writetype.default", "alluxio.master.mount.table.root.readonly", ""})
  void leavesOtherPropertiesToTheUser(String key) {
    assertThat(ManagedProperties.ownerOf(key)).isEmpty();
  }

  @Test
  void exactKeysDoNotClaimTheirExtensions() {
    assertThat(ManagedProperties.ownerOf("alluxio.master.rpc.port")).isPresent();
    assertThat(ManagedProperties.ownerOf("alluxio.master.rpc.port.x")).isEmpty();
  }

  @Test
  void anExactKeyOwnsOnlyItselfAndAPrefixEverythingBelowIt() {
    // The metastore's tuning properties stay the user's; only the type and the directory are computed.
    assertThat(ManagedProperties.ownerOf("alluxio.master.metastore.inode.cache.max.size")).isEmpty();
    assertThat(ManagedProperties.ownerOf("alluxio.master.mount.table.root.option.s3a.endpoint"))
        .contains("spec.underStorage.options");
  }
}
