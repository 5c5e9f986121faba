/**
 * Offline validation of Kubernetes manifests: the entry point {@link dev.alluxiok8s.validation.KubernetesValidator}
 * and its {@link dev.alluxiok8s.validation.ValidationReport}. A validation runs, per object, the API structure
 * check ({@code structure}), the API-server rules ({@code rules}), Pod Security ({@code podsecurity}) and
 * practices ({@code practices}), then the cross-object rules ({@code bundle}).
 */
package dev.alluxiok8s.validation;
