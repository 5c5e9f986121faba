/** Null-safe typed reads from plain manifest trees. */
package dev.alluxiok8s.validation.tree;
