package dev.alluxiok8s.model.proxy;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.placement.PodSettings;
import dev.alluxiok8s.model.process.ProcessSettings;
import dev.alluxiok8s.model.process.Resources;
import java.util.SortedMap;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Alluxio's proxy: the REST and S3 endpoint ({@code alluxio.proxy.web.port}, 39999), an Alluxio
 * client serving HTTP, behind a Service of its own. A DaemonSet by default, as chart 0.6.54
 * deploys it, or a Deployment of {@link #replicas()}. Off by default.
 *
 * <pre>{@code
 * Proxy s3 = Proxy.builder().enabled(true).kind(ProxyKind.DEPLOYMENT).replicas(2).build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableProxy.class)
@JsonDeserialize(as = ImmutableProxy.class)
@JsonPropertyOrder({"enabled", "kind", "replicas", "port", "resources", "jvmOptions", "properties",
    "placement", "hostNetwork", "dnsPolicy", "pod", "podSecurity"})
public interface Proxy extends ProcessSettings, PodSettings {

  /** Alluxio's default {@code alluxio.proxy.web.port}. */
  int DEFAULT_PORT = 39999;

  @Value.Default
  default boolean enabled() {
    return false;
  }

  @Value.Default
  default ProxyKind kind() {
    return ProxyKind.DAEMON_SET;
  }

  /** How many proxies a Deployment runs; a DaemonSet runs one per node and takes no count. */
  @Value.Default
  default int replicas() {
    return 1;
  }

  /** The proxy's web port ({@code alluxio.proxy.web.port}), where REST and S3 requests arrive. */
  @Value.Default
  default int port() {
    return DEFAULT_PORT;
  }

  /**
   * Defaults to requests of 0.5 CPU and 1Gi, limits of 4 CPU and 4Gi, as chart 0.6.54: the proxy
   * moves file data, so its JVM gets direct memory as a worker's does.
   */
  @Override
  @Value.Default
  default Resources resources() {
    return Resources.builder().putRequests("cpu", "0.5").putRequests("memory", "1Gi")
        .putLimits("cpu", "4").putLimits("memory", "4Gi").build();
  }

  @Override
  @Value.NaturalOrder
  SortedMap<String, String> properties();

  @Override
  @Value.Default
  default boolean hostNetwork() {
    return false;
  }

  static ImmutableProxy.Builder builder() {
    return ImmutableProxy.builder();
  }

  @Value.Check
  default void check() {
    checkSettings("Proxy");
    Problems problems = new Problems("Proxy");
    problems.require(port() >= 1 && port() <= 65535, "port", "must be a port number from 1 to 65535, got " + port());
    problems.require(replicas() >= 1, "replicas", "must be at least 1, got " + replicas());
    problems.require(kind() == ProxyKind.DEPLOYMENT || replicas() == 1, "replicas",
        "only applies to kind Deployment: a DaemonSet runs one proxy per node");
    problems.throwIfAny();
  }
}
