package dev.alluxiok8s.helm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every key of one chart line's values, and what the import does with it. Keys are patterns:
 * {@code .} between keys, {@code []} for the items of a list. The parents of a key are known keys
 * too, so a typo at any level gets a "did you mean".
 *
 * <p>The tables follow the inventory of chart 0.5.2 and 0.6.54 (keys, defaults, and which keys
 * the templates never read).
 */
final class KeyCatalog {

  /** What the import does with a key. */
  enum Use {
    /** Read into the cluster model. */
    MAPPED,
    /** A map whose entries are the user's own (properties, node selectors, secrets): read, not checked here. */
    FREE,
    /** Set in the chart's values but read by none of its templates: a warning. */
    IGNORED
  }

  /** A key pattern, its use, and the explanation shown in warnings and errors. */
  record Key(String pattern, Use use, String note) {}

  private final Map<String, Key> keys = new LinkedHashMap<>();

  private KeyCatalog() {}

  /** The pattern of a key has no list indexes: {@code tieredstore.levels[2].path} -> {@code tieredstore.levels[].path}. */
  Optional<Key> find(String pattern) {
    return Optional.ofNullable(keys.get(pattern));
  }

  /** The known child keys of {@code parent} (a pattern; empty for the top level), for suggestions. */
  Set<String> childrenOf(String parent) {
    Set<String> children = new TreeSet<>();
    String prefix = parent.isEmpty() ? "" : parent + ".";
    for (String pattern : keys.keySet()) {
      if (pattern.startsWith(prefix) && !pattern.equals(parent)) {
        String rest = pattern.substring(prefix.length());
        if (!rest.startsWith("[")) {
          children.add(rest.split("[.\\[]", 2)[0]);
        }
      }
    }
    return children;
  }

  /** Every key pattern, in table order (for the documentation's tables and tests). */
  Map<String, Key> all() {
    return keys;
  }

  private KeyCatalog mapped(String... patterns) {
    for (String p : patterns) {
      add(p, Use.MAPPED, "");
    }
    return this;
  }

  private KeyCatalog free(String... patterns) {
    for (String p : patterns) {
      add(p, Use.FREE, "");
    }
    return this;
  }

  private KeyCatalog use(String pattern, Use use, String note) {
    add(pattern, use, note);
    return this;
  }

  private void add(String pattern, Use use, String note) {
    // Parents of a key are structure the import walks through.
    int cut = pattern.length();
    while ((cut = Math.max(pattern.lastIndexOf('.', cut - 1), pattern.lastIndexOf("[]", cut - 1))) > 0) {
      keys.putIfAbsent(pattern.substring(0, cut), new Key(pattern.substring(0, cut), Use.MAPPED, ""));
    }
    keys.put(pattern, new Key(pattern, use, note));
  }

  private static final String PORTS_HARD_CODED =
      "the chart ignores it: its templates hard-code these ports (set them with the ports of chart 0.6.x or in the spec)";
  private static final String OWN_PROBES =
      "not carried over: alluxio-k8s renders its own TCP probes on the same ports";

  /** The keys of chart 0.5.x. */
  static KeyCatalog v05() {
    KeyCatalog c = new KeyCatalog()
        .mapped("fullnameOverride", "image", "imageTag", "imagePullPolicy", "user", "group", "fsGroup", "jvmOptions")
        .use("nameOverride", Use.IGNORED, "only the chart's 'app' label; alluxio-k8s labels objects with app.kubernetes.io/*")
        .free("properties", "nodeSelector")
        // Read by MountsMapper onto spec.claimMounts.
        .mapped("mounts[].name", "mounts[].path")
        .mapped("master.count", "master.replicas", "master.args", "master.jvmOptions", "master.hostNetwork",
            "master.dnsPolicy", "master.metastore.medium", "master.metastore.size", "master.metastore.mountPath")
        .free("master.properties", "master.resources.limits", "master.resources.requests", "master.nodeSelector")
        .use("master.resources.ports", Use.IGNORED, PORTS_HARD_CODED)
        .mapped("jobMaster.args", "jobMaster.jvmOptions")
        .free("jobMaster.properties", "jobMaster.resources.limits", "jobMaster.resources.requests")
        .use("jobMaster.resources.ports", Use.IGNORED, PORTS_HARD_CODED)
        .mapped("journal.pvcName", "journal.storageClass", "journal.size", "journal.type", "journal.ufsType",
            "journal.folder", "journal.format.job.activeDeadlineSeconds")
        .use("journal.format.job.ttlSecondsAfterFinished", Use.IGNORED, "the format Job is kept when finished: "
            + "a TTL would let a later apply recreate it and erase the live journal")
        .mapped("tieredstore.levels[].level", "tieredstore.levels[].mediumtype", "tieredstore.levels[].path",
            "tieredstore.levels[].type", "tieredstore.levels[].quota", "tieredstore.levels[].high",
            "tieredstore.levels[].low")
        .mapped("domainHostPath")
        .mapped("worker.args", "worker.jvmOptions", "worker.hostNetwork", "worker.dnsPolicy", "worker.shortCircuitPolicy",
            "worker.resources.ports.rpc", "worker.resources.ports.web")
        .free("worker.properties", "worker.resources.limits", "worker.resources.requests", "worker.nodeSelector")
        .use("worker.domainHostPath", Use.IGNORED, "the chart ignores it and reads the top-level domainHostPath")
        .use("worker.ramdisk", Use.IGNORED, "the chart ignores it; the MEM tier's quota sizes the RAM disk")
        .mapped("jobWorker.args", "jobWorker.jvmOptions", "jobWorker.resources.ports.rpc",
            "jobWorker.resources.ports.data", "jobWorker.resources.ports.web")
        .free("jobWorker.properties", "jobWorker.resources.limits", "jobWorker.resources.requests")
        .mapped("fuse.image", "fuse.imageTag", "fuse.imagePullPolicy", "fuse.jvmOptions", "fuse.hostNetwork",
            "fuse.dnsPolicy", "fuse.user", "fuse.group", "fuse.fsGroup", "fuse.args")
        .free("fuse.properties", "fuse.resources.requests", "fuse.resources.limits", "fuse.nodeSelector")
        .free("secrets.master", "secrets.worker");
    return c;
  }

