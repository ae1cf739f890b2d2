// SPDX-License-Identifier: EPL-2.0
package org.pacta.model;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Resource factory registry that answers for URIs ending with a suffix and otherwise asks the registry it wraps.
 * <p>
 * Needed because EMF looks factories up by {@link URI#fileExtension()}, which is only the text after the last dot:
 * for {@code untoc.pacta.xmi} that is {@code xmi}, so an extension-map entry {@code pacta.xmi} would never match,
 * and taking over {@code xmi} would capture every other XMI file in the set. The maps are the wrapped registry's, so
 * registrations made before or after wrapping keep working.
 */
final class SuffixFactoryRegistry implements Resource.Factory.Registry {

    private final String suffix;
    private final Resource.Factory factory;
    private final Resource.Factory.Registry next;

    SuffixFactoryRegistry(String suffix, Resource.Factory factory, Resource.Factory.Registry next) {
        this.suffix = suffix;
        this.factory = factory;
        this.next = next;
    }

    @Override
    public Resource.Factory getFactory(URI uri) {
        return matches(uri) ? factory : next.getFactory(uri);
    }

    @Override
    public Resource.Factory getFactory(URI uri, String contentType) {
        return matches(uri) ? factory : next.getFactory(uri, contentType);
    }

    private boolean matches(URI uri) {
        String last = uri.lastSegment();
        return last != null && last.endsWith(suffix) && last.length() > suffix.length();
    }

    @Override
    public Map<String, Object> getProtocolToFactoryMap() {
        return next.getProtocolToFactoryMap();
    }

    @Override
    public Map<String, Object> getExtensionToFactoryMap() {
        return next.getExtensionToFactoryMap();
    }

    @Override
    public Map<String, Object> getContentTypeToFactoryMap() {
        return next.getContentTypeToFactoryMap();
    }
}
