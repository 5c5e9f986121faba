package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.ChartDefaults;
import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.helm.values.ValueNode;
import dev.alluxiok8s.helm.values.Values;
import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.model.check.InvalidModelException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every area's mapper shares: the values, the chart line, the cluster's name, and where each
 * model attribute came from, so that a model invariant that fails is reported at the values key
 * the attribute was read from.
 */
final class MappingContext {

  final Values values;
  final ChartLine line;
  final ChartDefaults defaults;
  /** The cluster's name: {@code fullnameOverride}, else the chart's {@code alluxio}. */
  final String name;
  /** Model attribute path -> the values key it came from, to place model problems. */
  private final Map<String, ValueNode> origins = new LinkedHashMap<>();
  private CatalogCheck catalog;

  MappingContext(Values values, ChartLine line, String name) {
    this.values = values;
    this.line = line;
    this.defaults = line.defaults();
    this.name = name;
  }

  /** The check of Alluxio properties, made once per import (it notes an image without a catalog once). */
  CatalogCheck catalog() {
    if (catalog == null) {
      catalog = new CatalogCheck(this);
    }
    return catalog;
  }

  /** The generated Secret that holds the credentials the values carried as literal properties. */
  String secretName() {
    return name + "-ufs-credentials";
  }

  /** Records that the model attribute {@code specPath} comes from {@code valuesKey}, unless one is recorded already. */
  void origin(String specPath, String valuesKey) {
    values.at(valuesKey).ifPresent(n -> origins.putIfAbsent(specPath, n));
  }

  /** Records that the model attribute {@code specPath} comes from {@code node}. */
  void origin(String specPath, ValueNode node) {
    origins.put(specPath, node);
  }

  /**
   * Builds a model value, turning its invariant failures into problems at the values keys the
   * attributes came from; null when it failed.
   */
  <T> T build(String specPath, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidModelException e) {
      for (Diagnostic p : e.diagnostics()) {
        String full = p.under(specPath).path();
        ValueNode at = originOf(full);
        if (at == null) {
          values.error(values.root().location(), "spec." + full, p.message());
        } else {
          values.error(at, p.message() + " (spec." + full + ")");
        }
      }
      return null;
    }
  }

  /**
   * Builds a part of the value an area's {@link #build} is making (its volume, ports, node
   * selector, a tier level): the part names its problems relative to itself ({@code size}), so
   * they are moved under {@code relativePath} ({@code volume}) before the area's build adds its own
   * prefix. Without this, {@code spec.journal.size} matches no recorded origin and the problem
   * lands at the top of the file instead of at {@code journal.size}.
   */
  static <T> T part(String relativePath, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidModelException e) {
      throw new InvalidModelException(e.typeName(), e.diagnostics().stream().map(p -> p.under(relativePath)).toList());
    }
  }

  /** The values key of {@code specPath}, or of its nearest parent that has one. */
  private ValueNode originOf(String specPath) {
    String p = specPath;
    while (!p.isEmpty()) {
      ValueNode node = origins.get(p);
      if (node != null) {
        return node;
      }
      // No '.' or '[' left: the cut is -1 and the path ends, as "".
      p = p.substring(0, Math.max(0, Math.max(p.lastIndexOf('.'), p.lastIndexOf('['))));
    }
    return null;
  }
}
