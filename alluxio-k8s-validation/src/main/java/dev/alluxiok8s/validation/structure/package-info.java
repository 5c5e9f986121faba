/**
 * The API structure check: known kinds and fields, types, required fields and closed value sets, from
 * tables derived from the official Kubernetes Java client models.
 */
package dev.alluxiok8s.validation.structure;
