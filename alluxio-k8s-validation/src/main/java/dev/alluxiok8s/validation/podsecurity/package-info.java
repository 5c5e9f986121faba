/**
 * Pod Security Standards: the level each workload reaches, the required level, and the exemption
 * annotations ({@link dev.alluxiok8s.validation.podsecurity.PodSecurityAnnotations}).
 */
package dev.alluxiok8s.validation.podsecurity;
