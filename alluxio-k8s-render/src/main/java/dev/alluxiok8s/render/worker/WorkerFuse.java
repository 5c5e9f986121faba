package dev.alluxiok8s.render.worker;

import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.render.config.ConfigMapData;
import dev.alluxiok8s.render.pod.CredentialEnv;
import dev.alluxiok8s.render.pod.FuseMounts;
import dev.alluxiok8s.render.pod.PodVolumes;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;

/**
 * FUSE inside the worker process ({@code spec.fuse.inWorker}): the worker container gets what a
 * FUSE container has, the FUSE device and the mount point's parent shared with the node, root with
 * {@code SYS_ADMIN} in a privileged container, and the node's address as its client host name.
 * The job worker stays as it is.
 *
 * <p>No preStop unmount, unlike FUSE's own DaemonSet: Alluxio's {@code alluxio-fuse unmount}
 * finds a worker's FUSE by property names that 2.9 no longer uses, and the worker unmounts its
 * FUSE itself when it stops ({@code FuseManager.close}).
 */
final class WorkerFuse {

  private WorkerFuse() {}

  /** The node's FUSE device and mount directory, when FUSE runs in the worker; none otherwise. */
  static PodVolumes volumes(Fuse fuse) {
    return fuse.enabled() && fuse.inWorker() ? FuseMounts.of(fuse) : new PodVolumes();
  }

  /**
   * The worker container, changed to mount FUSE when {@code fuse} runs in it. mount(2) needs
   * {@code CAP_SYS_ADMIN} in the process's effective set, which only root gets from a privileged
   * container; {@code Bidirectional} propagation is only allowed to privileged containers.
   */
  static V1Container apply(Fuse fuse, V1Container worker, List<V1VolumeMount> fuseMounts) {
    if (!fuse.enabled() || !fuse.inWorker()) {
      return worker;
    }
    List<V1VolumeMount> mounts = new ArrayList<>(worker.getVolumeMounts() == null ? List.of() : worker.getVolumeMounts());
    mounts.addAll(fuseMounts);
    worker.addEnvItem(CredentialEnv.fromField(ConfigMapData.CLIENT_HOSTNAME_VARIABLE, "status.hostIP"));
    return worker.volumeMounts(mounts)
        .securityContext(new V1SecurityContext().privileged(true).runAsUser(0L).runAsGroup(0L).runAsNonRoot(false)
            .capabilities(new V1Capabilities().add(List.of("SYS_ADMIN"))));
  }
}
