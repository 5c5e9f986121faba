package dev.alluxiok8s.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The facts of a set of manifests that matter for running the same Alluxio cluster: the Alluxio
 * properties each process gets, the workloads, the number of masters, and per container its
 * ports, mount paths and user. Read the same way from the chart's output and from ours, so that
 * the comparison is symmetric.
 */
record ChartFacts(
    Map<String, Map<String, String>> options,
    int masters,
    Set<String> workloads,
    Map<String, List<String>> containers,
    Map<String, Set<String>> ports,
    Map<String, Set<String>> mounts,
    Map<String, Boolean> hostNetwork,
    Map<String, Long> runAsUser) {

  /** The processes and the ConfigMap keys whose {@code -D} options they get (the global ones first). */
  static final Map<String, String> PROCESSES = Map.of(
      "master", "ALLUXIO_MASTER_JAVA_OPTS",
      "jobMaster", "ALLUXIO_JOB_MASTER_JAVA_OPTS",
      "worker", "ALLUXIO_WORKER_JAVA_OPTS",
      "jobWorker", "ALLUXIO_JOB_WORKER_JAVA_OPTS",
      "fuse", "ALLUXIO_FUSE_JAVA_OPTS",
      "proxy", "ALLUXIO_PROXY_JAVA_OPTS");

  /** Reads the facts of a YAML stream whose objects are named with the prefix {@code prefix}. */
  @SuppressWarnings("unchecked")
  static ChartFacts of(String yaml, String prefix) {
    Map<String, Map<String, String>> options = new TreeMap<>();
    Set<String> workloads = new TreeSet<>();
    Map<String, List<String>> containers = new TreeMap<>();
    Map<String, Set<String>> ports = new TreeMap<>();
    Map<String, Set<String>> mounts = new TreeMap<>();
    Map<String, Boolean> hostNetwork = new TreeMap<>();
    Map<String, Long> runAsUser = new TreeMap<>();
    int masters = 0;
    // Chart 0.6.54 writes an empty block scalar as a line of spaces deeper than the next key, which
    // Helm's YAML reader accepts and snakeyaml-engine refuses; blank lines mean the same to both.
    String text = yaml.replaceAll("(?m)^[ \t]+$", "");
    for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(text)) {
      if (!(doc instanceof Map<?, ?> object)) {
        continue; // a document holding only comments
      }
      String kind = String.valueOf(object.get("kind"));
      String name = String.valueOf(((Map<String, Object>) object.get("metadata")).get("name"));
      if (kind.equals("ConfigMap") && name.equals(prefix + "-config")) {
        Map<String, Object> data = (Map<String, Object>) object.get("data");
        String global = String.valueOf(data.getOrDefault("ALLUXIO_JAVA_OPTS", ""));
        PROCESSES.forEach((process, key) -> {
          if (data.containsKey(key)) {
            Map<String, String> props = new TreeMap<>();
            parse(global, props);
            parse(String.valueOf(data.get(key)), props);
            options.put(process, props);
          }
        });
      }
      if (!List.of("StatefulSet", "DaemonSet", "Deployment", "Job").contains(kind)) {
        continue;
      }
      Map<String, Object> spec = (Map<String, Object>) object.get("spec");
      Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec");
      // The chart 0.5.2 runs one StatefulSet per master; they differ only in names.
      boolean master = kind.equals("StatefulSet") && name.startsWith(prefix + "-master");
      String workload = master ? "StatefulSet/" + prefix + "-master" : kind + "/" + name;
      if (master) {
        masters += ((Number) spec.getOrDefault("replicas", 1)).intValue();
      }
      if (!workloads.add(workload)) {
        continue;
      }
      hostNetwork.put(workload, Boolean.TRUE.equals(pod.get("hostNetwork")));
      Map<String, Object> podContext = (Map<String, Object>) pod.get("securityContext");
      List<String> names = new ArrayList<>();
      for (Map<String, Object> c : (List<Map<String, Object>>) pod.get("containers")) {
        names.add(String.valueOf(c.get("name")));
        // Containers are told apart by workload: the format Job's container is also called alluxio-master.
        String container = workload + " " + c.get("name");
        Set<String> p = new TreeSet<>();
        for (Map<String, Object> port : (List<Map<String, Object>>) c.getOrDefault("ports", List.of())) {
          p.add(port.get("name") + "=" + port.get("containerPort"));
        }
        ports.put(container, p);
        Set<String> m = new TreeSet<>();
        Object mountList = c.get("volumeMounts");
        if (mountList instanceof List<?> list) {
          for (Object mount : list) {
            m.add(String.valueOf(((Map<String, Object>) mount).get("mountPath")));
          }
        }
        mounts.put(container, m);
        Map<String, Object> context = (Map<String, Object>) c.get("securityContext");
        Object user = context != null && context.get("runAsUser") != null ? context.get("runAsUser")
            : podContext == null ? null : podContext.get("runAsUser");
        if (user != null) {
          runAsUser.put(container, ((Number) user).longValue());
        }
      }
      containers.put(workload, names);
    }
    return new ChartFacts(options, masters, workloads, containers, ports, mounts, hostNetwork, runAsUser);
  }

  /** {@code -Dkey=value} options of one JAVA_OPTS value into {@code into}; a later one wins, as in the JVM. */
  private static void parse(String opts, Map<String, String> into) {
    for (String word : opts.trim().split("\\s+")) {
      if (word.startsWith("-D")) {
        int eq = word.indexOf('=');
        into.put(eq < 0 ? word.substring(2) : word.substring(2, eq), eq < 0 ? "" : word.substring(eq + 1));
      }
    }
  }
}
