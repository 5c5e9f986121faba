package dev.alluxiok8s.render.object;

import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.yaml.KubeTree;
import io.kubernetes.client.common.KubernetesObject;
import java.util.Map;
import java.util.Objects;

/**
 * One Kubernetes object of a rendered cluster: the component it belongs to, the object as one of
 * the official client's model classes, and its tree (see {@link KubeTree}), made once after every
 * customization ran. The tree is what is validated and what is written, so validation always
 * judges the exact text that lands in files.
 *
 * <p>The typed object is kept for reading. Changing it afterwards does not change the tree: change
 * objects with a {@code Customization}, which sees them as {@link DraftObject}s.
 */
public record RenderedObject(Component component, KubernetesObject object, Map<String, Object> tree) implements ComponentObject {

  public RenderedObject {
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(tree, "tree");
  }

  /** The finished {@code draft}, its tree made from its object as it is now. */
  public static RenderedObject of(DraftObject draft) {
    return new RenderedObject(draft.component(), draft.object(), KubeTree.of(draft.object()));
  }

  /** {@code kind/name}, as kubectl prints it. */
  @Override
  public String toString() {
    return kindAndName();
  }
}
