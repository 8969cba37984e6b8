package org.ocop.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocop.examples.registry.HtmlReport;
import org.ocop.examples.registry.ReportText;
import org.ocop.examples.text.Words;
import org.ocop.scoring.report.ReEvaluationDue;
import org.ocop.scoring.report.RegistryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ocop report [REGISTRY]}: the province report of a registry of certificates, on the registry's
 * report day or {@code --on DATE}, as text or ({@code --html FILE}) as one self-contained HTML page.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print the province report of a registry: recognised products by star, product group, "
                + "producer type and year; producers by type; certificates entering their re-evaluation window "
                + "next quarter.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private OcopCli root;

    @Mixin
    private CommonOptions common;

    @Parameters(paramLabel = "REGISTRY", arity = "0..1",
            description = "A registry document (- for standard input); the bundled sample province when omitted.")
    private Optional<String> registry;

    @Option(names = "--on", paramLabel = "DATE", description = "Report on this day (YYYY-MM-DD) instead of the "
            + "registry's report day.")
    private Optional<LocalDate> on;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the report as one self-contained HTML page "
            + "with bar charts to FILE.")
    private Optional<Path> html;

    @Override
    public Integer call() {
        Words w = common.words();
        Backend.Loaded loaded = Backend.registry(registry, root.stdin());
        LocalDate day = on.orElse(loaded.reportOn());
        RegistryReport report = loaded.registry().reportOn(day);
        LocalDate[] quarter = ReportText.nextQuarter(day);
        List<ReEvaluationDue> due = loaded.registry().enteringReEvaluationWindow(quarter[0], quarter[1]);
        if (html.isPresent()) {
            try {
                Files.writeString(html.get(), HtmlReport.render(loaded.name(), report, due, w), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InvalidInputException(html.get().toString(), "", "cannot write: " + e.getMessage(), e);
            }
            spec.commandLine().getOut().println(w.t("html.written", html.get().toString(), report.byStar().getTotal()));
        } else {
            spec.commandLine().getOut().print(ReportText.render(loaded.name(), report, due, w));
        }
        return 0;
    }
}
