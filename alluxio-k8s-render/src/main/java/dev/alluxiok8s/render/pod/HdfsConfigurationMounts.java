package dev.alluxiok8s.render.pod;

import static dev.alluxiok8s.render.config.HdfsConfigurationDirectories.JOURNAL_DIRECTORY;
import static dev.alluxiok8s.render.config.HdfsConfigurationDirectories.UFS_DIRECTORY;

import dev.alluxiok8s.model.ClusterSpec;

/**
 * The volumes that mount the Hadoop configuration Secrets of the under storage and of an HDFS
 * journal, at the directories the ConfigMap's properties name ({@link
 * dev.alluxiok8s.render.config.HdfsConfigurationDirectories}).
 */
public final class HdfsConfigurationMounts {

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
