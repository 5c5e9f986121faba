package dev.alluxiok8s.render.config;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.journal.JournalType;
import dev.alluxiok8s.model.master.MasterPorts;
import dev.alluxiok8s.model.check.MemoryBudgets;
import dev.alluxiok8s.model.metastore.MetastoreType;
import dev.alluxiok8s.model.process.ProcessSettings;
import dev.alluxiok8s.model.shortcircuit.ShortCircuit;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import dev.alluxiok8s.model.ufs.CredentialReference;
import dev.alluxiok8s.model.ufs.HdfsConfiguration;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.model.worker.WorkerPorts;
import dev.alluxiok8s.render.naming.ObjectNames;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The data of the ConfigMap every Alluxio container loads with {@code envFrom}: one
 * {@code -Dkey=value} Java options variable per process, with the properties Alluxio needs computed from the model (journal,
 * master addresses, under storage, tiered store, ports, domain socket, metastore) followed by the
 * user's own JVM options and properties.
 *
 * <p>Values that differ per pod are {@code ${VARIABLE}} references that Alluxio's entrypoint
 * expands at start-up from the container's environment; credentials are such references too, so
 * no credential value is ever written here.
 */
public final class ConfigMapData {

  public static final String GLOBAL = "ALLUXIO_JAVA_OPTS";
  public static final String MASTER = "ALLUXIO_MASTER_JAVA_OPTS";
  public static final String JOB_MASTER = "ALLUXIO_JOB_MASTER_JAVA_OPTS";
  public static final String WORKER = "ALLUXIO_WORKER_JAVA_OPTS";
  public static final String JOB_WORKER = "ALLUXIO_JOB_WORKER_JAVA_OPTS";
  public static final String FUSE = "ALLUXIO_FUSE_JAVA_OPTS";
  public static final String PROXY = "ALLUXIO_PROXY_JAVA_OPTS";
  public static final String LOGSERVER = "ALLUXIO_LOGSERVER_JAVA_OPTS";
  /**
   * Where the log server is: Alluxio 2.9's {@code alluxio-config.sh} turns these two into
   * {@code alluxio.logserver.hostname} and {@code .port} for every process, and gives masters, job
   * processes, workers and proxies their {@code REMOTE_*_LOGGER} appender when both are set.
   */
  public static final String LOGSERVER_HOSTNAME = "ALLUXIO_LOGSERVER_HOSTNAME";
  public static final String LOGSERVER_PORT = "ALLUXIO_LOGSERVER_PORT";
  /** Where the metrics ConfigMap is mounted in the containers of processes with a web server. */
  public static final String METRICS_DIRECTORY = "/config/metrics";

  /** Set per master pod from its name, which its headless Service makes resolvable. */
  public static final String MASTER_HOSTNAME_VARIABLE = "ALLUXIO_MASTER_HOSTNAME";
  /** Set per worker pod from the node's address, on host networking or not. */
  public static final String WORKER_HOSTNAME_VARIABLE = "ALLUXIO_WORKER_HOSTNAME";
  /** Set per worker pod off host networking from the pod's address, where the worker is reached. */
  public static final String WORKER_CONTAINER_HOSTNAME_VARIABLE = "ALLUXIO_WORKER_CONTAINER_HOSTNAME";
  /** Set per FUSE pod from the node's address. */
  public static final String CLIENT_HOSTNAME_VARIABLE = "ALLUXIO_CLIENT_HOSTNAME";

  private final ClusterSpec spec;
  private final ObjectNames names;

  /** The data of {@code cluster}, whose masters' addresses are named by {@code names}. */
  public ConfigMapData(AlluxioCluster cluster, ObjectNames names) {
    this.spec = cluster.spec();
    this.names = names;
  }

  /** The ConfigMap's entries, by variable name. */
  public Map<String, String> entries() {
    Map<String, String> data = new TreeMap<>();
    data.put(GLOBAL, global().toString());
    data.put(MASTER, master().toString());
    data.put(JOB_MASTER, jobMaster().toString());
    data.put(WORKER, worker().toString());
    data.put(JOB_WORKER, jobWorker().toString());
    // The CSI node plugin runs FUSE processes too, in its own container or in pods it creates.
    if (spec.fuse().ownDaemonSet() || spec.csi().enabled()) {
      data.put(FUSE, fuse().toString());
    }
    if (spec.proxy().enabled()) {
      data.put(PROXY, proxy().toString());
    }
    if (spec.logServer().enabled()) {
      data.put(LOGSERVER, process(new JavaOptions(), spec.logServer()).toString());
      data.put(LOGSERVER_HOSTNAME, names.logServer());
      data.put(LOGSERVER_PORT, Integer.toString(spec.logServer().port()));
    }
    return data;
  }

