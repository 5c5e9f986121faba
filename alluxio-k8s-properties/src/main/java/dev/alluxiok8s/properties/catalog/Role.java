package dev.alluxiok8s.properties.catalog;

/**
 * The Alluxio process a set of properties is given to, and which {@link Scope}s it reads. The job
 * master and the job worker run Alluxio's client too (they talk to the file system master and, for
 * loads and persists, to workers and under stores), so client properties reach them as well.
 */
public enum Role {
  MASTER("the master", 1),
  JOB_MASTER("the job master", 1 | 4),
  WORKER("the worker", 2),
  JOB_WORKER("the job worker", 2 | 4),
  CLIENT("FUSE, an Alluxio client", 4);

  private final String description;
  private final int reads;

  Role(String description, int reads) {
    this.description = description;
    this.reads = reads;
  }

  /** How a message names the process: "the worker". */
  public String description() {
    return description;
  }

  int reads() {
    return reads;
  }
}
