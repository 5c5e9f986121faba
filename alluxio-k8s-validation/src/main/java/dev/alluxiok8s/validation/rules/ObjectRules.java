package dev.alluxiok8s.validation.rules;

import dev.alluxiok8s.kube.names.NameFormats;
import dev.alluxiok8s.validation.finding.FieldPath;
import dev.alluxiok8s.validation.finding.ObjectCheck;
import dev.alluxiok8s.validation.tree.Trees;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import dev.alluxiok8s.validation.workload.PodTemplate;
import dev.alluxiok8s.validation.workload.Selectors;
import dev.alluxiok8s.validation.workload.Workloads;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The API server's per-object validation that a JSON schema cannot express: name formats per kind,
 * label and annotation syntax, workload selectors, Service ports, ConfigMap and Secret keys, restart
 * policies, and (through {@link PodSpecRules}) everything inside pod specs. Rules that changed across
 * releases consult the {@link KubernetesVersion}.
 */
public final class ObjectRules {

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
  /** Workload selector missing or empty. */
  public static final String SELECTOR_REQUIRED = "K8S-SELECTOR-REQUIRED";
  /** Workload selector does not match its template labels. */
  public static final String SELECTOR_MISMATCH = "K8S-SELECTOR-MISMATCH";
  /** Label selector requirement with values that do not fit its operator. */
  public static final String SELECTOR_OPERATOR = "K8S-SELECTOR-OPERATOR";
  /** Service port name, number or target port. */
  public static final String SERVICE_PORT = "K8S-SERVICE-PORT";
  /** ConfigMap or Secret key syntax, or a key in two maps. */
  public static final String CONFIG_KEY = "K8S-CONFIG-KEY";
  /** ConfigMap or Secret larger than 1 MiB. */
  public static final String CONFIG_SIZE = "K8S-CONFIG-SIZE";
  /** restartPolicy not allowed for the kind, or activeDeadlineSeconds on a controller template. */
  public static final String RESTART_POLICY = "K8S-RESTART-POLICY";
  /** StatefulSet serviceName not a DNS-1123 label (checked by the API server from 1.33). */
  public static final String STS_SERVICENAME_FORMAT = "K8S-STS-SERVICENAME-FORMAT";

  /** Deployment or DaemonSet rolling update with bad maxSurge/maxUnavailable. */
  public static final String ROLLING_UPDATE = "K8S-ROLLING-UPDATE";

  /** Total annotation size limit ({@code TotalAnnotationSizeLimitB}). */
  public static final int ANNOTATIONS_MAX_BYTES = 256 * 1024;
  /** ConfigMap and Secret payload limit. */
  public static final int CONFIG_MAX_BYTES = 1024 * 1024;

  private static final Set<String> PATH_SEGMENT_KINDS = Set.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding");

  private final KubernetesVersion version;
  private final PodSpecRules podSpecRules;

  /** Rules as the given release applies them. */
  public ObjectRules(KubernetesVersion version) {
    this.version = Objects.requireNonNull(version, "version");
    this.podSpecRules = new PodSpecRules(version);
  }

