package dev.alluxiok8s.validation.rules;

import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.validation.finding.FieldPath;
import dev.alluxiok8s.validation.finding.ObjectCheck;
import dev.alluxiok8s.validation.tree.Trees;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code metadata}: the name format each kind requires (and the shorter names StatefulSets and CronJobs
 * need), the namespace, label keys and values, annotation keys and their total size.
 */
public final class MetadataRules {

  /** {@code metadata.name} missing (and no {@code generateName}). */
  public static final String NAME_REQUIRED = "K8S-NAME-REQUIRED";
  /** Name is not a DNS-1123 subdomain (most kinds). */
  public static final String NAME_DNS1123_SUBDOMAIN = "K8S-NAME-DNS1123-SUBDOMAIN";
  /** Name is not a DNS-1123 label (Namespace, StatefulSet from 1.27, metadata.namespace). */
  public static final String NAME_DNS1123_LABEL = "K8S-NAME-DNS1123-LABEL";
  /** Service name is not a DNS-1035 label. */
  public static final String NAME_DNS1035 = "K8S-NAME-DNS1035";
  /** RBAC name is not a valid path segment. */
  public static final String NAME_PATH_SEGMENT = "K8S-NAME-PATH-SEGMENT";
  /** StatefulSet or CronJob name longer than 52 characters. */
  public static final String NAME_LENGTH_52 = "K8S-NAME-MAX52";
  /** Label key or value syntax. */
  public static final String LABEL = "K8S-LABEL";
  /** Annotation key syntax. */
  public static final String ANNOTATION_KEY = "K8S-ANNOTATION-KEY";
  /** Annotations larger than 256 KiB in total. */
  public static final String ANNOTATION_SIZE = "K8S-ANNOTATION-SIZE";
  /** Total annotation size limit ({@code TotalAnnotationSizeLimitB}). */
  public static final int ANNOTATIONS_MAX_BYTES = 256 * 1024;

  private static final Set<String> PATH_SEGMENT_KINDS = Set.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding");

  private final KubernetesVersion version;

  MetadataRules(KubernetesVersion version) {
    this.version = version;
  }

  /** The object's name (by the rules of its kind), namespace, labels and annotations. */
  void check(ObjectCheck check, String kind, Map<String, Object> meta) {
    FieldPath metaPath = FieldPath.ROOT.field("metadata");
    name(check, kind, meta, metaPath);
    labels(check, Trees.map(meta, "labels"), metaPath.field("labels"));
    annotations(check, Trees.map(meta, "annotations"), metaPath.field("annotations"));
  }