  private JavaOptions global() {
    JavaOptions opts = new JavaOptions();
    Journal journal = spec.journal();
    MasterPorts ports = spec.masters().ports();
    if (spec.masters().count() == 1) {
      opts.property("alluxio.master.hostname", names.master(0));
    }
    opts.property("alluxio.master.journal.type", journal.type())
        .property("alluxio.master.journal.folder", journal.folder());
    if (journal.type() == JournalType.EMBEDDED) {
      opts.property("alluxio.master.embedded.journal.addresses", addresses(ports.embedded()))
          .property("alluxio.master.embedded.journal.port", ports.embedded())
          .property("alluxio.job.master.embedded.journal.port", ports.jobEmbedded());
    }
    journal.hdfsConfiguration().ifPresent(hdfs -> opts.property(
        "alluxio.master.journal.ufs.option.alluxio.underfs.hdfs.configuration",
        hdfsFiles(HdfsConfigurationDirectories.JOURNAL_DIRECTORY, hdfs)));
    opts.property("alluxio.master.rpc.port", ports.rpc())
        .property("alluxio.master.web.port", ports.web())
        .property("alluxio.job.master.rpc.port", ports.jobRpc())
        .property("alluxio.job.master.web.port", ports.jobWeb());
    UnderStorage ufs = spec.underStorage();
    opts.property("alluxio.master.mount.table.root.ufs", ufs.rootUri());
    ufs.options().forEach((k, v) -> opts.property("alluxio.master.mount.table.root.option." + k, v));
    ufs.hdfsConfiguration().ifPresent(hdfs -> opts.property(
        "alluxio.master.mount.table.root.option.alluxio.underfs.hdfs.configuration",
        hdfsFiles(HdfsConfigurationDirectories.UFS_DIRECTORY, hdfs)));
    if (!spec.shortCircuit().enabled()) {
      opts.property("alluxio.user.short.circuit.enabled", false);
    }
    return opts.properties(spec.properties());
  }

  private JavaOptions master() {
    JavaOptions opts = new JavaOptions()
        .property("alluxio.master.hostname", "${" + MASTER_HOSTNAME_VARIABLE + "}")
        .property("alluxio.master.web.bind.host", "0.0.0.0");
    if (spec.metastore().type() == MetastoreType.ROCKS) {
      opts.property("alluxio.master.metastore", "ROCKS")
          .property("alluxio.master.metastore.dir", spec.metastore().mountPath());
    }
    metricsFile(opts);
    credentials(opts);
    return process(opts, spec.masters().master());
  }

  private JavaOptions jobMaster() {
    JavaOptions opts = new JavaOptions()
        .property("alluxio.master.hostname", "${" + MASTER_HOSTNAME_VARIABLE + "}")
        .property("alluxio.job.master.hostname", "${" + MASTER_HOSTNAME_VARIABLE + "}")
        .property("alluxio.job.master.bind.host", "0.0.0.0");
    metricsFile(opts);
    credentials(opts);
    return process(opts, spec.masters().jobMaster());
  }

  private JavaOptions worker() {
    WorkerPorts ports = spec.workers().ports();
    JavaOptions opts = workerHostnames()
        .property("alluxio.worker.bind.host", "0.0.0.0")
        .property("alluxio.worker.rpc.port", ports.rpc())
        .property("alluxio.worker.web.port", ports.web());
    ShortCircuit sc = spec.shortCircuit();
    if (sc.enabled()) {
      opts.property("alluxio.worker.data.server.domain.socket.address", sc.mountPath())
          .property("alluxio.worker.data.server.domain.socket.as.uuid", sc.socketAsUuid());
    }
    tieredStore(opts);
    metricsFile(opts);
    credentials(opts);
    if (spec.fuse().enabled() && spec.fuse().inWorker()) {
      fuseInWorker(opts);
    }
    return process(opts, spec.workers().worker());
  }

  private JavaOptions jobWorker() {
    WorkerPorts ports = spec.workers().ports();
    JavaOptions opts = new JavaOptions()
        .property("alluxio.worker.hostname", "${" + WORKER_HOSTNAME_VARIABLE + "}")
        .property("alluxio.job.worker.rpc.port", ports.jobRpc())
        .property("alluxio.job.worker.data.port", ports.jobData())
        .property("alluxio.job.worker.web.port", ports.jobWeb());
    metricsFile(opts);
    credentials(opts);
    return process(opts, spec.workers().jobWorker());
  }

