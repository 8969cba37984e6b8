package org.ocop.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline of {@code benchmarks/cold-start.sh}: a program that only parses a JSON file into a tree with plain
 * Jackson and prints its number of top-level fields, run from the benchmarks jar ({@code java -cp
 * benchmarks/target/benchmarks.jar org.ocop.benchmarks.ParseOnly FILE}) to compare a fresh JVM's cost of reading
 * a file with the CLI's {@code score} of the same file.
 */
public final class ParseOnly {

    private ParseOnly() {}

    /**
     * @param args the file to parse
     * @throws IOException if it cannot be read or parsed
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ParseOnly FILE");
        }
        System.out.println(new ObjectMapper().readTree(Files.readAllBytes(Path.of(args[0]))).size());
    }
}
