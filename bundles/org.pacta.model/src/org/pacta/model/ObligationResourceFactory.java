// SPDX-License-Identifier: EPL-2.0
package org.pacta.model;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link ObligationResource}s; registered for {@code *.pacta.xmi} by {@link ObligationModelResources}. */
public class ObligationResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new ObligationResource(uri);
    }
}
