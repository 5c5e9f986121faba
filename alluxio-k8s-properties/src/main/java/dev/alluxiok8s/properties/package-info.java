/**
 * Alluxio's own configuration, checked like the Kubernetes side: {@code catalog} holds every
 * property key, alias and key template of an Alluxio release as data (generated from Alluxio's
 * {@code alluxio.conf.PropertyKey}, see {@code CatalogGeneratorTest}); {@code value} parses values
 * the way Alluxio does; {@code check} turns both into diagnostics. The package knows no model type
 * and no Kubernetes object: the model, the Helm import and manifest validation all call it.
 */
package dev.alluxiok8s.properties;
