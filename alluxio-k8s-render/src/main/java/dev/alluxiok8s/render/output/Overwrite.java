package dev.alluxiok8s.render.output;

/** Which existing folder {@link AtomicFolderWriter} may replace. */
public enum Overwrite {
  /** Only a folder that alluxio-k8s wrote (it holds the marker file), or an empty one. */
  IF_MARKED,
  /** Any folder, marked or not: the caller has asked explicitly to lose its content. */
  ALWAYS
}
