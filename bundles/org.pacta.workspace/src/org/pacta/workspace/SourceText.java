// SPDX-License-Identifier: EPL-2.0
package org.pacta.workspace;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a source strictly as UTF-8. Invalid bytes are reported at their line and column instead of being
 * replaced silently, and a byte-order mark is dropped so that it does not become a syntax error.
 */
final class SourceText {

    private SourceText() {
    }

    /** The decoded text, or a finding locating the first invalid byte. */
    static Object decode(String file, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            return invalidAt(file, bytes, start, bad);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static Finding invalidAt(String file, byte[] bytes, int start, int bad) {
        int line = 1;
        int column = 1;
        for (int i = start; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Finding(file, line, column, Finding.Severity.ERROR, "pacta.invalid-encoding",
                "The file is not valid UTF-8 (byte 0x" + String.format("%02X", bytes[bad] & 0xFF)
                        + "): save it as UTF-8");
    }

}
