/**
 * Small runnable programs that show how to embed the library: each class has a {@code main} and a {@code run} method that
 * the tests call, and each reads top to bottom as a recipe.
 *
 * <ol>
 *   <li>{@link org.badgekit.examples.CompileCriteria}: load a criteria file and compile it to an OB 3.0 Achievement in
 *       Finnish;</li>
 *   <li>{@link org.badgekit.examples.SignAndBake}: sign an OB 3.0 credential with Data Integrity (did:key) and bake it into
 *       a PNG;</li>
 *   <li>{@link org.badgekit.examples.IssueVcJwt}: issue the same credential as a VC-JWT signed with RS256;</li>
 *   <li>{@link org.badgekit.examples.IssueOneBadge}: create an issuer workspace, build an {@link org.badgekit.issue.Issuer}
 *       and issue one Finnish badge baked into its picture;</li>
 *   <li>{@link org.badgekit.examples.VerifyBadge}: verify a badge file and print the report;</li>
 *   <li>{@link org.badgekit.examples.RunBatch}: issue a badge to every row of a spreadsheet, with a progress callback;</li>
 *   <li>{@link org.badgekit.examples.CustomResolver}: verify a did:web-signed credential against an organisation's own key
 *       registry, plugged in as a {@link org.badgekit.resolve.DocumentResolver}.</li>
 * </ol>
 *
 * <p>{@link org.badgekit.examples.QuickStart} is the README's quick start in one {@code main}.
 *
 * <p>See <a href="https://www.imsglobal.org/spec/ob/v3p0/#openbadgecredential">Open Badges 3.0</a>.
 */
package org.badgekit.examples;
