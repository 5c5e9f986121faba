package dev.alluxiok8s.render.master;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.kube.diagnostic.JavaApiWording;
import dev.alluxiok8s.model.journal.JournalPersistentVolume;
import dev.alluxiok8s.model.journal.JournalType;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.metastore.Metastore;
import dev.alluxiok8s.model.metastore.MetastoreType;
import dev.alluxiok8s.model.ufs.HdfsConfiguration;
import dev.alluxiok8s.model.volume.DataVolume;
import dev.alluxiok8s.model.volume.VolumeKind;
import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.object.DraftObject;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PersistentVolume;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.List;
import org.junit.jupiter.api.Test;

class MasterRendererTest {

  private static MasterRenderer renderer(AlluxioCluster cluster) {
    return new MasterRenderer(Clusters.context(cluster));
  }

  private static V1StatefulSet statefulSet(AlluxioCluster cluster) {
    return (V1StatefulSet) renderer(cluster).statefulSet().object();
  }

  private static List<V1Service> services(AlluxioCluster cluster) {
    return renderer(cluster).services().stream().map(o -> (V1Service) o.object()).toList();
  }

  @Test
  void serviceNameNamesTheGoverningHeadlessServiceUnlikeChart052() {
    AlluxioCluster cluster = Clusters.highlyAvailable();

    V1StatefulSet sts = statefulSet(cluster);
    V1Service governing = services(cluster).get(0);

    assertThat(sts.getSpec().getServiceName()).isEqualTo(governing.getMetadata().getName()).isEqualTo("alluxio-master");
    assertThat(governing.getSpec().getClusterIP()).isEqualTo("None");
    assertThat(governing.getSpec().getSelector()).isEqualTo(sts.getSpec().getSelector().getMatchLabels());
  }

  @Test
  void everyMasterHasAServiceForItsStableName() {
    List<V1Service> services = services(Clusters.highlyAvailable());

    assertThat(services).extracting(s -> s.getMetadata().getName())
        .containsExactly("alluxio-master", "alluxio-master-0", "alluxio-master-1", "alluxio-master-2");
    assertThat(services.get(2).getSpec().getSelector())
        .containsEntry("statefulset.kubernetes.io/pod-name", "alluxio-master-1");
    assertThat(services.get(2).getSpec().getPorts()).extracting(p -> p.getName())
        .containsExactly("rpc", "web", "embedded", "job-rpc", "job-web", "job-embedded");
  }

  @Test
  void embeddedJournalKeepsEachMastersCopyOnItsOwnClaim() {
    V1StatefulSet sts = statefulSet(Clusters.highlyAvailable());

    assertThat(sts.getSpec().getReplicas()).isEqualTo(3);
    assertThat(sts.getSpec().getVolumeClaimTemplates()).singleElement().satisfies(claim -> {
      assertThat(claim.getMetadata().getName()).isEqualTo("alluxio-journal");
      assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
      assertThat(claim.getSpec().getResources().getRequests().get("storage").toSuffixedString()).isEqualTo("1Gi");
    });
    assertThat(container(sts, "alluxio-master").getVolumeMounts()).extracting(V1VolumeMount::getMountPath)
        .containsExactly("/journal");
    assertThat(sts.getSpec().getTemplate().getSpec().getVolumes()).isNullOrEmpty();
  }

  @Test
  void singleMasterUfsJournalUsesOneClaimOutsideTheStatefulSet() {
    AlluxioCluster cluster = Clusters.minimal();

    List<DraftObject> storage = renderer(cluster).storage();
    V1StatefulSet sts = statefulSet(cluster);

    assertThat(storage).singleElement().satisfies(o -> {
      V1PersistentVolumeClaim claim = (V1PersistentVolumeClaim) o.object();
      assertThat(claim.getMetadata().getName()).isEqualTo("alluxio-journal");
      assertThat(claim.getSpec().getStorageClassName()).isNull();
    });
    assertThat(sts.getSpec().getVolumeClaimTemplates()).isNullOrEmpty();
    assertThat(sts.getSpec().getTemplate().getSpec().getVolumes()).singleElement()
        .satisfies(v -> assertThat(v.getPersistentVolumeClaim().getClaimName()).isEqualTo("alluxio-journal"));
  }

  @Test
  void demoPersistentVolumeBindsStaticallyToTheJournalClaim() {
    AlluxioCluster cluster = Clusters.with(spec -> spec.journal(Journal.builder()
        .persistentVolume(JournalPersistentVolume.builder().build()).build()));

    List<DraftObject> storage = renderer(cluster).storage();

    V1PersistentVolume pv = (V1PersistentVolume) storage.get(0).object();
    V1PersistentVolumeClaim claim = (V1PersistentVolumeClaim) storage.get(1).object();
    assertThat(pv.getMetadata().getNamespace()).isNull();
    assertThat(pv.getSpec().getHostPath().getPath()).isEqualTo("/tmp/alluxio-journal");
    assertThat(claim.getSpec().getVolumeName()).isEqualTo(pv.getMetadata().getName());
    assertThat(claim.getSpec().getStorageClassName()).isEmpty();
    assertThat(statefulSet(cluster).getSpec().getTemplate().getSpec().getInitContainers()).singleElement()
        .satisfies(init -> assertThat(init.getCommand()).containsExactly("chown", "1000:1000", "/journal"));
  }