  private void name(ObjectCheck check, String kind, Map<String, Object> meta, FieldPath metaPath) {
    String name = Trees.string(meta, "name");
    String generateName = Trees.string(meta, "generateName");
    String namespace = Trees.string(meta, "namespace");
    if (namespace != null && !namespace.isEmpty()) {
      for (String e : KubernetesNames.dns1123Label(namespace)) {
        check.error(
            NAME_DNS1123_LABEL,
            metaPath.field("namespace"),
            "Invalid value: \"" + namespace + "\": " + e,
            "use a lower-case namespace name of at most 63 characters");
      }
    }
    if (name == null || name.isEmpty()) {
      if (generateName == null || generateName.isEmpty()) {
        check.error(
            NAME_REQUIRED, metaPath.field("name"), "Required value: name or generateName is required", "set metadata.name");
      }
      return;
    }
    FieldPath at = metaPath.field("name");
    if (PATH_SEGMENT_KINDS.contains(kind)) {
      for (String e : KubernetesNames.pathSegmentName(name)) {
        check.error(NAME_PATH_SEGMENT, at, "Invalid value: \"" + name + "\": " + e, "remove '/' and '%' from the name");
      }
      return;
    }
    switch (kind) {
      case "Service" -> report(
          check, NAME_DNS1035, at, name, KubernetesNames.dns1035Label(name),
          "Service names must start with a letter and use only a-z, 0-9 and '-', at most 63 characters");
      case "Namespace" -> report(
          check, NAME_DNS1123_LABEL, at, name, KubernetesNames.dns1123Label(name),
          "use only a-z, 0-9 and '-', at most 63 characters");
      case "StatefulSet" -> {
        // kubernetes#114172 (1.27): StatefulSet names are validated as DNS labels, because the name
        // becomes each pod's hostname; before, subdomains were accepted but could never start pods.
        if (version.isAtLeast(1, 27)) {
          report(check, NAME_DNS1123_LABEL, at, name, KubernetesNames.dns1123Label(name),
              "use only a-z, 0-9 and '-' (no dots): the name becomes the pods' hostname");
        } else {
          report(check, NAME_DNS1123_SUBDOMAIN, at, name, KubernetesNames.dns1123Subdomain(name),
              "use only a-z, 0-9, '-' and '.'");
        }
        max52(check, at, name,
            "the controller-revision-hash label (name + '-' + 10 characters) must fit in 63 characters, or pods are never created (kubernetes#64023)");
      }
      case "CronJob" -> {
        report(check, NAME_DNS1123_SUBDOMAIN, at, name, KubernetesNames.dns1123Subdomain(name),
            "use only a-z, 0-9, '-' and '.'");
        max52(check, at, name, "Job names add an 11-character suffix to the CronJob name");
      }
      default -> report(
          check, NAME_DNS1123_SUBDOMAIN, at, name, KubernetesNames.dns1123Subdomain(name),
          "use only a-z, 0-9, '-' and '.', at most 253 characters");
    }
  }

  private static void max52(ObjectCheck check, FieldPath at, String name, String why) {
    if (name.length() > 52) {
      check.error(NAME_LENGTH_52, at, "Invalid value: \"" + name + "\": must be no more than 52 characters", "shorten the name: " + why);
    }
  }

  private static void report(
      ObjectCheck check, String rule, FieldPath at, String value, List<String> errors, String hint) {
    for (String e : errors) {
      check.error(rule, at, "Invalid value: \"" + value + "\": " + e, hint);
    }
  }

  /** Label keys and values ({@code ValidateLabels}). */
  static void labels(ObjectCheck check, Map<String, Object> labels, FieldPath at) {
    if (labels == null) {
      return;
    }
    for (Map.Entry<String, Object> e : labels.entrySet()) {
      FieldPath p = at.field(e.getKey());
      for (String err : KubernetesNames.qualifiedName(e.getKey())) {
        check.error(LABEL, p, "Invalid value: \"" + e.getKey() + "\": " + err, "fix the label key");
      }
      if (e.getValue() instanceof String v) {
        for (String err : KubernetesNames.labelValue(v)) {
          check.error(LABEL, p, "Invalid value: \"" + v + "\": " + err, "fix the label value (quote numbers and booleans)");
        }
      }
    }
  }

  private static void annotations(ObjectCheck check, Map<String, Object> annotations, FieldPath at) {
    if (annotations == null) {
      return;
    }
    long total = 0;
    for (Map.Entry<String, Object> e : annotations.entrySet()) {
      for (String err : KubernetesNames.qualifiedName(e.getKey())) {
        check.error(ANNOTATION_KEY, at.field(e.getKey()), "Invalid value: \"" + e.getKey() + "\": " + err, "fix the annotation key");
      }
      total += e.getKey().getBytes(StandardCharsets.UTF_8).length;
      if (e.getValue() instanceof String v) {
        total += v.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    if (total > ANNOTATIONS_MAX_BYTES) {
      check.error(
          ANNOTATION_SIZE,
          at,
          "Too long: may not be more than " + ANNOTATIONS_MAX_BYTES + " bytes",
          "annotations hold " + total + " bytes; move large data into a ConfigMap");
    }
  }
}
