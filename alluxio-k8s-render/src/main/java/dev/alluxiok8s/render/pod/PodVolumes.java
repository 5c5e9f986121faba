package dev.alluxiok8s.render.pod;

import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;

/** Volumes of a pod and the mounts a container makes of them, collected together. */
public final class PodVolumes {

  private final List<V1Volume> volumes = new ArrayList<>();
  private final List<V1VolumeMount> mounts = new ArrayList<>();

  /** Adds a volume of the pod. */
  public PodVolumes volume(V1Volume volume) {
    volumes.add(volume);
    return this;
  }

  /** Adds a mount of a container. */
  public PodVolumes mount(V1VolumeMount mount) {
    mounts.add(mount);
    return this;
  }

  /** Adds the volumes and mounts of {@code other}. */
  public PodVolumes add(PodVolumes other) {
    volumes.addAll(other.volumes);
    mounts.addAll(other.mounts);
    return this;
  }

  public List<V1Volume> volumes() {
    return volumes;
  }

  public List<V1VolumeMount> mounts() {
    return mounts;
  }
}
