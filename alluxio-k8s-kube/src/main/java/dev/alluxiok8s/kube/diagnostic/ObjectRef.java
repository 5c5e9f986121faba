package dev.alluxiok8s.kube.diagnostic;

import java.util.Objects;

/**
 * Identifies the manifest object a {@link Diagnostic} is about. Fields missing from the manifest
 * are empty strings, never null, so a broken object can still be named.
 *
 * @param apiVersion the object's {@code apiVersion}, for example {@code apps/v1}
 * @param kind the object's {@code kind}
 * @param namespace {@code metadata.namespace}, empty when unset
 * @param name {@code metadata.name} (or {@code generateName}), empty when unset
 * @param index the object's position in the set it was validated with; it orders diagnostics by
 *     input order and tells apart two objects of the same name
 */
public record ObjectRef(String apiVersion, String kind, String namespace, String name, int index) {

  /** Rejects nulls: use empty strings for absent parts. */
  public ObjectRef {
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
  }

  /** {@code Kind/name} or {@code Kind/namespace/name}, the way kubectl users name objects. */
  @Override
  public String toString() {
    return namespace.isEmpty() ? kind + "/" + name : kind + "/" + namespace + "/" + name;
  }
}
