/**
 * AssertJ assertions for OCOP values: start from {@link org.ocop.test.OcopAssertions}.
 */
package org.ocop.test;
