package org.ocop.core.rules;

import org.ocop.core.OcopException;

/**
 * Thrown when a criteria sheet does not add up: parts to the sheet maximum, groups to their part,
 * criteria to their group, sub-criteria to their composite, or a leaf's maximum to its best option
 * ({@code docs/rules.md} §3.1). Names the offending node.
 */
public class SheetArithmeticException extends OcopException {

    private static final long serialVersionUID = 1L;

    /** The path of the offending node. */
    private final String node;

    /**
     * @param node where the problem is, e.g. {@code "sheet 4 / part C / group 7"}
     * @param problem what does not add up
     */
    public SheetArithmeticException(String node, String problem) {
        super(node + ": " + problem);
        this.node = node;
    }

    /** @return the path of the offending node, e.g. {@code "sheet 4 / part C / group 7"} */
    public String getNode() {
        return node;
    }
}
