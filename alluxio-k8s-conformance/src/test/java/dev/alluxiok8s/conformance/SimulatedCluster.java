package dev.alluxiok8s.conformance;

import dev.alluxiok8s.conformance.Entrypoint.Kind;
import dev.alluxiok8s.conformance.Kubelet.Container;
import dev.alluxiok8s.conformance.Kubelet.PodSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A one-machine stand-in for a Kubernetes cluster with {@code nodes} nodes, fed with the objects
 * of a rendered layout: it stores ConfigMaps, Secrets, Services and claims, runs a StatefulSet's
 * replicas and a DaemonSet's pods (one per node) through the {@link Kubelet}, and runs Jobs to their
 * end at their place in the apply order (a simplification: in a real cluster a Job and the
 * workloads start together). Pods get loopback addresses: masters 127.0.1.N, nodes (and host-network
 * pods) 127.0.2.N, other pods 127.0.3.N; a hosts file maps Service names to them.
 *
 * <p>Re-applying an unchanged workload does nothing, as with {@code kubectl apply}. A finished Job
 * that is applied again is left alone, unless it had {@code ttlSecondsAfterFinished}: then the
 * simulation assumes the TTL elapsed since (a re-apply comes later), the Job was deleted, and the
 * apply creates and runs it again, which is what a real cluster does.
 */
final class SimulatedCluster implements AutoCloseable {

  private final Path root;
  private final Path hostsFile;
  private final String classpath;
  private final Map<String, Map<String, String>> secrets;
  private final int nodes;
  private final Consumer<String> out;
  private final Map<Kind, List<String>> testOptions = new TreeMap<>();

  private final Map<String, Map<String, Object>> objects = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> appliedWorkloads = new LinkedHashMap<>();
  private final Map<String, RunningPod> pods = new TreeMap<>();
  private final Map<String, String> addresses = new TreeMap<>();
  private final List<String> formats = new ArrayList<>();
  private final List<String> jobRuns = new ArrayList<>();

  /** A pod of a workload, its containers while it runs, and how often it started. */
  private static final class RunningPod {
    final PodSpec spec;
    final Map<String, String> labels;
    List<Container> containers = List.of();
    int incarnation;

    RunningPod(PodSpec spec, Map<String, String> labels) {
      this.spec = spec;
      this.labels = labels;
    }
  }

  SimulatedCluster(Path root, Map<String, Map<String, String>> secrets, int nodes, Consumer<String> out) throws IOException {
    this.root = Files.createDirectories(root);
    this.hostsFile = Path.of(System.getProperty("alluxio.conformance.hosts", root.resolve("hosts").toString()));
    this.classpath = Files.readString(Path.of(Objects.requireNonNull(System.getProperty("alluxio.conformance.classpath"),
        "alluxio.conformance.classpath is set by the module's POM")), StandardCharsets.UTF_8).trim();
    this.secrets = secrets;
    this.nodes = nodes;
    this.out = out;
    writeHosts();
  }

  /** Extra options the test appends to every process of {@code kind} (said in the test). */
  SimulatedCluster withTestOptions(Kind kind, String... options) {
    testOptions.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(List.of(options));
    return this;
  }

  Path root() {
    return root;
  }

  Path hostsFile() {
    return hostsFile;
  }

  String serverClasspath() {
    return classpath;
  }

  List<String> testOptions(Kind kind) {
    return testOptions.getOrDefault(kind, List.of());
  }

  /** Every format of the journal that ran, by process ({@code alluxio formatJournal} or a master without --no-format). */
  List<String> formats() {
    return List.copyOf(formats);
  }

  /** Every Job pod that ran, in order. */
  List<String> jobRuns() {
    return List.copyOf(jobRuns);
  }

  void recordFormat(String process) {
    formats.add(process);
  }

  /** How often each pod was started: unchanged numbers prove an apply restarted nothing. */
  Map<String, Integer> incarnations() {
    Map<String, Integer> all = new TreeMap<>();
    pods.forEach((name, pod) -> all.put(name, pod.incarnation));
    return all;
  }

  String podIp(String pod) {
    return Objects.requireNonNull(addresses.get(pod), pod);
  }

  /** A claim's directory: the same for every pod that mounts it, for as long as the cluster lives. */
  Path claimDirectory(String claim) {
    return root.resolve("claims").resolve(claim);
  }

  /** A claim a pod names directly must have been applied, or the pod stays Pending. */
  Path appliedClaimDirectory(String pod, String claim) {
    if (!objects.containsKey("PersistentVolumeClaim/" + claim)) {
      throw new IllegalStateException(pod + " stays Pending: claim " + claim + " was never applied");
    }
    return claimDirectory(claim);
  }

