package dev.alluxiok8s.schema.spec;

import java.util.Objects;

/**
 * One way a spec document breaks {@linkplain SpecSchema the spec's JSON Schema}: the attribute
 * path in the notation of the model's own messages ({@code spec.masters.count},
 * {@code spec.properties."alluxio.user.file.writetype.default"}, empty for the document itself),
 * the schema keyword that failed, and what is wrong.
 *
 * @param path where the problem is; for an unknown or a missing field, the field itself
 * @param keyword the JSON Schema keyword that failed, e.g. {@code additionalProperties}; empty when
 *     the text could not be read as one YAML document
 * @param message what is wrong, phrased for the spec's author
 */
public record SchemaProblem(String path, String keyword, String message) {

  public SchemaProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(keyword, "keyword");
    Objects.requireNonNull(message, "message");
  }

  /** {@code spec.masters.count: must have a maximum value of 99}, or the message alone at the root. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
