/**
 * Test helpers shared by the test packages of badge-core, e.g. {@link org.badgekit.testing.SharedSpec} for the team's
 * reference data (examples, schemas, contexts, test vectors of the
 * <a href="https://www.imsglobal.org/spec/ob/v3p0/">Open Badges 3.0</a> and
 * <a href="https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/index.html">2.0</a> specifications).
 */
package org.badgekit.testing;
