/** Operational practices reported as warnings: resources, probes, image tags, pull policy, credentials. */
package dev.alluxiok8s.validation.practices;
