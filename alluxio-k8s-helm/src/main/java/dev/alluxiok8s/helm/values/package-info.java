/**
 * A values file as read: its tree with every key's position ({@link dev.alluxiok8s.helm.values.ValuesReader},
 * {@link dev.alluxiok8s.helm.values.ValueNode}) and typed reads of it that collect every problem
 * and warning ({@link dev.alluxiok8s.helm.values.Values}). Public for the import's own packages
 * only; use {@link dev.alluxiok8s.helm.HelmValuesImport}.
 */
package dev.alluxiok8s.helm.values;
