package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.values.ValueNode;
import dev.alluxiok8s.model.tieredstore.MediumType;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import dev.alluxiok8s.model.tieredstore.TierVolume;
import dev.alluxiok8s.model.tieredstore.TieredStore;
import dev.alluxiok8s.model.volume.VolumeKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code tieredstore.levels} onto {@code spec.tieredStore}: each level's comma-separated
 * {@code mediumtype}, {@code path}, {@code quota} and claim names become one directory each,
 * quotas in Alluxio's sizes become Kubernetes quantities. A {@code mediumtype} or {@code quota}
 * list shorter than {@code path} repeats its last entry, as Alluxio 2.9's {@code DefaultStorageTier}
 * reads it; the spec then lists each directory's medium and quota explicitly.
 */
final class TieredStoreMapper extends AreaMapper {

  TieredStoreMapper(MappingContext c) {
    super(c);
  }

  TieredStore map() {
    Optional<ValueNode> levelsNode = values.at("tieredstore.levels");
    if (levelsNode.isEmpty()) {
      // The chart's default level: MEM on /dev/shm in RAM, with the line's default quota.
      return TieredStore.builder().addLevels(TierLevel.builder().alias(MediumType.MEM)
          .addDirectories(TierDirectory.builder().path("/dev/shm")
              .quota(AlluxioSizes.toQuantity(c.defaults.quota()).orElseThrow())
              .volume(TierVolume.of(VolumeKind.EMPTY_DIR)).build())
          .highWatermark(TierLevel.DEFAULT_HIGH).lowWatermark(TierLevel.DEFAULT_LOW).build()).build();
    }
    var b = TieredStore.builder();
    List<ValueNode> items = values.items(levelsNode);
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof ValueNode.Mapping level)) {
        values.error(items.get(i), "expected a tier level (level, mediumtype, path, type, quota, high, low)");
        continue;
      }
      c.origin("tieredStore.levels[" + i + "]", level);
      TierLevel mapped = level(level, i);
      if (mapped != null) {
        b.addLevels(mapped);
      }
    }
    return b.build();
  }

  private TierLevel level(ValueNode.Mapping level, int index) {
    values.integer(values.at(level, "level")).filter(l -> l != index).ifPresent(l -> values.error(
        values.at(level, "level").orElseThrow(), "level " + l + " is listed at position " + index
            + "; list the levels in order 0, 1, 2 (Alluxio numbers them by position here)"));
    List<String> media = parts(values.string(values.at(level, "mediumtype")));
    List<String> paths = parts(values.string(values.at(level, "path")));
    List<String> quotas = parts(values.string(values.at(level, "quota")));
    List<String> claims = parts(values.string(values.at(level, "name")));
    if (media.isEmpty() || paths.isEmpty()) {
      values.error(level, "a tier level needs mediumtype and path");
      return null;
    }
    if (media.size() > paths.size() || quotas.size() > paths.size()) {
      values.error(level, "mediumtype and quota may not list more comma-separated parts than path, got "
          + media.size() + ", " + paths.size() + " and " + quotas.size());
      return null;
    }
    // Alluxio's DefaultStorageTier gives the paths past the end of a shorter list its last entry.
    media = repeatLast(media, paths.size());
    quotas = repeatLast(quotas, paths.size());
    List<String> notSizes = quotas.stream().distinct().filter(q -> AlluxioSizes.toQuantity(q).isEmpty()).toList();
    notSizes.forEach(q -> values.error(values.at(level, "quota").orElseThrow(), "\"" + q + "\" is not a size (examples: "
        + "1GB, 512MB, 10G)"));
    String type = values.oneOf(values.at(level, "type"), c.line.tierVolumeTypes()).orElse("emptyDir");
    if (type.equals("persistentVolumeClaim") && claims.size() != paths.size()) {
      values.error(level, "a persistentVolumeClaim tier needs one claim name in 'name' per path");
      return null;
    }
    Optional<MediumType> alias = values.string(values.at(level, "alias")).map(a -> medium(level, "alias", a))
        .orElse(Optional.of(MediumType.values()[Math.min(index, MediumType.values().length - 1)]));
    var b = TierLevel.builder().alias(alias.orElse(MediumType.MEM));
    for (int d = 0; d < paths.size(); d++) {
      var dir = TierDirectory.builder().path(paths.get(d));
      medium(level, "mediumtype", media.get(d)).ifPresent(dir::mediumType);
      // With a quota that is not a size (an error already, which fails the import), no directory gets one: the
      // level's other attributes are still checked, but it is not also reported for quotas on some directories only.
      if (!quotas.isEmpty() && notSizes.isEmpty()) {
        dir.quota(AlluxioSizes.toQuantity(quotas.get(d)).orElseThrow());
      }
      dir.volume(switch (type) {
        case "hostPath" -> TierVolume.of(VolumeKind.HOST_PATH);
        case "persistentVolumeClaim" -> TierVolume.claim(claims.get(d));
        default -> TierVolume.of(VolumeKind.EMPTY_DIR);
      });
      String dirPath = "levels[" + index + "].directories[" + d + "]";
      for (String[] attribute : new String[][] {{"path", "path"}, {"quota", "quota"}, {"mediumType", "mediumtype"},
          {"volume", "type"}}) {
        c.origin("tieredStore." + dirPath + "." + attribute[0], values.at(level, attribute[1]).orElse(level));
      }
      b.addDirectories(MappingContext.part(dirPath, dir::build));
    }
    values.decimal(values.at(level, "high")).ifPresent(b::highWatermark);
    values.decimal(values.at(level, "low")).ifPresent(b::lowWatermark);
    c.origin("tieredStore.levels[" + index + "].highWatermark", values.at(level, "high").orElse(level));
    c.origin("tieredStore.levels[" + index + "].lowWatermark", values.at(level, "low").orElse(level));
    c.origin("tieredStore.levels[" + index + "].alias", values.at(level, "alias").orElse(level));
    return sizedInRam(level, MappingContext.part("levels[" + index + "]", b::build));
  }

  /** {@code parts} lengthened to {@code size} with its last entry, as Alluxio 2.9 reads a short list; empty stays empty. */
  static List<String> repeatLast(List<String> parts, int size) {
    if (parts.isEmpty() || parts.size() >= size) {
      return parts;
    }
    List<String> all = new java.util.ArrayList<>(parts);
    while (all.size() < size) {
      all.add(parts.get(parts.size() - 1));
    }
    return all;
  }

  /**
   * A level kept in RAM without a quota gets the line's default quota: its files count against
   * the worker's memory limit, so the model needs its size, and the chart only left it to Alluxio
   * (a RAM disk sized from the worker's memory request, or two thirds of the node's memory).
   */
  private TierLevel sizedInRam(ValueNode.Mapping node, TierLevel level) {
    if (level.directories().stream().anyMatch(d -> d.quota().isPresent())
        || !level.directories().stream().allMatch(level::isMemoryBacked)) {
      return level;
    }
    String quota = AlluxioSizes.toQuantity(c.defaults.quota()).orElseThrow();
    values.warn(node, "a tier level in RAM without a quota: its files count against the worker's memory limit, "
        + "so each directory is imported with quota " + quota + "; set quota to size it");
    return TierLevel.builder().from(level).directories(level.directories().stream()
        .map(d -> TierDirectory.builder().from(d).quota(quota).build()).toList()).build();
  }

  private Optional<MediumType> medium(ValueNode.Mapping level, String key, String text) {
    for (MediumType m : MediumType.values()) {
      if (m.name().equals(text.trim())) {
        return Optional.of(m);
      }
    }
    values.error(values.at(level, key).orElse(level), "\"" + text + "\" is not a medium (MEM, SSD, HDD)");
    return Optional.empty();
  }

  private static List<String> parts(Optional<String> text) {
    return text.map(t -> Arrays.stream(t.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList())
        .orElse(List.of());
  }
}
