package dev.alluxiok8s.schema.file;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import java.util.Comparator;
import java.util.List;

/**
 * The order problems are listed in: by source (the base, its overlays, then {@code --set}
 * arguments, as given), then by line and column, so a reader fixes one file from top to bottom.
 */
final class SourceOrder {

  private SourceOrder() {}

  static Comparator<Diagnostic> of(List<String> sources) {
    Comparator<SourceLocation> byPlace = Comparator.comparingInt((SourceLocation at) -> rank(sources, at.file()))
        .thenComparingInt(SourceLocation::line)
        .thenComparingInt(SourceLocation::column);
    return Comparator.comparing((Diagnostic p) -> p.location().orElseThrow(), byPlace);
  }

  /** A source that is not listed (none should be) comes last. */
  private static int rank(List<String> sources, String file) {
    int index = sources.indexOf(file);
    return index < 0 ? sources.size() : index;
  }
}
