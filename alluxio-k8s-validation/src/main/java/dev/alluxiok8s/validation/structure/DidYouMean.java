package dev.alluxiok8s.validation.structure;

import java.util.List;
import java.util.Locale;

/** Suggests the closest known name for a misspelt one (case slips first, then edit distance). */
final class DidYouMean {

  private DidYouMean() {}

  /** The best candidate, or null when none is close enough to be a plausible typo. */
  static String suggest(String wrong, List<String> candidates) {
    String lower = wrong.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      if (c.toLowerCase(Locale.ROOT).equals(lower)) {
        return c;
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int limit = Math.max(2, wrong.length() / 3);
    for (String c : candidates) {
      int d = distance(lower, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? best : null;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
