package dev.alluxiok8s.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Alluxio 2.9 image does with a container's command, args and environment, re-implemented
 * from reading {@code integration/docker/entrypoint.sh}, {@code libexec/alluxio-config.sh},
 * {@code bin/launch-process} and {@code bin/alluxio} (not copied): which Java processes start, with
 * which main class and which options, in which order.
 *
 * <p>The entrypoint writes the {@code ALLUXIO_*_JAVA_OPTS} variables into {@code conf/alluxio-env.sh}
 * inside double quotes and sources it, so {@code ${VAR}} in them is expanded from the container's
 * environment (an unset variable becomes empty); the options are then split on white space.
 */
final class Entrypoint {

  /** The variables the entrypoint writes to {@code alluxio-env.sh} (so the ones whose {@code $} references are expanded). */
  private static final List<String> ENV_FILE_VARIABLES = List.of("ALLUXIO_CLASSPATH", "ALLUXIO_HOSTNAME",
      "ALLUXIO_JARS", "ALLUXIO_JAVA_OPTS", "ALLUXIO_MASTER_JAVA_OPTS", "ALLUXIO_PROXY_JAVA_OPTS",
      "ALLUXIO_RAM_FOLDER", "ALLUXIO_USER_JAVA_OPTS", "ALLUXIO_WORKER_JAVA_OPTS", "ALLUXIO_JOB_MASTER_JAVA_OPTS",
      "ALLUXIO_JOB_WORKER_JAVA_OPTS", "ALLUXIO_FUSE_JAVA_OPTS");