  Path hostPathDirectory(String hostIp, String path) {
    return root.resolve("nodes").resolve(hostIp).resolve(path.substring(1).replace('/', '_'));
  }

  /**
   * A secret volume: one file per key (or per listed item), as the kubelet projects it; a missing
   * Secret keeps the pod from starting, unless the volume is optional.
   */
  void writeSecretVolume(String pod, Map<String, Object> source, Path dir) throws IOException {
    String name = Tree.string(source, "secretName").orElseThrow();
    Map<String, String> secret = secrets.get(name);
    Files.createDirectories(dir);
    if (secret == null) {
      if (Boolean.TRUE.equals(source.get("optional"))) {
        return;
      }
      throw new IllegalStateException(pod + " stays ContainerCreating: secret " + name + " not found");
    }
    List<Map<String, Object>> items = Tree.list(source, "items");
    Map<String, String> files = new TreeMap<>();
    if (items.isEmpty()) {
      files.putAll(secret);
    } else {
      for (Map<String, Object> item : items) {
        String key = String.valueOf(item.get("key"));
        if (!secret.containsKey(key)) {
          throw new IllegalStateException(pod + " stays ContainerCreating: secret " + name + " has no key " + key);
        }
        files.put(String.valueOf(item.get("path")), secret.get(key));
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** A local directory standing in for a remote store, one per URI, shared by every process. */
  Path remoteStoreDirectory(String location, String scheme) {
    Path dir = root.resolve("remote").resolve(scheme.replace("://", "")).resolve(location.replace(':', '_'));
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code kubectl apply} of {@code applied}, in order; then waits for every pod to pass its probe. */
  void apply(List<Map<String, Object>> applied, Duration readiness) throws Exception {
    for (Map<String, Object> object : applied) {
      String kind = Tree.kind(object);
      if (!kind.equals("Job")) {
        objects.put(kind + "/" + Tree.name(object), object);
      }
    }
    writeHosts();
    for (Map<String, Object> object : applied) {
      switch (Tree.kind(object)) {
        case "StatefulSet", "DaemonSet" -> reconcile(object);
        case "Job" -> runJob(object);
        case "ConfigMap", "Secret", "Service", "PersistentVolume", "PersistentVolumeClaim" -> { }
        // Only evictions read a budget, and the simulation evicts nothing: stored, without effect.
        case "PodDisruptionBudget" -> { }
        default -> throw new UnsupportedOperationException("kind not simulated: " + Tree.kind(object));
      }
    }
    writeHosts();
    awaitReady(readiness);
  }

  private void reconcile(Map<String, Object> workload) throws IOException, InterruptedException {
    String key = Tree.kind(workload) + "/" + Tree.name(workload);
    Map<String, Object> before = appliedWorkloads.put(key, workload);
    if (workload.equals(before)) {
      out.accept("apply: " + key + " unchanged");
      return;
    }
    for (RunningPod pod : podsOf(workload)) {
      RunningPod current = pods.get(pod.spec.name());
      if (current != null) {
        stop(current);
      }
      pods.put(pod.spec.name(), pod);
      addresses.put(pod.spec.name(), pod.spec.ip());
      pod.incarnation = current == null ? 0 : current.incarnation;
    }
    writeHosts();
    for (RunningPod pod : podsOf(workload)) {
      start(pods.get(pod.spec.name()));
    }
  }

  private List<RunningPod> podsOf(Map<String, Object> workload) {
    String name = Tree.name(workload);
    String namespace = Tree.string(workload, "metadata", "namespace").orElse("default");
    Map<String, Object> template = Tree.map(workload, "spec", "template");
    Map<String, Object> podSpec = Tree.map(template, "spec");
    boolean hostNetwork = Boolean.TRUE.equals(podSpec.get("hostNetwork"));
    List<RunningPod> result = new ArrayList<>();
    if (Tree.kind(workload).equals("StatefulSet")) {
      int replicas = ((Number) Tree.map(workload, "spec").getOrDefault("replicas", 1)).intValue();
      for (int i = 0; i < replicas; i++) {
        String pod = name + "-" + i;
        Map<String, String> claims = new TreeMap<>();
        for (Map<String, Object> template2 : Tree.list(workload, "spec", "volumeClaimTemplates")) {
          String volume = Tree.name(template2);
          claims.put(volume, volume + "-" + pod);
        }
        String hostIp = "127.0.2." + (1 + i % nodes);
        String ip = hostNetwork ? hostIp : "127.0.1." + (1 + i);
        Map<String, String> labels = labels(template);
        labels.put("statefulset.kubernetes.io/pod-name", pod);
        result.add(new RunningPod(new PodSpec(pod, namespace, ip, hostIp, podSpec, claims), labels));
      }
    } else {
      for (int node = 1; node <= nodes; node++) {
        String hostIp = "127.0.2." + node;
        String ip = hostNetwork ? hostIp : "127.0.3." + (10 + node);
        result.add(new RunningPod(new PodSpec(name + "-node" + node, namespace, ip, hostIp, podSpec, Map.of()),
            labels(template)));
      }
    }
    return result;
  }

  private static Map<String, String> labels(Map<String, Object> template) {
    Map<String, String> labels = new TreeMap<>();
    Tree.map(template, "metadata", "labels").forEach((k, v) -> labels.put(k, String.valueOf(v)));
    return labels;
  }

  private void runJob(Map<String, Object> job) throws IOException, InterruptedException {
    String key = "Job/" + Tree.name(job);
    Map<String, Object> existing = objects.get(key);
    boolean hasTtl = Tree.map(job, "spec").containsKey("ttlSecondsAfterFinished");
    if (existing != null && !hasTtl) {
      out.accept("apply: " + key + " exists (finished, kept without a TTL): not run again");
      return;
    }
    objects.put(key, job);
    String pod = Tree.name(job) + "-run" + (jobRuns.size() + 1);
    jobRuns.add(pod);
    out.accept("apply: " + key + " created, runs as pod " + pod);
    Map<String, Object> podSpec = Tree.map(job, "spec", "template", "spec");
    RunningPod running = new RunningPod(new PodSpec(pod, Tree.string(job, "metadata", "namespace").orElse("default"),
        "127.0.3." + (100 + jobRuns.size()), "127.0.2.1", podSpec, Map.of()), labels(Tree.map(job, "spec", "template")));
    start(running);
    long deadline = ((Number) Tree.map(job, "spec").getOrDefault("activeDeadlineSeconds", 300)).longValue();
    for (Container container : running.containers) {
      int exit = container.process().awaitExit(Duration.ofSeconds(Math.max(deadline, 120)));
      if (exit != 0) {
        throw new IllegalStateException("Job " + key + " failed: " + container.name() + " exited " + exit + "\n"
            + container.process().tail());
      }
    }
  }

  private void start(RunningPod pod) throws IOException {
    pod.incarnation++;
    out.accept("kubelet: start pod " + pod.spec.name() + " at " + pod.spec.ip() + " (incarnation " + pod.incarnation + ")");
    pod.containers = new Kubelet(this, out).start(pod.spec, pod.incarnation);
  }

  /** Waits until every running container's probe port accepts connections (the startup probe's check). */
  void awaitReady(Duration deadline) throws InterruptedException {
    long end = System.nanoTime() + deadline.toNanos();
    for (RunningPod pod : pods.values()) {
      for (Container container : pod.containers) {
        if (container.probePort() > 0) {
          container.process().awaitPort(pod.spec.ip(), container.probePort(),
              Duration.ofNanos(Math.max(1, end - System.nanoTime())));
        }
      }
    }
  }

  /** Deletes pod {@code name} (its processes stop; its claims stay); {@link #startPod} brings it back. */
  void stopPod(String name) throws InterruptedException {
    stop(Objects.requireNonNull(pods.get(name), name));
  }

  void startPod(String name) throws IOException {
    start(Objects.requireNonNull(pods.get(name), name));
  }

  /** Every pod deleted and recreated on the same claims and node directories, then probed. */
  void restartAll(Duration readiness) throws Exception {
    stopAll();
    for (RunningPod pod : pods.values()) {
      start(pod);
    }
    awaitReady(readiness);
  }

  void stopAll() throws InterruptedException {
    List<RunningPod> running = new ArrayList<>(pods.values());
    // Workers first, then masters, as a node drain and a scale-down would; all at once within a tier.
    running.sort(Comparator.comparing((RunningPod p) -> p.spec.ip().startsWith("127.0.1.") ? 1 : 0));
    for (RunningPod pod : running) {
      stop(pod);
    }
  }

  private void stop(RunningPod pod) throws InterruptedException {
    if (pod.containers.isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    pod.containers.forEach(c -> c.process().beginStop());
    for (Container container : pod.containers) {
      // Kubernetes' default terminationGracePeriodSeconds, which our output keeps.
      container.process().awaitStop(Duration.ofSeconds(30));
    }
    pod.containers = List.of();
    out.accept("kubelet: stopped pod " + pod.spec.name() + " in " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
  }

  /** The container's environment as the kubelet builds it: envFrom first, then env, which wins. */
  Map<String, String> environment(PodSpec pod, Map<String, Object> container) {
    Map<String, String> env = new TreeMap<>();
    for (Map<String, Object> from : Tree.list(container, "envFrom")) {
      String configMap = Tree.string(from, "configMapRef", "name")
          .orElseThrow(() -> new UnsupportedOperationException("envFrom source not simulated: " + from));
      Map<String, Object> cm = objects.get("ConfigMap/" + configMap);
      if (cm == null) {
        throw new IllegalStateException(pod.name() + ": CreateContainerConfigError, configmap " + configMap + " not found");
      }
      Tree.map(cm, "data").forEach((k, v) -> env.put(k, String.valueOf(v)));
    }
    for (Map<String, Object> variable : Tree.list(container, "env")) {
      String name = String.valueOf(variable.get("name"));
      if (variable.containsKey("value")) {
        env.put(name, kubeletExpand(String.valueOf(variable.get("value")), env));
        continue;
      }
      Map<String, Object> from = Tree.map(variable, "valueFrom");
      if (from.containsKey("fieldRef")) {
        String field = Tree.string(from, "fieldRef", "fieldPath").orElseThrow();
        env.put(name, switch (field) {
          case "metadata.name" -> pod.name();
          case "metadata.namespace" -> pod.namespace();
          case "status.podIP" -> pod.ip();
          case "status.hostIP" -> pod.hostIp();
          case "spec.nodeName" -> "node-" + pod.hostIp().substring(pod.hostIp().lastIndexOf('.') + 1);
          default -> throw new UnsupportedOperationException("fieldRef not simulated: " + field);
        });
      } else if (from.containsKey("secretKeyRef")) {
        String secret = Tree.string(from, "secretKeyRef", "name").orElseThrow();
        String key = Tree.string(from, "secretKeyRef", "key").orElseThrow();
        String value = secrets.getOrDefault(secret, Map.of()).get(key);
        if (value == null) {
          throw new IllegalStateException(pod.name() + ": CreateContainerConfigError, secret " + secret + " has no key " + key);
        }
        env.put(name, value);
      } else {
        throw new UnsupportedOperationException("env source not simulated: " + variable);
      }
    }
    return env;
  }

  /** The kubelet's own {@code $(VAR)} expansion of env values, from variables defined before. */
  private static String kubeletExpand(String value, Map<String, String> env) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)").matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = env.containsKey(m.group(1)) ? env.get(m.group(1)) : m.group(0);
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Cluster DNS, as a hosts file every JVM reads: each Service's names resolve to its first
   * selected pod (headless Services publish not-ready pods too), and this machine's own name to
   * 127.0.0.1 (Alluxio's clients look it up).
   */
  private void writeHosts() throws IOException {
    StringBuilder hosts = new StringBuilder("127.0.0.1 localhost " + machineName() + "\n");
    for (Map<String, Object> object : objects.values()) {
      if (!Tree.kind(object).equals("Service")) {
        continue;
      }
      Map<String, Object> selector = Tree.map(object, "spec", "selector");
      String namespace = Tree.string(object, "metadata", "namespace").orElse("default");
      pods.values().stream()
          .filter(p -> !selector.isEmpty() && selector.entrySet().stream()
              .allMatch(e -> String.valueOf(e.getValue()).equals(p.labels.get(e.getKey()))))
          .findFirst()
          .ifPresent(p -> {
            String name = Tree.name(object);
            hosts.append(p.spec.ip()).append(' ').append(name).append(' ').append(name).append('.').append(namespace)
                .append(' ').append(name).append('.').append(namespace).append(".svc ")
                .append(name).append('.').append(namespace).append(".svc.cluster.local\n");
          });
    }
    Files.createDirectories(hostsFile.getParent());
    Files.writeString(hostsFile, hosts.toString(), StandardCharsets.UTF_8);
  }

  static String machineName() {
    try {
      return Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return Objects.requireNonNullElse(System.getenv("HOSTNAME"), "localhost");
    }
  }

  /**
   * Kills every process, even after a failure, and deletes the cluster's directories. No grace
   * period: the cluster is thrown away, and a graceful stop (several seconds per worker) would
   * only cost test time; the phases that need one (restart, failover) stop pods gracefully.
   */
  @Override
  public void close() throws IOException {
    try {
      for (RunningPod pod : pods.values()) {
        pod.containers.forEach(c -> c.process().kill());
      }
    } finally {
      if (!Boolean.getBoolean("alluxio.conformance.keep")) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }
}