  /** Runs every per-object rule on one object. */
  public void check(ObjectCheck check) {
    Map<String, Object> tree = check.tree();
    String kind = Objects.toString(Trees.string(tree, "kind"), "");
    Map<String, Object> meta = Trees.map(tree, "metadata");
    FieldPath metaPath = FieldPath.ROOT.field("metadata");
    name(check, kind, meta, metaPath);
    labels(check, Trees.map(meta, "labels"), metaPath.field("labels"));
    annotations(check, Trees.map(meta, "annotations"), metaPath.field("annotations"));
    Map<String, Object> spec = Trees.map(tree, "spec");
    switch (kind) {
      case "Service" -> {
        servicePorts(check, spec);
        labels(check, Trees.map(spec, "selector"), FieldPath.ROOT.field("spec").field("selector"));
      }
      case "ConfigMap" -> configKeys(check, tree, List.of("data", "binaryData"));
      case "Secret" -> configKeys(check, tree, List.of("data", "stringData"));
      case "StatefulSet" -> statefulSetServiceName(check, spec);
      case "Deployment" -> rollingUpdate(check, Trees.map(Trees.map(spec, "strategy"), "rollingUpdate"),
          FieldPath.ROOT.field("spec").field("strategy").field("rollingUpdate"));
      case "DaemonSet" -> rollingUpdate(check, Trees.map(Trees.map(spec, "updateStrategy"), "rollingUpdate"),
          FieldPath.ROOT.field("spec").field("updateStrategy").field("rollingUpdate"));
      default -> {
        // Other kinds have no kind-specific rules beyond their pod template.
      }
    }
    selectorsIn(check, tree, new ArrayList<>());
    Workloads.podOf(kind, tree)
        .ifPresent(
            pod -> {
              if (!kind.equals("Pod") && !kind.equals("PodTemplate")) {
                labels(check, pod.labels(), pod.metadataPath().field("labels"));
              }
              workloadSelector(check, kind, spec, pod);
              restartPolicy(check, kind, pod);
              podSpecRules.check(check, pod, claimTemplateNames(kind, spec));
            });
  }

