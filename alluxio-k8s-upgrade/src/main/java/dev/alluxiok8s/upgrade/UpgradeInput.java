package dev.alluxiok8s.upgrade;

import dev.alluxiok8s.kube.diagnostic.ObjectRef;
import dev.alluxiok8s.upgrade.change.Change;
import dev.alluxiok8s.upgrade.objects.DeployedObject;
import dev.alluxiok8s.upgrade.objects.ObjectTrees;
import dev.alluxiok8s.validation.manifest.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One side of an upgrade: the objects, where they came from, and how a change on them is placed
 * for the reader. Manifests place a change at the line of the field in their file; a rendered
 * spec places it at the spec attribute behind it (see {@code upgrade.spec.RenderedSpec}).
 *
 * <pre>{@code
 * UpgradeInput deployed = UpgradeInput.manifests("deploy/", Manifests.read(Path.of("deploy/")));
 * }</pre>
 */
public final class UpgradeInput {

  /** Places a change found on one of this side's objects. */
  @FunctionalInterface
  public interface Placer {
    Change place(Change change, DeployedObject object);
  }

  private final String source;
  private final List<DeployedObject> objects;
  private final Placer placer;

  private UpgradeInput(String source, List<DeployedObject> objects, Placer placer) {
    this.source = Objects.requireNonNull(source, "source");
    this.objects = List.copyOf(objects);
    this.placer = Objects.requireNonNull(placer, "placer");
  }

  /** Objects read from files, each change placed at its field's line. */
  public static UpgradeInput manifests(String source, List<Manifest> manifests) {
    List<DeployedObject> objects = new ArrayList<>(manifests.size());
    for (int i = 0; i < manifests.size(); i++) {
      Manifest m = manifests.get(i);
      objects.add(new DeployedObject(refOf(m.tree(), i), ObjectTrees.withoutNulls(m.tree()), m.locator()));
    }
    return new UpgradeInput(source, objects, (change, object) ->
        change.placed(object.locate(change.path()), change.attribute()));
  }

  /** Objects from another reader, placed by {@code placer}. */
  public static UpgradeInput of(String source, List<DeployedObject> objects, Placer placer) {
    return new UpgradeInput(source, objects, placer);
  }

  /** The reference of object number {@code index} of a side, read from its tree. */
  public static ObjectRef refOf(Map<String, Object> tree, int index) {
    Map<String, Object> metadata = ObjectTrees.map(tree, "metadata");
    String name = ObjectTrees.text(metadata, "name");
    return new ObjectRef(ObjectTrees.text(tree, "apiVersion"), ObjectTrees.text(tree, "kind"),
        ObjectTrees.text(metadata, "namespace"), name.isEmpty() ? ObjectTrees.text(metadata, "generateName") : name, index);
  }

  /** The file, folder or stream name, for findings that have no line of their own. */
  public String source() {
    return source;
  }

  public List<DeployedObject> objects() {
    return objects;
  }

  Change place(Change change, DeployedObject object) {
    return placer.place(change, object);
  }
}
