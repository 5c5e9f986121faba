package dev.alluxiok8s.render;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.render.configmap.ConfigMapRenderer;
import dev.alluxiok8s.render.context.RenderContext;
import dev.alluxiok8s.render.csi.CsiRenderer;
import dev.alluxiok8s.render.fuse.FuseRenderer;
import dev.alluxiok8s.render.job.FormatJournalJobRenderer;
import dev.alluxiok8s.render.logserver.LogServerRenderer;
import dev.alluxiok8s.render.metrics.MetricsRenderer;
import dev.alluxiok8s.render.metrics.ServiceMonitorRenderer;
import dev.alluxiok8s.render.proxy.ProxyRenderer;
import dev.alluxiok8s.render.master.MasterRenderer;
import dev.alluxiok8s.render.naming.Naming;
import dev.alluxiok8s.render.object.DraftObject;
import dev.alluxiok8s.render.object.RenderedObject;
import dev.alluxiok8s.render.worker.WorkerRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders a cluster model into Kubernetes objects of the official client's model classes. Pure:
 * no I/O, no clock, no randomness; the same cluster always gives equal objects.
 *
 * <p>The route goes one way: one {@link RenderContext} (names under the chosen {@link Naming},
 * metadata, the ConfigMap's data) is built per render and handed to every component renderer;
 * each gives {@link DraftObject}s; the customizations change the drafts; then each draft becomes
 * a {@link RenderedObject}, its tree made once, which validation and layouts read.
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
  private final Naming naming;
  private final List<DraftObject> leading;

  private ClusterRenderer(List<Customization> customizations, Naming naming, List<DraftObject> leading) {
    this.customizations = List.copyOf(customizations);
    this.naming = naming;
    this.leading = List.copyOf(leading);
  }

  public static ClusterRenderer create() {
    return new ClusterRenderer(List.of(), Naming.modern(), List.of());
  }

  /** A renderer that also applies {@code customization} to every object, after the others. */
  public ClusterRenderer with(Customization customization) {
    List<Customization> all = new ArrayList<>(customizations);
    all.add(customization);
    return new ClusterRenderer(all, naming, leading);
  }

  /** A renderer that names objects by {@code scheme} ({@link Naming#modern()} by default). */
  public ClusterRenderer naming(Naming scheme) {
    return new ClusterRenderer(customizations, Objects.requireNonNull(scheme, "scheme"), leading);
  }

  /**
   * A renderer that also emits {@code object} right after the ConfigMap, before every workload
   * that could need it: a Secret the workloads read must exist when their pods start. Used for
   * the credentials Secret that importing a Helm values file generates.
   */
  public ClusterRenderer withLeadingObject(DraftObject object) {
    List<DraftObject> all = new ArrayList<>(leading);
    all.add(Objects.requireNonNull(object, "object"));
    return new ClusterRenderer(customizations, naming, all);
  }

  public RenderedCluster render(AlluxioCluster cluster) {
    RenderContext context = RenderContext.of(cluster, naming);
    MasterRenderer masters = new MasterRenderer(context);
    WorkerRenderer workers = new WorkerRenderer(context);
    FuseRenderer fuse = new FuseRenderer(context);

    List<DraftObject> objects = new ArrayList<>();
    MetricsRenderer metrics = new MetricsRenderer(context);
    objects.add(new ConfigMapRenderer(context).configMap());
    metrics.configMap().ifPresent(objects::add);
    objects.addAll(leading);
    objects.addAll(masters.storage());
    objects.addAll(masters.services());
    objects.add(masters.statefulSet());
    masters.disruptionBudget().ifPresent(objects::add);
    objects.add(workers.daemonSet());
    fuse.daemonSet().ifPresent(objects::add);
    fuse.demoClient().ifPresent(objects::add);
    objects.addAll(new CsiRenderer(context).objects());
    new FormatJournalJobRenderer(context).job().ifPresent(objects::add);
    objects.addAll(new LogServerRenderer(context).objects());
    objects.addAll(new ProxyRenderer(context).objects());
    objects.forEach(metrics::apply);
    new ServiceMonitorRenderer(context).serviceMonitor(objects).ifPresent(objects::add);
    for (Customization customization : customizations) {
      objects.forEach(customization::apply);
    }
    return new RenderedCluster(context.names(), objects.stream().map(RenderedObject::of).toList(),
        RenderWarnings.of(cluster.spec(), context.names()));
  }
}
