package dev.alluxiok8s.kube.yaml;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * What {@link YamlReader} accepts and how it builds trees. Every bound is checked while reading, so
 * hostile input (deep nesting, alias bombs, huge values) fails with a problem instead of a
 * StackOverflowError or an out-of-memory.
 *
 * @param maxCodePoints the text's length
 * @param maxDepth how deeply mappings and lists may nest
 * @param maxScalarLength the length of one key or value, in characters
 * @param maxAliases aliases per stream; 0 refuses every alias
 * @param maxNodes nodes per stream, counting alias expansions ("billion laughs")
 * @param maxDocuments documents per stream
 * @param scalars how scalars are typed
 * @param refuseTags whether explicit tags other than the core ones ({@code !!str}, {@code !!int}, ...)
 *     are refused
 * @param refuseNulls whether a value that is null or missing is a problem
 * @param retryBlankLines whether to read a text again with whitespace-only lines emptied when they
 *     are its only problem, as Go's YAML reader (kubectl, helm) accepts them
 * @param fileKind what the file is, for messages ("a spec file")
 * @param oneDocument why a file holds one document, told when it holds more
 * @param hideTextAt paths whose text (an alias or tag name) messages must not quote, such as
 *     credentials
 * @param pathStyle how paths are spelled
 */
public record YamlSettings(int maxCodePoints, int maxDepth, int maxScalarLength, int maxAliases, long maxNodes,
    int maxDocuments, Scalars scalars, boolean refuseTags, boolean refuseNulls, boolean retryBlankLines,
    String fileKind, String oneDocument, Predicate<String> hideTextAt, PathStyle pathStyle) {

  /** How scalars appear in trees. */
  public enum Scalars {
    /** As {@link YamlScalar}s, for callers with their own typing rules; null values as null. */
    TEXT,
    /** Typed the way kubectl reads manifests: YAML 1.1 booleans and octals, the core schema otherwise. */
    KUBECTL
  }

  /** Deeper than any real manifest (a CRD schema nests about 30 levels). */
  public static final int MANIFEST_MAX_DEPTH = 200;
  /** Aliases are rare in manifests; a few hundred leave room for anchors used as templates. */
  public static final int MANIFEST_MAX_ALIASES = 500;
  /** Nodes per manifest stream, counting alias expansions. */
  public static final long MANIFEST_MAX_NODES = 5_000_000L;
  /** Code points per manifest stream. */
  public static final int MANIFEST_MAX_CODE_POINTS = 64 * 1024 * 1024;

  public YamlSettings {
    Objects.requireNonNull(scalars, "scalars");
    Objects.requireNonNull(fileKind, "fileKind");
    Objects.requireNonNull(oneDocument, "oneDocument");
    Objects.requireNonNull(hideTextAt, "hideTextAt");
    Objects.requireNonNull(pathStyle, "pathStyle");
    if (maxCodePoints < 1 || maxDepth < 1 || maxScalarLength < 1 || maxAliases < 0 || maxNodes < 1
        || maxDocuments < 1) {
      throw new IllegalArgumentException("read limits must be positive");
    }
  }

  /**
   * A file a user writes by hand (a spec, Helm values): one document within {@code limits}, no
   * aliases, scalars as text, paths as attribute paths.
   */
  public static YamlSettings forUserFile(ReadLimits limits, String fileKind, String oneDocument) {
    return new YamlSettings(limits.maxBytes(), limits.maxDepth(), limits.maxScalarLength(), 0, Long.MAX_VALUE, 1,
        Scalars.TEXT, false, false, false, fileKind, oneDocument, path -> false, PathStyle.ATTRIBUTES);
  }

  /** Kubernetes manifests as kubectl reads them: any number of documents, bounded aliases. */
  public static YamlSettings forManifests(PathStyle pathStyle) {
    return new YamlSettings(MANIFEST_MAX_CODE_POINTS, MANIFEST_MAX_DEPTH, Integer.MAX_VALUE, MANIFEST_MAX_ALIASES,
        MANIFEST_MAX_NODES, Integer.MAX_VALUE, Scalars.KUBECTL, false, false, true, "a manifest", "", path -> false,
        pathStyle);
  }

  /** These settings, refusing explicit tags that are not core tags. */
  public YamlSettings refusingTags() {
    return new YamlSettings(maxCodePoints, maxDepth, maxScalarLength, maxAliases, maxNodes, maxDocuments, scalars,
        true, refuseNulls, retryBlankLines, fileKind, oneDocument, hideTextAt, pathStyle);
  }

  /** These settings, refusing null and missing values. */
  public YamlSettings refusingNulls() {
    return new YamlSettings(maxCodePoints, maxDepth, maxScalarLength, maxAliases, maxNodes, maxDocuments, scalars,
        refuseTags, true, retryBlankLines, fileKind, oneDocument, hideTextAt, pathStyle);
  }

  /** These settings, not quoting alias or tag names at the paths {@code hide} accepts. */
  public YamlSettings hidingTextAt(Predicate<String> hide) {
    return new YamlSettings(maxCodePoints, maxDepth, maxScalarLength, maxAliases, maxNodes, maxDocuments, scalars,
        refuseTags, refuseNulls, retryBlankLines, fileKind, oneDocument, hide, pathStyle);
  }
}
