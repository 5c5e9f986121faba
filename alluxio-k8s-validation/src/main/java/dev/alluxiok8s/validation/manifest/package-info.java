/**
 * Reading manifests from YAML and JSON files, folders and streams into plain trees, with the line and
 * column of every node and limits against hostile input.
 */
package dev.alluxiok8s.validation.manifest;
