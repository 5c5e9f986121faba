package dev.alluxiok8s.upgrade.objects;

import dev.alluxiok8s.upgrade.text.Masking;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects of two sides matched by identity ({@link ObjectKey}), with credentials hidden on
 * both (see {@link Masking}): from here on nothing compares or prints a credential. Pairs follow
 * the new side's order, removed objects the old side's.
 */
public final class Pairing {

  /** An object on both sides. */
  public record Pair(DeployedObject before, DeployedObject after) {}

  private final List<DeployedObject> before = new ArrayList<>();
  private final List<DeployedObject> after = new ArrayList<>();
  private final List<Pair> pairs = new ArrayList<>();
  private final List<DeployedObject> added = new ArrayList<>();
  private final List<DeployedObject> removed = new ArrayList<>();

  /** Pairs {@code oldObjects} with {@code newObjects}; a key given twice on one side keeps its last object, as apply does. */
  public static Pairing of(List<DeployedObject> oldObjects, List<DeployedObject> newObjects) {
    Map<ObjectKey, DeployedObject> olds = byKey(oldObjects);
    Map<ObjectKey, DeployedObject> news = byKey(newObjects);
    Pairing p = new Pairing();
    for (DeployedObject n : news.values()) {
      DeployedObject o = olds.get(n.key());
      Map<String, Object> counterpart = o == null ? Map.of() : o.tree();
      DeployedObject shownNew = new DeployedObject(n.ref(), Masking.mask(n.tree(), counterpart, true), n.locator());
      p.after.add(shownNew);
      if (o == null) {
        p.added.add(shownNew);
      } else {
        DeployedObject shownOld = new DeployedObject(o.ref(), Masking.mask(o.tree(), n.tree(), false), o.locator());
        p.pairs.add(new Pair(shownOld, shownNew));
      }
    }
    for (DeployedObject o : olds.values()) {
      DeployedObject n = news.get(o.key());
      DeployedObject shownOld = new DeployedObject(o.ref(), Masking.mask(o.tree(), n == null ? Map.of() : n.tree(), false),
          o.locator());
      p.before.add(shownOld);
      if (n == null) {
        p.removed.add(shownOld);
      }
    }
    return p;
  }

  private static Map<ObjectKey, DeployedObject> byKey(List<DeployedObject> objects) {
    Map<ObjectKey, DeployedObject> map = new LinkedHashMap<>();
    for (DeployedObject o : objects) {
      map.remove(o.key());
      map.put(o.key(), o);
    }
    return map;
  }

  /** Every old object, masked. */
  public List<DeployedObject> before() {
    return before;
  }

  /** Every new object, masked. */
  public List<DeployedObject> after() {
    return after;
  }

  public List<Pair> pairs() {
    return pairs;
  }

  public List<DeployedObject> added() {
    return added;
  }

  public List<DeployedObject> removed() {
    return removed;
  }
}
