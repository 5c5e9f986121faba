package dev.alluxiok8s.validation.bundle;

import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.validation.finding.FieldPath;
import dev.alluxiok8s.validation.finding.ObjectCheck;
import dev.alluxiok8s.validation.tree.Trees;
import dev.alluxiok8s.validation.workload.PodTemplate;
import dev.alluxiok8s.validation.workload.Selectors;
import dev.alluxiok8s.validation.workload.Workloads;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Rules across the objects of one set, which the API server never checks but which break at run time:
 * duplicates, a StatefulSet's governing Service, Services that select nothing or target ports no pod
 * has, and references to ConfigMaps, Secrets, PVCs and ServiceAccounts that are neither in the set nor
 * declared external. Objects without a namespace are taken to share the namespace they are applied to.
 */
public final class BundleRules {

  /** The same object twice. */
  public static final String DUPLICATE = "BUNDLE-DUPLICATE";
  /** StatefulSet serviceName names no Service. */
  public static final String STS_SERVICENAME = "BUNDLE-STS-SERVICENAME";
  /** StatefulSet serviceName names a Service that is not headless. */
  public static final String STS_SERVICE_HEADLESS = "BUNDLE-STS-SERVICE-HEADLESS";
  /** A Service whose selector matches no pod template of the set. */
  public static final String SERVICE_NO_PODS = "BUNDLE-SERVICE-NO-PODS";
  /** A Service targetPort name no selected container declares. */
  public static final String SERVICE_TARGETPORT = "BUNDLE-SERVICE-TARGETPORT";
  /** A reference to a ConfigMap, Secret, PVC or ServiceAccount that is missing. */
  public static final String REFERENCE = "BUNDLE-REFERENCE";

  private final Set<ExternalReference> external;

  /** Rules that accept references to {@code external} objects. */
  public BundleRules(Set<ExternalReference> external) {
    this.external = Set.copyOf(external);
  }

  /** Checks the set; findings go to each object's own check. */
  public void check(List<ObjectCheck> objects) {
    Map<String, ObjectCheck> byKey = new HashMap<>();
    List<Pod> pods = new ArrayList<>();
    for (ObjectCheck o : objects) {
      String key = key(group(o), o.ref().kind(), o.ref().namespace(), o.ref().name());
      if (!o.ref().name().isEmpty() && !o.ref().kind().isEmpty()) {
        ObjectCheck first = byKey.putIfAbsent(key, o);
        if (first != null) {
          o.error(DUPLICATE, FieldPath.ROOT.field("metadata").field("name"),
              "Duplicate value: \"" + o.ref() + "\": already defined earlier in the set",
              "each object may appear once in a set; remove or rename one");
        }
      }
      Workloads.podOf(o.ref().kind(), o.tree()).ifPresent(p -> pods.add(new Pod(o, p)));
    }
    for (ObjectCheck o : objects) {
      if (o.ref().kind().equals("Service")) {
        service(o, pods);
      }
      if (o.ref().kind().equals("StatefulSet")) {
        statefulSet(o, byKey);
      }
    }
    for (Pod p : pods) {
      references(p, byKey);
    }
  }

  private record Pod(ObjectCheck owner, PodTemplate template) {}

  private static String group(ObjectCheck o) {
    String v = o.ref().apiVersion();
    int slash = v.indexOf('/');
    return slash < 0 ? "" : v.substring(0, slash);
  }

  private static String key(String group, String kind, String namespace, String name) {
    return group + "\u0000" + kind + "\u0000" + namespace + "\u0000" + name;
  }

  private Optional<ObjectCheck> find(Map<String, ObjectCheck> byKey, String group, String kind, String namespace, String name) {
    return Optional.ofNullable(byKey.get(key(group, kind, namespace, name)));
  }

  private boolean isExternal(String kind, String name) {
    return external.contains(new ExternalReference(kind, name));
  }

