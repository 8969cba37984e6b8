/**
 * The OCOP conformance suite: cases worked out by hand from the printed criteria sheets, their one reader
 * ({@link org.ocop.test.conformance.CaseReader}) and a JUnit 5 runner
 * ({@link org.ocop.test.conformance.ConformanceSuite}) that checks any scoring implementation against them.
 */
package org.ocop.test.conformance;
