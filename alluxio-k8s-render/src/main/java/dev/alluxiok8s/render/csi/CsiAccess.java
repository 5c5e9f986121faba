package dev.alluxiok8s.render.csi;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.naming.Metadata;
import dev.alluxiok8s.render.naming.ObjectNames;
import dev.alluxiok8s.render.object.DraftObject;
import io.kubernetes.client.openapi.models.RbacV1Subject;
import io.kubernetes.client.openapi.models.V1ClusterRole;
import io.kubernetes.client.openapi.models.V1ClusterRoleBinding;
import io.kubernetes.client.openapi.models.V1PolicyRule;
import io.kubernetes.client.openapi.models.V1Role;
import io.kubernetes.client.openapi.models.V1RoleBinding;
import io.kubernetes.client.openapi.models.V1RoleRef;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import java.util.ArrayList;
import java.util.List;

/**
 * Who the CSI driver's pods are to the API server, with the least each needs. Chart 0.6.54 gives
 * both pods one ServiceAccount bound to a ClusterRole that also creates and deletes pods in every
 * namespace and reads nodes and CSINodes; here:
 *
 * <ul>
 *   <li>the controller's account gets the rules of the csi-provisioner sidecar as it is started
 *       (no topology, no snapshots, no leader election): PersistentVolumes it creates and deletes,
 *       the claims it watches and annotates, the StorageClasses it reads, and the Events it
 *       records. Nodes and CSINodes are read only for topology, which Alluxio's driver does not
 *       offer (its identity server announces the controller service alone);
 *   <li>the node plugin's account has no cluster-wide rule. Alluxio's {@code csiserver} only
 *       creates and deletes the FUSE pods of {@code mountInPod}, in its own namespace: a Role for
 *       exactly that, and only then. It still needs its token, since {@code csiserver} builds its
 *       API client from the pod's account at start-up, whatever the mode.
 * </ul>
 */
final class CsiAccess {

  private static final String CORE = "";
  private static final String STORAGE = "storage.k8s.io";
  private static final String RBAC = "rbac.authorization.k8s.io";

  private final AlluxioCluster cluster;
  private final ObjectNames names;
  private final Metadata metadata;

  CsiAccess(AlluxioCluster cluster, ObjectNames names, Metadata metadata) {
    this.cluster = cluster;
    this.names = names;
    this.metadata = metadata;
  }

  List<DraftObject> objects() {
    List<DraftObject> objects = new ArrayList<>();
    objects.add(serviceAccount(Component.CSI_CONTROLLER, names.csiController()));
    objects.add(serviceAccount(Component.CSI_NODE_PLUGIN, names.csiNodePlugin()));
    objects.add(new DraftObject(Component.CSI, new V1ClusterRole().apiVersion(RBAC + "/v1").kind("ClusterRole")
        .metadata(metadata.clusterScoped(Component.CSI, names.csiProvisioner()))
        .rules(List.of(
            rule(CORE, "persistentvolumes", "get", "list", "watch", "create", "delete"),
            rule(CORE, "persistentvolumeclaims", "get", "list", "watch", "update"),
            rule(STORAGE, "storageclasses", "get", "list", "watch"),
            rule(CORE, "events", "list", "watch", "create", "update", "patch")))));
    objects.add(new DraftObject(Component.CSI, new V1ClusterRoleBinding().apiVersion(RBAC + "/v1")
        .kind("ClusterRoleBinding")
        .metadata(metadata.clusterScoped(Component.CSI, names.csiProvisioner()))
        .subjects(List.of(subject(names.csiController())))
        .roleRef(new V1RoleRef().apiGroup(RBAC).kind("ClusterRole").name(names.csiProvisioner()))));
    if (cluster.spec().csi().mountInPod()) {
      objects.add(new DraftObject(Component.CSI, new V1Role().apiVersion(RBAC + "/v1").kind("Role")
          .metadata(metadata.of(Component.CSI, names.csiFuse()))
          .rules(List.of(rule(CORE, "pods", "create", "delete")))));
      objects.add(new DraftObject(Component.CSI, new V1RoleBinding().apiVersion(RBAC + "/v1").kind("RoleBinding")
          .metadata(metadata.of(Component.CSI, names.csiFuse()))
          .subjects(List.of(subject(names.csiNodePlugin())))
          .roleRef(new V1RoleRef().apiGroup(RBAC).kind("Role").name(names.csiFuse()))));
    }
    return objects;
  }

  private DraftObject serviceAccount(Component component, String name) {
    return new DraftObject(component, new V1ServiceAccount().apiVersion("v1").kind("ServiceAccount")
        .metadata(metadata.of(component, name)));
  }

  private RbacV1Subject subject(String serviceAccount) {
    // The model requires the namespace when the driver is enabled.
    return new RbacV1Subject().kind("ServiceAccount").name(serviceAccount)
        .namespace(cluster.metadata().namespace().orElseThrow());
  }

  private static V1PolicyRule rule(String apiGroup, String resource, String... verbs) {
    return new V1PolicyRule().apiGroups(List.of(apiGroup)).resources(List.of(resource)).verbs(List.of(verbs));
  }
}
