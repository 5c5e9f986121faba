package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.ChartLine.Trait;
import dev.alluxiok8s.helm.values.ValueNode;
import dev.alluxiok8s.model.metastore.Metastore;
import dev.alluxiok8s.model.metastore.MetastoreType;
import dev.alluxiok8s.model.volume.DataVolume;
import dev.alluxiok8s.model.volume.ImmutableDataVolume;
import dev.alluxiok8s.model.volume.VolumeKind;
import java.util.List;
import java.util.Optional;

/** The metastore properties and the line's metastore block onto {@code spec.metastore}. */
final class MetastoreMapper extends AreaMapper {

  private final SharedReads shared = new SharedReads(c);

  MetastoreMapper(MappingContext c) {
    super(c);
  }

  Metastore map(GlobalProperties global) {
    var b = Metastore.builder();
    Optional<ValueNode> typeNode = global.get("alluxio.master.metastore");
    String type = values.oneOf(typeNode, List.of("HEAP", "ROCKS")).orElse("HEAP");
    typeNode.ifPresent(n -> c.origin("metastore.type", n));
    b.type(MetastoreType.valueOf(type));
    String block = c.line.metastoreBlock();
    Optional<ValueNode> dirNode = global.get("alluxio.master.metastore.dir");
    Optional<String> dir = values.string(dirNode);
    Optional<String> mountPath = values.string(block + ".mountPath");
    if (dir.isPresent() && mountPath.isPresent() && !dir.get().equals(mountPath.get())) {
      values.error(dirNode.orElseThrow(), "\"" + dir.get() + "\" is not where " + block + ".mountPath mounts the "
          + "metastore volume (\"" + mountPath.get() + "\"); RocksDB would write inside the container");
    }
    dir.or(() -> mountPath).ifPresent(b::mountPath);
    c.origin("metastore.mountPath", dirNode.isPresent() ? dirNode.get().path() : block + ".mountPath");
    boolean configured = values.at(block).isPresent();
    if (configured && type.equals("HEAP")) {
      values.warn(values.at(block).orElseThrow(), "the chart mounts this volume, but Alluxio only uses it with "
          + "properties alluxio.master.metastore: ROCKS; with the heap metastore it is not rendered");
    }
    if (configured) {
      b.volume(MappingContext.part("volume", () -> volume(block)));
    }
    return b.build();
  }

  /** The metastore's volume: an emptyDir, or what the line's {@code volumeType} chooses. */
  private DataVolume volume(String block) {
    String kind = c.line.has(Trait.VOLUME_TYPES)
        ? values.oneOf(values.at("metastore.volumeType"), List.of("persistentVolumeClaim", "emptyDir"))
            .orElse("persistentVolumeClaim")
        : "emptyDir";
    ImmutableDataVolume.Builder volume = DataVolume.builder()
        .kind(kind.equals("emptyDir") ? VolumeKind.EMPTY_DIR : VolumeKind.PERSISTENT_VOLUME_CLAIM);
    values.string(block + ".size").ifPresent(volume::size);
    // The volume's attributes without a key of their own (its size among them) fall back to this one.
    c.origin("metastore.volume", block + ".size");
    if (kind.equals("emptyDir")) {
      values.string(block + ".medium").filter(m -> !m.isEmpty()).ifPresent(volume::medium);
      c.origin("metastore.volume.medium", block + ".medium");
    } else {
      values.string("metastore.storageClass").ifPresent(volume::storageClass);
      c.origin("metastore.volume.storageClass", "metastore.storageClass");
      shared.accessModes(volume, "metastore.accessModes", "metastore.volume.accessModes");
    }
    return volume.build();
  }
}
