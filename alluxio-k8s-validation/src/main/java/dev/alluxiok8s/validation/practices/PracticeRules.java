package dev.alluxiok8s.validation.practices;

import dev.alluxiok8s.validation.finding.FieldPath;
import dev.alluxiok8s.validation.finding.ObjectCheck;
import dev.alluxiok8s.validation.tree.Trees;
import dev.alluxiok8s.validation.workload.PodTemplate;
import dev.alluxiok8s.validation.workload.Workloads;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Operational practices in the spirit of kube-linter and kube-score, reported as warnings: resources
 * set, probes present on long-running containers, images pinned, pull policy explicit, and no literal
 * credentials in ConfigMaps, env values or args.
 */
public final class PracticeRules {

  /** Container without cpu/memory requests or a memory limit. */
  public static final String RESOURCES = "PRACTICE-RESOURCES";
  /** Long-running container without readiness or liveness probe. */
  public static final String PROBES = "PRACTICE-PROBES";
  /** Image without a tag, or tagged latest. */
  public static final String IMAGE_TAG = "PRACTICE-IMAGE-TAG";
  /** imagePullPolicy left to the defaulting rules. */
  public static final String PULL_POLICY = "PRACTICE-PULL-POLICY";
  /** A credential written as a literal. */
  public static final String CREDENTIALS = "PRACTICE-CREDENTIALS";
  /** An RBAC rule granting every verb, resource or API group, or a verb that hands out more rights. */
  public static final String RBAC = "PRACTICE-RBAC-LEAST-PRIVILEGE";
  /** Verbs that let a subject grant itself, or act as, more than its rules say. */
  private static final Set<String> ESCALATING = Set.of("escalate", "bind", "impersonate");

