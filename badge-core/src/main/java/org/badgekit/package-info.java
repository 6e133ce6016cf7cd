/**
 * badgekit: a library that models, issues, signs, bakes, verifies and revokes
 * <a href="https://www.imsglobal.org/spec/ob/v3p0/">Open Badges 3.0</a> and
 * <a href="https://www.imsglobal.org/spec/ob/v2p0/">Open Badges 2.0</a>.
 *
 * <p>Sub-packages are organised by concept: {@code model.ob2} and {@code model.ob3} (the data models), {@code criteria},
 * {@code jsonld}, {@code keys}, {@code sign}, {@code bake}, {@code verify}, {@code status}, {@code issue} and {@code publish}.
 * {@link org.badgekit.BadgeException} is the single checked exception type.
 */
package org.badgekit;