  private void statefulSet(ObjectCheck sts, Map<String, ObjectCheck> byKey) {
    Map<String, Object> spec = Trees.map(sts.tree(), "spec");
    String serviceName = Trees.string(spec, "serviceName");
    if (serviceName == null || serviceName.isEmpty()) {
      return;
    }
    FieldPath at = FieldPath.ROOT.field("spec").field("serviceName");
    Optional<ObjectCheck> service = find(byKey, "", "Service", sts.ref().namespace(), serviceName);
    if (service.isEmpty()) {
      if (!isExternal("Service", serviceName)) {
        sts.error(STS_SERVICENAME, at, "Not found: \"" + serviceName + "\": no Service of that name in the set",
            Remedy.either(Remedy.advice("name the headless Service that governs the pods (clusterIP: None)"),
                new Remedy.DeclareExternal("Service", serviceName)));
      }
      return;
    }
    String clusterIP = Trees.string(Trees.map(service.get().tree(), "spec"), "clusterIP");
    if (!"None".equals(clusterIP)) {
      sts.warning(STS_SERVICE_HEADLESS, at, "Service \"" + serviceName + "\" is not headless (clusterIP is not None)",
          "set clusterIP: None on the Service so each pod gets a stable DNS name");
    }
  }

  private static void service(ObjectCheck svc, List<Pod> pods) {
    Map<String, Object> spec = Trees.map(svc.tree(), "spec");
    Map<String, Object> selector = Trees.map(spec, "selector");
    if (selector == null || selector.isEmpty() || "ExternalName".equals(Trees.string(spec, "type"))) {
      return;
    }
    List<Pod> selected = new ArrayList<>();
    for (Pod p : pods) {
      if (Objects.equals(p.owner().ref().namespace(), svc.ref().namespace()) && selects(selector, p)) {
        selected.add(p);
      }
    }
    if (selected.isEmpty()) {
      svc.warning(SERVICE_NO_PODS, FieldPath.ROOT.field("spec").field("selector"),
          "selector matches no pod template in the set",
          "make the selector match the labels of the pods the Service should reach");
      return;
    }
    Set<String> portNames = new HashSet<>();
    for (Pod p : selected) {
      for (PodTemplate.Container c : p.template().allContainers()) {
        for (Object port : Trees.list(c.tree(), "ports")) {
          String n = Trees.string(Trees.asMap(port), "name");
          if (n != null) {
            portNames.add(n);
          }
        }
      }
    }
    List<Object> ports = Trees.list(spec, "ports");
    for (int i = 0; i < ports.size(); i++) {
      String target = Trees.string(Trees.asMap(ports.get(i)), "targetPort");
      if (target != null && !portNames.contains(target)) {
        svc.error(SERVICE_TARGETPORT, FieldPath.ROOT.field("spec").field("ports").index(i).field("targetPort"),
            "Not found: \"" + target + "\": no selected container has a port of that name",
            "name a containerPort of the selected pods, or use a number");
      }
    }
  }

  /**
   * A Service selector against a pod template, including the labels the StatefulSet controller adds to
   * each pod: {@code statefulset.kubernetes.io/pod-name} (name-ordinal) and {@code
   * apps.kubernetes.io/pod-index} (ordinal), so per-pod Services are recognised.
   */
  private static boolean selects(Map<String, Object> selector, Pod pod) {
    boolean sts = pod.owner().ref().kind().equals("StatefulSet");
    Map<String, Object> spec = Trees.map(pod.owner().tree(), "spec");
    Long replicas = Trees.integer(spec, "replicas");
    Long start = Trees.integer(Trees.map(spec, "ordinals"), "start");
    long first = start == null ? 0 : start;
    long last = first + (replicas == null ? 1 : replicas) - 1;
    Map<String, Object> rest = new HashMap<>(selector);
    if (sts) {
      Object podName = rest.remove(POD_NAME_LABEL);
      Object podIndex = rest.remove(POD_INDEX_LABEL);
      if (podName != null && !ordinalIn(String.valueOf(podName), pod.owner().ref().name() + "-", first, last)) {
        return false;
      }
      if (podIndex != null && !ordinalIn(String.valueOf(podIndex), "", first, last)) {
        return false;
      }
    }
    return Selectors.matchesLabels(rest, pod.template().labels());
  }

  private static final String POD_NAME_LABEL = "statefulset.kubernetes.io/pod-name";
  private static final String POD_INDEX_LABEL = "apps.kubernetes.io/pod-index";

