package dev.alluxiok8s.render.naming;

import dev.alluxiok8s.model.AlluxioCluster;

/**
 * The name of every object a cluster renders to, all prefixed with the cluster's name so that
 * several clusters can share a namespace.
 */
public final class ObjectNames {

  private final String prefix;

  private ObjectNames(String prefix) {
    this.prefix = prefix;
  }

  public static ObjectNames of(AlluxioCluster cluster) {
    return new ObjectNames(cluster.name());
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
    return prefix + "-journal";
  }

  public String journalVolume() {
    return prefix + "-journal";
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

  public String formatJournalJob() {
    return prefix + "-format-journal";
  }
}
