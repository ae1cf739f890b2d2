// SPDX-License-Identifier: EPL-2.0
package org.pacta.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pacta.library.Library;
import org.pacta.workspace.Finding;
import org.pacta.workspace.PactaWorkspace;

/** The shipped library and the examples validate clean, and the library index lists every source. */
class LibraryTest {

    @Test
    void indexListsEveryLibrarySource() throws IOException {
        Path folder = Repository.root().resolve("bundles/org.pacta.library/pacta");
        List<String> onDisk;
        try (Stream<Path> walk = Files.walk(folder)) {
            onDisk = walk.filter(p -> p.toString().endsWith(".pacta")).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertEquals(onDisk, Library.sources().stream().sorted().toList());
    }

    @Test
    void libraryValidatesWithoutFindings() throws IOException {
        PactaWorkspace workspace = PactaWorkspace.load(List.of());
        List<Finding> findings = workspace.validate();
        assertEquals(List.of(), findings.stream().map(Finding::render).toList());
        assertEquals(Library.sources().size(), workspace.libraryResources().size());
    }

    @Test
    void examplesValidateWithoutFindings() throws IOException {
        Path examples = Repository.root().resolve("examples");
        PactaWorkspace workspace = PactaWorkspace.load(List.of(examples));
        assertTrue(workspace.userResources().size() >= 2, "the examples hold at least two treaties");
        assertEquals(List.of(), workspace.validate().stream().map(Finding::render).toList());
    }

    @Test
    void everyUntocAndUncacPartyIsListedWithAValidCode() throws IOException {
        // UNTOC has 190+ parties and UNCAC 180+ (UN Treaty Collection XVIII-12 and XVIII-14): all are encoded
        String untoc = new String(org.pacta.library.Library.open("un/untoc.members.pacta").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String uncac = new String(org.pacta.library.Library.open("un/uncac.members.pacta").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(untoc.lines().filter(l -> l.strip().startsWith("party ")).count() >= 190);
        assertTrue(uncac.lines().filter(l -> l.strip().startsWith("party ")).count() >= 180);
    }

    /** UNTOC art 18(8) against a real pair of UNTOC parties, with the shipped library. */
    @Test
    void bilateralMlaTreatyBetweenUntocPartiesKeepingBankSecrecyIsFlagged(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path treaty = Files.writeString(dir.resolve("gh-br.pacta"), """
                package check
                instrument GH_BR_MLA {
                    kind bilateral
                    modality mla
                    parties GH, BR
                    article 4 "Refusal" {
                        ground 4(1) as bank-secrecy: requested may refuse if request.assistance contains bank-records
                    }
                }
                """);
        List<String> findings = PactaWorkspace.load(List.of(treaty)).validate().stream().map(Finding::render).toList();
        assertTrue(findings.stream().anyMatch(f -> f.endsWith(":7:16: warning: GH and BR are both parties to UNTOC: "
                + "bank-secrecy is not a ground for refusing mla between them (UNTOC art 18(8)), yet ground 4(1) keeps it")),
                findings.toString());
    }

    /** Model Treaty on Extradition art 14: a derived treaty without the rule of speciality is incomplete. */
    @Test
    void derivedExtraditionTreatyWithoutSpecialityIsFlagged(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path source = Repository.root().resolve("examples/extradition/am-md-extradition.pacta");
        String text = Files.readString(source).replace("    fix speciality-lapse = 45 days\n",
                "    fix speciality-lapse = 45 days\n    omit 14(1)\n");
        Path treaty = Files.writeString(dir.resolve("no-speciality.pacta"), text);
        List<String> findings = PactaWorkspace.load(List.of(treaty)).validate().stream().map(Finding::render).toList();
        assertTrue(findings.stream().anyMatch(f -> f.contains("warning: AM_MD_Extradition omits art 14(1) of ModelTreatyOnExtradition (rule of speciality)")),
                findings.toString());
    }
}
