package dev.alluxiok8s.model.tieredstore;

/** Alluxio's storage media, fastest first; tiers must be listed in this order. */
public enum MediumType {
  MEM,
  SSD,
  HDD
}
