package dev.alluxiok8s.render.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.journal.FormatJournalJob;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.render.Clusters;
import io.kubernetes.client.openapi.models.V1Job;
import org.junit.jupiter.api.Test;

class FormatJournalJobRendererTest {

  @Test
  void theJobIsOptInBecauseApplyingItErasesTheJournal() {
    assertThat(new FormatJournalJobRenderer(Clusters.context(Clusters.minimal())).job()).isEmpty();
  }

  @Test
  void formatsTheSharedJournalClaimAsAlluxiosUser() {
    var cluster = Clusters.with(spec -> spec.journal(Journal.builder()
        .formatJob(FormatJournalJob.builder().enabled(true).build()).build()));

    V1Job job = (V1Job) new FormatJournalJobRenderer(Clusters.context(cluster)).job().orElseThrow().object();

    assertThat(job.getMetadata().getName()).isEqualTo("alluxio-format-journal");
    // Kept when finished: with a TTL, the next apply of its file would recreate it and erase a live journal.
    assertThat(job.getSpec().getTtlSecondsAfterFinished()).isNull();
    assertThat(job.getSpec().getActiveDeadlineSeconds()).isEqualTo(30L);
    var pod = job.getSpec().getTemplate().getSpec();
    assertThat(pod.getRestartPolicy()).isEqualTo("OnFailure");
    assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(1000L);
    assertThat(pod.getContainers().get(0).getCommand()).containsExactly("/opt/alluxio/bin/alluxio", "formatJournal");
    assertThat(pod.getVolumes()).singleElement()
        .satisfies(v -> assertThat(v.getPersistentVolumeClaim().getClaimName()).isEqualTo("alluxio-journal"));
    assertThat(job.getSpec().getTemplate().getMetadata().getLabels())
        .containsEntry("app.kubernetes.io/component", "format-journal");
  }
}
