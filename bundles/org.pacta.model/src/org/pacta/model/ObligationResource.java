// SPDX-License-Identifier: EPL-2.0
package org.pacta.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * XMI resource for obligation models with deterministic defaults, so that callers need no options.
 * <ul>
 * <li>No UUIDs: references are URI fragments built from the keys declared in the metamodel (instrument id, article
 * number, provision citation, ...), so they do not change when elements are added or reordered.</li>
 * <li>UTF-8 and {@code \n} whatever the platform: the same model gives the same bytes on every machine.</li>
 * <li>Loading never goes to the network: an unknown namespace is an error, not a URL to fetch.</li>
 * </ul>
 */
public class ObligationResource extends XMIResourceImpl {

    public ObligationResource(URI uri) {
        super(uri);
        Map<Object, Object> save = getDefaultSaveOptions();
        save.put(XMLResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
        save.put(Resource.OPTION_LINE_DELIMITER, "\n");
        save.put(XMLResource.OPTION_LINE_WIDTH, 120); // fixed wrapping of long attribute lists
        // a reference to an object in no resource fails the save instead of writing a reference nobody can resolve
        save.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        Map<Object, Object> load = getDefaultLoadOptions();
        // by default EMF tries to download a package it does not know from its namespace URI
        load.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        try {
            super.doLoad(inputStream, options);
        } catch (IOException e) {
            PackageNotFoundException unknown = unknownPackage(e);
            if (unknown == null) {
                throw e;
            }
            // EMF only says "Package with uri '…' not found"; say what this build reads instead
            throw new IOException(getURI() + " is not an obligation model this version can read: its namespace is '"
                    + unknown.uri() + "', expected '" + ObligationsPackage.eNS_URI + "'", e);
        }
    }

    private static PackageNotFoundException unknownPackage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PackageNotFoundException) {
                return (PackageNotFoundException) t;
            }
        }
        return null;
    }
}
