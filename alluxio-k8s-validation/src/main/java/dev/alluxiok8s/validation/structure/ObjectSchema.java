package dev.alluxiok8s.validation.structure;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one API object type.
 *
 * @param typeName the Go-ish type name for messages (model class name without the version prefix)
 * @param fields field name to type, in the models' declaration order
 * @param required names of required fields
 * @param names field names, sorted, for "did you mean" suggestions
 * @param enums closed value sets of this type's string fields, looked up once when the type is reflected
 */
record ObjectSchema(
    String typeName,
    Map<String, FieldType> fields,
    Set<String> required,
    List<String> names,
    Map<String, List<String>> enums) {}
