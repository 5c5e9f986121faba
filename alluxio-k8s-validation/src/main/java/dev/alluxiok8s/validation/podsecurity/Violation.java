package dev.alluxiok8s.validation.podsecurity;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.validation.finding.FieldPath;

/**
 * One reason a pod misses a Pod Security level.
 *
 * @param ruleId stable id, for example {@code PSS-BASELINE-HOSTPATH}
 * @param level the level this check belongs to (the pod reaches at most the level below it)
 * @param path where the offending field is
 * @param message what the check found, worded like Pod Security Admission's forbidden reasons
 * @param hint how to meet the level
 */
public record Violation(String ruleId, PodSecurityLevel level, FieldPath path, String message, String hint) {}
