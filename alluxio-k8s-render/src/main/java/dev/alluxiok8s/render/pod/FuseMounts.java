package dev.alluxiok8s.render.pod;

import dev.alluxiok8s.model.fuse.Fuse;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;

/**
 * What a container that mounts Alluxio with FUSE needs from its node, whether FUSE has a DaemonSet
 * of its own or runs inside the worker: the FUSE device, and the mount point's parent directory
 * shared both ways with the node.
 */
public final class FuseMounts {

  public static final String DEVICE_VOLUME = "alluxio-fuse-device";
  public static final String MOUNT_VOLUME = "alluxio-fuse-mount";

  private FuseMounts() {}

  /**
   * The device and the mount point's parent. The parent, not the mount point: after a crash the
   * node keeps a dead FUSE mount at the mount point, which a hostPath volume of its own could no
   * longer be set up on ("file exists", Alluxio issue 11472). Under the parent, a restarted FUSE
   * sees the dead mount and can unmount it; {@code Bidirectional} shares the new one with the node.
   */
  public static PodVolumes of(Fuse fuse) {
    String parent = parentOf(fuse.mountPoint());
    return new PodVolumes()
        .volume(new V1Volume().name(DEVICE_VOLUME)
            .hostPath(new V1HostPathVolumeSource().path("/dev/fuse").type("CharDevice")))
        .mount(new V1VolumeMount().name(DEVICE_VOLUME).mountPath("/dev/fuse"))
        .volume(new V1Volume().name(MOUNT_VOLUME)
            .hostPath(new V1HostPathVolumeSource().path(parent).type("DirectoryOrCreate")))
        .mount(new V1VolumeMount().name(MOUNT_VOLUME).mountPath(parent).mountPropagation("Bidirectional"));
  }

  /** The directory that holds {@code mountPoint}; the model keeps mount points at least two levels deep. */
  public static String parentOf(String mountPoint) {
    return mountPoint.substring(0, mountPoint.lastIndexOf('/'));
  }
}
