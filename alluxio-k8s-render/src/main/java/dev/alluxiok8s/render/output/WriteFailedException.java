package dev.alluxiok8s.render.output;

import java.io.IOException;
import java.nio.file.Path;

/** The file system refused a step; the previous folder, if any, is still in place. */
public final class WriteFailedException extends OutputException {

  WriteFailedException(Path target, String step, IOException cause) {
    super(
        target,
        "could not write " + target + " while " + step
            + " (the previous folder, if any, is unchanged): " + cause,
        cause);
  }
}
