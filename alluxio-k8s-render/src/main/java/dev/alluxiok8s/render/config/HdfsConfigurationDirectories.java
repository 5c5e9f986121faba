package dev.alluxiok8s.render.config;

/**
 * Where the pods mount the Hadoop configuration Secrets of the under storage and of an HDFS
 * journal, which the ConfigMap's properties point at: under {@code /secrets}, in directories whose
 * {@code alluxio-k8s-} prefix a spec's own secret mounts may not use.
 */
public final class HdfsConfigurationDirectories {

  public static final String UFS_DIRECTORY = "/secrets/alluxio-k8s-hdfs-ufs";
  public static final String JOURNAL_DIRECTORY = "/secrets/alluxio-k8s-hdfs-journal";

  private HdfsConfigurationDirectories() {}
}
