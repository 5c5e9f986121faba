package dev.alluxiok8s.render.layout;

import java.util.Locale;
import java.util.Optional;

/** How a rendered cluster is laid out in files. */
public enum Layout {
  /** One multi-document YAML file, objects in apply order. */
  STREAM,
  /**
   * The folders of Alluxio's Kubernetes guide: the ConfigMap at the top, {@code master/},
   * {@code worker/} and {@code job/}, so {@code kubectl create -f ./master/} works as written.
   */
  KUBECTL,
  /** One file per object, numbered in apply order. */
  FILES,
  /** {@link #FILES} plus a {@code kustomization.yaml} listing them. */
  KUSTOMIZE;

  /** The name used on command lines and in build configuration: {@code stream}, {@code kubectl}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The layout named {@code id}, as {@link #id()} spells it. */
  public static Optional<Layout> byId(String id) {
    for (Layout layout : values()) {
      if (layout.id().equals(id)) {
        return Optional.of(layout);
      }
    }
    return Optional.empty();
  }
}
