package dev.alluxiok8s.schema.overlay;

import java.util.Map;
import java.util.Optional;

/**
 * Which lists of a spec merge item by item, and by which attribute. A list whose items have an
 * attribute that names them (unique in the list, required) merges by it, so an overlay can change
 * one tier level or one credential without repeating the others. Every other list is replaced
 * whole, as Helm replaces lists:
 *
 * <ul>
 *   <li>lists of plain values ({@code jvmOptions}, {@code mountOptions}, {@code pullSecrets},
 *       {@code accessModes}, {@code hostnames}, {@code files}): their order can matter (a later
 *       JVM option wins), and a merged list could never lose an item;
 *   <li>{@code tolerations}: a key is optional and one key may be tolerated for several effects,
 *       so no attribute names one toleration.
 * </ul>
 *
 * <p>Shapes are attribute paths with {@code []} for "any item"; {@code ListKeysTest} keeps this
 * table equal to the lists of the JSON Schema whose items require the key.
 */
final class ListKeys {

  private static final Map<String, String> KEYS = Map.of(
      "spec.tieredStore.levels", "alias",
      "spec.tieredStore.levels[].directories", "path",
      "spec.underStorage.credentials", "property",
      "spec.hostAliases", "ip");

  private ListKeys() {}

  /** The attribute that names the items of the list at {@code shape}; empty when the list is replaced whole. */
  static Optional<String> of(String shape) {
    return Optional.ofNullable(KEYS.get(shape));
  }

  /** Every keyed list, for documentation and tests. */
  static Map<String, String> all() {
    return KEYS;
  }

  static String key(String shape, String key) {
    return shape.isEmpty() ? key : shape + "." + key;
  }

  static String item(String shape) {
    return shape + "[]";
  }
}
