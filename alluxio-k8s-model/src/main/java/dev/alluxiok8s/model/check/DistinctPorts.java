package dev.alluxiok8s.model.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ports that must each be in range and all different, because they share one network namespace
 * (a pod, or a node when pods use host networking).
 */
public final class DistinctPorts {

  private final Problems problems;
  private final Map<Integer, String> owners = new LinkedHashMap<>();

  public DistinctPorts(Problems problems) {
    this.problems = problems;
  }

  /** Adds {@code port}, found at {@code path}. */
  public DistinctPorts add(String path, int port) {
    if (port < 1 || port > 65535) {
      problems.add(path, "must be between 1 and 65535, inclusive, got " + port);
      return this;
    }
    String owner = owners.putIfAbsent(port, path);
    if (owner != null) {
      problems.add(path, "port " + port + " is already used by " + owner);
    }
    return this;
  }
}
