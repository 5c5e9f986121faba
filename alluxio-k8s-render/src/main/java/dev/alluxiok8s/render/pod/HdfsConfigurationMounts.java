package dev.alluxiok8s.render.pod;

import dev.alluxiok8s.model.ClusterSpec;

/**
 * Where the Hadoop configuration Secrets of the under storage and of an HDFS journal are mounted:
 * under {@code /secrets}, in directories whose {@code alluxio-k8s-} prefix a spec's own secret
 * mounts may not use.
 */
public final class HdfsConfigurationMounts {

  public static final String UFS_DIRECTORY = "/secrets/alluxio-k8s-hdfs-ufs";
  public static final String JOURNAL_DIRECTORY = "/secrets/alluxio-k8s-hdfs-journal";

  private HdfsConfigurationMounts() {}

  /** For processes that reach the under storage: masters, job masters, workers, job workers. */
  public static PodVolumes underStorage(ClusterSpec spec) {
    PodVolumes volumes = new PodVolumes();
    spec.underStorage().hdfsConfiguration().ifPresent(h -> SecretVolumes.add(volumes, "hdfs-ufs-", h.secretName(), UFS_DIRECTORY));
    return volumes;
  }

  /** For processes that write the journal: masters, and the format-journal Job. */
  public static PodVolumes journal(ClusterSpec spec) {
    PodVolumes volumes = new PodVolumes();
    spec.journal().hdfsConfiguration().ifPresent(h -> SecretVolumes.add(volumes, "hdfs-journal-", h.secretName(), JOURNAL_DIRECTORY));
    return volumes;
  }
}
