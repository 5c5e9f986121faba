package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.logserver.ImmutableLogServer;
import dev.alluxiok8s.model.logserver.LogServer;
import dev.alluxiok8s.model.logserver.LogVolume;
import dev.alluxiok8s.model.process.Resources;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.volume.VolumeKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code logserver} block of chart 0.6.x onto {@code spec.logServer}. */
final class LogServerMapper extends AreaMapper {

  /** Chart 0.6.54's {@code logserver.resources}. */
  static final Resources CHART_RESOURCES = Resources.builder().putRequests("cpu", "1").putRequests("memory", "1Gi")
      .putLimits("cpu", "4").putLimits("memory", "8Gi").build();

  private final SharedReads shared = new SharedReads(c);

  LogServerMapper(MappingContext c) {
    super(c);
  }

  LogServer map() {
    ImmutableLogServer.Builder b = LogServer.builder();
    boolean enabled = values.bool("logserver.enabled").orElse(false);
    b.enabled(enabled);
    c.origin("logServer.enabled", "logserver.enabled");
    if (!enabled) {
      return b.build();
    }
    shared.requireArgs("logserver.args", List.of("logserver"));
    values.integer32("logserver.replicas").filter(r -> r != 1).ifPresent(r -> values.error(
        values.at("logserver.replicas").orElseThrow(), "one log server receives every process's logs (they send to "
            + "one host name); set replicas to 1"));
    values.integer32("logserver.ports.logging").ifPresent(b::port);
    c.origin("logServer.port", "logserver.ports.logging");
    b.from(shared.process("logserver", "logServer", CHART_RESOURCES, values.words(values.at("jvmOptions"))));
    boolean hostNetwork = values.bool("logserver.hostNetwork").orElse(false);
    b.hostNetwork(hostNetwork);
    c.origin("logServer.hostNetwork", "logserver.hostNetwork");
    b.placement(shared.placement("logserver.nodeSelector", "logServer.placement"));
    // On failure the problem is recorded and no cluster is built; the default keeps the mapping going.
    LogVolume volume = Optional.ofNullable(c.build("logServer.volume", this::volume)).orElseGet(() -> LogVolume.builder().build());
    b.volume(volume);
    List<String> reasons = new ArrayList<>();
    if (hostNetwork) {
      reasons.add("the log server uses host networking");
    }
    if (volume.kind() == VolumeKind.HOST_PATH) {
      reasons.add("its logs are on a hostPath volume");
    }
    if (!reasons.isEmpty()) {
      String why = String.join(" and ", reasons);
      b.podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "imported from Alluxio's Helm chart: " + why));
      values.warnFile("logserver: declared a Pod Security exemption (privileged) because " + why);
    }
    return b.build();
  }

  private LogVolume volume() {
    var v = LogVolume.builder();
    String type = values.oneOf(values.at("logserver.volumeType"),
        Arrays.stream(VolumeKind.values()).map(VolumeKind::value).toList()).orElse(VolumeKind.PERSISTENT_VOLUME_CLAIM.value());
    VolumeKind kind = Arrays.stream(VolumeKind.values()).filter(k -> k.value().equals(type)).findFirst().orElseThrow();
    v.kind(kind);
    c.origin("logServer.volume.kind", "logserver.volumeType");
    values.string("logserver.size").ifPresent(v::size);
    c.origin("logServer.volume.size", "logserver.size");
    if (kind == VolumeKind.PERSISTENT_VOLUME_CLAIM) {
      values.string("logserver.storageClass").filter(s -> !s.isEmpty()).ifPresent(v::storageClass);
      c.origin("logServer.volume.storageClass", "logserver.storageClass");
    } else if (kind == VolumeKind.HOST_PATH) {
      v.path(values.string("logserver.hostPath").orElse("/tmp/alluxio-logs"));
      c.origin("logServer.volume.path", "logserver.hostPath");
    }
    return v.build();
  }
}
