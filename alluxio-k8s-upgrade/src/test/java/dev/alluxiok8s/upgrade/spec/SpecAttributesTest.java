package dev.alluxiok8s.upgrade.spec;

import static dev.alluxiok8s.upgrade.ManifestPairs.input;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.change.UpgradeRule;
import dev.alluxiok8s.upgrade.objects.DeployedObject;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spec attribute an author reads for a change of a rendered object. */
class SpecAttributesTest {

  private static final DeployedObject MASTERS = input("x.yaml", """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: alluxio-master, namespace: alluxio}
      spec:
        replicas: 3
        volumeClaimTemplates:
          - metadata: {name: alluxio-journal}
          - metadata: {name: alluxio-metastore}
      """).objects().get(0);

  private static final DeployedObject WORKERS = input("x.yaml", """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: alluxio-worker, namespace: alluxio}
      spec: {}
      """).objects().get(0);

  private static DeployedObject claim(String name) {
    return input("x.yaml", "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: " + name + "}\nspec: {}\n")
        .objects().get(0);
  }

  @ParameterizedTest(name = "{0} at {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "OBJECT_UPDATED | spec.replicas | spec.masters.count",
      "STATEFULSET_IMMUTABLE | spec.volumeClaimTemplates | spec.journal.volume",
      "STATEFULSET_IMMUTABLE | spec | spec.journal.volume",
      "STATEFULSET_IMMUTABLE | spec.volumeClaimTemplates[0].spec.storageClassName | spec.journal.volume.storageClass",
      "STATEFULSET_IMMUTABLE | spec.volumeClaimTemplates[0].spec.accessModes[0] | spec.journal.volume.accessModes",
      "STATEFULSET_IMMUTABLE | spec.volumeClaimTemplates[1].spec.resources.requests.storage | spec.metastore.volume.size",
      "STATEFULSET_IMMUTABLE | spec.volumeClaimTemplates[1].spec.volumeMode | spec.metastore.volume",
      "STATEFULSET_IMMUTABLE | spec.volumeClaimTemplates[7].spec.volumeMode | spec.journal.volume",
      "STATEFULSET_IMMUTABLE | spec.serviceName | ''",
  })
  void aMasterStatefulSetsFields(String rule, String path, String attribute) {
    assertThat(SpecAttributes.of(change(rule, path, "x"), MASTERS)).isEqualTo(attribute);
  }

  @ParameterizedTest(name = "claim {0} at {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "alluxio-journal | spec.storageClassName | spec.journal.volume.storageClass",
      "alluxio-metastore | spec.resources.requests.storage | spec.metastore.volume.size",
      "alluxio-metastore | metadata.labels | spec.metastore.volume",
  })
  void aClaimsFields(String name, String path, String attribute) {
    assertThat(SpecAttributes.of(change("CLAIM_IMMUTABLE", path, "x"), claim(name))).isEqualTo(attribute);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "QUORUM | spec.masters.count",
      "JOURNAL_TYPE | spec.journal.type",
      "JOURNAL_FOLDER | spec.journal.folder",
      "METASTORE | spec.metastore.type",
      "RELOCATED | metadata.namespace",
      "IMAGE_DOWNGRADE | spec.images.alluxio.tag",
  })
  void alluxiosOwnChangesHaveOneAttributeEach(String rule, String attribute) {
    assertThat(SpecAttributes.of(change(rule, "data.ALLUXIO_JAVA_OPTS", "x"), WORKERS)).isEqualTo(attribute);
  }

  @ParameterizedTest(name = "a roll-out of {0} showing {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "alluxio-worker | '\"alluxio/alluxio:2.9.5\"' | spec.images.alluxio.tag",
      "alluxio-fuse | '\"alluxio/alluxio-fuse:2.9.5\"' | spec.images.fuse.tag",
      "alluxio-worker | '' | ''",
  })
  void aRollOutIsTracedToAnImageOnlyWhenTheImageChanged(String name, String after, String attribute) {
    DeployedObject workload = input("x.yaml", "apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: " + name + "}\n")
        .objects().get(0);

    assertThat(SpecAttributes.of(change("ROLLOUT", "spec.template", after), workload)).isEqualTo(attribute);
  }

  @ParameterizedTest(name = "{0} of a DaemonSet: no attribute")
  @CsvSource({"spec.replicas", "spec.selector"})
  void otherObjectsFieldsHaveNoAttribute(String path) {
    assertThat(SpecAttributes.of(change("OBJECT_UPDATED", path, "x"), WORKERS)).isEmpty();
  }

  private static Change change(String rule, String path, String after) {
    return Change.of(MASTERS.ref(), path, "", after, UpgradeRule.valueOf(rule), "because", List.of());
  }
}
