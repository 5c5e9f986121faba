package dev.alluxiok8s.upgrade.spec;

import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.objects.DeployedObject;
import dev.alluxiok8s.upgrade.objects.ObjectTrees;
import java.util.List;
import java.util.Map;

/**
 * The spec attribute behind a change of a rendered object, so a spec's author reads
 * {@code spec.journal.volume.size} instead of a claim template's path. Provenance of pod fields
 * (security contexts, volumes) is {@code render.provenance}'s; these are the fields an upgrade
 * judges: replicas, images, claims and the Java options of the journal.
 */
final class SpecAttributes {

  private SpecAttributes() {}

  /** The attribute, or empty when the change follows from no single attribute. */
  static String of(Change change, DeployedObject object) {
    return switch (change.rule()) {
      case QUORUM -> "spec.masters.count";
      case JOURNAL_TYPE -> "spec.journal.type";
      case JOURNAL_FOLDER -> "spec.journal.folder";
      case METASTORE -> "spec.metastore.type";
      case RELOCATED -> "metadata.namespace";
      case IMAGE_DOWNGRADE -> "spec.images.alluxio.tag";
      case ROLLOUT -> change.after().isEmpty() ? "" : object.name().endsWith("-fuse") ? "spec.images.fuse.tag" : "spec.images.alluxio.tag";
      default -> byPath(change.path(), object);
    };
  }

  private static String byPath(String path, DeployedObject object) {
    if (path.equals("spec.replicas") && object.kind().equals("StatefulSet")) {
      return "spec.masters.count";
    }
    String volume;
    String field;
    if (path.equals("spec") || path.equals("spec.volumeClaimTemplates")) {
      return "spec.journal.volume";
    }
    if (path.startsWith("spec.volumeClaimTemplates[")) {
      int close = path.indexOf(']');
      int index = Integer.parseInt(path.substring("spec.volumeClaimTemplates[".length(), close));
      List<Map<String, Object>> templates = ObjectTrees.maps(ObjectTrees.map(object.tree(), "spec"), "volumeClaimTemplates");
      String name = index < templates.size() ? ObjectTrees.text(ObjectTrees.map(templates.get(index), "metadata"), "name") : "";
      volume = name.contains("metastore") ? "spec.metastore.volume" : "spec.journal.volume";
      field = path.substring(close + 1);
    } else if (object.kind().equals("PersistentVolumeClaim")) {
      volume = object.name().contains("metastore") ? "spec.metastore.volume" : "spec.journal.volume";
      field = path.startsWith("spec") ? path.substring("spec".length()) : "";
    } else {
      return "";
    }
    if (field.contains("storageClassName")) {
      return volume + ".storageClass";
    }
    if (field.contains("accessModes")) {
      return volume + ".accessModes";
    }
    if (field.contains("resources.requests.storage")) {
      return volume + ".size";
    }
    return volume;
  }
}
