/**
 * Writing a rendered folder all at once ({@link dev.alluxiok8s.render.output.AtomicFolderWriter}):
 * readers see the old folder or the new one, never a mix, and a folder alluxio-k8s did not write is
 * only replaced when the caller says so. Failures are typed ({@link
 * dev.alluxiok8s.render.output.OutputException} and its subclasses) and name the folder.
 */
package dev.alluxiok8s.render.output;
