/**
 * The rulebook converter: turns the criteria data and legal parameters of the repository's {@code data/}
 * folder into ocop-scoring's shipped rulebook documents and their index (not published; run with the Maven
 * profile {@code regenerate-rulebooks}).
 */
package org.ocop.tools.rulebooks;
