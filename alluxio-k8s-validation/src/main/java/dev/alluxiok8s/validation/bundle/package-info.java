/** Rules across the objects of a set: duplicates, Services, StatefulSet Services and references. */
package dev.alluxiok8s.validation.bundle;
