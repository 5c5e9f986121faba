package dev.alluxiok8s.helm;

import dev.alluxiok8s.model.process.Resources;
import java.util.Map;

/**
 * The defaults of each chart line's {@code values.yaml} that differ between the lines or from
 * the model's own defaults, so that an imported cluster runs what the chart ran.
 *
 * @param imageTag the Alluxio image's tag
 * @param workerHostNetwork whether workers run on the host network
 * @param fuseMountPoint where FUSE mounts Alluxio on the node
 * @param quota the quota of the default MEM tier, as Alluxio writes sizes
 */
public record ChartDefaults(
    String imageTag,
    Resources master,
    Resources jobMaster,
    Resources worker,
    Resources jobWorker,
    Resources fuse,
    boolean workerHostNetwork,
    String fuseMountPoint,
    String quota) {

  /**
   * Chart 0.5.2: 1 CPU for everything, memory equal in requests and limits, except FUSE's limit:
   * the chart's 1G is below the 1G heap alone that Alluxio gives FUSE (and its own
   * {@code -XX:MaxDirectMemorySize=2g}), so FUSE is OOM-killed; it gets chart 0.6.54's 4Gi. Its
   * FUSE mount point {@code /alluxio-fuse} sits at the node's root, whose sharing with the node a
   * restarted FUSE would need; the import uses chart 0.6.54's {@code /mnt/alluxio-fuse} and says so.
   */
  static final ChartDefaults V0_5 = new ChartDefaults("2.2.0-SNAPSHOT",
      Resources.of("1", "1G"), Resources.of("1", "1G"), Resources.of("1", "2G"), Resources.of("1", "1G"),
      resources(Map.of("cpu", "0.5", "memory", "1G"), Map.of("cpu", "1", "memory", "4Gi")),
      true, "/mnt/alluxio-fuse", "1G");

  /** Chart 0.6.54: requests of 1 CPU, limits of 4 CPUs and more memory; workers off the host network. */
  static final ChartDefaults V0_6 = new ChartDefaults("2.9.4-SNAPSHOT",
      resources(Map.of("cpu", "1", "memory", "1Gi"), Map.of("cpu", "4", "memory", "8Gi")),
      resources(Map.of("cpu", "1", "memory", "1Gi"), Map.of("cpu", "4", "memory", "8Gi")),
      resources(Map.of("cpu", "1", "memory", "2Gi"), Map.of("cpu", "4", "memory", "4Gi")),
      resources(Map.of("cpu", "1", "memory", "1Gi"), Map.of("cpu", "4", "memory", "4Gi")),
      resources(Map.of("cpu", "0.5", "memory", "1Gi"), Map.of("cpu", "4", "memory", "4Gi")),
      false, "/mnt/alluxio-fuse", "1Gi");

  private static Resources resources(Map<String, String> requests, Map<String, String> limits) {
    return Resources.builder().putAllRequests(requests).putAllLimits(limits).build();
  }
}
