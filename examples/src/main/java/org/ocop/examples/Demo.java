package org.ocop.examples;

/** Placeholder demo until the examples issue: prints the modules' status. */
public final class Demo {
    private Demo() {}

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("ocop-java demo: scoring samples arrive with the examples module");
    }
}
