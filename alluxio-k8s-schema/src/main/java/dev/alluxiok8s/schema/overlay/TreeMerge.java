package dev.alluxiok8s.schema.overlay;

import dev.alluxiok8s.schema.overlay.Node.Mapping;
import dev.alluxiok8s.schema.overlay.Node.Scalar;
import dev.alluxiok8s.schema.overlay.Node.Sequence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges an overlay's tree into the base's, attribute by attribute: mappings merge key by key, a
 * list that {@link ListKeys} names merges item by item by its key (an item of a new key is added at
 * the end), and anything else the overlay gives replaces the base's value with the overlay's node,
 * location and all. A value of another kind (a list where the base has a mapping) replaces too, and
 * binding then reports it at the overlay's line.
 */
final class TreeMerge {

  private TreeMerge() {}

  /** Merges {@code overlay} into {@code base}, which changes. */
  static void into(Mapping base, Mapping overlay) {
    mapping(base, overlay, "");
  }

  private static void mapping(Mapping base, Mapping overlay, String shape) {
    for (Map.Entry<String, Node> entry : overlay.entries().entrySet()) {
      String shapeHere = ListKeys.key(shape, entry.getKey());
      Node old = base.entries().get(entry.getKey());
      Node given = entry.getValue();
      if (old instanceof Mapping oldMap && given instanceof Mapping givenMap) {
        mapping(oldMap, givenMap, shapeHere);
      } else if (old instanceof Sequence oldList && given instanceof Sequence givenList
          && ListKeys.of(shapeHere).isPresent()) {
        sequence(oldList, givenList, ListKeys.of(shapeHere).get(), shapeHere);
      } else {
        base.entries().put(entry.getKey(), given);
      }
    }
  }

  private static void sequence(Sequence base, Sequence overlay, String key, String shape) {
    for (Node item : overlay.items()) {
      Optional<Mapping> match = keyOf(item, key).flatMap(name -> find(base.items(), key, name));
      if (match.isPresent()) {
        // The item is the base's: its key stays where the base wrote it, the rest merges.
        Mapping changes = new Mapping(item.at(), new LinkedHashMap<>(((Mapping) item).entries()));
        changes.entries().remove(key);
        mapping(match.get(), changes, ListKeys.item(shape));
      } else {
        base.items().add(item);
      }
    }
  }

  /** The item of {@code items} whose {@code key} is {@code name}. */
  static Optional<Mapping> find(List<Node> items, String key, String name) {
    return items.stream().filter(i -> keyOf(i, key).filter(name::equals).isPresent()).map(Mapping.class::cast).findFirst();
  }

  /** The text of {@code item}'s {@code key}, when the item is a mapping that gives it as a scalar. */
  static Optional<String> keyOf(Node item, String key) {
    return item instanceof Mapping m && m.entries().get(key) instanceof Scalar s ? Optional.of(s.value().text()) : Optional.empty();
  }
}
