/**
 * Open Badges data models ({@code ob2}, {@code ob3}) and what they share: required-property checks, immutable copies of lists
 * and extension properties, and recipient identity hashing. See
 * <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">Open Badges 3.0 data model</a> and
 * <a href="https://www.imsglobal.org/spec/ob/v2p0/#data-model">Open Badges 2.0 data model</a>.
 */
package org.badgekit.model;