  @Test
  void theDemoVolumeIsPinnedToTheNamedNode() {
    AlluxioCluster cluster = Clusters.with(spec -> spec.journal(Journal.builder()
        .persistentVolume(JournalPersistentVolume.builder().nodeName("minikube").build()).build()));

    V1PersistentVolume pv = (V1PersistentVolume) renderer(cluster).storage().get(0).object();

    assertThat(pv.getSpec().getNodeAffinity().getRequired().getNodeSelectorTerms()).singleElement()
        .satisfies(term -> assertThat(term.getMatchExpressions()).singleElement().satisfies(e -> {
          assertThat(e.getKey()).isEqualTo("kubernetes.io/hostname");
          assertThat(e.getOperator()).isEqualTo("In");
          assertThat(e.getValues()).containsExactly("minikube");
        }));
    assertThat(JournalNode.warning(cluster.spec().journal().persistentVolume().orElseThrow(), "alluxio-journal"))
        .isEmpty();
  }

  @Test
  void withoutANodeNameTheDemoVolumeGoesToTheNodeLabelledForItAndTheWarningSaysHow() {
    JournalPersistentVolume unnamed = JournalPersistentVolume.builder().build();
    AlluxioCluster cluster = Clusters.with(spec -> spec.journal(Journal.builder().persistentVolume(unnamed).build()));

    V1PersistentVolume pv = (V1PersistentVolume) renderer(cluster).storage().get(0).object();

    assertThat(pv.getSpec().getNodeAffinity().getRequired().getNodeSelectorTerms()).singleElement()
        .satisfies(term -> assertThat(term.getMatchExpressions()).singleElement().satisfies(e -> {
          assertThat(e.getKey()).isEqualTo("alluxio-k8s.dev/journal-volume");
          assertThat(e.getValues()).containsExactly("alluxio-journal");
        }));
    // The pods follow the volume: the scheduler honours a bound volume's node affinity.
    assertThat(statefulSet(cluster).getSpec().getTemplate().getSpec().getNodeSelector()).isNullOrEmpty();
    assertThat(JournalNode.warning(unnamed, pv.getMetadata().getName())).hasValueSatisfying(w -> {
      assertThat(w.path()).isEqualTo("spec.journal.persistentVolume.nodeName");
      assertThat(w.message()).contains("labelled alluxio-k8s.dev/journal-volume=alluxio-journal")
          .doesNotContain("/tmp/alluxio-journal");
      assertThat(JavaApiWording.INSTANCE.words(w.remedy()))
          .startsWith("label the node: kubectl label node <node-name> alluxio-k8s.dev/journal-volume=alluxio-journal");
    });
  }

  @Test
  void journalOnHdfsNeedsNoVolumeButHadoopsConfiguration() {
    AlluxioCluster cluster = Clusters.with(spec -> spec.journal(Journal.builder()
        .folder("hdfs://namenode:8020/alluxio/journal")
        .hdfsConfiguration(HdfsConfiguration.fromSecret("alluxio-hdfs-config"))
        .build()));

    V1StatefulSet sts = statefulSet(cluster);

    assertThat(renderer(cluster).storage()).isEmpty();
    assertThat(sts.getSpec().getTemplate().getSpec().getVolumes()).singleElement().satisfies(v -> {
      assertThat(v.getName()).isEqualTo("hdfs-journal-alluxio-hdfs-config");
      assertThat(v.getSecret().getSecretName()).isEqualTo("alluxio-hdfs-config");
    });
    assertThat(container(sts, "alluxio-master").getVolumeMounts()).extracting(V1VolumeMount::getMountPath)
        .containsExactly("/secrets/alluxio-k8s-hdfs-journal");
  }

  @Test
  void rocksMetastoreOnAnEmptyDirMountsOnlyInTheMaster() {
    AlluxioCluster cluster = Clusters.with(spec -> spec.metastore(Metastore.builder()
        .type(MetastoreType.ROCKS)
        .volume(DataVolume.builder().kind(VolumeKind.EMPTY_DIR).size("5Gi").build())
        .build()));

    V1StatefulSet sts = statefulSet(cluster);

    V1Volume metastore = sts.getSpec().getTemplate().getSpec().getVolumes().stream()
        .filter(v -> v.getName().equals("alluxio-metastore")).findFirst().orElseThrow();
    assertThat(metastore.getEmptyDir().getSizeLimit().toSuffixedString()).isEqualTo("5Gi");
    assertThat(container(sts, "alluxio-master").getVolumeMounts()).extracting(V1VolumeMount::getName)
        .contains("alluxio-metastore");
    // The job master has no metastore; it mounts only the journal, for its JobJournal.
    assertThat(container(sts, "alluxio-job-master").getVolumeMounts()).extracting(V1VolumeMount::getName)
        .containsExactly("alluxio-journal");
  }

  @Test
  void theJobMasterKeepsItsJournalOnTheMastersJournalVolume() {
    for (JournalType type : JournalType.values()) {
      V1StatefulSet sts = statefulSet(Clusters.with(spec -> spec.journal(Journal.builder().type(type).build())
          .masters(Masters.builder().count(type == JournalType.EMBEDDED ? 3 : 1).build())));

      assertThat(container(sts, "alluxio-job-master").getVolumeMounts()).as(type.toString())
          .extracting(V1VolumeMount::getName, V1VolumeMount::getMountPath)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("alluxio-journal", "/journal"));
    }
  }

  @Test
  void mastersMeetTheRestrictedPodSecurityLevel() {
    V1StatefulSet sts = statefulSet(Clusters.minimal());

    var pod = sts.getSpec().getTemplate().getSpec();
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
    assertThat(pod.getHostNetwork()).isNull();
    assertThat(pod.getContainers()).allSatisfy(c -> {
      assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
      assertThat(c.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
    });
    assertThat(pod.getInitContainers()).isNullOrEmpty();
  }

  private static V1Container container(V1StatefulSet sts, String name) {
    return sts.getSpec().getTemplate().getSpec().getContainers().stream()
        .filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
  }
}
