package dev.alluxiok8s.model;

/** The log4j level of Alluxio's servers (masters, workers, job processes, FUSE). */
public enum LogLevel {
  TRACE,
  DEBUG,
  INFO,
  WARN,
  ERROR
}
