/**
 * The defined competence criteria of the pilot badges: versioned, multilingual YAML files (one per badge, in {@code criteria/}
 * and bundled in the jar), loaded with every problem collected and located by file, line and path, and compiled to an Open
 * Badges 3.0 {@code Achievement} or an Open Badges 2.0 {@code BadgeClass}. See
 * <a href="https://www.imsglobal.org/spec/ob/v3p0/#achievement">OB 3.0 Achievement</a> and
 * <a href="https://www.imsglobal.org/spec/ob/v2p0/#BadgeClass">OB 2.0 BadgeClass</a>.
 */
package org.badgekit.criteria;