  private void name(ObjectCheck check, String kind, Map<String, Object> meta, FieldPath metaPath) {
    String name = Trees.string(meta, "name");
    String generateName = Trees.string(meta, "generateName");
    String namespace = Trees.string(meta, "namespace");
    if (namespace != null && !namespace.isEmpty()) {
      for (String e : NameFormats.dns1123Label(namespace)) {
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
      for (String e : NameFormats.pathSegmentName(name)) {
        check.error(NAME_PATH_SEGMENT, at, "Invalid value: \"" + name + "\": " + e, "remove '/' and '%' from the name");
      }
      return;
    }
    switch (kind) {
      case "Service" -> report(
          check, NAME_DNS1035, at, name, NameFormats.dns1035Label(name),
          "Service names must start with a letter and use only a-z, 0-9 and '-', at most 63 characters");
      case "Namespace" -> report(
          check, NAME_DNS1123_LABEL, at, name, NameFormats.dns1123Label(name),
          "use only a-z, 0-9 and '-', at most 63 characters");
      case "StatefulSet" -> {
        // kubernetes#114172 (1.27): StatefulSet names are validated as DNS labels, because the name
        // becomes each pod's hostname; before, subdomains were accepted but could never start pods.
        if (version.isAtLeast(1, 27)) {
          report(check, NAME_DNS1123_LABEL, at, name, NameFormats.dns1123Label(name),
              "use only a-z, 0-9 and '-' (no dots): the name becomes the pods' hostname");
        } else {
          report(check, NAME_DNS1123_SUBDOMAIN, at, name, NameFormats.dns1123Subdomain(name),
              "use only a-z, 0-9, '-' and '.'");
        }
        max52(check, at, name,
            "the controller-revision-hash label (name + '-' + 10 characters) must fit in 63 characters, or pods are never created (kubernetes#64023)");
      }
      case "CronJob" -> {
        report(check, NAME_DNS1123_SUBDOMAIN, at, name, NameFormats.dns1123Subdomain(name),
            "use only a-z, 0-9, '-' and '.'");
        max52(check, at, name, "Job names add an 11-character suffix to the CronJob name");
      }
      default -> report(
          check, NAME_DNS1123_SUBDOMAIN, at, name, NameFormats.dns1123Subdomain(name),
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
      for (String err : NameFormats.qualifiedName(e.getKey())) {
        check.error(LABEL, p, "Invalid value: \"" + e.getKey() + "\": " + err, "fix the label key");
      }
      if (e.getValue() instanceof String v) {
        for (String err : NameFormats.labelValue(v)) {
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
      for (String err : NameFormats.qualifiedName(e.getKey())) {
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

  /** Deployment, StatefulSet, DaemonSet, ReplicaSet: a non-empty selector that matches the template. */
  private static void workloadSelector(ObjectCheck check, String kind, Map<String, Object> spec, PodTemplate pod) {
    if (!Workloads.CONTROLLERS.contains(kind)) {
      return;
    }
    FieldPath selPath = FieldPath.ROOT.field("spec").field("selector");
    Map<String, Object> selector = Trees.map(spec, "selector");
    Map<String, Object> matchLabels = Trees.map(selector, "matchLabels");
    List<Object> expressions = Trees.list(selector, "matchExpressions");
    if (selector == null || ((matchLabels == null || matchLabels.isEmpty()) && expressions.isEmpty())) {
      check.error(
          SELECTOR_REQUIRED,
          selPath,
          selector == null ? "Required value" : "Invalid value: \"{}\": empty selector is invalid for deployment",
          "select the pods by the template's labels, for example matchLabels: {app: my-app}");
      return;
    }
    if (!Selectors.matches(selector, pod.labels())) {
      check.error(
          SELECTOR_MISMATCH,
          pod.metadataPath().field("labels"),
          "Invalid value: " + goMap(pod.labels()) + ": `selector` does not match template `labels`",
          "give the pod template every label the selector requires");
    }
  }

  /** Renders labels like Go's {@code map[string]string{"a":"b"}}, sorted by key as Go prints maps. */
  private static String goMap(Map<String, Object> labels) {
    StringBuilder b = new StringBuilder("map[string]string{");
    boolean first = true;
    for (Map.Entry<String, Object> e : new TreeMap<>(labels).entrySet()) {
      if (!first) {
        b.append(", ");
      }
      first = false;
      b.append('"').append(e.getKey()).append("\":\"").append(e.getValue()).append('"');
    }
    return b.append('}').toString();
  }

  /**
   * Every label selector anywhere in the object: {@code matchLabels} follow label syntax, and {@code
   * matchExpressions} operators fit their values. The walk
   * keeps the keys it went through on a stack and only builds a path when it finds a selector, since
   * most nodes hold none.
   */
  private static void selectorsIn(ObjectCheck check, Object node, List<Object> trail) {
    if (node instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object value = e.getValue();
        if (!(value instanceof Map) && !(value instanceof List)) {
          continue;
        }
        String key = String.valueOf(e.getKey());
        trail.add(key);
        if (key.equals("matchExpressions") && value instanceof List<?> list) {
          FieldPath p = pathOf(trail);
          for (int i = 0; i < list.size(); i++) {
            expression(check, Trees.asMap(list.get(i)), p.index(i));
          }
        } else if (key.equals("matchLabels") && value instanceof Map) {
          labels(check, Trees.asMap(value), pathOf(trail));
        } else {
          selectorsIn(check, value, trail);
        }
        trail.remove(trail.size() - 1);
      }
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        Object value = l.get(i);
        if (value instanceof Map || value instanceof List) {
          trail.add(i);
          selectorsIn(check, value, trail);
          trail.remove(trail.size() - 1);
        }
      }
    }
  }

  private static FieldPath pathOf(List<Object> trail) {
    FieldPath p = FieldPath.ROOT;
    for (Object o : trail) {
      p = o instanceof Integer i ? p.index(i) : p.field((String) o);
    }
    return p;
  }

  private static void expression(ObjectCheck check, Map<String, Object> req, FieldPath at) {
    if (req == null) {
      return;
    }
    String key = Trees.string(req, "key");
    if (key != null) {
      for (String err : NameFormats.qualifiedName(key)) {
        check.error(LABEL, at.field("key"), "Invalid value: \"" + key + "\": " + err, "use a valid label key");
      }
    }
    String op = Trees.string(req, "operator");
    List<Object> values = Trees.list(req, "values");
    if (op == null) {
      return;
    }
    switch (op) {
      case "In", "NotIn" -> {
        if (values.isEmpty()) {
          check.error(SELECTOR_OPERATOR, at.field("values"),
              "Required value: must be specified when `operator` is 'In' or 'NotIn'", "list at least one value");
        }
      }
      case "Exists", "DoesNotExist" -> {
        if (!values.isEmpty()) {
          check.error(SELECTOR_OPERATOR, at.field("values"),
              "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'", "remove values");
        }
      }
      case "Gt", "Lt" -> {
        if (values.size() != 1) {
          check.error(SELECTOR_OPERATOR, at.field("values"),
              "Required value: must be specified single value when `operator` is 'Lt' or 'Gt'", "give exactly one integer value");
        }
      }
      default -> {
        // Unknown operators are reported by the structure pass (closed value set).
      }
    }
  }

  private static void servicePorts(ObjectCheck check, Map<String, Object> spec) {
    int count = Trees.list(spec, "ports").size();
    FieldPath at = FieldPath.ROOT.field("spec").field("ports");
    Set<String> names = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    for (Trees.Item item : Trees.items(spec, "ports")) {
      Map<String, Object> port = item.map();
      FieldPath p = at.index(item.index());
      String name = Trees.string(port, "name");
      if (name == null || name.isEmpty()) {
        if (count > 1) {
          check.error(SERVICE_PORT, p.field("name"), "Required value", "name every port of a Service with more than one port");
        }
      } else {
        for (String e : NameFormats.dns1123Label(name)) {
          check.error(SERVICE_PORT, p.field("name"), "Invalid value: \"" + name + "\": " + e, "use a lower-case DNS label");
        }
        if (!names.add(name)) {
          check.error(SERVICE_PORT, p.field("name"), "Duplicate value: \"" + name + "\"", "give each port its own name");
        }
      }
      Long number = Trees.integer(port, "port");
      if (number != null) {
        PodSpecRules.portRange(check, SERVICE_PORT, p.field("port"), number, 1);
        String protocol = Objects.toString(Trees.string(port, "protocol"), "TCP");
        if (!numbers.add(number + "/" + protocol)) {
          check.error(SERVICE_PORT, p, "Duplicate value: core.ServicePort{Port:" + number + ", Protocol:\"" + protocol + "\"}", "remove the duplicate port");
        }
      }
      Object target = port.get("targetPort");
      Long targetNumber = Trees.integral(target);
      if (target instanceof String s) {
        for (String e : NameFormats.portName(s)) {
          check.error(SERVICE_PORT, p.field("targetPort"), "Invalid value: \"" + s + "\": " + e, "name a container port (IANA_SVC_NAME) or give a number");
        }
      } else {
        PodSpecRules.portRange(check, SERVICE_PORT, p.field("targetPort"), targetNumber, 1);
      }
    }
  }

  private static void configKeys(ObjectCheck check, Map<String, Object> tree, List<String> maps) {
    Set<String> seen = new HashSet<>();
    long size = 0;
    for (String mapName : maps) {
      Map<String, Object> data = Trees.map(tree, mapName);
      if (data == null) {
        continue;
      }
      for (Map.Entry<String, Object> e : data.entrySet()) {
        FieldPath p = FieldPath.ROOT.field(mapName).field(e.getKey());
        for (String err : NameFormats.configMapKey(e.getKey())) {
          check.error(CONFIG_KEY, p, "Invalid value: \"" + e.getKey() + "\": " + err, "use only letters, digits, '-', '_' and '.' in keys");
        }
        if (!seen.add(e.getKey())) {
          check.error(CONFIG_KEY, p, "Invalid value: \"" + e.getKey() + "\": duplicate of key present in " + maps.get(0),
              "a key may appear in only one of " + String.join(" and ", maps));
        }
        size += e.getKey().length();
        if (e.getValue() instanceof String v) {
          size += v.getBytes(StandardCharsets.UTF_8).length;
        }
      }
    }
    if (size > CONFIG_MAX_BYTES) {
      check.error(CONFIG_SIZE, FieldPath.ROOT, "Too long: must have at most " + CONFIG_MAX_BYTES + " bytes",
          "the payload is " + size + " bytes; split it or mount the data another way");
    }
  }

  /**
   * {@code ValidateRollingUpdateDeployment} / {@code ValidateRollingUpdateDaemonSet}: maxSurge and
   * maxUnavailable are non-negative integers or percents up to 100%, and not both zero.
   */
  private static void rollingUpdate(ObjectCheck check, Map<String, Object> ru, FieldPath at) {
    if (ru == null) {
      return;
    }
    Double surge = intOrPercent(check, ru, "maxSurge", at);
    Double unavailable = intOrPercent(check, ru, "maxUnavailable", at);
    if (surge != null && unavailable != null && surge == 0 && unavailable == 0) {
      check.error(ROLLING_UPDATE, at.field("maxUnavailable"), "Invalid value: " + Trees.quote(ru.get("maxUnavailable"))
          + ": may not be 0 when `maxSurge` is 0", "allow at least one pod to be unavailable or surged");
    }
  }

  /** The value of an int-or-percent field (a percent as its number), or null when unset or invalid. */
  private static Double intOrPercent(ObjectCheck check, Map<String, Object> ru, String field, FieldPath at) {
    Object v = ru.get(field);
    Long n = Trees.integral(v);
    if (n != null) {
      if (n < 0) {
        check.error(ROLLING_UPDATE, at.field(field), "Invalid value: " + n + ": must be greater than or equal to 0",
            "use a non-negative number");
        return null;
      }
      return n.doubleValue();
    }
    if (v instanceof String s) {
      if (!s.matches("[0-9]+%")) {
        check.error(ROLLING_UPDATE, at.field(field), "Invalid value: \"" + s
            + "\": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
            "write a number or a percent such as 25%");
        return null;
      }
      double percent = Double.parseDouble(s.substring(0, s.length() - 1));
      if (percent > 100 && field.equals("maxUnavailable")) {
        check.error(ROLLING_UPDATE, at.field(field), "Invalid value: \"" + s + "\": must not be greater than 100%",
            "use at most 100%");
      }
      return percent;
    }
    return null;
  }

  private void statefulSetServiceName(ObjectCheck check, Map<String, Object> spec) {
    String serviceName = Trees.string(spec, "serviceName");
    // kubernetes#130233 (1.33) validates serviceName up front: it becomes every pod's subdomain.
    if (serviceName == null || serviceName.isEmpty() || !version.isAtLeast(1, 33)) {
      return;
    }
    for (String e : NameFormats.dns1123Label(serviceName)) {
      check.error(STS_SERVICENAME_FORMAT, FieldPath.ROOT.field("spec").field("serviceName"),
          "Invalid value: \"" + serviceName + "\": " + e, "name a headless Service (a DNS label)");
    }
  }

  private static void restartPolicy(ObjectCheck check, String kind, PodTemplate pod) {
    String policy = Trees.string(pod.spec(), "restartPolicy");
    FieldPath at = pod.specPath().field("restartPolicy");
    if (Workloads.CONTROLLERS.contains(kind) || kind.equals("ReplicationController")) {
      if (policy != null && !policy.equals("Always")) {
        check.error(RESTART_POLICY, at, "Unsupported value: \"" + policy + "\": supported values: \"Always\"",
            kind + " pods must restart Always; remove restartPolicy or set it to Always");
      }
      if (pod.spec().get("activeDeadlineSeconds") != null) {
        check.error(RESTART_POLICY, pod.specPath().field("activeDeadlineSeconds"), "Forbidden: activeDeadlineSeconds in " + kind + " is not Supported",
            "remove activeDeadlineSeconds from the pod template");
      }
    } else if (kind.equals("Job") || kind.equals("CronJob")) {
      if (policy == null || policy.equals("Always")) {
        check.error(RESTART_POLICY, at,
            policy == null ? "Required value: valid values: \"OnFailure\", \"Never\"" : "Unsupported value: \"Always\": supported values: \"OnFailure\", \"Never\"",
            "set restartPolicy to OnFailure or Never");
      }
    }
  }

  /** StatefulSet volumeClaimTemplates names: the controller adds a volume for each. */
  private static Set<String> claimTemplateNames(String kind, Map<String, Object> spec) {
    Set<String> names = new HashSet<>();
    if (kind.equals("StatefulSet")) {
      for (Object t : Trees.list(spec, "volumeClaimTemplates")) {
        String n = Trees.string(Trees.map(Trees.asMap(t), "metadata"), "name");
        if (n != null) {
          names.add(n);
        }
      }
    }
    return names;
  }
}
