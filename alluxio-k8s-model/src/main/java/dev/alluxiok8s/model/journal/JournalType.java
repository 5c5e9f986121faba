package dev.alluxiok8s.model.journal;

/** How Alluxio masters keep their journal. */
public enum JournalType {
  /** Written to a folder: a local volume (shared by all masters) or an under store such as HDFS. */
  UFS,
  /** Replicated by Raft among the masters themselves, each on its own volume. */
  EMBEDDED
}
