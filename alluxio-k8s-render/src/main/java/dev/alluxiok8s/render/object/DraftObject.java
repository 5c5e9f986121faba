package dev.alluxiok8s.render.object;

import dev.alluxiok8s.render.naming.Component;
import io.kubernetes.client.common.KubernetesObject;
import java.util.Objects;

/**
 * One Kubernetes object a component renderer made, with the component it belongs to, still open
 * to change: customizations receive drafts and change the object in place through the client's
 * typed setters ({@code V1StatefulSet}, {@code V1Service}, ...). Once every customization ran,
 * each draft becomes a {@link RenderedObject}, whose tree is what is validated and written.
 */
public record DraftObject(Component component, KubernetesObject object) implements ComponentObject {

  public DraftObject {
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(object, "object");
  }

  /** {@code kind/name}, as kubectl prints it. */
  @Override
  public String toString() {
    return kindAndName();
  }
}
