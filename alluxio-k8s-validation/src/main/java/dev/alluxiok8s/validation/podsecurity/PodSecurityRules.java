package dev.alluxiok8s.validation.podsecurity;

import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.validation.finding.FieldPath;
import dev.alluxiok8s.validation.finding.ObjectCheck;
import dev.alluxiok8s.validation.tree.Trees;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import dev.alluxiok8s.validation.workload.PodTemplate;
import dev.alluxiok8s.validation.workload.Workloads;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reports the Pod Security level of every workload and enforces a required level. A workload below the
 * required level is an error for each reason, unless it carries a valid exemption (see {@link
 * PodSecurityAnnotations}): a non-blank reason and a declared level not higher than the level reached.
 */
public final class PodSecurityRules {

  /** The level a workload reaches, with its reasons (INFO). */
  public static final String LEVEL = "PSS-LEVEL";
  /** A workload below the required level with a valid exemption (INFO). */
  public static final String EXEMPT = "PSS-EXEMPT";
  /** An exemption annotation that is malformed or claims more than the pod reaches. */
  public static final String EXEMPTION_INVALID = "PSS-EXEMPTION-INVALID";

  private final PodSecurityEvaluator evaluator;
  private final PodSecurityLevel defaultRequired;
  private final Map<String, PodSecurityLevel> requiredByObject;

  /**
   * @param version the release whose checks apply
   * @param required the level every workload must reach unless exempt
   * @param requiredByObject levels for particular workloads, keyed by {@code Kind/name} (for example
   *     restricted for the master StatefulSet)
   */
  public PodSecurityRules(
      KubernetesVersion version, PodSecurityLevel required, Map<String, PodSecurityLevel> requiredByObject) {
    this.evaluator = new PodSecurityEvaluator(version);
    this.defaultRequired = Objects.requireNonNull(required, "required");
    this.requiredByObject = Map.copyOf(requiredByObject);
  }

  /** Evaluates the object's pod, if it has one. */
  public void check(ObjectCheck check) {
    PodTemplate pod = Workloads.podOf(check.ref().kind(), check.tree()).orElse(null);
    if (pod == null) {
      return;
    }
    PodSecurityLevel required =
        requiredByObject.getOrDefault(check.ref().kind() + "/" + check.ref().name(), defaultRequired);
    PodSecurityEvaluator.Evaluation e = evaluator.evaluate(pod);
    PodSecurityLevel reached = e.level();
    String reasons =
        e.violations().stream()
            .filter(v -> reached != PodSecurityLevel.RESTRICTED && v.level() == nextLevel(reached))
            .map(Violation::message)
            .distinct()
            .collect(Collectors.joining("; "));
    check.info(LEVEL, pod.specPath(),
        "meets Pod Security level \"" + reached.value() + "\"" + (reasons.isEmpty() ? "" : ": " + reasons),
        reached == PodSecurityLevel.RESTRICTED ? "" : "see the " + nextLevel(reached).value() + " checks listed to harden it");
    if (reached.compareTo(required) >= 0) {
      return;
    }
    Map<String, Object> annotations = Trees.map(Trees.map(check.tree(), "metadata"), "annotations");
    FieldPath annPath = FieldPath.ROOT.field("metadata").field("annotations");
    String declaredText = Trees.string(annotations, PodSecurityAnnotations.LEVEL);
    String reason = Trees.string(annotations, PodSecurityAnnotations.REASON);
    boolean exempt = false;
    if (declaredText != null || reason != null) {
      PodSecurityLevel declared = PodSecurityLevel.parse(declaredText);
      if (declared == null) {
        check.error(EXEMPTION_INVALID, annPath.field(PodSecurityAnnotations.LEVEL),
            "Unsupported value: " + Trees.quote(declaredText) + ": supported values: \"privileged\", \"baseline\"",
            "declare the level the workload reaches: " + reached.value());
      } else if (reason == null || reason.isBlank()) {
        check.error(EXEMPTION_INVALID, annPath.field(PodSecurityAnnotations.REASON), "Required value: an exemption needs a reason",
            "say why the workload cannot meet " + required.value());
      } else if (declared.compareTo(reached) > 0) {
        check.error(EXEMPTION_INVALID, annPath.field(PodSecurityAnnotations.LEVEL),
            "Invalid value: \"" + declared.value() + "\": the pod only reaches \"" + reached.value() + "\": " + reasons,
            "declare " + reached.value() + " or remove what keeps the pod below " + declared.value());
      } else {
        exempt = true;
        check.info(EXEMPT, annPath.field(PodSecurityAnnotations.LEVEL),
            "exempt from Pod Security level \"" + required.value() + "\" at \"" + declared.value() + "\": " + reason, "");
      }
    }
    if (exempt) {
      return;
    }
    for (Violation v : e.violations()) {
      if (v.level().compareTo(required) <= 0) {
        // The exemption is typed so that a renderer can name the spec attribute that sets these
        // annotations instead.
        check.error(v.ruleId(), v.path(),
            "violates PodSecurity \"" + required.value() + ":latest\": " + v.message(),
            Remedy.either(Remedy.advice(v.hint()),
                new Remedy.AnnotateExemption(PodSecurityAnnotations.LEVEL, PodSecurityAnnotations.REASON, reached)));
      }
    }
  }

  private static PodSecurityLevel nextLevel(PodSecurityLevel l) {
    return PodSecurityLevel.values()[l.ordinal() + 1];
  }
}
