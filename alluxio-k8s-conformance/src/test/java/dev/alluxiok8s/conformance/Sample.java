package dev.alluxiok8s.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** A sample of {@code samples/<name>/}: its spec rendered, its objects applied to a {@link SimulatedCluster}. */
final class Sample {

  /** Boot bound: the slowest measured first start (3 masters + Raft) took ~90 s on 2 busy cores. */
  static final Duration READY = Duration.ofMinutes(4);

  /**
   * The Secrets the samples reference, with stand-in values: the under storage is a local folder
   * in the harness, so no credential is ever checked, but the pods cannot start without them.
   */
  static final Map<String, Map<String, String>> TEST_SECRETS = Map.of(
      "alluxio-s3-credentials", Map.of("access-key-id", "test-access-key", "secret-access-key", "test-secret-key"),
      // Hadoop's configuration files, mounted by the HDFS samples; unused once HDFS is a local folder.
      "alluxio-hdfs-config", Map.of("core-site.xml", "<configuration/>\n", "hdfs-site.xml", "<configuration/>\n"));

  private final String name;

  Sample(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }

  static Path moduleDir() {
    return Path.of(System.getProperty("alluxio.conformance.module", ".")).toAbsolutePath().normalize();
  }

  Path spec() {
    return moduleDir().resolveSibling("samples").resolve(name).resolve("alluxio.yaml");
  }

  SortedMap<String, String> files(String layout) throws Exception {
    return Rendering.renderSpec(spec(), layout);
  }

  /** The objects {@code kubectl} sends when the layout is applied as its docs say. */
  List<Map<String, Object>> applied(String layout) throws Exception {
    return Manifests.applyOrder(layout, files(layout));
  }

  /** A new simulated cluster for this sample, in a short directory (Unix socket paths are limited to 107 bytes). */
  SimulatedCluster newCluster(int nodes) throws Exception {
    Path root = Files.createTempDirectory(Path.of("/tmp"), "ak8s-");
    System.out.println("[" + name + "] simulated cluster in " + root + "; Alluxio JVMs capped at " + Kubelet.HEAP);
    return new SimulatedCluster(root, TEST_SECRETS, nodes, line -> System.out.println("[" + name + "] " + line));
  }

  /** host:port of every master's RPC, by the names the rendered configuration uses. */
  static List<String> masterAddresses(int count) {
    List<String> addresses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      addresses.add("alluxio-master-" + i + ":19998");
    }
    return addresses;
  }
}
