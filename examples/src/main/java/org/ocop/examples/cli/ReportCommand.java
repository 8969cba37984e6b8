package org.ocop.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ocop report REGISTRY}: the province report of a registry of certificates. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print the province report of a registry: recognised products by star, product group, "
                + "producer type and year; producers by type.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "REGISTRY", arity = "0..1",
            description = "A registry document; the bundled sample province when omitted.")
    private Path registry;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(Backend.report(registry));
        return 0;
    }
}
