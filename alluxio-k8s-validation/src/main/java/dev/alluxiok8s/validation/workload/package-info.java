/** Where the built-in kinds keep their pod template, and label selector matching. */
package dev.alluxiok8s.validation.workload;
