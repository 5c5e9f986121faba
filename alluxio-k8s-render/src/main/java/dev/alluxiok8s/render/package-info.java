/**
 * Renders a cluster model into Kubernetes objects, validates them and lays them out in files
 * ({@link dev.alluxiok8s.render.ManifestRenderer}, {@link dev.alluxiok8s.render.ClusterRenderer}).
 *
 * <p>The route goes one way, and so do the package dependencies; each package uses only those
 * listed before it ({@code PackageDependenciesTest} checks that there is no cycle):
 *
 * <ol>
 *   <li>{@code yaml}: Kubernetes objects as ordered trees, and the deterministic YAML writer;
 *       {@code output}: writing files atomically;
 *   <li>{@code naming}: components, object names under a {@code Naming}, labels, metadata;
 *   <li>{@code object}: {@code DraftObject} (open to customizations) and {@code RenderedObject}
 *       (component, object, tree; final);
 *   <li>{@code config}: the Alluxio configuration the ConfigMap holds, and the variable names and
 *       directories it shares with the pods;
 *   <li>{@code pod}: the building blocks of pod templates (containers, volumes, probes, security
 *       contexts, the config hash); {@code security}: the Pod Security exemption each workload carries
 *       (declared, or implied with a warning) and its annotations;
 *   <li>{@code context}: the {@code RenderContext}, built once per render;
 *   <li>{@code configmap}, {@code master}, {@code worker}, {@code fuse}, {@code job},
 *       {@code logserver}, {@code proxy}, {@code metrics}, {@code csi}: one renderer per component, each taking the
 *       context and giving drafts ({@code metrics} also mounts its ConfigMap into the others' drafts);
 *   <li>{@code layout}: files of rendered objects; {@code validation}: what the validator is told
 *       about a cluster;
 *   <li>this package: the renderers that put the route together, and their results.
 * </ol>
 */
package dev.alluxiok8s.render;
