/**
 * What a spec adds to a component's containers beyond what alluxio-k8s renders itself: extra
 * environment variables ({@link dev.alluxiok8s.model.container.EnvVar}), volumes and their mounts
 * ({@link dev.alluxiok8s.model.container.ExtraVolume}, {@link dev.alluxiok8s.model.container.VolumeMount})
 * and sidecar containers ({@link dev.alluxiok8s.model.container.Sidecar}): typed subsets of
 * Kubernetes' own types, each checked where it is written, and the names and directories
 * alluxio-k8s keeps for itself ({@link dev.alluxiok8s.model.container.ReservedNames}).
 */
package dev.alluxiok8s.model.container;
