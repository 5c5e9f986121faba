package dev.alluxiok8s.model.ufs;

import dev.alluxiok8s.model.check.Problems;
import dev.alluxiok8s.model.check.SpecRule;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a storage URI must name to be reachable, beyond being a URI ({@link UriRules}): an object
 * store's bucket, and for an HDFS nameservice (a host without a port or a dot, such as {@code
 * hdfs://mycluster/}), the Hadoop configuration that alone resolves it. Also says which schemes
 * are object stores, on which a journal cannot live.
 */
public final class StorageUris {

  /** Schemes of object stores Alluxio 2.9 mounts: no atomic rename, no append. */
  static final Set<String> OBJECT_STORES = Set.of("s3", "s3a", "s3n", "gs", "gcs", "wasb", "wasbs", "abfs", "abfss",
      "oss", "cos", "cosn", "obs", "swift", "adl", "kodo", "bos");

  private StorageUris() {}

  /** The URI's scheme in lower case, when {@code value} is a URI with one. */
  static Optional<String> schemeOf(String value) {
    return parse(value).map(URI::getScheme).map(s -> s.toLowerCase(Locale.ROOT));
  }

  static Optional<URI> parse(String value) {
    try {
      URI uri = new URI(value);
      return uri.getScheme() == null ? Optional.empty() : Optional.of(uri);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * Checks that {@code value} names its bucket (object stores) and that an HDFS nameservice comes
   * with Hadoop's configuration ({@code configurationAttribute} says where to give it).
   */
  static void checkReachable(Problems problems, String path, String value, boolean hasHdfsConfiguration,
      String configurationAttribute) {
    Optional<URI> parsed = parse(value);
    if (parsed.isEmpty()) {
      return;
    }
    URI uri = parsed.get();
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String authority = uri.getRawAuthority();
    if (OBJECT_STORES.contains(scheme) && (authority == null || authority.isEmpty())) {
      problems.add(SpecRule.STORAGE_URI, path, "names no bucket: the bucket follows " + scheme + "://, e.g. " + scheme + "://my-bucket/alluxio");
    }
    if (scheme.equals("hdfs") && isNameservice(uri) && !hasHdfsConfiguration) {
      problems.add(SpecRule.STORAGE_URI, path, "\"" + uri.getHost() + "\" has no port and no domain, so it reads as an HDFS nameservice, which "
          + "only Hadoop's configuration resolves: set " + configurationAttribute
          + ", or give the namenode as host:port (e.g. namenode:8020)");
    }
  }

  /** {@code hdfs://mycluster/...}: a single-label host and no port. */
  private static boolean isNameservice(URI uri) {
    String host = uri.getHost();
    return host != null && uri.getPort() < 0 && !host.contains(".") && !host.equalsIgnoreCase("localhost");
  }
}
