/**
 * What a cluster mounts from outside itself into the Alluxio containers: existing claims at a
 * path of the user's choice ({@link ClaimMount}) and existing ConfigMaps under {@code /configmaps}
 * ({@link ConfigMapMounts}), as chart 0.6.x's {@code mounts} and {@code configmaps} did; and the
 * rule that keeps them off the directories alluxio-k8s mounts itself ({@link MountRules}).
 */
package dev.alluxiok8s.model.mount;
