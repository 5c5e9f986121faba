package dev.alluxiok8s.model.logserver;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.placement.PodSettings;
import dev.alluxiok8s.model.process.ProcessSettings;
import dev.alluxiok8s.model.process.Resources;
import dev.alluxiok8s.model.volume.VolumeKind;
import java.util.SortedMap;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Alluxio's log server: one pod that receives the WARN and ERROR lines of every master, job
 * master, worker, job worker and proxy over log4j's socket appender, and keeps them on its
 * {@link #volume()}, one folder per process type and host. Off by default.
 *
 * <p>The processes find it through two ConfigMap entries, {@code ALLUXIO_LOGSERVER_HOSTNAME} and
 * {@code ALLUXIO_LOGSERVER_PORT}: Alluxio 2.9's {@code alluxio-config.sh} turns them into
 * {@code alluxio.logserver.hostname}, {@code alluxio.logserver.port} and each process's
 * {@code REMOTE_*_LOGGER} appender. FUSE has no remote appender in Alluxio 2.9 and keeps its logs local.
 *
 * <pre>{@code
 * LogServer logs = LogServer.builder().enabled(true)
 *     .volume(LogVolume.builder().size("10Gi").storageClass("standard").build()).build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLogServer.class)
@JsonDeserialize(as = ImmutableLogServer.class)
@JsonPropertyOrder({"enabled", "port", "volume", "resources", "jvmOptions", "properties",
    "placement", "hostNetwork", "dnsPolicy", "pod", "podSecurity"})
public interface LogServer extends ProcessSettings, PodSettings {

  /** Alluxio's default {@code alluxio.logserver.port}. */
  int DEFAULT_PORT = 45600;

  @Value.Default
  default boolean enabled() {
    return false;
  }

  /** The port the log server listens on and every process sends to. */
  @Value.Default
  default int port() {
    return DEFAULT_PORT;
  }

  @Value.Default
  default LogVolume volume() {
    return LogVolume.builder().build();
  }

  /** Defaults to requests of 0.5 CPU and 1Gi, limits of 1 CPU and 2Gi: a heap of 512Mi receives WARN lines. */
  @Override
  @Value.Default
  default Resources resources() {
    return Resources.builder().putRequests("cpu", "0.5").putRequests("memory", "1Gi")
        .putLimits("cpu", "1").putLimits("memory", "2Gi").build();
  }

  @Override
  @Value.NaturalOrder
  SortedMap<String, String> properties();

  @Override
  @Value.Default
  default boolean hostNetwork() {
    return false;
  }

  static ImmutableLogServer.Builder builder() {
    return ImmutableLogServer.builder();
  }

  @Value.Check
  default void check() {
    checkSettings("LogServer");
    Problems problems = new Problems("LogServer");
    problems.require(port() >= 1 && port() <= 65535, "port", "must be a port number from 1 to 65535, got " + port());
    problems.require(volume().kind() != VolumeKind.HOST_PATH || podSecurity().isPresent(), "podSecurity",
        "a hostPath log volume is below the baseline Pod Security level: declare an exemption with its reason "
            + "(level privileged), or use kind persistentVolumeClaim or emptyDir");
    problems.throwIfAny();
  }
}
