/**
 * Signing and signature verification: W3C <a href="https://www.w3.org/TR/vc-di-eddsa/">eddsa-rdfc-2022 Data Integrity</a>,
 * OB 3.0 <a href="https://www.imsglobal.org/spec/ob/v3p0/#jwt-proof-format">VC-JWT</a> and OB 2.0 signed assertions (JWS).
 */
package org.badgekit.sign;
