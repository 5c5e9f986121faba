package dev.alluxiok8s.render.object;

import dev.alluxiok8s.render.naming.Component;
import io.kubernetes.client.common.KubernetesObject;

/** A Kubernetes object of a rendered cluster with the component it belongs to, as a draft or final. */
public interface ComponentObject {

  Component component();

  KubernetesObject object();

  default String kind() {
    return object().getKind();
  }

  default String name() {
    return object().getMetadata().getName();
  }

  /** {@code kind/name}, as kubectl prints it. */
  default String kindAndName() {
    return kind() + "/" + name();
  }
}
