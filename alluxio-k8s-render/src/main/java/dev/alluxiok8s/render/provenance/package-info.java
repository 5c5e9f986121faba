/**
 * Provenance from rendered objects back to the spec: which spec attribute each judged field of a
 * rendered workload comes from (or which default), so that a validation finding is reported at
 * the attribute and its line in the spec file, with advice in the spec's words.
 */
package dev.alluxiok8s.render.provenance;
