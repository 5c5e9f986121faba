package dev.alluxiok8s.model.journal;

import dev.alluxiok8s.model.ModelStyle;
import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SafePaths;
import dev.alluxiok8s.model.ufs.HdfsConfiguration;
import dev.alluxiok8s.model.ufs.UriRules;
import dev.alluxiok8s.model.volume.DataVolume;
import dev.alluxiok8s.model.volume.VolumeKind;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where the masters keep their journal.
 *
 * <ul>
 *   <li>UFS journal on a local volume (the default): {@code folder} is a path inside the master,
 *       on {@link #volume()}, a claim shared by all masters (so more than one master needs
 *       {@code ReadWriteMany});
 *   <li>UFS journal on HDFS: {@code folder} is an {@code hdfs://} URI, no volume is used, and
 *       {@link #hdfsConfiguration()} names the Secret with Hadoop's configuration;
 *   <li>EMBEDDED journal: each master keeps a Raft copy on its own claim (a volume claim
 *       template); {@code emptyDir} is possible, but loses the journal with the pod.
 * </ul>
 *
 * <pre>{@code
 * Journal embedded = Journal.builder().type(JournalType.EMBEDDED).build();
 * Journal onHdfs = Journal.builder().folder("hdfs://namenode:8020/alluxio/journal")
 *     .hdfsConfiguration(HdfsConfiguration.fromSecret("alluxio-hdfs-config")).build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableJournal.class)
@JsonDeserialize(as = ImmutableJournal.class)
public interface Journal {

  @Value.Default
  default JournalType type() {
    return JournalType.UFS;
  }

  /** An absolute path in the master container, or (UFS only) a URI such as {@code hdfs://nn:8020/journal}. */
  @Value.Default
  default String folder() {
    return "/journal";
  }

  /** The volume of a local journal; unused when the folder is a URI. */
  @Value.Default
  default DataVolume volume() {
    return DataVolume.claim("1Gi");
  }

  /** An opt-in hostPath PersistentVolume for the journal claim (single-node demos). */
  Optional<JournalPersistentVolume> persistentVolume();

  /** Hadoop's configuration for a journal on HDFS. */
  Optional<HdfsConfiguration> hdfsConfiguration();

  @Value.Default
  default FormatJournalJob formatJob() {
    return FormatJournalJob.builder().build();
  }

  /** Whether the journal lives on a volume of the master pods (not on a remote under store). */
  default boolean isLocal() {
    return folder().startsWith("/");
  }

  static ImmutableJournal.Builder builder() {
    return ImmutableJournal.builder();
  }

  @Value.Check
  default void check() {
    Problems problems = new Problems("Journal");
    if (!isLocal()) {
      UriRules.checkUri(problems, "folder", folder(), "an absolute path such as /journal, or a URI such as hdfs://namenode:8020/alluxio/journal");
      JournalLocations.check(problems, "folder", folder());
      UriRules.checkReachable(problems, "folder", folder(), hdfsConfiguration().isPresent(), "spec.journal.hdfsConfiguration");
      problems.require(type() == JournalType.UFS, "folder",
          "an EMBEDDED journal lives on the masters' own volumes: give an absolute path such as /journal");
    }
    if (isLocal()) {
      SafePaths.checkContainerPath(problems, "folder", folder());
    }
    problems.require(persistentVolume().isEmpty() || (isLocal() && volume().kind() == VolumeKind.PERSISTENT_VOLUME_CLAIM),
        "persistentVolume", "only applies to a local journal on a persistentVolumeClaim");
    problems.require(hdfsConfiguration().isEmpty() || !isLocal(), "hdfsConfiguration",
        "only applies to a journal folder on HDFS (hdfs://...)");
    problems.throwIfAny();
  }
}
