// SPDX-License-Identifier: EPL-2.0
package org.pacta.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.AbstractResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.pacta.dsl.PactaStandaloneSetup;
import org.pacta.library.Library;

import com.google.inject.Injector;

/**
 * A set of Pacta sources loaded together, the shipped library first, so that names resolve across files and
 * packages as in the editor. Reading never writes: sources are read as bytes and parsed from memory.
 */
public final class PactaWorkspace {

    /** URI scheme of the shipped sources; findings show them as {@code library:core/vocabulary.pacta}. */
    public static final String LIBRARY_SCHEME = "library";

    private static volatile Injector injector;

    private final XtextResourceSet resourceSet;
    private final List<Resource> userResources = new ArrayList<>();
    private final List<Resource> libraryResources = new ArrayList<>();
    private final List<Finding> loadFindings = new ArrayList<>();
    private final Map<Resource, String> displayNames = new java.util.HashMap<>();
    /**
     * The names every loaded source exports, by name. Installed on the resource set, it is the index Xtext's global
     * scope consults, so linking a reference is a map look-up; without it, Xtext scans every source for every
     * reference, which is quadratic in the number of sources (minutes for a repository of 2,000 treaties).
     */
    private final ResourceDescriptionsData index = new ResourceDescriptionsData(List.of());

