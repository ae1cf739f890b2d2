// SPDX-License-Identifier: EPL-2.0
package org.pacta.model;

import java.io.IOException;
import java.util.Collections;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * Entry point for reading and writing obligation models ({@code *.pacta.xmi}).
 * <p>
 * Everything is registered on the given {@link ResourceSet}, never through {@code plugin.xml} or global registries:
 * on Apache Felix extension points are not processed, and a set that carries its own registrations behaves the same
 * in OSGi, in a plain JVM and in tests. The resources it creates save deterministically (see
 * {@link ObligationResource}), so compiling the same sources twice yields byte-identical files.
 */
public final class ObligationModelResources {

    /** The file extension of serialized obligation models; URIs end with {@code .pacta.xmi}. */
    public static final String FILE_EXTENSION = "pacta.xmi";

    private ObligationModelResources() {
    }

    /** A new resource set with the obligation model registered. */
    public static ResourceSet createResourceSet() {
        return register(new ResourceSetImpl());
    }

    /**
     * Registers the obligation package and the {@code .pacta.xmi} resource factory in {@code resourceSet}.
     * Calling it again on the same set changes nothing.
     *
     * @return the same resource set, for chaining
     */
    public static ResourceSet register(ResourceSet resourceSet) {
        resourceSet.getPackageRegistry().put(ObligationsPackage.eNS_URI, ObligationsPackage.eINSTANCE);
        Resource.Factory.Registry registry = resourceSet.getResourceFactoryRegistry();
        if (!(registry instanceof SuffixFactoryRegistry)) {
            // EMF matches only the last extension ("xmi"); the wrapper recognises the double extension first
            resourceSet.setResourceFactoryRegistry(
                    new SuffixFactoryRegistry("." + FILE_EXTENSION, new ObligationResourceFactory(), registry));
        }
        return resourceSet;
    }

    /**
     * Saves {@code root} (a network, an instrument, a vocabulary, ...) at {@code uri}. If {@code root} already lives in
     * the set's resource for {@code uri}, that resource is saved; otherwise {@code root} is moved into a new resource
     * for {@code uri}, which takes the place of any resource the set had for it. Whatever the file name, the resource
     * is an {@link ObligationResource}, so the output is deterministic.
     */
    public static Resource save(ResourceSet resourceSet, URI uri, EObject root) throws IOException {
        register(resourceSet);
        Resource resource = resourceSet.getResource(uri, false);
        if (resource == null || root.eResource() != resource) {
            if (resource != null) {
                // forget the old file's resource but do not unload it: callers may still hold its objects
                resourceSet.getResources().remove(resource);
            }
            resource = createResource(resourceSet, uri);
            resource.getContents().add(root);
        }
        resource.save(Collections.emptyMap());
        return resource;
    }

    /**
     * Loads the model at {@code uri} into {@code resourceSet}. A file written for another version of the metamodel
     * (unknown namespace) fails with an {@link IOException} that names both namespaces.
     */
    public static Resource load(ResourceSet resourceSet, URI uri) throws IOException {
        register(resourceSet);
        Resource resource = createResource(resourceSet, uri);
        try {
            resource.load(Collections.emptyMap());
        } catch (IOException e) {
            // do not leave a half-loaded resource behind for the next getResource(uri, ...)
            resourceSet.getResources().remove(resource);
            throw e;
        }
        return resource;
    }

    /** Our factory directly, not the registry, so that save and load behave the same for any file name. */
    private static Resource createResource(ResourceSet resourceSet, URI uri) {
        Resource resource = new ObligationResourceFactory().createResource(uri);
        resourceSet.getResources().add(resource);
        return resource;
    }
}
