/**
 * A service face for the toolkit: the W3C CCG <a href="https://w3c-ccg.github.io/vc-api/">VC-API</a> endpoints for issuing
 * ({@code POST /credentials/issue}), verifying ({@code POST /credentials/verify}) and changing the status
 * ({@code POST /credentials/status}) of credentials, the signed <a href="https://www.w3.org/TR/vc-bitstring-status-list/">Bitstring
 * Status List</a> credentials ({@code GET /status/{purpose}/{n}}), and an Open Badges 3.0 convenience endpoint
 * ({@code POST /badges/issue}) that takes the fields of a batch row. Built on the JDK's {@code com.sun.net.httpserver}; every
 * issuance goes through the workspace ledger, like the CLI's.
 */
package org.badgekit.api;
