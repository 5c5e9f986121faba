/**
 * The spec file's own JSON Schema ({@link dev.alluxiok8s.schema.spec.SpecSchema}): published for
 * editors, used to check a document's shape before (or without) building the model.
 */
package dev.alluxiok8s.schema.spec;
