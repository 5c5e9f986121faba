package dev.alluxiok8s.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.journal.FormatJournalJob;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.journal.JournalPersistentVolume;
import dev.alluxiok8s.render.ClusterRenderer;
import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.RenderedCluster;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class LayoutFilesTest {

  private static final RenderedCluster EVERYTHING = ClusterRenderer.create().render(Clusters.with(spec -> spec
      .journal(Journal.builder()
          .persistentVolume(JournalPersistentVolume.builder().build())
          .formatJob(FormatJournalJob.builder().enabled(true).build())
          .build())
      .fuse(Fuse.builder().enabled(true).demoClient(true).build())));

  @Test
  void kubectlLayoutHasTheGuidesFoldersSoApplyingAFolderWorks() {
    SortedMap<String, String> files = new LayoutFiles().of(EVERYTHING.objects(), "alluxio", Layout.KUBECTL);

    assertThat(files).containsOnlyKeys(
        "alluxio-configmap.yaml",
        "alluxio-master-journal-pv.yaml",
        "master/alluxio-master-journal-pvc.yaml",
        "master/alluxio-master-service.yaml",
        "master/alluxio-master-statefulset.yaml",
        "worker/alluxio-worker-daemonset.yaml",
        "alluxio-fuse.yaml",
        "alluxio-fuse-client.yaml",
        "job/alluxio-format-journal-job.yaml");
    assertThat(files.get("master/alluxio-master-service.yaml").split("\n---\n")).hasSize(2);
  }

  @Test
  void filesLayoutNumbersObjectsInApplyOrder() {
    SortedMap<String, String> files = new LayoutFiles().of(EVERYTHING.objects(), "alluxio", Layout.FILES);

    assertThat(files.keySet()).containsExactly(
        "01-configmap-alluxio-config.yaml",
        "02-persistentvolume-alluxio-journal.yaml",
        "03-persistentvolumeclaim-alluxio-journal.yaml",
        "04-service-alluxio-master.yaml",
        "05-service-alluxio-master-0.yaml",
        "06-statefulset-alluxio-master.yaml",
        "07-daemonset-alluxio-worker.yaml",
        "08-daemonset-alluxio-fuse.yaml",
        "09-daemonset-alluxio-fuse-client.yaml");
  }

  @Test
  void theFormatJobIsOnlyInTheKubectlLayoutsJobFolderNeverInALayoutAppliedAsAWhole() {
    for (Layout layout : new Layout[] {Layout.STREAM, Layout.FILES, Layout.KUSTOMIZE}) {
      new LayoutFiles().of(EVERYTHING.objects(), "alluxio", layout)
          .forEach((name, text) -> assertThat(text).as(layout + " " + name).doesNotContain("kind: Job"));
    }
    assertThat(new LayoutFiles().of(EVERYTHING.objects(), "alluxio", Layout.KUBECTL).get("job/alluxio-format-journal-job.yaml"))
        .contains("kind: Job").doesNotContain("ttlSecondsAfterFinished");
  }

  @Test
  void kustomizeLayoutListsEveryFileAsAResource() {
    SortedMap<String, String> files = new LayoutFiles().of(EVERYTHING.objects(), "alluxio", Layout.KUSTOMIZE);

    String kustomization = files.get("kustomization.yaml");
    assertThat(kustomization).startsWith("# Do not rename these objects with namePrefix or nameSuffix")
        .contains("\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n");
    files.keySet().stream().filter(f -> !f.equals("kustomization.yaml"))
        .forEach(f -> assertThat(kustomization).contains("  - " + f + "\n"));
  }

  @Test
  void streamLayoutIsOneFileEqualToTheStream() {
    SortedMap<String, String> files = new LayoutFiles().of(EVERYTHING.objects(), "alluxio", Layout.STREAM);

    assertThat(files).containsOnlyKeys("alluxio.yaml");
    assertThat(files.get("alluxio.yaml")).isEqualTo(EVERYTHING.toYaml());
  }

  @Test
  void layoutsAreNamedForTheCommandLine() {
    assertThat(Layout.byId("kubectl")).contains(Layout.KUBECTL);
    assertThat(Layout.byId("Kubectl")).isEmpty();
    assertThat(Layout.KUSTOMIZE.id()).isEqualTo("kustomize");
  }
}
