package dev.alluxiok8s.kube.yaml;

/**
 * A scalar kept as written, for callers that type values by their own rules (Helm's YAML 1.1
 * booleans, the spec's schema) rather than by the reader's.
 *
 * @param text the value, unquoted
 * @param plain false for quoted and block scalars, whose text is never a number, boolean or null
 */
public record YamlScalar(String text, boolean plain) {}
