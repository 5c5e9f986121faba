/**
 * Binds a scanned spec tree (the maps, lists and {@link dev.alluxiok8s.kube.yaml.YamlScalar}s of
 * {@link dev.alluxiok8s.kube.yaml.YamlReader}) straight into the model's Immutables builders, with
 * code generated from the model's types and their Jackson annotations ({@code *Binding} classes,
 * written by {@code SpecBindingGeneratorTest}), so that a valid spec is bound without Jackson's
 * per-run introspection of the model. It takes only what Jackson would bind to the same value; on
 * anything else (an unknown field, a scalar Jackson might type differently, a broken invariant) it
 * declines, and {@link dev.alluxiok8s.schema.file.SpecReader} binds with Jackson, whose errors are
 * the ones users read.
 */
package dev.alluxiok8s.schema.binding;
