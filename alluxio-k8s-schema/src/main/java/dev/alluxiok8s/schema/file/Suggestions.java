package dev.alluxiok8s.schema.file;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name a mistyped one was probably meant to be ("did you mean ..."). */
public final class Suggestions {

  private Suggestions() {}

  /** The closest of {@code known} to {@code typed}, if it is close enough to be a likely typo. */
  public static Optional<String> closest(String typed, Collection<String> known) {
    String lower = typed.toLowerCase(Locale.ROOT);
    return known.stream()
        .map(k -> new Object[] {k, distance(lower, k.toLowerCase(Locale.ROOT))})
        .filter(p -> (int) p[1] <= Math.max(2, typed.length() / 3))
        .min(Comparator.<Object[]>comparingInt(p -> (int) p[1]).thenComparing(p -> (String) p[0]))
        .map(p -> (String) p[0]);
  }

  /** Levenshtein distance, with one row of memory. */
  static int distance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + cost);
        diagonal = above;
      }
    }
    return row[b.length()];
  }
}
