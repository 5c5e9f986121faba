package dev.alluxiok8s.model.property;

import java.util.List;
import java.util.Optional;

/**
 * Alluxio properties that the renderer computes from typed attributes. Setting one by hand would
 * fight the computed value (chart 0.5.2 lets both through and the later one silently wins), so
 * the model refuses it and names the attribute to use instead. {@code ManagedPropertiesCoverageTest}
 * in the render module renders every feature and fails when the renderer writes a property that
 * is missing here, so this list cannot drift from what is written.
 */
public final class ManagedProperties {

  private record Managed(String prefix, boolean exact, String attribute) {}

  private static final List<Managed> MANAGED = List.of(
      new Managed("alluxio.master.hostname", true, "spec.masters (computed per master)"),
      new Managed("alluxio.master.journal.type", true, "spec.journal.type"),
      new Managed("alluxio.master.journal.folder", true, "spec.journal.folder"),
      new Managed("alluxio.master.embedded.journal.addresses", true, "spec.masters.count"),
      new Managed("alluxio.master.embedded.journal.port", true, "spec.masters.ports.embedded"),
      new Managed("alluxio.master.rpc.port", true, "spec.masters.ports.rpc"),
      new Managed("alluxio.master.web.port", true, "spec.masters.ports.web"),
      new Managed("alluxio.master.mount.table.root.ufs", true, "spec.underStorage.rootUri"),
      new Managed("alluxio.master.mount.table.root.option.", false, "spec.underStorage.options"),
      new Managed("alluxio.master.metastore", true, "spec.metastore.type"),
      new Managed("alluxio.master.metastore.dir", true, "spec.metastore.mountPath"),
      new Managed("alluxio.job.master.rpc.port", true, "spec.masters.ports.jobRpc"),
      new Managed("alluxio.job.master.web.port", true, "spec.masters.ports.jobWeb"),
      new Managed("alluxio.job.master.embedded.journal.port", true, "spec.masters.ports.jobEmbedded"),
      new Managed("alluxio.worker.tieredstore.", false, "spec.tieredStore"),
      new Managed("alluxio.worker.rpc.port", true, "spec.workers.ports.rpc"),
      new Managed("alluxio.worker.web.port", true, "spec.workers.ports.web"),
      new Managed("alluxio.job.worker.rpc.port", true, "spec.workers.ports.jobRpc"),
      new Managed("alluxio.job.worker.data.port", true, "spec.workers.ports.jobData"),
      new Managed("alluxio.job.worker.web.port", true, "spec.workers.ports.jobWeb"),
      new Managed("alluxio.worker.data.server.domain.socket.", false, "spec.shortCircuit"),
      new Managed("alluxio.user.short.circuit.enabled", true, "spec.shortCircuit.enabled"),
      new Managed("alluxio.master.web.bind.host", true, "spec.masters (bound to every address of the pod)"),
      new Managed("alluxio.job.master.hostname", true, "spec.masters (computed per master)"),
      new Managed("alluxio.job.master.bind.host", true, "spec.masters (bound to every address of the pod)"),
      new Managed("alluxio.worker.bind.host", true, "spec.workers (bound to every address of the pod)"),
      new Managed("alluxio.worker.fuse.enabled", true, "spec.fuse.inWorker"),
      new Managed("alluxio.fuse.mount.point", true, "spec.fuse.mountPoint"),
      new Managed("alluxio.fuse.mount.alluxio.path", true, "spec.fuse.alluxioPath"),
      new Managed("alluxio.fuse.mount.options", true, "spec.fuse.mountOptions"),
      new Managed("alluxio.user.hostname", true, "spec.fuse (the node's address)"),
      new Managed("alluxio.worker.hostname", true, "spec.workers (the node's address)"),
      new Managed("alluxio.worker.container.hostname", true, "spec.workers.hostNetwork (the pod's address off it)"),
      new Managed("alluxio.proxy.web.port", true, "spec.proxy.port"),
      new Managed("alluxio.metrics.conf.file", true, "spec.metrics (the mounted metrics.properties)"));

  private ManagedProperties() {}

  /**
   * The property a JVM option sets, if it is a system property ({@code -Dkey=value} or
   * {@code -Dkey}): Alluxio reads its properties from system properties, so a property slipped in
   * as a JVM option is one all the same.
   */
  public static Optional<String> propertyOf(String jvmOption) {
    if (!jvmOption.startsWith("-D") || jvmOption.length() == 2) {
      return Optional.empty();
    }
    return Optional.of(jvmOption.substring(2).split("=", 2)[0]);
  }

  /** The attribute that owns {@code key}, if the renderer computes it. */
  public static Optional<String> ownerOf(String key) {
    return MANAGED.stream()
        .filter(m -> m.exact() ? key.equals(m.prefix()) : key.startsWith(m.prefix()))
        .map(Managed::attribute)
        .findFirst();
  }
}
