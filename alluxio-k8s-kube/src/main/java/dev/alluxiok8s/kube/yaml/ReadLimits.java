package dev.alluxiok8s.kube.yaml;

import tools.jackson.core.StreamReadConstraints;

/**
 * Bounds on what a spec file may hold, so hostile or broken input is refused quickly instead of
 * exhausting memory or the stack. The defaults are far above any real cluster spec.
 *
 * @param maxBytes the file's size
 * @param maxDepth how deeply mappings and lists may nest
 * @param maxScalarLength the length of one value, in characters
 */
public record ReadLimits(int maxBytes, int maxDepth, int maxScalarLength) {

  /** The deepest nesting a reader may be allowed. */
  public static final int MAX_DEPTH = 1000;

  public ReadLimits {
    if (maxBytes < 1 || maxDepth < 1 || maxScalarLength < 1) {
      throw new IllegalArgumentException("read limits must be positive");
    }
    if (maxDepth > MAX_DEPTH) {
      // Data binding recurses per level, and each level's path is kept: deeper input costs
      // stack and quadratic memory.
      throw new IllegalArgumentException("maxDepth may be at most " + MAX_DEPTH + ", got " + maxDepth);
    }
  }

  /** 1 MiB, 32 levels, 64 Ki characters. */
  public static ReadLimits defaults() {
    return new ReadLimits(1 << 20, 32, 1 << 16);
  }

  /** These bounds as Jackson's read constraints, for any reader of spec-shaped YAML. */
  public StreamReadConstraints streamReadConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(maxDepth)
        .maxStringLength(maxScalarLength)
        .maxDocumentLength(maxBytes)
        .build();
  }
}
