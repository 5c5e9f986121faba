package dev.alluxiok8s.render;

import dev.alluxiok8s.render.naming.Component;
import io.kubernetes.client.common.KubernetesObject;
import java.util.Objects;

/**
 * One Kubernetes object of a rendered cluster, with the component it belongs to. The object is
 * one of the official client's model classes ({@code V1StatefulSet}, {@code V1Service}, ...), so a
 * customization can change it with the client's typed setters before it is written.
 */
public record RenderedObject(Component component, KubernetesObject object) {

  public RenderedObject {
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
