package dev.alluxiok8s.model.metastore;

/** Where a master keeps its file-system metadata. */
public enum MetastoreType {
  /** On the JVM heap: fast, bounded by the heap. */
  HEAP,
  /** In RocksDB on a volume (off-heap), for namespaces larger than the heap. */
  ROCKS
}
