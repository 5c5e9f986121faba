package dev.alluxiok8s.cli;

import dev.alluxiok8s.schema.overlay.LayeredSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --overlay FILE} and {@code --set PATH=VALUE}: per-environment differences over one spec,
 * as Helm's {@code -f} and {@code --set}. Merged in the order given, overlays first.
 */
final class LayerOptions {

  @Option(
      names = "--overlay",
      paramLabel = "FILE",
      description = {"A spec file merged over SPEC (repeatable, in order): mappings merge by key; tier levels",
          "by alias, their directories by path, credentials by property, host aliases by ip;",
          "other values and lists are replaced. apiVersion and kind may be left out."})
  List<Path> overlays = new ArrayList<>();

  @Option(
      names = "--set",
      paramLabel = "PATH=VALUE",
      description = {"Sets one attribute after the overlays (repeatable), e.g. spec.masters.count=5,",
          "spec.tieredStore.levels[alias=MEM].directories[0].quota=8Gi. VALUE reads as in a file:",
          "quote it to keep a string ('spec.images.alluxio.tag=\"2.10\"')."})
  List<String> sets = new ArrayList<>();

  boolean isEmpty() {
    return overlays.isEmpty() && sets.isEmpty();
  }

  /** {@code base} with the overlays and assignments. */
  LayeredSpec over(LayeredSpec.Layer base) {
    LayeredSpec spec = LayeredSpec.of(base);
    for (Path overlay : overlays) {
      spec = spec.overlay(overlay);
    }
    for (String set : sets) {
      spec = spec.set(set);
    }
    return spec;
  }
}
