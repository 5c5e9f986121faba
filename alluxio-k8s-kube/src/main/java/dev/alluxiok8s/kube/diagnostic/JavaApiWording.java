package dev.alluxiok8s.kube.diagnostic;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Java API's words: builder methods such as {@code Workers.Builder#podSecurity} and {@code
 * KubernetesValidator.Builder#externalReference}. Exception messages use it, since a caller who
 * reads them is writing Java.
 */
public final class JavaApiWording implements RemedyWording {

  /** The one instance; it holds no state. */
  public static final JavaApiWording INSTANCE = new JavaApiWording();

  /**
   * Model types whose attribute name is not their simple name capitalized. Others are: {@code
   * workers} is built by {@code Workers.Builder}.
   */
  private static final Map<String, String> TYPES = Map.of(
      "spec", "ClusterSpec",
      "metadata", "ClusterMetadata",
      "levels", "TierLevel",
      "directories", "TierDirectory",
      "master", "MasterProcess",
      "jobMaster", "JobMasterProcess",
      "worker", "WorkerProcess",
      "jobWorker", "JobWorkerProcess",
      "underStorage", "UnderStorage",
      "secrets", "SecretMounts");

  private JavaApiWording() {}

  @Override
  public String external(String kind, String name) {
    return "KubernetesValidator.Builder#externalReference(new ExternalReference(\"" + kind + "\", \"" + name + "\"))";
  }

  @Override
  public String setAttribute(String path, String value) {
    return "call " + builderMethod(path) + "(" + value + ")";
  }

  @Override
  public String declareExemption(String attribute, PodSecurityLevel level) {
    return "declare an exemption with " + builderMethod(attribute) + "(PodSecurityExemption.of(PodSecurityLevel."
        + level.name() + ", reason))";
  }

  /**
   * The builder method that sets the model attribute at {@code path}: {@code
   * spec.workers.podSecurity} is {@code Workers.Builder#podSecurity}.
   */
  public static String builderMethod(String path) {
    List<String> names = new ArrayList<>();
    for (String segment : path.split("\\.")) {
      int index = segment.indexOf('[');
      String name = index < 0 ? segment : segment.substring(0, index);
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      return path;
    }
    String method = names.get(names.size() - 1);
    if (names.size() == 1) {
      return method;
    }
    String owner = names.get(names.size() - 2);
    String type = TYPES.getOrDefault(owner, Character.toUpperCase(owner.charAt(0)) + owner.substring(1));
    return type + ".Builder#" + method;
  }
}
