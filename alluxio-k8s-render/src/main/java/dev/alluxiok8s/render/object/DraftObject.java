package dev.alluxiok8s.render.object;

import dev.alluxiok8s.render.naming.Component;
import io.kubernetes.client.common.KubernetesObject;
import java.util.Objects;

/**
 * One Kubernetes object a component renderer made, with the component it belongs to, still open
 * to change: customizations receive drafts and change the object in place through the client's
 * typed setters ({@code V1StatefulSet}, {@code V1Service}, ...). Once every customization ran,
 * each draft becomes a {@link RenderedObject}, which never changes again.
 */
public record DraftObject(Component component, KubernetesObject object) {

  public DraftObject {
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(object, "object");
  }

  public String kind() {
    return object.getKind();
  }

  public String name() {
    return object.getMetadata().getName();
  }

  /** {@code kind/name}, as kubectl prints it. */
  @Override
  public String toString() {
    return kind() + "/" + name();
  }
}
