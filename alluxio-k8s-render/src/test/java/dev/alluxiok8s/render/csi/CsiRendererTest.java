package dev.alluxiok8s.render.csi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.ClusterMetadata;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.model.csi.Csi;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.RenderResult;
import dev.alluxiok8s.render.object.DraftObject;
import io.kubernetes.client.openapi.models.V1ClusterRole;
import io.kubernetes.client.openapi.models.V1ClusterRoleBinding;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PolicyRule;
import io.kubernetes.client.openapi.models.V1Role;
import io.kubernetes.client.openapi.models.V1StorageClass;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CsiRendererTest {

  private static AlluxioCluster withCsi(UnaryOperator<dev.alluxiok8s.model.csi.ImmutableCsi.Builder> change) {
    return AlluxioCluster.builder()
        .metadata(ClusterMetadata.builder().from(ClusterMetadata.named("alluxio")).namespace("storage").build())
        .spec(ClusterSpec.builder().underStorage(UnderStorage.at("s3a://analytics/alluxio/"))
            .csi(change.apply(Csi.builder().enabled(true).podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED,
                "the CSI node plugin mounts FUSE for the kubelet"))).build())
            .build())
        .build();
  }

  private static List<DraftObject> objects(AlluxioCluster cluster) {
    return new CsiRenderer(Clusters.context(cluster)).objects();
  }

  private static <T> T only(List<DraftObject> objects, Class<T> type) {
    return objects.stream().map(DraftObject::object).filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
  }

  @Test
  void offByDefault() {
    assertThat(objects(Clusters.minimal())).isEmpty();
  }

  @Test
  void rendersTheDriverAsChart0654DeploysItAndPassesValidation() throws Exception {
    RenderResult result = ManifestRenderer.builder().build().render(withCsi(b -> b));

    assertThat(result.report().errors()).extracting(Diagnostic::toString).isEmpty();
    assertThat(result.cluster().objects()).filteredOn(o -> o.component().name().startsWith("CSI"))
        .extracting(o -> o.kind() + "/" + o.name())
        .containsExactly("ServiceAccount/alluxio-csi-controller", "ServiceAccount/alluxio-csi-nodeplugin",
            "ClusterRole/alluxio-csi-provisioner", "ClusterRoleBinding/alluxio-csi-provisioner", "CSIDriver/alluxio",
            "StorageClass/alluxio", "ConfigMap/alluxio-csi-fuse", "Deployment/alluxio-csi-controller",
            "DaemonSet/alluxio-csi-nodeplugin");
  }

  @Test
  void theProvisionerMayOnlyDoWhatItDoesAndTheNodePluginNothingClusterWide() {
    List<DraftObject> objects = objects(withCsi(b -> b));
    V1ClusterRole role = only(objects, V1ClusterRole.class);

    assertThat(role.getRules()).extracting(r -> r.getApiGroups() + " " + r.getResources() + " " + r.getVerbs())
        .containsExactly("[] [persistentvolumes] [get, list, watch, create, delete]",
            "[] [persistentvolumeclaims] [get, list, watch, update]",
            "[storage.k8s.io] [storageclasses] [get, list, watch]",
            "[] [events] [list, watch, create, update, patch]");
    assertThat(role.getRules()).flatExtracting(V1PolicyRule::getResources).doesNotContain("pods", "nodes", "*");
    V1ClusterRoleBinding binding = only(objects, V1ClusterRoleBinding.class);
    assertThat(binding.getSubjects()).singleElement()
        .satisfies(s -> assertThat(s.getName() + "@" + s.getNamespace()).isEqualTo("alluxio-csi-controller@storage"));
    assertThat(objects).extracting(o -> o.object().getKind()).doesNotContain("Role", "RoleBinding");
  }

  @Test
  void fusePodsOfTheirOwnLetTheNodePluginCreateAndDeletePodsInItsNamespaceOnly() {
    List<DraftObject> objects = objects(withCsi(b -> b.mountInPod(true)));

    V1Role role = only(objects, V1Role.class);
    assertThat(role.getMetadata().getNamespace()).isEqualTo("storage");
    assertThat(role.getRules()).singleElement().satisfies(r -> {
      assertThat(r.getResources()).containsExactly("pods");
      assertThat(r.getVerbs()).containsExactly("create", "delete");
    });
    assertThat(only(objects, V1StorageClass.class).getParameters()).containsEntry("mountInPod", "true");
  }

  @Test
  void theNodeServerIsPrivilegedAndTheControllerRestricted() {
    List<DraftObject> objects = objects(withCsi(b -> b.storageClass("alluxio-data").alluxioPath("/data")));

    V1DaemonSet node = only(objects, V1DaemonSet.class);
    V1Container server = node.getSpec().getTemplate().getSpec().getContainers().get(1);
    assertThat(server.getSecurityContext().getPrivileged()).isTrue();
    assertThat(server.getVolumeMounts()).filteredOn(m -> "Bidirectional".equals(m.getMountPropagation()))
        .extracting(m -> m.getMountPath()).containsExactly("/var/lib/kubelet");
    assertThat(node.getMetadata().getAnnotations()).isNotEmpty();
    V1Deployment controller = only(objects, V1Deployment.class);
    assertThat(controller.getSpec().getTemplate().getSpec().getHostNetwork()).isNull();
    assertThat(controller.getSpec().getTemplate().getSpec().getContainers())
        .allSatisfy(c -> assertThat(c.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL"));
    assertThat(controller.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .isEqualTo("registry.k8s.io/sig-storage/csi-provisioner:v3.5.0");
    V1StorageClass storageClass = only(objects, V1StorageClass.class);
    assertThat(storageClass.getMetadata().getName()).isEqualTo("alluxio-data");
    assertThat(storageClass.getProvisioner()).isEqualTo("alluxio");
    assertThat(storageClass.getParameters()).containsEntry("alluxioPath", "/data")
        .containsEntry("javaOptions", "-Dalluxio.user.metadata.cache.enabled=true");
  }

  @Test
  void theFusePodTemplateStartsWithFuseAloneAndKnowsItsNode() {
    V1ConfigMap template = only(objects(withCsi(b -> b)), V1ConfigMap.class);

    assertThat(template.getData().get(CsiFusePodTemplate.KEY))
        .contains("kind: Pod", "- fuse\n", "name: ALLUXIO_CLIENT_HOSTNAME", "fieldPath: status.hostIP",
            "mountPropagation: Bidirectional", "privileged: true");
  }
}
