/**
 * Pluggable, offline-by-default lookup of the documents verification needs (issuer profiles, DID documents, keys, status lists).
 * See the OB 3.0 <a href="https://www.imsglobal.org/spec/ob/v3p0/#verification-and-validation">verification</a> section.
 */
package org.badgekit.resolve;
