package dev.alluxiok8s.upgrade.change;

/**
 * Every rule the upgrade check applies: a stable id, the class of the changes it finds, and the
 * Kubernetes or Alluxio source that makes it a rule (so a reader can check the claim, and so a
 * rule changes when its source does).
 */
public enum UpgradeRule {
  OBJECT_UPDATED("UPG-UPDATED", ChangeClass.IN_PLACE,
      "kubectl apply: a three-way merge patch of the fields the manifests set"),
  OBJECT_ADDED("UPG-ADDED", ChangeClass.IN_PLACE, "kubectl apply creates objects it does not find"),
  OBJECT_REMOVED("UPG-REMOVED", ChangeClass.RECREATE_REQUIRED,
      "kubectl apply never deletes an object its files no longer hold (only --prune does)"),
  WORKLOAD_REPLACED("UPG-REPLACED", ChangeClass.RECREATE_REQUIRED,
      "Alluxio 2.9 docs, operation/Journal.md: a journal is written by one primary master; two masters on one"
          + " UFS journal, or two quorums on one claim, corrupt it"),
  ROLLOUT("UPG-ROLLOUT", ChangeClass.ROLLING_RESTART,
      "Kubernetes pkg/controller (statefulset, daemonset, deployment): a changed spec.template starts a rolling"
          + " update; alluxio-k8s changes the template's config-hash annotation when the ConfigMap changes"),
  STATEFULSET_IMMUTABLE("UPG-K8S-STATEFULSET-SPEC", ChangeClass.REFUSED_BY_API_SERVER,
      "Kubernetes pkg/apis/apps/validation/validation.go ValidateStatefulSetUpdate: \"updates to statefulset spec"
          + " for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy',"
          + " 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden\""),
  SELECTOR_IMMUTABLE("UPG-K8S-SELECTOR", ChangeClass.REFUSED_BY_API_SERVER,
      "Kubernetes pkg/apis/apps/validation/validation.go ValidateDaemonSetUpdate and ValidateDeploymentUpdate:"
          + " spec.selector \"field is immutable\" (apps/v1)"),
  JOB_TEMPLATE_IMMUTABLE("UPG-K8S-JOB-TEMPLATE", ChangeClass.REFUSED_BY_API_SERVER,
      "Kubernetes pkg/apis/batch/validation/validation.go ValidateJobSpecUpdate: spec.template and spec.selector"
          + " \"field is immutable\""),
  CLUSTER_IP_IMMUTABLE("UPG-K8S-SERVICE-CLUSTERIP", ChangeClass.REFUSED_BY_API_SERVER,
      "Kubernetes pkg/apis/core/validation/validation.go ValidateServiceUpdate: spec.clusterIP and"
          + " spec.clusterIPs[0] \"may not change once set\" (except to or from type ExternalName)"),
  CLAIM_IMMUTABLE("UPG-K8S-CLAIM-SPEC", ChangeClass.REFUSED_BY_API_SERVER,
      "Kubernetes pkg/apis/core/validation/validation.go ValidatePersistentVolumeClaimUpdate: \"spec is immutable"
          + " after creation except resources.requests and volumeAttributesClassName for bound claims\""),
  CLAIM_SHRINK("UPG-K8S-CLAIM-SHRINK", ChangeClass.REFUSED_BY_API_SERVER,
      "Kubernetes pkg/apis/core/validation/validation.go ValidatePersistentVolumeClaimUpdate:"
          + " spec.resources.requests.storage \"field can not be less than previous value\""),
  CLAIM_EXPANSION("UPG-K8S-CLAIM-EXPAND", ChangeClass.REFUSED_BY_API_SERVER,
      "Kubernetes plugin/pkg/admission/storage/persistentvolume/resize: \"only dynamically provisioned pvc can be"
          + " resized and the storageclass that provisions the pvc must support resize\" (allowVolumeExpansion: true)"),
  JOURNAL_TYPE("UPG-ALLUXIO-JOURNAL-TYPE", ChangeClass.DATA_AT_RISK,
      "Alluxio 2.9 docs, operation/Journal.md: a journal of one type cannot be read as the other; switch by"
          + " backing up (alluxio fsadmin backup) and starting from the backup (alluxio.master.journal.init.from.backup)"),
  JOURNAL_FOLDER("UPG-ALLUXIO-JOURNAL-FOLDER", ChangeClass.DATA_AT_RISK,
      "Alluxio PropertyKey alluxio.master.journal.folder: the masters read and write the journal there; a new"
          + " folder is an empty journal"),
  JOURNAL_STORAGE("UPG-ALLUXIO-JOURNAL-CLAIM", ChangeClass.DATA_AT_RISK,
      "Kubernetes StatefulSet and PersistentVolumeClaim semantics: the journal lives on the claim; a master on"
          + " another claim starts from an empty journal"),
  METASTORE("UPG-ALLUXIO-METASTORE", ChangeClass.DATA_AT_RISK,
      "Alluxio 2.9 docs, operation/Metastore.md: HEAP and ROCKS keep the inode tree differently; switch by"
          + " backing up and starting from the backup"),
  QUORUM("UPG-ALLUXIO-QUORUM", ChangeClass.DATA_AT_RISK,
      "Alluxio 2.9 docs, operation/Journal.md (embedded journal): alluxio.master.embedded.journal.addresses is the"
          + " Raft membership; change it one master at a time and check it with alluxio fsadmin journal quorum info"),
  RELOCATED("UPG-ALLUXIO-RELOCATED", ChangeClass.DATA_AT_RISK,
      "Kubernetes object identity is namespace and name: a new namespace or cluster name creates a second cluster"
          + " beside the first, on new, empty claims"),
  IMAGE_DOWNGRADE("UPG-ALLUXIO-DOWNGRADE", ChangeClass.DATA_AT_RISK,
      "Alluxio 2.9 docs, operation/Upgrade.md: a journal is upgraded forward only; an older release may not read"
          + " what a newer one wrote, so go back through a backup");

  private final String id;
  private final ChangeClass changeClass;
  private final String source;

  UpgradeRule(String id, ChangeClass changeClass, String source) {
    this.id = id;
    this.changeClass = changeClass;
    this.source = source;
  }

  /** The stable id printed with each finding, for example {@code UPG-K8S-SELECTOR}. */
  public String id() {
    return id;
  }

  /** The class of the changes this rule finds (a claim expansion may be found harmless: see {@link Change}). */
  public ChangeClass changeClass() {
    return changeClass;
  }

  /** Where the rule comes from. */
  public String source() {
    return source;
  }
}
