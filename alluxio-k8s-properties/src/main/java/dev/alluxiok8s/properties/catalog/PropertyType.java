package dev.alluxiok8s.properties.catalog;

/** The value types of Alluxio's {@code PropertyKey.PropertyType}, with the same names. */
public enum PropertyType {
  BOOLEAN,
  INTEGER,
  LONG,
  DOUBLE,
  STRING,
  DURATION,
  DATASIZE,
  LIST,
  ENUM,
  CLASS
}
