// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl;

/** Initialises the language outside Eclipse: command line, tests, language server, OSGi without plugin.xml. */
public class PactaStandaloneSetup extends PactaStandaloneSetupGenerated {

    public static void doSetup() {
        new PactaStandaloneSetup().createInjectorAndDoEMFRegistration();
    }
}
