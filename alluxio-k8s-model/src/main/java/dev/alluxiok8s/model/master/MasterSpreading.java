package dev.alluxiok8s.model.master;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How strictly several masters are kept on different nodes, so that losing or draining one node
 * costs the Raft quorum at most one member.
 */
public enum MasterSpreading {
  /** Different nodes when the scheduler can; a cluster with fewer nodes than masters still starts. */
  PREFERRED("preferred"),
  /** Different nodes or not at all: a master with no free node stays pending. */
  REQUIRED("required");

  private final String value;

  MasterSpreading(String value) {
    this.value = value;
  }

  /** The name the spec file uses. */
  @JsonValue
  public String value() {
    return value;
  }
}
