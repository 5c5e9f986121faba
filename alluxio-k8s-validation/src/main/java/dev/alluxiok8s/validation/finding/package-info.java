/**
 * How rules report: {@link dev.alluxiok8s.validation.finding.ObjectCheck}, through which a rule
 * adds {@linkplain dev.alluxiok8s.kube.diagnostic.Diagnostic diagnostics} about one object, the
 * JSON paths into objects, where those paths were written, and the deterministic order of a report.
 */
package dev.alluxiok8s.validation.finding;
