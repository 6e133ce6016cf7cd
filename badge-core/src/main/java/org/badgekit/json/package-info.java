/**
 * The project's single JSON configuration: parsing with limits (depth, size, duplicate keys refused) and deterministic
 * serialization. See <a href="https://www.rfc-editor.org/rfc/rfc8259">RFC 8259</a>.
 */
package org.badgekit.json;
