package dev.alluxiok8s.render.provenance;

import dev.alluxiok8s.kube.diagnostic.Remedy;
import java.util.Objects;

/**
 * The spec attribute a rendered field comes from.
 *
 * @param attribute the attribute path, for example {@code spec.workers.hostNetwork}
 * @param defaultNote when the value is the attribute's default (no spec needs to give it), what
 *     that default is, for example "workers use host networking by default"; empty otherwise
 * @param change the change of the attribute that removes the value, or {@link Remedy#none()}
 */
public record Origin(String attribute, String defaultNote, Remedy change) {

  public Origin {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(defaultNote, "defaultNote");
    Objects.requireNonNull(change, "change");
  }

  /** A value the spec gives at {@code attribute}. */
  static Origin of(String attribute) {
    return new Origin(attribute, "", Remedy.none());
  }

  /** A value that comes from {@code attribute}, noting its default when {@code isDefault}. */
  static Origin of(String attribute, boolean isDefault, String defaultNote, Remedy change) {
    return new Origin(attribute, isDefault ? defaultNote : "", change);
  }
}
