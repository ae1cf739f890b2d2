// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.pacta.dsl.PactaStandaloneSetup;
import org.pacta.dsl.ast.PactaFile;

import com.google.inject.Injector;

/**
 * A small workspace of in-memory sources loaded into one resource set, so that names resolve across files as they
 * do in the editor and the command line. Tests add files, then ask for the issues of one of them.
 */
final class Sources {

    private static final Injector INJECTOR = new PactaStandaloneSetup().createInjectorAndDoEMFRegistration();

    private final Map<String, String> files = new LinkedHashMap<>();
    private XtextResourceSet resourceSet;

    static Sources of(String name, String text) {
        return new Sources().with(name, text);
    }

    Sources with(String name, String text) {
        files.put(name, text);
        resourceSet = null;
        return this;
    }

    Resource resource(String name) {
        load();
        return resourceSet.getResource(uri(name), false);
    }

    PactaFile file(String name) {
        return (PactaFile) resource(name).getContents().get(0);
    }

    /** All issues of one file: syntax, linking and the static checks. */
    List<Issue> issues(String name) {
        Resource resource = resource(name);
        return ((XtextResource) resource).getResourceServiceProvider().getResourceValidator().validate(resource,
                CheckMode.ALL, CancelIndicator.NullImpl);
    }

    /** Asserts exactly one issue with this code, severity and line whose message contains the text. */
    Issue expectOne(String name, String code, Severity severity, int line, String messagePart) {
        List<Issue> matching = issues(name).stream().filter(i -> code.equals(i.getCode())).toList();
        if (matching.size() != 1) {
            fail("expected one " + code + " in " + name + ", got " + describe(issues(name)));
        }
        Issue issue = matching.get(0);
        assertTrue(issue.getMessage().contains(messagePart),
                () -> "message '" + issue.getMessage() + "' lacks '" + messagePart + "'");
        if (issue.getSeverity() != severity || issue.getLineNumber() != line) {
            fail("expected " + severity + " at line " + line + ", got " + issue.getSeverity() + " at line "
                    + issue.getLineNumber() + ": " + issue.getMessage());
        }
        return issue;
    }

    /** Asserts an issue with this code, severity and line whose message contains the text (others may exist). */
    void expectAt(String name, String code, Severity severity, int line, String messagePart) {
        List<Issue> all = issues(name);
        boolean found = all.stream().anyMatch(i -> code.equals(i.getCode()) && i.getSeverity() == severity
                && i.getLineNumber() == line && i.getMessage().contains(messagePart));
        if (!found) {
            fail("expected " + code + " (" + severity + ") at line " + line + " containing '" + messagePart + "', got "
                    + describe(all));
        }
    }

    void expectNone(String name, String code) {
        List<Issue> matching = issues(name).stream().filter(i -> code.equals(i.getCode())).toList();
        if (!matching.isEmpty()) {
            fail("expected no " + code + " in " + name + ", got " + describe(matching));
        }
    }

    void expectClean(String name) {
        List<Issue> all = issues(name);
        if (!all.isEmpty()) {
            fail("expected no issues in " + name + ", got " + describe(all));
        }
    }

    static String describe(List<Issue> issues) {
        return issues.stream().map(i -> i.getSeverity() + "@" + i.getLineNumber() + " [" + i.getCode() + "] " + i.getMessage())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    private void load() {
        if (resourceSet != null) {
            return;
        }
        resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
        List<Resource> loaded = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Resource resource = resourceSet.createResource(uri(file.getKey()));
            try {
                resource.load(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)), Map.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            loaded.add(resource);
        }
        loaded.forEach(EcoreUtil::resolveAll);
    }

    private static URI uri(String name) {
        return URI.createURI("memory:/" + name);
    }
}
