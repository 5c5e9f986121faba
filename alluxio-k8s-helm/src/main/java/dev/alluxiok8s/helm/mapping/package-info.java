/**
 * The mapping of a values file onto the cluster model, one mapper per area (images, properties
 * and credentials, under storage, journal, masters, metastore, workers, tiered store,
 * short-circuit, FUSE, Pod Security exemptions). What differs between the chart lines comes from
 * {@link dev.alluxiok8s.helm.ChartLine}; {@link dev.alluxiok8s.helm.mapping.ValuesMapper} is the
 * entry, for {@link dev.alluxiok8s.helm.HelmValuesImport} only.
 */
package dev.alluxiok8s.helm.mapping;
