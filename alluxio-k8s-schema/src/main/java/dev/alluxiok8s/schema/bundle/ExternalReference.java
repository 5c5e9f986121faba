package dev.alluxiok8s.schema.bundle;

import java.util.Objects;
import java.util.Set;

/**
 * An object the validated set may refer to without containing it, because it is created elsewhere (a
 * Secret holding credentials, a pre-provisioned PVC, a ServiceAccount managed by the platform team).
 *
 * @param kind ConfigMap, Secret, PersistentVolumeClaim, ServiceAccount or Service
 * @param name the object's name
 */
public record ExternalReference(String kind, String name) {

  /** The kinds a bundle can refer to. */
  public static final Set<String> KINDS =
      Set.of("ConfigMap", "Secret", "PersistentVolumeClaim", "ServiceAccount", "Service");

  /** Checks the kind. */
  public ExternalReference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException(
          "external references are ConfigMap, PersistentVolumeClaim, Secret, Service or ServiceAccount, not " + kind);
    }
  }

  /** An external ConfigMap. */
  public static ExternalReference configMap(String name) {
    return new ExternalReference("ConfigMap", name);
  }

  /** An external Secret. */
  public static ExternalReference secret(String name) {
    return new ExternalReference("Secret", name);
  }

  /** An external PersistentVolumeClaim. */
  public static ExternalReference persistentVolumeClaim(String name) {
    return new ExternalReference("PersistentVolumeClaim", name);
  }

  /** An external ServiceAccount. */
  public static ExternalReference serviceAccount(String name) {
    return new ExternalReference("ServiceAccount", name);
  }

  /** An external Service (for example a StatefulSet's governing Service created by another tool). */
  public static ExternalReference service(String name) {
    return new ExternalReference("Service", name);
  }
}
