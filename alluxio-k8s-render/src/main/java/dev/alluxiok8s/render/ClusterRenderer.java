package dev.alluxiok8s.render;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.render.config.ConfigMapRenderer;
import dev.alluxiok8s.render.context.RenderContext;
import dev.alluxiok8s.render.fuse.FuseRenderer;
import dev.alluxiok8s.render.job.FormatJournalJobRenderer;
import dev.alluxiok8s.render.master.MasterRenderer;
import dev.alluxiok8s.render.naming.Component;
import dev.alluxiok8s.render.worker.WorkerRenderer;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a cluster model into Kubernetes objects of the official client's model classes. Pure:
 * no I/O, no clock, no randomness; the same cluster always gives equal objects.
 *
 * <pre>{@code
 * RenderedCluster rendered = ClusterRenderer.create().render(cluster);
 * String yaml = rendered.toYaml();
 *
 * RenderedCluster withSidecar = ClusterRenderer.create()
 *     .with(Customization.forKind(V1DaemonSet.class, ds -> ...))
 *     .render(cluster);
 * }</pre>
 */
public final class ClusterRenderer {

  private final List<Customization> customizations;

  private ClusterRenderer(List<Customization> customizations) {
    this.customizations = List.copyOf(customizations);
  }

  public static ClusterRenderer create() {
    return new ClusterRenderer(List.of());
  }

  /** A renderer that also applies {@code customization} to every object, after the others. */
  public ClusterRenderer with(Customization customization) {
    List<Customization> all = new ArrayList<>(customizations);
    all.add(customization);
    return new ClusterRenderer(all);
  }

  public RenderedCluster render(AlluxioCluster cluster) {
    RenderContext context = RenderContext.of(cluster);
    ConfigMapRenderer config = new ConfigMapRenderer(cluster);
    MasterRenderer masters = new MasterRenderer(context);
    WorkerRenderer workers = new WorkerRenderer(context);
    FuseRenderer fuse = new FuseRenderer(context);

    List<RenderedObject> objects = new ArrayList<>();
    objects.add(new RenderedObject(Component.CONFIG, config.render()));
    objects.addAll(masters.storage());
    objects.addAll(masters.services());
    objects.add(masters.statefulSet());
    objects.add(workers.daemonSet());
    fuse.daemonSet().ifPresent(objects::add);
    fuse.demoClient().ifPresent(objects::add);
    new FormatJournalJobRenderer(context).job().ifPresent(objects::add);
    for (Customization customization : customizations) {
      objects.forEach(customization::apply);
    }
    return new RenderedCluster(objects);
  }
}
