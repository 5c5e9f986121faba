/**
 * Several clusters rendered together for one output folder ({@link
 * dev.alluxiok8s.render.batch.BatchRender}): what the CLI's {@code render A.yaml B.yaml -o DIR} and
 * the Maven plugin's {@code <specFiles>} share. Comes after {@code dev.alluxiok8s.render} in the
 * package order: it only calls the {@code ManifestRenderer}.
 */
package dev.alluxiok8s.render.batch;
