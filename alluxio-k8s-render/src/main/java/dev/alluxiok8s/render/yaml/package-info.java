/**
 * Kubernetes model objects to an ordered tree ({@link dev.alluxiok8s.render.yaml.KubeTree}) and
 * the tree to deterministic YAML ({@link dev.alluxiok8s.render.yaml.YamlWriter}).
 *
 * <p>The split lets a renderer convert once, validate the very tree it will write, then emit it.
 * Output choices, and why:
 *
 * <ul>
 *   <li>Block style, two-space indent, sequences indented under their key ({@code containers:} /
 *       {@code - name: x} two columns in), as Alluxio's Helm chart writes them, so our manifests
 *       diff line by line against the chart's.
 *   <li>Strings are plain unless a YAML 1.1 reader ({@code kubectl}, Helm) or a YAML 1.2 reader
 *       would read something else; then double-quoted, the style {@code kubectl} itself writes and
 *       the only one with escapes. Multi-line strings are literal blocks when a block can carry
 *       them exactly, double-quoted otherwise.
 *   <li>No line folding, LF line endings, a final newline, Unicode as is, {@code ---} between
 *       documents; nothing depends on the JDK, the default locale or the time zone.
 * </ul>
 */
package dev.alluxiok8s.render.yaml;
