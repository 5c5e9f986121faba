package dev.alluxiok8s.render.csi;

import dev.alluxiok8s.render.context.RenderContext;
import dev.alluxiok8s.render.object.DraftObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Alluxio's CSI driver ({@code spec.csi}), when enabled: accounts and their rules first, then the
 * CSIDriver and StorageClass, the FUSE pod template, the controller and the node plugin, so that
 * everything a pod refers to exists when it starts.
 */
public final class CsiRenderer {

  private final RenderContext context;

  public CsiRenderer(RenderContext context) {
    this.context = context;
  }

  /** The driver's objects, or none when it is disabled. */
  public List<DraftObject> objects() {
    if (!context.spec().csi().enabled()) {
      return List.of();
    }
    CsiStorage storage = new CsiStorage(context.cluster(), context.metadata());
    List<DraftObject> objects = new ArrayList<>(new CsiAccess(context.cluster(), context.names(), context.metadata()).objects());
    objects.add(storage.driver());
    objects.add(storage.storageClass());
    objects.add(new CsiFusePodTemplate(context).configMap());
    objects.add(new CsiController(context).deployment());
    objects.add(new CsiNodePlugin(context).daemonSet());
    return objects;
  }
}
