package dev.alluxiok8s.render.worker;

import dev.alluxiok8s.model.tieredstore.MediumType;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import dev.alluxiok8s.model.tieredstore.TierVolume;
import dev.alluxiok8s.model.tieredstore.TieredStore;
import dev.alluxiok8s.render.pod.PodVolumes;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One volume per tier directory, named {@code <medium>-<level>-<directory>} (e.g. {@code ssd-1-0}),
 * so two levels or two directories never share a name. Chart 0.5.2 named volumes after the medium
 * alone (two SSD directories collided) and could not render an emptyDir tier with several media.
 *
 * <p>An emptyDir is kept in RAM ({@code medium: Memory}) only for MEM directories; the chart put
 * SSD and HDD tiers in RAM too. A hostPath directory on the node's {@code /dev/shm} itself uses a
 * subdirectory of its own (see {@link TierLevel#nodeDirectoryOf}).
 */
final class TierVolumes {

  private TierVolumes() {}

  static PodVolumes of(TieredStore store) {
    PodVolumes volumes = new PodVolumes();
    List<TierLevel> levels = store.levels();
    for (int l = 0; l < levels.size(); l++) {
      TierLevel level = levels.get(l);
      for (int d = 0; d < level.directories().size(); d++) {
        TierDirectory dir = level.directories().get(d);
        MediumType medium = level.mediumOf(dir);
        String name = medium.name().toLowerCase(Locale.ROOT) + "-" + l + "-" + d;
        volumes.volume(volume(name, level, dir, medium))
            .mount(new V1VolumeMount().name(name).mountPath(dir.path()));
      }
    }
    return volumes;
  }

  /** The mounts of the tier volumes that are node directories, which Alluxio's user must own. */
  static List<V1VolumeMount> hostPathMounts(TieredStore store) {
    PodVolumes all = of(store);
    List<V1VolumeMount> mounts = new ArrayList<>();
    for (int i = 0; i < all.volumes().size(); i++) {
      if (all.volumes().get(i).getHostPath() != null) {
        mounts.add(all.mounts().get(i));
      }
    }
    return mounts;
  }

  private static V1Volume volume(String name, TierLevel level, TierDirectory dir, MediumType medium) {
    V1Volume volume = new V1Volume().name(name);
    TierVolume source = level.volumeOf(dir);
    switch (source.kind()) {
      case HOST_PATH -> volume.hostPath(new V1HostPathVolumeSource()
          .path(level.nodeDirectoryOf(dir).orElseThrow()).type("DirectoryOrCreate"));
      case EMPTY_DIR -> {
        V1EmptyDirVolumeSource emptyDir = new V1EmptyDirVolumeSource();
        if (medium == MediumType.MEM) {
          emptyDir.setMedium("Memory");
        }
        dir.quota().ifPresent(q -> emptyDir.setSizeLimit(Quantity.fromString(q)));
        volume.emptyDir(emptyDir);
      }
      case PERSISTENT_VOLUME_CLAIM -> volume.persistentVolumeClaim(
          new V1PersistentVolumeClaimVolumeSource().claimName(source.claimName().orElseThrow()));
    }
    return volume;
  }
}
