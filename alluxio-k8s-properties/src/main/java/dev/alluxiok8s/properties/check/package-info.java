/** Alluxio properties checked against a catalog: findings as {@code Diagnostic}s at the caller's path. */
package dev.alluxiok8s.properties.check;
