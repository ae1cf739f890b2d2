// SPDX-License-Identifier: EPL-2.0
package org.pacta.dsl.ide;

/** Guice bindings for the language server; the generated defaults are used for now. */
public class PactaIdeModule extends AbstractPactaIdeModule {
}
