/**
 * Per-environment differences: a base spec, overlay files and {@code --set} assignments merged
 * into one tree before binding, each node keeping the file (or argument) and line it came from, so
 * that every problem is reported where the value that causes it was written. The public entry is
 * {@link dev.alluxiok8s.schema.overlay.LayeredSpec}; {@code schema.file.SpecReader} reads it.
 */
package dev.alluxiok8s.schema.overlay;
