package dev.alluxiok8s.cli;

import dev.alluxiok8s.kube.diagnostic.SpecPathWording;

/**
 * Remedies in the command line's words: attributes by their path in the spec file, and external
 * objects by the {@code validate} command's {@code --external} option.
 */
final class CommandLineWording extends SpecPathWording {

  static final CommandLineWording INSTANCE = new CommandLineWording();

  private CommandLineWording() {}

  @Override
  public String external(String kind, String name) {
    return "--external " + kind + "/" + name;
  }
}