  private static boolean ordinalIn(String value, String prefix, long first, long last) {
    if (!value.startsWith(prefix)) {
      return false;
    }
    String digits = value.substring(prefix.length());
    if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
      return false;
    }
    long ordinal = Long.parseLong(digits);
    return ordinal >= first && ordinal <= last;
  }

  private void references(Pod pod, Map<String, ObjectCheck> byKey) {
    ObjectCheck o = pod.owner();
    Map<String, Object> spec = pod.template().spec();
    FieldPath sp = pod.template().specPath();
    String sa = Trees.string(spec, "serviceAccountName");
    if (sa != null && !sa.isEmpty() && !sa.equals("default")) {
      require(o, byKey, "ServiceAccount", sa, sp.field("serviceAccountName"));
    }
    List<Object> pullSecrets = Trees.list(spec, "imagePullSecrets");
    for (int i = 0; i < pullSecrets.size(); i++) {
      String n = Trees.string(Trees.asMap(pullSecrets.get(i)), "name");
      if (n != null) {
        require(o, byKey, "Secret", n, sp.field("imagePullSecrets").index(i).field("name"));
      }
    }
    List<Object> volumes = Trees.list(spec, "volumes");
    for (int i = 0; i < volumes.size(); i++) {
      Map<String, Object> v = Trees.asMap(volumes.get(i));
      FieldPath vp = sp.field("volumes").index(i);
      refIn(o, byKey, Trees.map(v, "configMap"), "name", "ConfigMap", vp.field("configMap"));
      refIn(o, byKey, Trees.map(v, "secret"), "secretName", "Secret", vp.field("secret"));
      refIn(o, byKey, Trees.map(v, "persistentVolumeClaim"), "claimName", "PersistentVolumeClaim", vp.field("persistentVolumeClaim"));
      List<Object> sources = Trees.list(Trees.map(v, "projected"), "sources");
      for (int j = 0; j < sources.size(); j++) {
        Map<String, Object> s = Trees.asMap(sources.get(j));
        FieldPath pp = vp.field("projected").field("sources").index(j);
        refIn(o, byKey, Trees.map(s, "configMap"), "name", "ConfigMap", pp.field("configMap"));
        refIn(o, byKey, Trees.map(s, "secret"), "name", "Secret", pp.field("secret"));
      }
    }
    for (PodTemplate.Container c : pod.template().allContainers()) {
      List<Object> env = Trees.list(c.tree(), "env");
      for (int i = 0; i < env.size(); i++) {
        Map<String, Object> from = Trees.map(Trees.asMap(env.get(i)), "valueFrom");
        FieldPath ep = c.path().field("env").index(i).field("valueFrom");
        refIn(o, byKey, Trees.map(from, "configMapKeyRef"), "name", "ConfigMap", ep.field("configMapKeyRef"));
        refIn(o, byKey, Trees.map(from, "secretKeyRef"), "name", "Secret", ep.field("secretKeyRef"));
      }
      List<Object> envFrom = Trees.list(c.tree(), "envFrom");
      for (int i = 0; i < envFrom.size(); i++) {
        Map<String, Object> src = Trees.asMap(envFrom.get(i));
        FieldPath ep = c.path().field("envFrom").index(i);
        refIn(o, byKey, Trees.map(src, "configMapRef"), "name", "ConfigMap", ep.field("configMapRef"));
        refIn(o, byKey, Trees.map(src, "secretRef"), "name", "Secret", ep.field("secretRef"));
      }
    }
  }

  /** A reference held in {@code holder.field}; optional references ({@code optional: true}) may dangle. */
  private void refIn(ObjectCheck o, Map<String, ObjectCheck> byKey, Map<String, Object> holder, String field, String kind, FieldPath at) {
    if (holder == null || Trees.isTrue(holder, "optional")) {
      return;
    }
    String name = Trees.string(holder, field);
    if (name != null && !name.isEmpty()) {
      require(o, byKey, kind, name, at.field(field));
    }
  }

  private void require(ObjectCheck o, Map<String, ObjectCheck> byKey, String kind, String name, FieldPath at) {
    if (find(byKey, "", kind, o.ref().namespace(), name).isPresent() || isExternal(kind, name)) {
      return;
    }
    String elsewhere =
        byKey.values().stream()
            .filter(x -> x.ref().kind().equals(kind) && x.ref().name().equals(name))
            .map(x -> x.ref().namespace())
            .sorted()
            .findFirst()
            .orElse(null);
    if (elsewhere != null) {
      o.error(REFERENCE, at,
          "Not found: " + kind + " \"" + name + "\" is in namespace \"" + elsewhere + "\", not in the namespace of "
              + (o.ref().namespace().isEmpty() ? "this object (applied to the current namespace)" : "\"" + o.ref().namespace() + "\""),
          "put both objects in the same namespace, or leave metadata.namespace unset on both");
      return;
    }
    o.error(REFERENCE, at, "Not found: " + kind + " \"" + name + "\" is not in the set and not declared external",
        new Remedy.DeclareExternal(kind, name));
  }
}
