package dev.alluxiok8s.render.validation;

import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.container.EnvVar;
import dev.alluxiok8s.model.container.ExtraVolume;
import dev.alluxiok8s.model.container.Sidecar;
import dev.alluxiok8s.model.placement.PodSettings;
import dev.alluxiok8s.validation.bundle.ExternalReference;
import java.util.List;
import java.util.Set;

/**
 * The objects that what a spec adds to its pods names (its extra volumes' ConfigMaps, Secrets and
 * claims; the Secrets and ConfigMaps its variables read), which the user creates beside the
 * cluster, as {@link ExternalObjects} does for the rest of the spec.
 */
final class PodAdditionReferences {

  private PodAdditionReferences() {}

  static void addTo(Set<ExternalReference> refs, ClusterSpec spec) {
    List<PodSettings> components = List.of(spec.masters(), spec.workers(), spec.fuse(), spec.logServer(), spec.proxy());
    for (PodSettings pods : components) {
      for (ExtraVolume v : pods.pod().volumes()) {
        v.configMap().flatMap(c -> c.name()).ifPresent(n -> refs.add(ExternalReference.configMap(n)));
        v.secret().flatMap(s -> s.secretName()).ifPresent(n -> refs.add(ExternalReference.secret(n)));
        v.persistentVolumeClaim().ifPresent(c -> refs.add(ExternalReference.persistentVolumeClaim(c.claimName())));
      }
      for (Sidecar sidecar : pods.pod().containers()) {
        env(refs, sidecar.env());
      }
    }
    List.of(spec.masters().master(), spec.masters().jobMaster(), spec.workers().worker(), spec.workers().jobWorker(),
        spec.fuse(), spec.logServer(), spec.proxy()).forEach(process -> env(refs, process.env()));
  }

  private static void env(Set<ExternalReference> refs, List<EnvVar> env) {
    for (EnvVar v : env) {
      v.valueFrom().ifPresent(s -> {
        s.secretKeyRef().ifPresent(k -> refs.add(ExternalReference.secret(k.name())));
        s.configMapKeyRef().ifPresent(k -> refs.add(ExternalReference.configMap(k.name())));
      });
    }
  }
}
