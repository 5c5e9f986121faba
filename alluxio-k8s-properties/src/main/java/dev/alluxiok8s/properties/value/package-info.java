/** Values read the way Alluxio reads them: booleans, numbers, durations, data sizes, enums and lists. */
package dev.alluxiok8s.properties.value;
