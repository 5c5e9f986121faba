package dev.alluxiok8s.render.configmap;

import dev.alluxiok8s.render.context.RenderContext;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.object.DraftObject;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import java.util.TreeMap;

/**
 * The ConfigMap every Alluxio container loads with {@code envFrom}, holding the data the render
 * context computed (see {@link dev.alluxiok8s.render.config.ConfigMapData}), so the data behind the
 * pods' config hash and the data written are one and the same.
 */
public final class ConfigMapRenderer {

  private final RenderContext context;

  public ConfigMapRenderer(RenderContext context) {
    this.context = context;
  }

  public DraftObject configMap() {
    return new DraftObject(Component.CONFIG, new V1ConfigMap()
        .apiVersion("v1")
        .kind("ConfigMap")
        .metadata(context.metadata().of(Component.CONFIG, context.names().configMap()))
        // A copy a customization may change without changing the context's data.
        .data(new TreeMap<>(context.configData())));
  }
}
