package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.ChartLine.Trait;
import dev.alluxiok8s.helm.values.ValueNode;
import dev.alluxiok8s.kube.names.KubernetesNames;
import dev.alluxiok8s.model.journal.FormatJournalJob;
import dev.alluxiok8s.model.journal.ImmutableJournal;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.journal.JournalType;
import dev.alluxiok8s.model.volume.AccessMode;
import dev.alluxiok8s.model.volume.DataVolume;
import dev.alluxiok8s.model.volume.ImmutableDataVolume;
import dev.alluxiok8s.model.volume.VolumeKind;
import java.util.List;
import java.util.Optional;

/** The {@code journal} block (and the journal properties) onto {@code spec.journal}, and the chart's journal claim. */
final class JournalMapper extends AreaMapper {

  private final SharedReads shared = new SharedReads(c);

  JournalMapper(MappingContext c) {
    super(c);
  }

  Journal map(GlobalProperties global) {
    ImmutableJournal.Builder b = Journal.builder();
    Optional<ValueNode> typeNode = global.get("alluxio.master.journal.type").or(() -> values.at("journal.type"));
    String type = values.oneOf(typeNode, List.of("UFS", "EMBEDDED")).orElse("UFS");
    typeNode.ifPresent(n -> c.origin("journal.type", n));
    b.type(JournalType.valueOf(type));
    Optional<ValueNode> folderNode = global.get("alluxio.master.journal.folder").or(() -> values.at("journal.folder"));
    String folder = values.string(folderNode).orElse("/journal");
    folderNode.ifPresent(n -> c.origin("journal.folder", n));
    b.folder(folder);
    String ufsType = values.oneOf(values.at("journal.ufsType"), List.of("local", "HDFS")).orElse("local");
    if (ufsType.equals("HDFS") && folder.startsWith("/")) {
      values.error(values.at("journal.ufsType").orElseThrow(), "a journal on HDFS needs journal.folder to be an "
          + "hdfs:// URI, got \"" + folder + "\"");
    }
    ImmutableDataVolume.Builder volume = DataVolume.builder();
    // The volume's attributes without a key of their own (its size among them) fall back to this one.
    c.origin("journal.volume", "journal.size");
    c.origin("journal.volume.medium", "journal.medium");
    values.string("journal.size").ifPresent(volume::size);
    Optional<String> storageClass = values.string("journal.storageClass");
    c.origin("journal.volume.storageClass", "journal.storageClass");
    if (c.line.has(Trait.EMBEDDED_JOURNAL_ON_EMPTY_DIR) && type.equals("EMBEDDED")) {
      // The chart's emptyDir never used the storage class; the claims made here do.
      storageClass.ifPresent(volume::storageClass);
      values.at("journal.type").or(() -> typeNode).ifPresent(n -> values.warn(n, "the chart kept each master's "
          + "embedded journal on an emptyDir, lost with the pod (with one master, on no volume at all); here each "
          + "master gets a claim (journal.size, "
          + storageClass.map(s -> "storage class " + s).orElse("the cluster's default storage class") + ")"));
    } else {
      // The chart's journal claims name a storage class (standard); a claim taken over in place must keep it.
      volume.storageClass(storageClass.orElse("standard"));
    }
    if (c.line.has(Trait.VOLUME_TYPES)) {
      String kind = values.oneOf(values.at("journal.volumeType"), List.of("persistentVolumeClaim", "emptyDir"))
          .orElse("persistentVolumeClaim");
      c.origin("journal.volume.kind", "journal.volumeType");
      if (kind.equals("emptyDir")) {
        volume = DataVolume.builder().kind(VolumeKind.EMPTY_DIR);
        values.string("journal.size").ifPresent(volume::size);
        values.string("journal.medium").ifPresent(volume::medium);
      } else {
        shared.accessModes(volume, "journal.accessModes", "journal.volume.accessModes");
      }
    } else if (c.line.has(Trait.UFS_JOURNAL_READ_WRITE_MANY) && type.equals("UFS")) {
      // Claims are immutable: a claim taken over in place keeps the chart's access mode.
      volume.addAccessModes(AccessMode.READ_WRITE_MANY);
    }
    if (folder.startsWith("/")) {
      b.volume(MappingContext.part("volume", volume::build));
    }
    if (c.line.has(Trait.JOURNAL_FORMAT_JOB)) {
      b.formatJob(MappingContext.part("formatJob", this::formatJob));
    }
    return b.build();
  }

  private FormatJournalJob formatJob() {
    var job = FormatJournalJob.builder();
    values.integer(values.at("journal.format.job.activeDeadlineSeconds")).ifPresent(job::activeDeadlineSeconds);
    c.origin("journal.formatJob.activeDeadlineSeconds", "journal.format.job.activeDeadlineSeconds");
    return job.build();
  }

  /**
   * The journal claim's name under the chart's names, so a takeover keeps the journal's data:
   * {@code journal.pvcName} where the line has that key, else the claim the line's templates made.
   */
  String chartClaim() {
    Optional<String> pvcName = c.line.has(Trait.JOURNAL_CLAIM_KEY) ? values.string("journal.pvcName") : Optional.empty();
    pvcName.filter(n -> !KubernetesNames.isDnsSubdomain(n)).ifPresent(n -> values.error(values.at("journal.pvcName")
        .orElseThrow(), "\"" + n + "\" is not a claim name (lower-case letters, digits, '-' and '.')"));
    return c.line.journalClaim(c.name, pvcName);
  }
}
