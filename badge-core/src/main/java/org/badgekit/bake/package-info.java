/**
 * Baking: putting an Open Badges 2.0 assertion or 3.0 credential into a PNG or SVG image and getting it out again, as
 * <a href="https://www.imsglobal.org/spec/ob/v3p0/#baking">OB 3.0 "Baked Badge"</a> and
 * <a href="https://www.imsglobal.org/spec/ob/v2p0/baking/">OB 2.0 Baking</a> define it. PNG is handled by a streaming chunk
 * reader and writer (one uncompressed {@code iTXt} chunk right after {@code IHDR}); SVG by a StAX parse with DTDs and
 * external entities off and a textual splice that leaves the rest of the document as it was. {@link org.badgekit.bake.Baker}
 * is the entry point.
 */
package org.badgekit.bake;
