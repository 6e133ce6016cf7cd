/**
 * Runnable examples of embedding badgekit, each exercised by a test: issuing one
 * <a href="https://www.imsglobal.org/spec/ob/v3p0/#openbadgecredential">Open Badges 3.0</a> badge from a workspace.
 */
package org.badgekit.examples;
