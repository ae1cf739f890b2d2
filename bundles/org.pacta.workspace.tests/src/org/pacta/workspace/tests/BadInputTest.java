// SPDX-License-Identifier: EPL-2.0
package org.pacta.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pacta.workspace.Finding;
import org.pacta.workspace.PactaWorkspace;

/** Bad input gets a finding with file, line and column, never an exception; reading never writes. */
class BadInputTest {

    @TempDir
    Path dir;

    private List<Finding> validate(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        FileTime before = Files.getLastModifiedTime(file);
        List<Finding> findings = PactaWorkspace.load(List.of(file)).validate().stream()
                .filter(f -> f.file().endsWith(name)).toList();
        assertArrayEquals(content, Files.readAllBytes(file), "validate must not change the file it reads");
        assertEquals(before, Files.getLastModifiedTime(file));
        return findings;
    }

    @Test
    void emptyFileIsValid() throws IOException {
        assertEquals(List.of(), validate("empty.pacta", new byte[0]));
    }

    @Test
    void byteOrderMarkIsAccepted() throws IOException {
        byte[] text = "package bom\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertEquals(List.of(), validate("bom.pacta", withBom));
    }

    @Test
    void invalidUtf8IsLocated() throws IOException {
        byte[] content = "package x\ninstrument \u00c9 {\n".getBytes(StandardCharsets.ISO_8859_1);
        List<Finding> findings = validate("latin1.pacta", content);
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(2, finding.line());
        assertEquals(12, finding.column());
        assertTrue(finding.message().contains("not valid UTF-8"), finding.message());
    }

    @Test
    void binaryGarbageGivesSyntaxErrorsNotACrash() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (garbage[i] & 0x7F); // valid UTF-8 (ASCII) so that the parser, not the decoder, sees it
        }
        List<Finding> findings = validate("garbage.pacta", garbage);
        assertTrue(!findings.isEmpty() && findings.stream().allMatch(f -> f.line() >= 1 && f.column() >= 1));
    }

    @Test
    void missingPathIsAnIoError() {
        assertThrows(NoSuchFileException.class, () -> PactaWorkspace.load(List.of(dir.resolve("absent.pacta"))));
    }

    @Test
    void conditionNestedTenThousandDeepDoesNotCrash() throws IOException {
        String condition = "(".repeat(10_000) + "offence.political" + ")".repeat(10_000);
        String text = "package deep\ninstrument Deep {\n    kind model\n    article 1 {\n        ground 1(a): requested may refuse if "
                + condition + "\n    }\n}\n";
        List<Finding> findings = validate("deep.pacta", text.getBytes(StandardCharsets.UTF_8));
        // either parsed (and then clean) or reported as too deep: never an exception escaping
        assertTrue(findings.isEmpty() || findings.stream().anyMatch(f -> f.code().equals("pacta.too-deep")),
                findings.toString());
    }
}
