package dev.alluxiok8s.render;

import dev.alluxiok8s.render.object.DraftObject;
import java.util.function.Consumer;

/**
 * A change to rendered objects before they are validated and written: add a sidecar, an
 * annotation, a priority class. It receives each object once and changes it in place through the
 * client's typed setters.
 *
 * <pre>{@code
 * Customization sidecar = Customization.forKind(V1StatefulSet.class, sts ->
 *     sts.getSpec().getTemplate().getSpec().addContainersItem(new V1Container().name("log-shipper")...));
 * }</pre>
 */
@FunctionalInterface
public interface Customization {

  void apply(DraftObject object);

  /** A customization of the objects of one client class only. */
  static <T> Customization forKind(Class<T> type, Consumer<? super T> change) {
    return rendered -> {
      if (type.isInstance(rendered.object())) {
        change.accept(type.cast(rendered.object()));
      }
    };
  }
}
