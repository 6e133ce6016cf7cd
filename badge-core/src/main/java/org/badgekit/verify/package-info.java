/**
 * Verification of Open Badges 2.0 and 3.0 files: a {@link org.badgekit.verify.Verifier} detects what it was handed (baked PNG
 * or SVG, JSON, compact JWS/JWT; OB 2.0 or 3.0; VC 1.1 or 2.0 form), runs small named checks in order and returns a
 * {@link org.badgekit.verify.VerificationReport}. Stops early only when nothing can be read; otherwise every check runs and
 * the results accumulate. Implements OB 3.0 <a href="https://www.imsglobal.org/spec/ob/v3p0/#verification-and-validation">
 * Verification and Validation</a> and OB 2.0 <a href="https://www.imsglobal.org/spec/ob/v2p0/#verification">hosted and signed
 * verification</a>.
 */
package org.badgekit.verify;
