package dev.alluxiok8s.validation.bundle;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

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

  /**
   * Parses {@code Kind/name}, for example {@code Secret/s3-credentials}, as command lines and build
   * files write it.
   *
   * @throws IllegalArgumentException when the text is not {@code Kind/name} with one of {@link #KINDS}
   */
  public static ExternalReference parse(String kindSlashName) {
    int slash = kindSlashName.indexOf('/');
    String kind = slash > 0 ? kindSlashName.substring(0, slash) : "";
    if (slash <= 0 || slash == kindSlashName.length() - 1 || !KINDS.contains(kind)) {
      throw new IllegalArgumentException("\"" + kindSlashName + "\" is not Kind/name with a kind of "
          + String.join(", ", new TreeSet<>(KINDS)) + ", for example Secret/s3-credentials");
    }
    return new ExternalReference(kind, kindSlashName.substring(slash + 1));
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
