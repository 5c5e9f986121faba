package dev.alluxiok8s.model.journal;

import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.ufs.UriRules;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a journal given as a URI cannot work: on an object store (no atomic rename or append),
 * at {@code file://} (the master container's own disk, gone with the pod), at the root of an HDFS
 * (its files would mix with everything else there). Where it lies inside the root under storage is
 * a check across parts, in {@code ClusterSpec}.
 */
final class JournalLocations {

  private JournalLocations() {}

  static void check(Problems problems, String path, String folder) {
    Optional<String> scheme = UriRules.schemeOf(folder);
    if (scheme.isEmpty()) {
      return;
    }
    String s = scheme.get().toLowerCase(Locale.ROOT);
    if (UriRules.isObjectStore(s)) {
      problems.add(SpecRule.JOURNAL_LOCATION, path, "is on an object store (" + s + "://), which lacks the atomic rename and append a journal needs; "
          + "use hdfs://namenode:8020/alluxio/journal, a local folder such as /journal, or type EMBEDDED");
    } else if (s.equals("file")) {
      problems.add(SpecRule.JOURNAL_LOCATION, path, "file:// is the master container's own disk, lost with the pod; give an absolute path such as "
          + "/journal, which is kept on spec.journal.volume");
    } else if (s.equals("hdfs") && UriRules.pathOf(folder).map(p -> p.isEmpty() || p.equals("/")).orElse(false)) {
      problems.add(SpecRule.JOURNAL_LOCATION, path, "is the root of the HDFS; give the journal a folder of its own, e.g. hdfs://namenode:8020/alluxio/journal");
    }
  }
}
