package dev.alluxiok8s.model.container;

import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.image.Image;
import dev.alluxiok8s.model.process.Resources;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A container a spec runs beside a component's Alluxio containers (a log shipper, a metrics
 * exporter, a credential refresher). Its image is pinned like Alluxio's ({@link Image}: a tag,
 * never {@code latest}). It gets no security context of its own: the renderer gives it the one
 * Alluxio's containers run with (Alluxio's user, no privilege escalation, every capability
 * dropped, the runtime's seccomp profile), so a sidecar never lowers the component's Pod Security
 * level.
 *
 * <pre>{@code
 * Sidecar.builder().name("log-shipper")
 *     .image(Image.builder().repository("fluent/fluent-bit").tag("2.2.0").build())
 *     .addVolumeMounts(VolumeMount.of("shipper-config", "/fluent-bit/etc")).build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSidecar.class)
@JsonDeserialize(as = ImmutableSidecar.class)
public interface Sidecar {

  /** A DNS-1123 label, unique in the pod, not starting with alluxio-, chown- or csi-. */
  String name();

  Image image();

  /** The entrypoint; empty keeps the image's. */
  List<String> command();

  List<String> args();

  /** Its environment, under the same rules as an Alluxio container's ({@link EnvRules}). */
  List<EnvVar> env();

  List<SidecarPort> ports();

  /** Mounts of the pod's extra volumes ({@code pod.volumes}). */
  List<VolumeMount> volumeMounts();

  /** Empty leaves the container without requests or limits. */
  Optional<Resources> resources();

  static ImmutableSidecar.Builder builder() {
    return ImmutableSidecar.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("Sidecar");
    problems.require(KubernetesNames.isDnsLabel(name()), "name", "\"" + name() + "\" is not a container name (a DNS-1123 "
        + "label: lower-case letters, digits and '-', at most 63)");
    ReservedNames.container(name()).ifPresent(why -> problems.add(SpecRule.RESERVED_NAME, "name", "\"" + name()
        + "\" is not available: " + why));
    EnvRules.check(problems, "env", env());
    java.util.Set<String> portNames = new java.util.HashSet<>();
    java.util.Set<Integer> numbers = new java.util.HashSet<>();
    for (int i = 0; i < ports().size(); i++) {
      SidecarPort p = ports().get(i);
      String at = "ports[" + i + "]";
      p.name().ifPresent(n -> {
        problems.require(portNames.add(n), at + ".name", "\"" + n + "\" is given twice");
        problems.require(!ReservedNames.port(n), SpecRule.RESERVED_NAME, at + ".name", "\"" + n + "\" is a name "
            + "alluxio-k8s gives its own ports, which a Service or probe may look up by name; choose another");
      });
      problems.require(numbers.add(p.containerPort()), at + ".containerPort", p.containerPort() + " is given twice");
    }
    problems.throwIfAny();
  }
}
