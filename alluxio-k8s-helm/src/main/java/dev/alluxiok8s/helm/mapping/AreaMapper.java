package dev.alluxiok8s.helm.mapping;

import dev.alluxiok8s.helm.values.Values;

/** What every area's mapper reads through: the shared context and the file's typed reads. */
abstract class AreaMapper {

  final MappingContext c;
  final Values values;

  AreaMapper(MappingContext c) {
    this.c = c;
    this.values = c.values;
  }
}
