package dev.alluxiok8s.render.pod;

import dev.alluxiok8s.model.container.ExtraVolume;
import dev.alluxiok8s.model.container.ObjectVolumeSource;
import dev.alluxiok8s.model.container.Sidecar;
import dev.alluxiok8s.model.container.SidecarPort;
import dev.alluxiok8s.model.container.VolumeMount;
import dev.alluxiok8s.model.pod.PodExtras;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1SecretVolumeSource;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;

/**
 * What a component's {@code pod} adds to what runs in its pods: its extra volumes after
 * alluxio-k8s' own, their mounts in each of its Alluxio containers (master and job master, worker
 * and job worker, as chart 0.6.54 mounts them), its sidecars after those, and the process namespace
 * opt-ins. A sidecar runs with the security context of Alluxio's containers, whatever its image
 * would like, so it never takes the pods below their level.
 */
final class PodAdditionsBlock {

  private PodAdditionsBlock() {}

  static void apply(PodExtras extras, V1PodSpec pod) {
    if (extras.hostPID()) {
      pod.setHostPID(true);
    }
    if (extras.shareProcessNamespace()) {
      pod.setShareProcessNamespace(true);
    }
    if (!extras.volumes().isEmpty()) {
      List<V1Volume> volumes = new ArrayList<>(pod.getVolumes() == null ? List.of() : pod.getVolumes());
      extras.volumes().forEach(v -> volumes.add(volume(v)));
      pod.setVolumes(volumes);
    }
    if (!extras.volumeMounts().isEmpty()) {
      // Every Alluxio container of the pod (master and job master, worker and job worker), as the chart mounts them.
      for (V1Container container : pod.getContainers()) {
        // A copy: the containers of one pod may share their list of mounts.
        List<V1VolumeMount> mounts = new ArrayList<>(container.getVolumeMounts() == null ? List.of()
            : container.getVolumeMounts());
        mounts.addAll(mounts(extras.volumeMounts()));
        container.setVolumeMounts(mounts);
      }
    }
    extras.containers().forEach(s -> pod.addContainersItem(sidecar(s)));
  }

  private static V1Container sidecar(Sidecar s) {
    V1Container c = new V1Container().name(s.name()).image(s.image().reference())
        .imagePullPolicy(s.image().pullPolicy().value());
    if (!s.command().isEmpty()) {
      c.setCommand(s.command());
    }
    if (!s.args().isEmpty()) {
      c.setArgs(s.args());
    }
    if (!s.env().isEmpty()) {
      c.setEnv(ExtraEnv.of(s.env()));
    }
    if (!s.ports().isEmpty()) {
      c.setPorts(s.ports().stream().map(PodAdditionsBlock::port).toList());
    }
    if (!s.volumeMounts().isEmpty()) {
      c.setVolumeMounts(mounts(s.volumeMounts()));
    }
    s.resources().ifPresent(r -> c.setResources(ContainerResources.of(r)));
    return c.securityContext(SecurityContexts.process());
  }

  private static V1ContainerPort port(SidecarPort p) {
    V1ContainerPort out = new V1ContainerPort().containerPort(p.containerPort()).protocol(p.protocol());
    p.name().ifPresent(out::setName);
    return out;
  }

  private static List<V1VolumeMount> mounts(List<VolumeMount> mounts) {
    return mounts.stream().map(m -> {
      V1VolumeMount out = new V1VolumeMount().name(m.name()).mountPath(m.mountPath());
      m.subPath().ifPresent(out::setSubPath);
      if (m.readOnly()) {
        out.setReadOnly(true);
      }
      return out;
    }).toList();
  }

  private static V1Volume volume(ExtraVolume v) {
    V1Volume out = new V1Volume().name(v.name());
    v.emptyDir().ifPresent(e -> {
      V1EmptyDirVolumeSource source = new V1EmptyDirVolumeSource();
      e.medium().filter(m -> !m.isEmpty()).ifPresent(source::setMedium);
      e.sizeLimit().ifPresent(s -> source.setSizeLimit(Quantity.fromString(s)));
      out.setEmptyDir(source);
    });
    v.configMap().ifPresent(c -> out.setConfigMap(configMap(c)));
    v.secret().ifPresent(s -> out.setSecret(secret(s)));
    v.persistentVolumeClaim().ifPresent(c -> {
      V1PersistentVolumeClaimVolumeSource source = new V1PersistentVolumeClaimVolumeSource().claimName(c.claimName());
      if (c.readOnly()) {
        source.setReadOnly(true);
      }
      out.setPersistentVolumeClaim(source);
    });
    v.hostPath().ifPresent(h -> {
      V1HostPathVolumeSource source = new V1HostPathVolumeSource().path(h.path());
      h.type().filter(t -> !t.isEmpty()).ifPresent(source::setType);
      out.setHostPath(source);
    });
    return out;
  }

  private static V1ConfigMapVolumeSource configMap(ObjectVolumeSource c) {
    V1ConfigMapVolumeSource source = new V1ConfigMapVolumeSource().name(c.name().orElseThrow());
    c.defaultMode().ifPresent(source::setDefaultMode);
    if (c.optional()) {
      source.setOptional(true);
    }
    return source;
  }

  private static V1SecretVolumeSource secret(ObjectVolumeSource s) {
    V1SecretVolumeSource source = new V1SecretVolumeSource().secretName(s.secretName().orElseThrow());
    s.defaultMode().ifPresent(source::setDefaultMode);
    if (s.optional()) {
      source.setOptional(true);
    }
    return source;
  }
}
