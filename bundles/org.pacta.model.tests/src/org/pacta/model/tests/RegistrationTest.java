// SPDX-License-Identifier: EPL-2.0
package org.pacta.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.pacta.model.ObligationModelResources;
import org.pacta.model.ObligationResourceFactory;
import org.pacta.model.ObligationsFactory;
import org.pacta.model.ObligationsPackage;

/** Registration without plugin.xml (as on Felix), and the ISO form of dates. */
class RegistrationTest {

    @Test
    void pactaXmiGetsTheObligationFactoryAndOtherXmiFilesKeepTheirs() {
        ResourceSet resourceSet = ObligationModelResources.createResourceSet();
        XMIResourceFactoryImpl plain = new XMIResourceFactoryImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", plain);
        Resource.Factory.Registry registry = resourceSet.getResourceFactoryRegistry();
        assertInstanceOf(ObligationResourceFactory.class, registry.getFactory(URI.createURI("out/untoc.pacta.xmi")));
        assertSame(plain, registry.getFactory(URI.createURI("out/other.xmi")));
    }

    @Test
    void registeringTwiceChangesNothing() {
        ResourceSet resourceSet = ObligationModelResources.createResourceSet();
        Resource.Factory.Registry registry = resourceSet.getResourceFactoryRegistry();
        ObligationModelResources.register(resourceSet);
        assertSame(registry, resourceSet.getResourceFactoryRegistry());
        assertSame(ObligationsPackage.eINSTANCE, resourceSet.getPackageRegistry().getEPackage(ObligationsPackage.eNS_URI));
    }

    /** UN Model Treaty on Extradition, adopted 14 December 1990: dates are written as ISO 8601. */
    @Test
    void unModelAdoptionDateIsWrittenInIsoForm() {
        ObligationsFactory factory = ObligationsFactory.eINSTANCE;
        String written = factory.convertToString(ObligationsPackage.Literals.LOCAL_DATE, LocalDate.of(1990, 12, 14));
        assertEquals("1990-12-14", written);
        assertEquals(LocalDate.of(1990, 12, 14), factory.createFromString(ObligationsPackage.Literals.LOCAL_DATE, written));
    }
}
