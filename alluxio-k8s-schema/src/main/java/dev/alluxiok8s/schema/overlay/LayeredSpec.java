package dev.alluxiok8s.schema.overlay;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A spec made of layers, as Helm users keep per-environment differences: a base file, overlay
 * files merged into it in order, then {@code --set} assignments. Immutable; each method answers a
 * new value.
 *
 * <pre>{@code
 * SpecDocument prod = SpecReader.create().readDocument(
 *     LayeredSpec.of(Path.of("base.yaml"))
 *         .overlay(Path.of("prod.yaml"))
 *         .set("spec.masters.count=5"));
 * // a problem is reported where its value was written:
 * // prod.yaml:9:7: error: spec.tieredStore.levels[0].directories[0].quota: ...
 * // --set spec.masters.count=4: error: spec.masters.count: an EMBEDDED journal needs an odd number ...
 * }</pre>
 *
 * <p>How an overlay merges: mappings key by key; the lists whose items are named by a key merge item
 * by item ({@code spec.tieredStore.levels} by {@code alias}, their {@code directories} by {@code path},
 * {@code spec.underStorage.credentials} by {@code property}, {@code spec.hostAliases} by {@code ip});
 * every other value, lists included, is replaced. An overlay may leave out {@code apiVersion} and
 * {@code kind}; when it gives them they must be the base's.
 *
 * @param base the base spec
 * @param overlays the overlays, merged in this order
 * @param assignments {@code PATH=VALUE} texts, applied in this order after the overlays
 */
public record LayeredSpec(Layer base, List<Layer> overlays, List<String> assignments) {

  /**
   * A file of the spec, named {@code source} in messages; read from {@code file}, or given as its
   * {@code content} (standard input, a test), UTF-8 encoded.
   */
  public record Layer(String source, Optional<Path> file, Optional<byte[]> content) {
    public Layer {
      Objects.requireNonNull(source, "source");
      if (file.isPresent() == content.isPresent()) {
        throw new IllegalArgumentException("a layer is read from a file or given as content, not both or neither");
      }
      content = content.map(byte[]::clone);
    }

    public static Layer file(Path file) {
      return new Layer(file.toString(), Optional.of(file), Optional.empty());
    }

    /** Content read elsewhere (a pipe); its bytes are decoded, and a bad byte reported, as a file's. */
    public static Layer bytes(String source, byte[] content) {
      return new Layer(source, Optional.empty(), Optional.of(content));
    }

    public static Layer text(String source, String text) {
      return bytes(source, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The content as given; a copy. */
    @Override
    public Optional<byte[]> content() {
      return content.map(byte[]::clone);
    }
  }

  public LayeredSpec {
    Objects.requireNonNull(base, "base");
    overlays = List.copyOf(overlays);
    assignments = List.copyOf(assignments);
  }

  /** The spec of the file at {@code base} alone. */
  public static LayeredSpec of(Path base) {
    return of(Layer.file(base));
  }

  public static LayeredSpec of(Layer base) {
    return new LayeredSpec(base, List.of(), List.of());
  }

  /** This spec with {@code file} merged over what it has. */
  public LayeredSpec overlay(Path file) {
    return overlay(Layer.file(file));
  }

  public LayeredSpec overlay(Layer layer) {
    List<Layer> more = new ArrayList<>(overlays);
    more.add(layer);
    return new LayeredSpec(base, more, assignments);
  }

  /** This spec with one more {@code PATH=VALUE} assignment ({@code spec.masters.count=5}). */
  public LayeredSpec set(String assignment) {
    List<String> more = new ArrayList<>(assignments);
    more.add(Objects.requireNonNull(assignment, "assignment"));
    return new LayeredSpec(base, overlays, more);
  }

  /** Whether there is nothing but the base. */
  public boolean isSingleFile() {
    return overlays.isEmpty() && assignments.isEmpty();
  }

  /** The sources in the order their problems are listed: base, overlays, then assignments. */
  public List<String> sources() {
    List<String> sources = new ArrayList<>();
    sources.add(base.source());
    overlays.forEach(o -> sources.add(o.source()));
    assignments.forEach(a -> sources.add(Assignment.location(a).file()));
    return sources;
  }
}
