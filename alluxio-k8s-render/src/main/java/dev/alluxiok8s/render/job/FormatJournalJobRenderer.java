package dev.alluxiok8s.render.job;

import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.journal.FormatJournalJob;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.render.context.RenderContext;
import dev.alluxiok8s.render.config.ConfigMapData;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.naming.Metadata;
import dev.alluxiok8s.render.naming.ObjectNames;
import dev.alluxiok8s.render.object.DraftObject;
import dev.alluxiok8s.render.pod.AlluxioContainers;
import dev.alluxiok8s.render.pod.ChownInitContainer;
import dev.alluxiok8s.render.pod.CredentialEnv;
import dev.alluxiok8s.render.pod.HdfsConfigurationMounts;
import dev.alluxiok8s.render.pod.PodExtrasBlock;
import dev.alluxiok8s.render.pod.PodSpecs;
import dev.alluxiok8s.render.pod.PodVolumes;
import dev.alluxiok8s.render.pod.SecretVolumes;
import dev.alluxiok8s.render.pod.SecurityContexts;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1JobSpec;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The opt-in Job that runs {@code alluxio formatJournal} against the masters' journal (a shared
 * local claim, or a folder on HDFS): a deliberate reformat that erases the journal. The model
 * refuses it for an EMBEDDED journal, whose copies live on each master's own claim where no Job
 * can reach them. It has no {@code ttlSecondsAfterFinished}: a deleted Job would be created (and
 * run) again by the next apply of its file; a kept one is left alone. The layouts keep it out of
 * everything applied as a whole (see {@code LayoutFiles}).
 *
 * <p>Unlike chart 0.5.2's, the Job runs as Alluxio's user with the masters' security settings and
 * its pods carry labels, and it mounts the journal at the configured folder.
 */
public final class FormatJournalJobRenderer {

  static final String CONTAINER = "alluxio-format-journal";
  static final String JOURNAL_VOLUME = "alluxio-journal";

  private final ClusterSpec spec;
  private final ObjectNames names;
  private final Metadata metadata;

  public FormatJournalJobRenderer(RenderContext context) {
    this.spec = context.spec();
    this.names = context.names();
    this.metadata = context.metadata();
  }

  public Optional<DraftObject> job() {
    FormatJournalJob settings = spec.journal().formatJob();
    if (!settings.enabled()) {
      return Optional.empty();
    }
    Journal journal = spec.journal();
    PodVolumes volumes = new PodVolumes();
    if (journal.isLocal()) {
      volumes.volume(new V1Volume().name(JOURNAL_VOLUME)
              .persistentVolumeClaim(new V1PersistentVolumeClaimVolumeSource().claimName(names.journalClaim())))
          .mount(new V1VolumeMount().name(JOURNAL_VOLUME).mountPath(journal.folder()));
    }
    volumes.add(HdfsConfigurationMounts.journal(spec)).add(SecretVolumes.of(spec.secrets().master()));

    List<V1EnvVar> env = new ArrayList<>();
    env.add(new V1EnvVar().name(ConfigMapData.MASTER_HOSTNAME_VARIABLE).value(names.master(0)));
    env.addAll(CredentialEnv.of(spec.underStorage().credentials()));
    V1Container container = AlluxioContainers.of(CONTAINER, spec.images().alluxio(), List.of(),
            names.configMap(), spec.masters().master(), spec.logLevel())
        .command(List.of("/opt/alluxio/bin/alluxio", "formatJournal"))
        .args(null)
        .env(env)
        .volumeMounts(volumes.mounts().isEmpty() ? null : volumes.mounts());
    V1PodSpec pod = PodSpecs.base(spec, spec.masters().placement(), false, spec.masters().effectiveDnsPolicy())
        .restartPolicy("OnFailure")
        .securityContext(SecurityContexts.pod(spec.runAs()))
        .volumes(volumes.volumes().isEmpty() ? null : volumes.volumes())
        .addContainersItem(container);
    // The Job belongs to the masters: their account, token setting, pull secrets and priority.
    PodExtrasBlock.account(spec, spec.masters().pod(), pod);
    if (journal.persistentVolume().isPresent()) {
      ChownInitContainer.of(spec, volumes.mounts().stream()
          .filter(m -> m.getName().equals(JOURNAL_VOLUME)).toList()).ifPresent(pod::addInitContainersItem);
    }
    return Optional.of(new DraftObject(Component.FORMAT_JOURNAL, new V1Job()
        .apiVersion("batch/v1").kind("Job")
        .metadata(metadata.of(Component.FORMAT_JOURNAL, names.formatJournalJob()))
        .spec(new V1JobSpec()
            .activeDeadlineSeconds(settings.activeDeadlineSeconds())
            .backoffLimit(3)
            .template(new V1PodTemplateSpec().metadata(metadata.podTemplate(Component.FORMAT_JOURNAL)).spec(pod)))));
  }
}
