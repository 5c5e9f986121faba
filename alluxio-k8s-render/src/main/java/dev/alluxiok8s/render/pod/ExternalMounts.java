package dev.alluxiok8s.render.pod;

import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.mount.ClaimMount;
import dev.alluxiok8s.model.mount.ConfigMapMounts;
import io.kubernetes.client.openapi.models.V1ConfigMapVolumeSource;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.Map;

/**
 * The claims ({@code spec.claimMounts}) and ConfigMaps ({@code spec.configMaps}) a role mounts
 * from outside the cluster's own objects. Chart 0.6.54 mounts its {@code configmaps} without
 * declaring their volumes, so its pods are refused; here each mount has its volume.
 */
public final class ExternalMounts {

  private ExternalMounts() {}

  /** For the master and job-master containers. */
  public static PodVolumes master(ClusterSpec spec) {
    return claims(spec).add(configMaps(spec.configMaps().master()));
  }

  /** For the worker and job-worker containers. */
  public static PodVolumes worker(ClusterSpec spec) {
    return claims(spec).add(configMaps(spec.configMaps().worker()));
  }

  /** For the log server's container. */
  public static PodVolumes logServer(ClusterSpec spec) {
    return claims(spec).add(configMaps(spec.configMaps().logServer()));
  }

  private static PodVolumes claims(ClusterSpec spec) {
    PodVolumes volumes = new PodVolumes();
    for (ClaimMount mount : spec.claimMounts()) {
      String name = VolumeNames.derive("claim-", mount.claimName());
      volumes.volume(new V1Volume().name(name)
              .persistentVolumeClaim(new V1PersistentVolumeClaimVolumeSource().claimName(mount.claimName())))
          .mount(new V1VolumeMount().name(name).mountPath(mount.mountPath()));
    }
    return volumes;
  }

  private static PodVolumes configMaps(Map<String, String> mounts) {
    PodVolumes volumes = new PodVolumes();
    mounts.forEach((configMap, directory) -> {
      String name = VolumeNames.derive("configmap-", configMap);
      volumes.volume(new V1Volume().name(name).configMap(new V1ConfigMapVolumeSource().name(configMap)))
          .mount(new V1VolumeMount().name(name).mountPath(ConfigMapMounts.mountPath(directory)).readOnly(true));
    });
    return volumes;
  }
}