  /** The keys of chart 0.6.x. */
  static KeyCatalog v06() {
    KeyCatalog c = new KeyCatalog()
        .mapped("fullnameOverride", "image", "imageTag", "imagePullPolicy", "user", "group", "fsGroup", "jvmOptions",
            "imagePullSecrets", "hostAliases")
        .use("nameOverride", Use.IGNORED, "only the chart's 'app' label; alluxio-k8s labels objects with app.kubernetes.io/*")
        .free("properties", "nodeSelector")
        // Read by MountsMapper onto spec.claimMounts.
        .mapped("mounts[].name", "mounts[].path")
        // Read by PodExtrasMapper: the account onto spec.serviceAccountName, the tolerations after each component's.
        .mapped("serviceAccount")
        .free("tolerations");
    for (String component : new String[] {"master", "worker"}) {
      c.mapped(component + ".enabled", component + ".args", component + ".jvmOptions", component + ".hostNetwork",
              component + ".dnsPolicy")
          .free(component + ".properties", component + ".resources.limits", component + ".resources.requests",
              component + ".nodeSelector")
          // Read by PodAdditionsMapper, which checks the fields of each item itself.
          .free(component + ".env")
          .mapped(component + ".serviceAccount")
          .free(component + ".podAnnotations", component + ".tolerations")
          .use(component + ".affinity", Use.IGNORED, "the chart's templates never read it; set the affinity on the "
              + "component's placement in the spec")
          .mapped(component + ".hostPID", component + ".shareProcessNamespace")
          .free(component + ".extraContainers", component + ".extraVolumes", component + ".extraVolumeMounts");
      for (String probe : new String[] {"readinessProbe", "livenessProbe", "startupProbe"}) {
        c.use(component + "." + probe, Use.IGNORED, OWN_PROBES);
      }
    }
    c.mapped("master.count", "master.ports.embedded", "master.ports.rpc", "master.ports.web")
        // Read by ExtraServicePortsMapper onto spec.masters.extraServicePorts.
        .mapped("master.extraServicePorts[].name", "master.extraServicePorts[].port")
        .mapped("worker.ports.rpc", "worker.ports.web", "worker.fuseEnabled");
    for (String component : new String[] {"jobMaster", "jobWorker"}) {
      c.mapped(component + ".args", component + ".jvmOptions")
          .free(component + ".properties", component + ".resources.limits", component + ".resources.requests",
              component + ".env");
      for (String probe : new String[] {"readinessProbe", "livenessProbe", "startupProbe"}) {
        c.use(component + "." + probe, Use.IGNORED, OWN_PROBES);
      }
    }
    c.mapped("jobMaster.ports.embedded", "jobMaster.ports.rpc", "jobMaster.ports.web",
            "jobWorker.ports.rpc", "jobWorker.ports.data", "jobWorker.ports.web")
        .mapped("journal.type", "journal.ufsType", "journal.folder", "journal.volumeType", "journal.size",
            "journal.storageClass", "journal.accessModes", "journal.medium")
        .use("journal.format.runFormat", Use.IGNORED, "not carried over: formatting erases the journal, so "
            + "alluxio-k8s never formats on start; run 'alluxio formatJournal' by hand when needed")
        .mapped("metastore.volumeType", "metastore.size", "metastore.mountPath", "metastore.storageClass",
            "metastore.accessModes", "metastore.medium")
        .mapped("tieredstore.levels[].level", "tieredstore.levels[].alias", "tieredstore.levels[].mediumtype",
            "tieredstore.levels[].path", "tieredstore.levels[].type", "tieredstore.levels[].name",
            "tieredstore.levels[].quota", "tieredstore.levels[].high", "tieredstore.levels[].low")
        .mapped("shortCircuit.enabled", "shortCircuit.policy", "shortCircuit.volumeType", "shortCircuit.hostPath");
    for (String claimKey : new String[] {"pvcName", "size", "accessModes", "storageClass"}) {
      c.use("shortCircuit." + claimKey, Use.IGNORED, "not used: the domain socket directory is a hostPath here, "
          + "never a claim (see shortCircuit.volumeType)");
    }
    c
        .mapped("fuse.enabled", "fuse.mountPoint", "fuse.alluxioPath", "fuse.mountOptions", "fuse.jvmOptions",
            "fuse.hostNetwork", "fuse.dnsPolicy", "fuse.user", "fuse.group", "fuse.fsGroup", "fuse.args")
        .mapped("fuse.mountPath")
        .free("fuse.properties", "fuse.resources.requests", "fuse.resources.limits", "fuse.nodeSelector")
        .use("fuse.hostPID", Use.IGNORED, "FUSE here does not share the node's process namespace; it does not need to")
        .free("fuse.env")
        .use("fuse.podAnnotations", Use.IGNORED, "the chart's FUSE template never reads it; set "
            + "spec.fuse.pod.annotations in the spec")
        .mapped("fuse.serviceAccount")
        .free("fuse.tolerations")
        .use("fuse.livenessProbe", Use.IGNORED, OWN_PROBES)
        .free("secrets.master", "secrets.worker")
        .use("secrets.logserver", Use.IGNORED, "not mounted: the log server reads no configuration or credential files")
        // Read by MountsMapper onto spec.configMaps.
        .free("configmaps.master", "configmaps.worker", "configmaps.logserver")
        .mapped("csi.enabled", "csi.imagePullPolicy", "csi.mountInPod", "csi.alluxioPath", "csi.mountOptions",
            "csi.javaOptions", "csi.clientEnabled", "csi.accessModes", "csi.quota",
            "csi.controllerPlugin.hostNetwork", "csi.controllerPlugin.dnsPolicy", "csi.controllerPlugin.provisioner.image",
            "csi.nodePlugin.hostNetwork", "csi.nodePlugin.dnsPolicy", "csi.nodePlugin.driverRegistrar.image")
        .free("csi.controllerPlugin.provisioner.resources.limits", "csi.controllerPlugin.provisioner.resources.requests",
            "csi.controllerPlugin.controller.resources.limits", "csi.controllerPlugin.controller.resources.requests",
            "csi.nodePlugin.nodeserver.resources.limits", "csi.nodePlugin.nodeserver.resources.requests",
            "csi.nodePlugin.driverRegistrar.resources.limits", "csi.nodePlugin.driverRegistrar.resources.requests")
        .use("csi.mountPath", Use.IGNORED, "read by none of chart 0.6.54's rendered templates (only its example pod's mount)");
    logServerProxyMetrics(c);
    return c;
  }

