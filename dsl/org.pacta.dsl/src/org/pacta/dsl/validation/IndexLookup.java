// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;

/** What the Xtext index says is visible from a resource: other files' terms and membership blocks. */
public class IndexLookup {

    @Inject
    private ResourceDescriptionsProvider descriptionsProvider;

    @Inject
    private IContainer.Manager containerManager;

    public List<IEObjectDescription> visible(EObject context, EClass type) {
        List<IEObjectDescription> result = new ArrayList<>();
        for (IContainer container : containers(context)) {
            container.getExportedObjectsByType(type).forEach(result::add);
        }
        return result;
    }

    public List<IEObjectDescription> visible(EObject context, EClass type, QualifiedName name) {
        List<IEObjectDescription> result = new ArrayList<>();
        for (IContainer container : containers(context)) {
            container.getExportedObjects(type, name, false).forEach(result::add);
        }
        return result;
    }

    /** Resolves a description to its object in the context's resource set. */
    public EObject resolve(EObject context, IEObjectDescription description) {
        EObject object = description.getEObjectOrProxy();
        if (object.eIsProxy()) {
            object = context.eResource().getResourceSet().getEObject(description.getEObjectURI(), true);
        }
        return object;
    }

    private List<IContainer> containers(EObject context) {
        Resource resource = context.eResource();
        IResourceDescriptions index = descriptionsProvider.getResourceDescriptions(resource);
        IResourceDescription self = index.getResourceDescription(resource.getURI());
        if (self == null) {
            return List.of();
        }
        return containerManager.getVisibleContainers(self, index);
    }
}
