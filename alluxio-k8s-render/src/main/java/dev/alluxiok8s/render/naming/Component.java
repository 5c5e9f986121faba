package dev.alluxiok8s.render.naming;

/**
 * The part of a cluster an object belongs to. It gives the {@code app.kubernetes.io/component}
 * label, Alluxio's own {@code role} label, and the folder of the guide's kubectl layout.
 */
public enum Component {
  CONFIG("config", null, ""),
  /** Secrets the cluster itself creates (the credentials of an imported Helm values file). */
  CREDENTIALS("credentials", null, ""),
  MASTER("master", "alluxio-master", "master/"),
  JOURNAL("journal", null, ""),
  WORKER("worker", "alluxio-worker", "worker/"),
  FUSE("fuse", "alluxio-fuse", ""),
  FUSE_CLIENT("fuse-client", "alluxio-fuse-client", ""),
  FORMAT_JOURNAL("format-journal", "alluxio-master", "job/"),
  /** The ConfigMap of {@code metrics.properties}. */
  METRICS("metrics", null, ""),
  LOG_SERVER("logserver", "alluxio-logserver", "logserver/"),
  PROXY("proxy", "alluxio-proxy", "proxy/"),
  /** The CSI driver's cluster-wide and shared objects: CSIDriver, StorageClass, RBAC, the FUSE pod template. */
  CSI("csi", null, "csi/"),
  CSI_CONTROLLER("csi-controller", "alluxio-csi-controller", "csi/"),
  CSI_NODE_PLUGIN("csi-nodeplugin", "alluxio-csi-nodeplugin", "csi/"),
  /** The FUSE pods the CSI node plugin creates from the template (mountInPod); no object of its own. */
  CSI_FUSE("csi-fuse", "alluxio-fuse", "csi/");

  private final String label;
  private final String role;
  private final String kubectlFolder;

  Component(String label, String role, String kubectlFolder) {
    this.label = label;
    this.role = role;
    this.kubectlFolder = kubectlFolder;
  }

  /** The {@code app.kubernetes.io/component} value. */
  public String label() {
    return label;
  }

  /** Alluxio's {@code role} label, for the components Alluxio's own tooling selects on; or null. */
  public String role() {
    return role;
  }

  /** The folder of the guide's kubectl layout, with a trailing slash, or empty for the top. */
  public String kubectlFolder() {
    return kubectlFolder;
  }
}
