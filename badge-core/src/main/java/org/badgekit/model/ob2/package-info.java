/**
 * The Open Badges 2.0 data model as immutable records with builders, read and written as JSON with Jackson: Assertion,
 * BadgeClass, Profile (Issuer), IdentityObject, VerificationObject, Criteria, Image, Evidence, AlignmentObject,
 * CryptographicKey, RevocationList and Endorsement. "@id" properties keep whether they were an IRI or an embedded object;
 * unknown properties and extensions are kept. See <a href="https://www.imsglobal.org/spec/ob/v2p0/">Open Badges 2.0</a>.
 */
package org.badgekit.model.ob2;
