package dev.alluxiok8s.render.naming;

import dev.alluxiok8s.model.AlluxioCluster;

/**
 * The name of every object a cluster renders to, all prefixed with the cluster's name so that
 * several clusters can share a namespace. A {@link Naming} scheme can keep the names of Alluxio's
 * Helm chart instead, for taking over a chart's deployment in place.
 */
public final class ObjectNames {

  private final String prefix;
  private final Naming naming;

  private ObjectNames(String prefix, Naming naming) {
    this.prefix = prefix;
    this.naming = naming;
  }

  /** The names of {@code cluster}'s objects under {@code naming}. */
  public static ObjectNames of(AlluxioCluster cluster, Naming naming) {
    return new ObjectNames(cluster.name(), naming);
  }

  public String cluster() {
    return prefix;
  }

  public String configMap() {
    return prefix + "-config";
  }

  /** The master StatefulSet, and its governing headless Service. */
  public String masters() {
    return prefix + "-master";
  }

  /**
   * Master {@code ordinal}: its pod, its pod's host name, and the headless Service that gives it
   * the stable DNS name Alluxio's masters and clients use ({@code <name>-master-0}).
   */
  public String master(int ordinal) {
    return masters() + "-" + ordinal;
  }

  public String journalClaim() {
    return naming.journalClaim(prefix);
  }

  public String journalVolume() {
    return naming.journalVolume(prefix);
  }

  public String workers() {
    return prefix + "-worker";
  }

  public String fuse() {
    return prefix + "-fuse";
  }

  public String fuseClient() {
    return prefix + "-fuse-client";
  }

  /** The CSI controller's Deployment and ServiceAccount. */
  public String csiController() {
    return prefix + "-csi-controller";
  }

  /** The CSI node plugin's DaemonSet and ServiceAccount. */
  public String csiNodePlugin() {
    return prefix + "-csi-nodeplugin";
  }

  /** The ClusterRole of the CSI provisioner, and its binding. */
  public String csiProvisioner() {
    return prefix + "-csi-provisioner";
  }

  /** The ConfigMap holding the FUSE pod template, and the Role (and binding) to run such pods. */
  public String csiFuse() {
    return prefix + "-csi-fuse";
  }

  public String formatJournalJob() {
    return naming.formatJournalJob(prefix);
  }

  /** The log server's Deployment and Service; the Service's name is the host name every process sends logs to. */
  public String logServer() {
    return prefix + "-logserver";
  }

  public String logServerClaim() {
    return prefix + "-logserver-logs";
  }

  /** The proxy's workload and Service. */
  public String proxy() {
    return prefix + "-proxy";
  }

  /** The ConfigMap holding {@code metrics.properties}. */
  public String metricsConfigMap() {
    return prefix + "-metrics";
  }

  /** The Prometheus operator's ServiceMonitor of the cluster's web ports. */
  public String serviceMonitor() {
    return prefix + "-metrics";
  }
}