  /** Chart 0.6.x's log server, proxy and metrics blocks (spec.logServer, spec.proxy, spec.metrics). */
  private static void logServerProxyMetrics(KeyCatalog c) {
    for (String component : new String[] {"logserver", "proxy"}) {
      c.mapped(component + ".enabled", component + ".args", component + ".jvmOptions", component + ".hostNetwork")
          .free(component + ".properties", component + ".resources.limits", component + ".resources.requests",
              component + ".nodeSelector")
          .free(component + ".env", component + ".tolerations");
    }
    c.mapped("logserver.replicas", "logserver.ports.logging", "logserver.volumeType", "logserver.storageClass",
            "logserver.hostPath", "logserver.size")
        .use("logserver.hostPID", Use.IGNORED, "the log server does not share the node's process namespace; it does not need to")
        .use("logserver.strategy", Use.IGNORED, "the log server's Deployment always replaces its pod (Recreate): "
            + "its ReadWriteOnce claim cannot be attached to two pods")
        .use("logserver.pvcName", Use.IGNORED, "the claim is named <name>-logserver-logs")
        .use("logserver.accessModes", Use.IGNORED, "the log claim is ReadWriteOnce: one pod writes it")
        .use("logserver.selector", Use.IGNORED, "the log claim binds through its storage class, not a selector")
        .use("logserver.medium", Use.IGNORED, "an emptyDir log volume is on the node's disk")
        .mapped("proxy.ports.web")
        .use("proxy.podAnnotations", Use.IGNORED, "the chart's proxy template never reads it; set "
            + "spec.proxy.pod.annotations in the spec")
        .mapped("proxy.serviceAccount")
        .mapped("metrics.enabled", "metrics.PrometheusMetricsServlet.enabled")
        .free("metrics.podAnnotations");
    String[][] sinks = {{"ConsoleSink", "period", "unit"}, {"CsvSink", "period", "unit", "directory"},
        {"JmxSink", "domain"}, {"GraphiteSink", "host", "port", "period", "unit", "prefix"},
        {"Slf4jSink", "period", "unit", "filterClass", "filterRegex"}};
    for (String[] sink : sinks) {
      c.mapped("metrics." + sink[0] + ".enabled");
      for (int i = 1; i < sink.length; i++) {
        c.mapped("metrics." + sink[0] + "." + sink[i]);
      }
    }
  }
}