  private static final Set<String> LONG_RUNNING = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController");
  /** Names that hold credentials: password, secret key, access key, token, credential, api key. */
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i)passw(or)?d|secret|access[-_.]?key|token|credential|api[-_.]?key|private[-_.]?key");
  /** {@code name=value} or {@code -Dname=value} assignments inside a longer text. */
  private static final Pattern ASSIGNMENT = Pattern.compile("(?:^|[\\s\"'])-?D?([A-Za-z0-9_.\\-]+)=(\\S+)");

  private PracticeRules() {}

  /** Checks one object. */
  public static void check(ObjectCheck check) {
    String kind = check.ref().kind();
    if (kind.equals("ConfigMap")) {
      configMap(check);
    }
    if (kind.equals("Role") || kind.equals("ClusterRole")) {
      rbac(check);
    }
    PodTemplate pod = Workloads.podOf(kind, check.tree()).orElse(null);
    if (pod == null) {
      return;
    }
    for (PodTemplate.Container c : pod.allContainers()) {
      container(check, kind, c);
    }
  }

  private static void container(ObjectCheck check, String kind, PodTemplate.Container c) {
    Map<String, Object> t = c.tree();
    FieldPath p = c.path();
    String cn = "container \"" + c.name() + "\"";
    Map<String, Object> res = Trees.map(t, "resources");
    Map<String, Object> requests = Trees.map(res, "requests");
    Map<String, Object> limits = Trees.map(res, "limits");
    if (requests == null || requests.get("cpu") == null || requests.get("memory") == null) {
      check.warning(RESOURCES, p.field("resources").field("requests"), cn + " has no cpu and memory requests",
          "set resources.requests.cpu and resources.requests.memory so the scheduler can place the pod");
    }
    if (limits == null || limits.get("memory") == null) {
      check.warning(RESOURCES, p.field("resources").field("limits"), cn + " has no memory limit",
          "set resources.limits.memory so one pod cannot exhaust the node");
    }
    if (c.listName().equals("containers") && LONG_RUNNING.contains(kind)) {
      if (t.get("readinessProbe") == null) {
        check.warning(PROBES, p.field("readinessProbe"), cn + " has no readinessProbe", "add a readinessProbe so traffic waits for the container");
      }
      if (t.get("livenessProbe") == null) {
        check.warning(PROBES, p.field("livenessProbe"), cn + " has no livenessProbe", "add a livenessProbe so a hung container is restarted");
      }
    }
    String image = Trees.string(t, "image");
    if (image != null && !image.contains("@")) {
      String tag = tagOf(image);
      if (tag == null || tag.equals("latest")) {
        check.warning(IMAGE_TAG, p.field("image"),
            "image \"" + image + "\" is " + (tag == null ? "not tagged (it means latest)" : "tagged latest"),
            "pin a version tag or a digest so every node runs the same image");
      }
    }
    if (t.get("imagePullPolicy") == null) {
      check.warning(PULL_POLICY, p.field("imagePullPolicy"), cn + " has no imagePullPolicy",
          "set imagePullPolicy explicitly (IfNotPresent for pinned tags)");
    }
    List<Object> env = Trees.list(t, "env");
    for (int i = 0; i < env.size(); i++) {
      Map<String, Object> e = Trees.asMap(env.get(i));
      String name = Trees.string(e, "name");
      String value = Trees.string(e, "value");
      FieldPath ep = p.field("env").index(i).field("value");
      if (name != null && value != null && !value.isEmpty() && SECRET_NAME.matcher(name).find() && !isReference(value)) {
        credential(check, ep, "env " + name);
      } else if (value != null) {
        assignments(check, ep, value);
      }
    }
    for (String list : List.of("args", "command")) {
      List<Object> args = Trees.list(t, list);
      for (int i = 0; i < args.size(); i++) {
        if (args.get(i) instanceof String s) {
          assignments(check, p.field(list).index(i), s);
        }
      }
    }
  }

  private static void configMap(ObjectCheck check) {
    Map<String, Object> data = Trees.map(check.tree(), "data");
    if (data == null) {
      return;
    }
    for (Map.Entry<String, Object> e : data.entrySet()) {
      if (!(e.getValue() instanceof String value)) {
        continue;
      }
      FieldPath p = FieldPath.ROOT.field("data").field(e.getKey());
      if (SECRET_NAME.matcher(e.getKey()).find() && !value.isBlank() && !isReference(value)) {
        credential(check, p, "key " + e.getKey());
      } else {
        assignments(check, p, value);
      }
    }
  }

  /** Finds {@code -Dsecret.key=value} style assignments with credential-like names in a text. */
  private static void assignments(ObjectCheck check, FieldPath p, String text) {
    if (text.indexOf('=') < 0) {
      return;
    }
    Matcher m = ASSIGNMENT.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      String value = m.group(2);
      if (SECRET_NAME.matcher(name).find() && !isReference(value)) {
        credential(check, p, name);
        return;
      }
    }
  }

  private static void credential(ObjectCheck check, FieldPath p, String what) {
    check.warning(CREDENTIALS, p, "literal credential in " + what,
        "keep credentials in a Secret and reference it (secretKeyRef, envFrom.secretRef or a secret volume)");
  }

  /** Values that only point to a credential held elsewhere: ${VAR}, $(VAR), file paths. */
  private static boolean isReference(String value) {
    return value.startsWith("${") || value.startsWith("$(") || value.startsWith("/");
  }

  /** The tag of an image reference, or null when it has none. */
  static String tagOf(String image) {
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    return colon > slash ? image.substring(colon + 1) : null;
  }

  /**
   * Least privilege in Roles and ClusterRoles: a wildcard grants whatever the API server adds
   * later, and escalating verbs let a subject widen its own rights.
   */
  private static void rbac(ObjectCheck check) {
    FieldPath at = FieldPath.ROOT.field("rules");
    for (Trees.Item item : Trees.items(check.tree(), "rules")) {
      Map<String, Object> rule = item.map();
      for (String field : List.of("apiGroups", "resources", "verbs", "nonResourceURLs")) {
        List<Object> entries = Trees.list(rule, field);
        for (int i = 0; i < entries.size(); i++) {
          String entry = String.valueOf(entries.get(i));
          FieldPath p = at.index(item.index()).field(field).index(i);
          if (entry.equals("*") || entry.endsWith("/*")) {
            check.warning(RBAC, p, "\"" + entry + "\" grants every " + field + " there is, including any added later",
                "list only the " + field + " the subject needs");
          } else if (field.equals("verbs") && ESCALATING.contains(entry)) {
            check.warning(RBAC, p, "\"" + entry + "\" lets the subject act beyond its own rules",
                "remove it unless the subject manages RBAC or identities itself");
          }
        }
      }
    }
  }
}
