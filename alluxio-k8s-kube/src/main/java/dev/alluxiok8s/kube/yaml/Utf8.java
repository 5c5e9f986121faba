package dev.alluxiok8s.kube.yaml;

import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a file the user wrote as strict UTF-8: a bad byte is an error naming its line
 * and column (the way an editor counts them), never a replacement character that would travel into
 * a manifest. A leading byte order mark is dropped.
 */
public final class Utf8 {

  private Utf8() {}

  /**
   * The text of {@code content}.
   *
   * @param source the name messages give the file
   * @throws ReadException at the first byte that is not UTF-8
   */
  public static String decode(String source, byte[] content) throws ReadException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      // The decoder stops in front of the bad byte: everything before it is good text.
      throw new ReadException(new ReadProblem(position(source, out.flip()), "",
          "the file is not valid UTF-8 (byte " + in.position() + "); save it as UTF-8"));
    }
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The line and column just after {@code before}, 1-based, columns counted in UTF-16 units. */
  private static SourceLocation position(String source, CharSequence before) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourceLocation(source, line, before.length() - lineStart + 1);
  }
}
