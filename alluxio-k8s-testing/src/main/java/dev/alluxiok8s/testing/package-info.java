/**
 * Golden-file assertions for projects that render Alluxio clusters: start at {@link
 * dev.alluxiok8s.testing.GoldenAssertions}.
 */
package dev.alluxiok8s.testing;