  /**
   * The worker's names (the job worker, which serves no blocks, needs only the first): a worker is
   * known by its node's address, the one FUSE and clients on that node call their own,
   * so that they find it local (domain socket reads, local-first writes). Off host networking it
   * is reached at its pod's address, which Alluxio calls the container host name (as chart 0.6.54
   * does); clients connect there while comparing locality on the node address.
   */
  private JavaOptions workerHostnames() {
    JavaOptions opts = new JavaOptions().property("alluxio.worker.hostname", "${" + WORKER_HOSTNAME_VARIABLE + "}");
    if (!spec.workers().hostNetwork()) {
      opts.property("alluxio.worker.container.hostname", "${" + WORKER_CONTAINER_HOSTNAME_VARIABLE + "}");
    }
    return opts;
  }

  /**
   * FUSE inside the worker process reads its mount from properties, not from arguments as the
   * FUSE command does; the worker's own settings follow, so they win.
   */
  private void fuseInWorker(JavaOptions opts) {
    var fuse = spec.fuse();
    opts.property("alluxio.worker.fuse.enabled", true)
        .property("alluxio.fuse.mount.point", fuse.mountPoint())
        .property("alluxio.fuse.mount.alluxio.path", fuse.alluxioPath());
    if (!fuse.mountOptions().isEmpty()) {
      opts.property("alluxio.fuse.mount.options", String.join(",", fuse.mountOptions()));
    }
    opts.property("alluxio.user.hostname", "${" + CLIENT_HOSTNAME_VARIABLE + "}")
        .properties(fuse.properties());
  }

  private JavaOptions fuse() {
    return process(new JavaOptions()
        .property("alluxio.user.hostname", "${" + CLIENT_HOSTNAME_VARIABLE + "}")
        .property("alluxio.worker.hostname", "${" + CLIENT_HOSTNAME_VARIABLE + "}"), spec.fuse());
  }

  /**
   * The proxy, an Alluxio client on its pod's address, and its web port, where REST and S3 requests
   * arrive. No under storage credentials: it reaches the under storage through the workers.
   */
  private JavaOptions proxy() {
    JavaOptions opts = new JavaOptions()
        .property("alluxio.user.hostname", "${" + CLIENT_HOSTNAME_VARIABLE + "}")
        .property("alluxio.proxy.web.port", spec.proxy().port());
    metricsFile(opts);
    return process(opts, spec.proxy());
  }

  /**
   * For the processes that mount the metrics ConfigMap (those with a web server): Alluxio logs an
   * error for a metrics file that is not there, so the others are not told of it.
   */
  private void metricsFile(JavaOptions opts) {
    if (spec.metrics().enabled()) {
      opts.property("alluxio.metrics.conf.file", METRICS_DIRECTORY + "/metrics.properties");
    }
  }

  /**
   * The process's own part: its JVM's memory sizes where its JVM options leave them out (the
   * sizes its memory limit was checked against), then its JVM options and properties.
   */
  private JavaOptions process(JavaOptions opts, ProcessSettings process) {
    return opts.jvm(MemoryBudgets.jvmOf(spec, process).optionsMissingFrom(process))
        .jvm(process.jvmOptions())
        .properties(process.properties());
  }

  private void tieredStore(JavaOptions opts) {
    List<TierLevel> levels = spec.tieredStore().levels();
    opts.property("alluxio.worker.tieredstore.levels", levels.size());
    for (int l = 0; l < levels.size(); l++) {
      TierLevel level = levels.get(l);
      String prefix = "alluxio.worker.tieredstore.level" + l + ".";
      List<TierDirectory> dirs = level.directories();
      opts.property(prefix + "alias", level.alias())
          .property(prefix + "dirs.path", dirs.stream().map(TierDirectory::path).collect(Collectors.joining(",")))
          .property(prefix + "dirs.mediumtype",
              dirs.stream().map(d -> level.mediumOf(d).name()).collect(Collectors.joining(",")));
      if (dirs.stream().allMatch(d -> d.quota().isPresent())) {
        opts.property(prefix + "dirs.quota",
            dirs.stream().map(d -> AlluxioSize.of(d.quota().orElseThrow())).collect(Collectors.joining(",")));
      }
      level.highWatermark().ifPresent(h -> opts.property(prefix + "watermark.high.ratio", h));
      level.lowWatermark().ifPresent(lw -> opts.property(prefix + "watermark.low.ratio", lw));
    }
  }

  private void credentials(JavaOptions opts) {
    for (CredentialReference credential : spec.underStorage().credentials()) {
      opts.property(credential.property(), "${" + CredentialVariables.forProperty(credential.property()) + "}");
    }
  }

  private String addresses(int port) {
    return IntStream.range(0, spec.masters().count())
        .mapToObj(i -> names.master(i) + ":" + port)
        .collect(Collectors.joining(","));
  }

  private static String hdfsFiles(String directory, HdfsConfiguration hdfs) {
    return hdfs.files().stream().map(f -> directory + "/" + f).collect(Collectors.joining(":"));
  }
}
