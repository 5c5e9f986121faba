package dev.alluxiok8s.render.csi;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.csi.Csi;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.naming.Metadata;
import dev.alluxiok8s.render.object.DraftObject;
import io.kubernetes.client.openapi.models.V1CSIDriver;
import io.kubernetes.client.openapi.models.V1CSIDriverSpec;
import io.kubernetes.client.openapi.models.V1StorageClass;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CSIDriver object and the StorageClass pods claim volumes from. The driver's name is fixed by
 * Alluxio's binary, so one Kubernetes cluster holds one Alluxio CSI driver.
 */
final class CsiStorage {

  private final AlluxioCluster cluster;
  private final Metadata metadata;

  CsiStorage(AlluxioCluster cluster, Metadata metadata) {
    this.cluster = cluster;
    this.metadata = metadata;
  }

  /** No attach step (FUSE needs none), and the pod's identity passed to the node plugin on mount, as the chart. */
  DraftObject driver() {
    return new DraftObject(Component.CSI, new V1CSIDriver().apiVersion("storage.k8s.io/v1").kind("CSIDriver")
        .metadata(metadata.clusterScoped(Component.CSI, Csi.DRIVER_NAME))
        .spec(new V1CSIDriverSpec().attachRequired(false).podInfoOnMount(true)));
  }

  /**
   * Its parameters reach the controller (which checks that {@code alluxioPath} is a directory) and
   * each volume's context on the node: the Alluxio path, where FUSE runs, and FUSE's extra JVM options.
   */
  DraftObject storageClass() {
    Csi csi = cluster.spec().csi();
    Map<String, String> parameters = new TreeMap<>();
    parameters.put("alluxioPath", csi.alluxioPath());
    parameters.put("mountInPod", Boolean.toString(csi.mountInPod()));
    parameters.put("javaOptions", String.join(" ", csi.javaOptions()));
    return new DraftObject(Component.CSI, new V1StorageClass().apiVersion("storage.k8s.io/v1").kind("StorageClass")
        .metadata(metadata.clusterScoped(Component.CSI, csi.storageClassOr(cluster.name())))
        .provisioner(Csi.DRIVER_NAME)
        .parameters(parameters)
        .volumeBindingMode("Immediate")
        .mountOptions(csi.mountOptions().isEmpty() ? null : List.copyOf(csi.mountOptions())));
  }
}