  private static final Pattern REFERENCE = Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)}|([A-Za-z_][A-Za-z0-9_]*))");

  /** An Alluxio process kind: its main class, its options variable, its logger and its heap default. */
  enum Kind {
    MASTER("alluxio.master.AlluxioMaster", "ALLUXIO_MASTER_JAVA_OPTS", "MASTER_LOGGER", "-Xmx8g"),
    JOB_MASTER("alluxio.master.AlluxioJobMaster", "ALLUXIO_JOB_MASTER_JAVA_OPTS", "JOB_MASTER_LOGGER", null),
    WORKER("alluxio.worker.AlluxioWorker", "ALLUXIO_WORKER_JAVA_OPTS", "WORKER_LOGGER", "-Xmx4g"),
    JOB_WORKER("alluxio.worker.AlluxioJobWorker", "ALLUXIO_JOB_WORKER_JAVA_OPTS", "JOB_WORKER_LOGGER", null),
    /** {@code bin/alluxio formatJournal} (and the deprecated {@code formatMaster}): erases the journal. */
    FORMAT_JOURNAL("alluxio.cli.Format", "ALLUXIO_USER_JAVA_OPTS", "Console", null);

    final String mainClass;
    final String optionsVariable;
    final String logger;
    final String defaultHeap;

    Kind(String mainClass, String optionsVariable, String logger, String defaultHeap) {
      this.mainClass = mainClass;
      this.optionsVariable = optionsVariable;
      this.logger = logger;
      this.defaultHeap = defaultHeap;
    }
  }

  /** One Java process the container starts: what it is, its options as the scripts compose them, its arguments. */
  record Launch(Kind kind, List<String> javaOptions, List<String> arguments) {}

  /** The directories the scripts put in the options: the image's {@code /opt/alluxio} and its {@code conf/} and {@code logs/}. */
  record Home(String home, String confDir, String logsDir) {}

  private Entrypoint() {}

  /**
   * The processes a container runs, in start order. {@code master} / {@code worker} (with job
   * processes) are rejected: the renderer runs one process per container, and the harness checks it.
   */
  static List<Launch> launches(List<String> command, List<String> args, Map<String, String> env, Home home) {
    List<String> argv = new ArrayList<>(command);
    argv.addAll(args);
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("a container without command or args runs the image's default, which the renderer never relies on");
    }
    if (argv.get(0).equals("/entrypoint.sh")) {
      argv.remove(0);
    } else if (argv.get(0).equals("/opt/alluxio/bin/alluxio") && argv.size() == 2
        && (argv.get(1).equals("formatJournal") || argv.get(1).equals("formatMaster"))) {
      return List.of(launch(Kind.FORMAT_JOURNAL, env, home, List.of("master")));
    } else {
      throw new IllegalArgumentException("not an Alluxio process the harness can run: " + argv);
    }
    String service = argv.get(0);
    String option = argv.size() > 1 ? argv.get(1) : "";
    if (argv.size() > 2 || !(option.isEmpty() || option.equals("--no-format"))) {
      throw new IllegalArgumentException("the entrypoint prints its usage and exits 1 for " + argv);
    }
    boolean format = option.isEmpty();
    return switch (service) {
      case "master-only" -> format
          ? List.of(launch(Kind.FORMAT_JOURNAL, env, home, List.of("master")), launch(Kind.MASTER, env, home, List.of()))
          : List.of(launch(Kind.MASTER, env, home, List.of()));
      case "job-master" -> List.of(launch(Kind.JOB_MASTER, env, home, List.of()));
      case "worker-only" -> {
        if (format) {
          throw new IllegalArgumentException("worker-only without --no-format runs formatWorker, which the harness does not simulate");
        }
        yield List.of(launch(Kind.WORKER, withRamFolder(env), home, List.of()));
      }
      case "job-worker" -> List.of(launch(Kind.JOB_WORKER, env, home, List.of()));
      default -> throw new IllegalArgumentException("entrypoint service not simulated (fuse, proxy and the combined "
          + "master/worker are out of scope): " + argv);
    };
  }

  /**
   * {@code set_ram_folder_if_needed}: a worker whose top tier is MEM (the default alias) and whose
   * options name no directory for it gets {@code ALLUXIO_RAM_FOLDER=/dev/shm}.
   */
  private static Map<String, String> withRamFolder(Map<String, String> env) {
    String options = expanded(env, "ALLUXIO_JAVA_OPTS") + " " + expanded(env, "ALLUXIO_WORKER_JAVA_OPTS");
    String alias = "MEM";
    for (String token : split(options)) {
      if (token.startsWith("-Dalluxio.worker.tieredstore.level0.alias=")) {
        alias = token.substring(token.indexOf('=') + 1);
      }
    }
    if (!alias.equals("MEM") || options.contains("alluxio.worker.tieredstore.level0.dirs.path")
        || env.containsKey("ALLUXIO_RAM_FOLDER")) {
      return env;
    }
    Map<String, String> withFolder = new java.util.TreeMap<>(env);
    withFolder.put("ALLUXIO_RAM_FOLDER", "/dev/shm");
    return withFolder;
  }

  /** {@code alluxio-config.sh} then {@code launch-process} (or {@code bin/alluxio}'s runJavaClass for the format). */
  private static Launch launch(Kind kind, Map<String, String> env, Home home, List<String> arguments) {
    StringBuilder javaOpts = new StringBuilder(expanded(env, "ALLUXIO_JAVA_OPTS"));
    javaOpts.append(" -Dalluxio.home=").append(home.home());
    javaOpts.append(" -Dalluxio.conf.dir=").append(home.confDir()).append(" -Dalluxio.logs.dir=").append(home.logsDir())
        .append(" -Dalluxio.user.logs.dir=").append(home.logsDir()).append("/user");
    String ramFolder = expanded(env, "ALLUXIO_RAM_FOLDER");
    if (!ramFolder.isEmpty()) {
      javaOpts.append(" -Dalluxio.worker.tieredstore.level0.alias=MEM -Dalluxio.worker.tieredstore.level0.dirs.path=")
          .append(ramFolder);
    }
    appendIfSet(javaOpts, env, "ALLUXIO_MASTER_HOSTNAME", "alluxio.master.hostname");
    appendIfSet(javaOpts, env, "ALLUXIO_MASTER_MOUNT_TABLE_ROOT_UFS", "alluxio.master.mount.table.root.ufs");
    appendIfSet(javaOpts, env, "ALLUXIO_WORKER_RAMDISK_SIZE", "alluxio.worker.ramdisk.size");
    javaOpts.append(" -Dlog4j.configuration=file:").append(home.confDir()).append("/log4j.properties");
    javaOpts.append(" -Djava.net.preferIPv4Stack=true");

    List<String> options = new ArrayList<>();
    options.add("-Dalluxio.logger.type=" + kind.logger);
    if (kind == Kind.MASTER) {
      options.add("-Dalluxio.master.audit.logger.type=MASTER_AUDIT_LOGGER");
    } else if (kind == Kind.JOB_MASTER) {
      options.add("-Dalluxio.job.master.audit.logger.type=JOB_MASTER_AUDIT_LOGGER");
    }
    options.addAll(split(javaOpts.toString()));
    options.addAll(split(expanded(env, kind.optionsVariable)));
    // launch-process's defaults when the options set none (the harness caps the heap later anyway).
    if (kind.defaultHeap != null && options.stream().noneMatch(o -> o.startsWith("-Xmx") || o.contains("MaxRAMPercentage"))) {
      options.add(kind.defaultHeap);
    }
    return new Launch(kind, List.copyOf(options), arguments);
  }

  private static void appendIfSet(StringBuilder javaOpts, Map<String, String> env, String variable, String property) {
    String value = env.getOrDefault(variable, "");
    if (!value.isEmpty()) {
      javaOpts.append(" -D").append(property).append('=').append(value);
    }
  }

  /** A variable's value after sourcing {@code alluxio-env.sh}: references expanded when the entrypoint wrote it there. */
  static String expanded(Map<String, String> env, String variable) {
    String raw = env.getOrDefault(variable, "");
    return ENV_FILE_VARIABLES.contains(variable) ? expand(raw, env) : raw;
  }

  /**
   * Double-quoted shell expansion of {@code ${NAME}} and {@code $NAME}. Command substitution,
   * backticks and {@code ${NAME:-...}} forms are refused rather than guessed: our output has none.
   */
  static String expand(String value, Map<String, String> env) {
    if (value.contains("$(") || value.contains("`") || value.contains("\\") || value.contains("\"")
        || value.matches("(?s).*\\$\\{[^}]*[^A-Za-z0-9_}][^}]*}.*")) {
      throw new IllegalArgumentException("shell syntax the harness does not simulate in: " + value);
    }
    Matcher m = REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(env.getOrDefault(name, "")));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Unquoted expansion's word splitting. */
  static List<String> split(String options) {
    return Arrays.stream(options.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
  }
}
