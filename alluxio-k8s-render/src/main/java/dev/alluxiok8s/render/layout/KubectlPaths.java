package dev.alluxiok8s.render.layout;

import dev.alluxiok8s.render.object.RenderedObject;
import java.util.Locale;

/**
 * Where an object goes in the guide's kubectl layout: {@code <name>-configmap.yaml},
 * {@code master/<name>-master-statefulset.yaml}, {@code worker/<name>-worker-daemonset.yaml},
 * {@code job/<name>-format-journal-job.yaml}, {@code <name>-fuse.yaml},
 * {@code <name>-metrics-servicemonitor.yaml}, ... Objects that land on
 * the same path share the file as separate documents (the per-master Services).
 */
final class KubectlPaths {

  private KubectlPaths() {}

  static String of(RenderedObject object, String clusterName) {
    String folder = object.component().kubectlFolder();
    return switch (object.component()) {
      case CONFIG -> clusterName + "-configmap.yaml";
      case CREDENTIALS -> object.name() + "-secret.yaml";
      case JOURNAL -> clusterName + "-master-journal-pv.yaml";
      case MASTER -> folder + clusterName + "-master-" + switch (object.kind()) {
        case "PersistentVolumeClaim" -> "journal-pvc";
        default -> object.kind().toLowerCase(Locale.ROOT);
      } + ".yaml";
      case WORKER -> folder + clusterName + "-worker-daemonset.yaml";
      case FUSE -> clusterName + "-fuse.yaml";
      case FUSE_CLIENT -> clusterName + "-fuse-client.yaml";
      case FORMAT_JOURNAL -> folder + clusterName + "-format-journal-job.yaml";
      // The ConfigMap and the ServiceMonitor: a file each, so the ServiceMonitor alone fails to apply
      // where the Prometheus operator's CRDs are missing.
      case METRICS -> clusterName + "-metrics-" + object.kind().toLowerCase(Locale.ROOT) + ".yaml";
      case LOG_SERVER, PROXY -> folder + object.name() + "-" + object.kind().toLowerCase(Locale.ROOT) + ".yaml";
      case CSI, CSI_CONTROLLER, CSI_NODE_PLUGIN, CSI_FUSE ->
          folder + object.kind().toLowerCase(Locale.ROOT) + "-" + object.name() + ".yaml";
    };
  }
}
