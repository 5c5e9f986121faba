package dev.alluxiok8s.render.pod;

import dev.alluxiok8s.model.secret.SecretMounts;
import io.kubernetes.client.openapi.models.V1SecretVolumeSource;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.Map;

/** The Secrets a role mounts read-only under {@value SecretMounts#ROOT}, readable by their owner only. */
public final class SecretVolumes {

  /** Owner-read only (0400), as chart 0.5.2: the files hold credentials. */
  static final int MODE = 0400;

  private SecretVolumes() {}

  /** Volumes and mounts for {@code mounts} (Secret name -> directory). */
  public static PodVolumes of(Map<String, String> mounts) {
    PodVolumes volumes = new PodVolumes();
    mounts.forEach((secret, directory) -> add(volumes, "secret-", secret, SecretMounts.mountPath(directory)));
    return volumes;
  }

  static void add(PodVolumes volumes, String volumePrefix, String secret, String mountPath) {
    String name = VolumeNames.derive(volumePrefix, secret);
    volumes.volume(new V1Volume().name(name)
            .secret(new V1SecretVolumeSource().secretName(secret).defaultMode(MODE)))
        .mount(new V1VolumeMount().name(name).mountPath(mountPath).readOnly(true));
  }
}
