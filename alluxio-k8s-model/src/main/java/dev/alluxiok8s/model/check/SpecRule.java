package dev.alluxiok8s.model.check;

/**
 * The stable ids of the spec rules that keep a spec from acting beyond what it declares (issue
 * 12): a spec may be written by someone with less power than whoever applies its output. Each
 * diagnostic such a rule finds carries its id, printed at the end of its line like the
 * validator's ({@code [SPEC-SAFE-PATH]}), so a reviewer, a CI filter or the docs can name it.
 * The validation page ({@code src/site/markdown/validation.md}) lists every id; {@code
 * SpecRulesPageTest} keeps the two equal.
 *
 * <pre>{@code
 * problems.add(SpecRule.SIZE_UNIT, "quota", "\"20\" has no unit, so it is 20 bytes; did you mean 20Gi? ...");
 * // alluxio.yaml:12:16: error: spec.tieredStore.levels[0].quota: "20" has no unit, ... [SPEC-SIZE-UNIT]
 * }</pre>
 */
public enum SpecRule {
  /** A character that would run commands or break the line in Alluxio's {@code alluxio-env.sh}. */
  ENV_FILE_CHARACTER("SPEC-ENV-FILE-CHARACTER"),
  /** A label or annotation key that alluxio-k8s sets itself ({@code alluxio-k8s.dev/...}, the app labels). */
  RESERVED_KEY("SPEC-RESERVED-KEY"),
  /** Two credentials that reach the container as one environment variable, or one credential twice. */
  CREDENTIAL_VARIABLE("SPEC-CREDENTIAL-VARIABLE"),
  /** {@code user:password@} in a URI that lands in a ConfigMap. */
  URI_PASSWORD("SPEC-URI-PASSWORD"),
  /** A property the renderer computes, set by hand (property, JVM option, credential or alias). */
  MANAGED_PROPERTY("SPEC-MANAGED-PROPERTY"),
  /** A directory that is a system, runtime or image directory, or not written plainly ({@code ..}, {@code //}). */
  SAFE_PATH("SPEC-SAFE-PATH"),
  /** Two volumes, tiers, Secrets or the journal at the same or nested directories. */
  SAME_DIRECTORY("SPEC-SAME-DIRECTORY"),
  /** A journal where it cannot work: an object store, the container's disk, an HDFS root, inside the root UFS. */
  JOURNAL_LOCATION("SPEC-JOURNAL-LOCATION"),
  /** A storage address that cannot be reached: no bucket, an HDFS nameservice without configuration, a bad ZooKeeper address. */
  STORAGE_URI("SPEC-STORAGE-URI"),
  /** A size that reads as a slip: millibytes ({@code 512m}) or no unit ({@code 20}). */
  SIZE_UNIT("SPEC-SIZE-UNIT"),
  /** {@code dnsPolicy: None}, which needs a dnsConfig a spec cannot give. */
  DNS_POLICY("SPEC-DNS-POLICY"),
  /** A port below 1024 on the node's network for a process that is not root. */
  PRIVILEGED_PORT("SPEC-PRIVILEGED-PORT"),
  /** A host alias address that is not an IPv4 or IPv6 address. */
  HOST_ALIAS_IP("SPEC-HOST-ALIAS-IP"),
  /** An affinity with unknown fields or values of the wrong kind. */
  AFFINITY_SHAPE("SPEC-AFFINITY-SHAPE"),
  /** An environment variable, volume, container or port name, or a mount directory, that alluxio-k8s uses itself. */
  RESERVED_NAME("SPEC-RESERVED-NAME"),
  /** A credential written as an environment variable's literal value instead of coming from a Secret. */
  CREDENTIAL_LITERAL("SPEC-CREDENTIAL-LITERAL"),
  /** The node's process namespace or a node directory, asked for without a declared privileged exemption. */
  HOST_ACCESS("SPEC-HOST-ACCESS");

  private final String id;

  SpecRule(String id) {
    this.id = id;
  }

  /** The id printed with each diagnostic, for example {@code SPEC-SAFE-PATH}. */
  public String id() {
    return id;
  }
}