    private PactaWorkspace() {
        resourceSet = injector().getInstance(XtextResourceSet.class);
        resourceSet.addLoadOption(XtextResource.OPTION_RESOLVE_ALL, Boolean.TRUE);
        ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, index);
    }

    /** The language's Guice injector, created once per process. */
    public static Injector injector() {
        Injector result = injector;
        if (result == null) {
            synchronized (PactaWorkspace.class) {
                result = injector;
                if (result == null) {
                    result = new PactaStandaloneSetup().createInjectorAndDoEMFRegistration();
                    injector = result;
                }
            }
        }
        return result;
    }

    /** Loads the library and the {@code .pacta} files found at the given files or folders. */
    public static PactaWorkspace load(Collection<Path> paths) throws IOException {
        PactaWorkspace workspace = new PactaWorkspace();
        workspace.loadLibrary();
        for (Path file : sourcesUnder(paths)) {
            workspace.loadFile(file);
        }
        return workspace;
    }

    /** The {@code .pacta} files at or under the given paths, sorted, each once. */
    public static List<Path> sourcesUnder(Collection<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> p.getFileName().toString().endsWith(".pacta") && Files.isRegularFile(p))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new java.nio.file.NoSuchFileException(path.toString(), null, "no such file or folder");
            }
        }
        return files.stream().distinct().toList();
    }

    private void loadLibrary() throws IOException {
        for (String source : Library.sources()) {
            try (InputStream in = Library.open(source)) {
                Resource resource = parse(URI.createURI(LIBRARY_SCHEME + ":/" + source), display(source), in.readAllBytes());
                if (resource != null) {
                    libraryResources.add(resource);
                }
            }
        }
    }

    /**
     * Adds a source held in memory (generated text, an editor's buffer) as if it were a file of that name; it is
     * parsed and linked at once, against the library and the sources loaded before it.
     */
    public void addSource(String name, String text) {
        try {
            Resource resource = parse(URI.createURI("memory:/" + name), name, text.getBytes(StandardCharsets.UTF_8));
            if (resource != null) {
                userResources.add(resource);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // from memory: never happens
        }
    }

    private void loadFile(Path file) throws IOException {
        Resource resource = parse(URI.createFileURI(file.toAbsolutePath().normalize().toString()), file.toString(),
                Files.readAllBytes(file));
        if (resource != null) {
            userResources.add(resource);
        }
    }

    private Resource parse(URI uri, String display, byte[] bytes) throws IOException {
        Object decoded = SourceText.decode(display, bytes);
        if (decoded instanceof Finding finding) {
            loadFindings.add(finding);
            return null;
        }
        Resource resource = resourceSet.createResource(uri);
        displayNames.put(resource, display);
        try {
            resource.load(new ByteArrayInputStream(((String) decoded).getBytes(StandardCharsets.UTF_8)),
                    Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        } catch (RuntimeException | StackOverflowError e) {
            // pathological nesting (thousands of parentheses) exhausts the recursive-descent parser; Xtext wraps
            // the StackOverflowError in a ParseException
            resourceSet.getResources().remove(resource);
            loadFindings.add(tooDeep(e) ? new Finding(display, 1, 1, Finding.Severity.ERROR, "pacta.too-deep",
                    "The text nests too deeply to be parsed: split the condition into smaller parts")
                    : new Finding(display, 1, 1, Finding.Severity.ERROR, "pacta.unparsable",
                            "The text could not be parsed (" + e.getClass().getSimpleName() + ")"));
            return null;
        }
        IResourceDescription.Manager descriptions = ((XtextResource) resource).getResourceServiceProvider()
                .getResourceDescriptionManager();
        index.addDescription(resource.getURI(), new Exports(descriptions.getResourceDescription(resource)));
        return resource;
    }

    /**
     * What a source exports, taken once after parsing (exports depend on names only, never on linking), so that the
     * index never recomputes it; references are left to the linker.
     */
    private static final class Exports extends AbstractResourceDescription {
        private final URI uri;
        private final List<IEObjectDescription> exported;

        Exports(IResourceDescription description) {
            uri = description.getURI();
            exported = new ArrayList<>();
            description.getExportedObjects().forEach(exported::add);
        }

        @Override
        protected List<IEObjectDescription> computeExportedObjects() {
            return exported;
        }

        @Override
        public Iterable<QualifiedName> getImportedNames() {
            return List.of();
        }

        @Override
        public Iterable<IReferenceDescription> getReferenceDescriptions() {
            return List.of();
        }

        @Override
        public URI getURI() {
            return uri;
        }
    }

    /**
     * Resolves every cross-reference of the sources now rather than on first use (validation and compilation do it
     * on demand anyway); lets a caller, such as a benchmark, tell linking from the rest.
     */
    public void link() {
        for (Resource resource : userResources) {
            org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(resource);
        }
    }

    private static boolean tooDeep(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StackOverflowError) {
                return true;
            }
        }
        return false;
    }

    /** Runs every static check on every source (the library included) and returns the findings, sorted. */
    public List<Finding> validate() {
        List<Finding> findings = new ArrayList<>(loadFindings);
        List<Resource> all = new ArrayList<>(libraryResources);
        all.addAll(userResources);
        for (Resource resource : all) {
            findings.addAll(validate(resource));
        }
        findings.sort(Finding.ORDER);
        return findings;
    }

    private List<Finding> validate(Resource resource) {
        IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
        String file = displayName(resource);
        List<Issue> issues;
        try {
            issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
        } catch (RuntimeException | StackOverflowError e) {
            // a defect in a check must not hide the findings of the other files
            return List.of(new Finding(file, 1, 1, Finding.Severity.ERROR, "pacta.internal",
                    "The checks could not complete on this file (" + e.getClass().getSimpleName() + "); please report it"));
        }
        List<Finding> result = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            result.add(new Finding(file, orOne(issue.getLineNumber()), orOne(issue.getColumn()), severity(issue.getSeverity()),
                    issue.getCode() == null ? "pacta.syntax" : issue.getCode(), issue.getMessage()));
        }
        return result;
    }

    /**
     * The obligation network of every loaded source, the library included. Call it on a workspace whose
     * {@link #validate()} reported no errors: unresolved names cannot be compiled.
     */
    public org.pacta.model.Network compile() {
        List<org.pacta.dsl.ast.PactaFile> files = new ArrayList<>();
        List<Resource> all = new ArrayList<>(libraryResources);
        all.addAll(userResources);
        for (Resource resource : all) {
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof org.pacta.dsl.ast.PactaFile file) {
                files.add(file);
            }
        }
        return new org.pacta.compiler.ObligationCompiler().compile(files);
    }

    public List<Resource> userResources() {
        return Collections.unmodifiableList(userResources);
    }

    public List<Resource> libraryResources() {
        return Collections.unmodifiableList(libraryResources);
    }

    public XtextResourceSet resourceSet() {
        return resourceSet;
    }

    /** How findings name a source: the path as the user gave it, or {@code library:…}. */
    public String displayName(Resource resource) {
        return displayNames.getOrDefault(resource, resource.getURI().toString());
    }

    private static String display(String librarySource) {
        return LIBRARY_SCHEME + ":" + librarySource;
    }

    private static int orOne(Integer value) {
        return value == null || value < 1 ? 1 : value;
    }

    private static Finding.Severity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> Finding.Severity.ERROR;
            case WARNING -> Finding.Severity.WARNING;
            default -> Finding.Severity.INFO;
        };
    }
}
