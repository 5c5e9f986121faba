package dev.alluxiok8s.properties.catalog;

/**
 * Which Alluxio processes read a property, as Alluxio's {@code alluxio.grpc.Scope} says, with its
 * bit values: a server is a master or a worker, all is every process.
 */
public enum Scope {
  NONE(0),
  MASTER(1),
  WORKER(2),
  SERVER(3),
  CLIENT(4),
  ALL(7);

  private final int bits;

  Scope(int bits) {
    this.bits = bits;
  }

  /**
   * Whether a property of this scope means something to {@code role}. {@link #NONE} says nothing
   * about who reads the key, so it never makes a setting look misplaced.
   */
  public boolean reaches(Role role) {
    return this == NONE || (bits & role.reads()) != 0;
  }
}
