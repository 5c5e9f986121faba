/**
 * Findings as data: rule id, severity, object, JSON path, message, hint and source location, their
 * deterministic order, and {@link dev.alluxiok8s.validation.finding.ObjectCheck}, through which rules report.
 */
package dev.alluxiok8s.validation.finding;
