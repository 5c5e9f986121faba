package dev.alluxiok8s.cli;

/**
 * The exit codes of every {@code alluxio-k8s} command, so that scripts and CI can tell "the
 * manifests are invalid" from "the command could not do its job".
 */
public final class ExitCodes {

  /** Done; at most warnings were printed. */
  public static final int OK = 0;

  /**
   * Validation errors in the rendered output or in the checked files; for {@code diff}, a change
   * that needs a step by hand (refused by the API server, data at risk, an object to recreate).
   */
  public static final int INVALID = 1;

  /**
   * Bad usage or bad input: an unknown option or layout, a spec with errors, a file that cannot be
   * read or written. Internal errors also end here, with a message asking to report them.
   */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
