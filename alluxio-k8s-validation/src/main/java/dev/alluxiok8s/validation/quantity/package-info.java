/** The Kubernetes resource quantity grammar and its values. */
package dev.alluxiok8s.validation.quantity;
