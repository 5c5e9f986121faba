/**
 * The API server's own validation beyond JSON schema: name and key formats, selectors, ports, volumes,
 * environment, resources and probes, worded as the API server words them.
 */
package dev.alluxiok8s.validation.rules;
