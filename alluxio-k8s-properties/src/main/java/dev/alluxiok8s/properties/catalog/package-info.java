/** The catalog of an Alluxio release's properties, read from a compact, sorted resource. */
package dev.alluxiok8s.properties.catalog;
