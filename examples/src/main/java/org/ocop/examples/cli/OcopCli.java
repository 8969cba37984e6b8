package org.ocop.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ocop.core.OcopValidationException;
import org.ocop.examples.text.Safe;
import org.ocop.examples.text.SafeWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code ocop}: the command-line tool over ocop-java. Exit status 0 on success, 2 for invalid input or
 * usage (one line naming the file and the JSON pointer; the stack trace only with {@code --verbose}), 1
 * for anything else. Output is UTF-8 whatever the platform default, so Vietnamese diacritics print right.
 */
@Command(name = "ocop", mixinStandardHelpOptions = true, version = "ocop 0.1.0 (ocop-java)",
        description = "Score OCOP products (Mỗi xã một sản phẩm) into 1–5 stars, explain the result, browse the "
                + "official criteria sheets.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:any other error", "2:invalid input or usage"})
public final class OcopCli implements Runnable {

    /** Exit status for invalid input or usage. */
    public static final int INVALID_INPUT = 2;
    /** Exit status for any other failure. */
    public static final int FAILURE = 1;

    /**
     * The subcommands, in the order the usage lists them. They are added when the command line is built (see
     * {@link #commandLine(OcopCli, String[])}), not declared in {@code @Command}: picocli builds the model of
     * every declared subcommand at start-up, which a single {@code ocop score FILE} does not need.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(DemoCommand.class, ScoreCommand.class,
            ExplainCommand.class, RulebooksCommand.class, SheetCommand.class, TemplateCommand.class,
            DiffCommand.class, ValidateCommand.class, ReportCommand.class, BandCommand.class,
            org.ocop.examples.serve.ServeCommand.class, CommandLine.HelpCommand.class);

    /** Keeps Hibernate Validator's start-up INFO line out of the tool's output (strong reference). */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate.validator");

    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    private boolean verbose;

    private final InputStream stdin;

    /** Creates the top-level command reading standard input from {@link System#in}. */
    public OcopCli() {
        this(System.in);
    }

    private OcopCli(InputStream stdin) {
        this.stdin = stdin;
    }

    /** @return standard input, which {@code -} names */
    InputStream stdin() {
        return stdin;
    }

    /** @return whether {@code --verbose} was given */
    boolean verbose() {
        return verbose;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs {@code ocop} with UTF-8 standard output and error and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int status = run(System.in, out, err, args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs {@code ocop} in-process (tests, embedding) without exiting.
     *
     * @param out where normal output goes
     * @param err where errors go
     * @param args the command line
     * @return the exit status: 0 success, 1 failure, 2 invalid input or usage
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(InputStream.nullInputStream(), out, err, args);
    }

    /**
     * Runs {@code ocop} in-process with a given standard input. Everything printed passes through
     * {@link SafeWriter}: control, bidirectional and zero-width characters from documents are shown escaped.
     *
     * @param stdin what {@code -} reads
     * @param rawOut where normal output goes
     * @param rawErr where errors go
     * @param args the command line
     * @return the exit status: 0 success, 1 failure, 2 invalid input or usage
     */
    public static int run(InputStream stdin, PrintWriter rawOut, PrintWriter rawErr, String... args) {
        HIBERNATE_LOG.setLevel(Level.WARNING);
        PrintWriter out = new PrintWriter(new SafeWriter(rawOut), true);
        PrintWriter err = new PrintWriter(new SafeWriter(rawErr), true);
        CommandLine cmd = commandLine(new OcopCli(stdin), args);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExitCodeExceptionMapper(OcopCli::exitCodeOf);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = parseResult.matchedOptionValue("--verbose", false)
                    || parseResult.subcommands().stream().anyMatch(p -> p.matchedOptionValue("--verbose", false));
            PrintWriter e = commandLine.getErr();
            Lang lang = parseResult.subcommands().stream().map(OcopCli::langOf).flatMap(Optional::stream)
                    .findFirst().or(() -> langOf(parseResult)) // the default of --lang:
                    .orElseGet(() -> "vi".equals(java.util.Locale.getDefault().getLanguage()) ? Lang.vi : Lang.en);
            e.println(Safe.cell("ocop " + commandLine.getCommandName() + ": " + describe(ex, lang.locale())));
            if (verbose) {
                ex.printStackTrace(e);
            } else if (exitCodeOf(ex) == FAILURE) {
                e.println("(run again with --verbose for the stack trace)");
            }
            e.flush();
            return exitCodeOf(ex);
        });
        int status = cmd.execute(args);
        out.flush();
        err.flush();
        rawOut.flush();
        rawErr.flush();
        return status;
    }

    /**
     * @param parsed a parsed command line
     * @return the language given with {@code --lang} (declared as {@code Optional<Lang>}, so picocli gives the
     *     matched value as an {@code Optional})
     */
    private static Optional<Lang> langOf(CommandLine.ParseResult parsed) {
        Object value = parsed.matchedOptionValue("--lang", null);
        if (value instanceof Optional<?> o) {
            value = o.orElse(null);
        }
        return value instanceof Lang l ? Optional.of(l) : Optional.empty();
    }

    /**
     * The command line over {@code ocop}: when the first argument names a subcommand (other than {@code help}),
     * only that subcommand is built, since nothing else can run; otherwise (no argument, an option first,
     * {@code help}, an unknown name) all of them, so that usage, help and errors list every subcommand.
     *
     * @param top the top-level command
     * @param args the command line
     * @return the command line to execute
     */
    static CommandLine commandLine(OcopCli top, String[] args) {
        CommandLine cmd = new CommandLine(top);
        Class<?> only = args.length == 0 ? null : named(args[0]);
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (only == null || only == subcommand) {
                cmd.addSubcommand(subcommand);
            }
        }
        return cmd;
    }

    /** @return the subcommand named (or aliased) {@code name}, or null for {@code help} and unknown names */
    private static Class<?> named(String name) {
        for (Class<?> subcommand : SUBCOMMANDS) {
            Command command = subcommand.getAnnotation(Command.class);
            if (subcommand != CommandLine.HelpCommand.class && command != null
                    && (command.name().equals(name) || List.of(command.aliases()).contains(name))) {
                return subcommand;
            }
        }
        return null;
    }

    /**
     * @param ex a failure
     * @return its exit status: 2 for invalid input or usage, 1 otherwise
     */
    static int exitCodeOf(Throwable ex) {
        return isInvalidInput(ex) ? INVALID_INPUT : FAILURE;
    }

    private static boolean isInvalidInput(Throwable ex) {
        return ex instanceof InvalidInputException || ex instanceof OcopValidationException
                || ex instanceof CommandLine.ParameterException;
    }

    /**
     * @param ex a failure
     * @param locale the language asked for with {@code --lang}
     * @return its one line, without the command name; the library's text in Vietnamese for {@code vi}
     */
    static String describe(Throwable ex, java.util.Locale locale) {
        if (ex instanceof InvalidInputException) {
            return ((InvalidInputException) ex).oneLine(locale);
        }
        String text = ex instanceof org.ocop.core.OcopException ? ((org.ocop.core.OcopException) ex).text(locale) : null;
        if (text != null && !text.isBlank()) {
            return text;
        }
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
    }
}
