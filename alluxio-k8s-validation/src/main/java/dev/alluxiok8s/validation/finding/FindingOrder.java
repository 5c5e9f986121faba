package dev.alluxiok8s.validation.finding;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.ObjectRef;
import java.util.Comparator;

/**
 * The deterministic order of a validation's diagnostics: input order of the objects, then object path (list indexes compared as
 * numbers, so {@code containers[2]} comes before {@code containers[10]}), then rule id, then message.
 */
public final class FindingOrder {

  /** Orders diagnostics for reports. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparingInt((Diagnostic d) -> d.object().map(ObjectRef::index).orElse(-1))
          .thenComparing(Diagnostic::objectPath, FindingOrder::comparePaths)
          .thenComparing(Diagnostic::ruleId)
          .thenComparing(Diagnostic::message)
          .thenComparing(d -> d.severity().ordinal());

  private FindingOrder() {}

  /** Compares two rendered paths, treating runs of digits as numbers. */
  public static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int ei = i;
        while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
          ei++;
        }
        int ej = j;
        while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
          ej++;
        }
        int byLength = Integer.compare(ei - i, ej - j);
        if (byLength != 0) {
          return byLength;
        }
        int byDigits = a.substring(i, ei).compareTo(b.substring(j, ej));
        if (byDigits != 0) {
          return byDigits;
        }
        i = ei;
        j = ej;
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
