/** The Kubernetes release whose rules apply. */
package dev.alluxiok8s.validation.version;
