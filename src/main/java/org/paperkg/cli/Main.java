package org.paperkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code paperkg} command: one sub-command per task, each a thin layer over {@link org.paperkg.Paperkg}. */
@Command(name = "paperkg", mixinStandardHelpOptions = true, version = "paperkg 0.1.0",
        description = "Builds an RDF knowledge graph of ML papers from the pages that announce them.",
        subcommands = {DemoCommand.class, IngestCommand.class, PullCommand.class, StatsCommand.class, QueryCommand.class, ExportCommand.class,
                ValidateCommand.class, RemoveCommand.class, ServeCommand.class, ExtractCommand.class, BenchCommand.class, BenchExtractCommand.class, BenchStreamCommand.class, BenchIngestCommand.class, CompactCommand.class, SearchCommand.class, ReindexCommand.class, BenchCopiesCommand.class, LinkCommand.class, VocabCommand.class, TrainTaggerCommand.class, EvalCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // never a stack trace: say what ran out and how to give more
            System.err.printf("paperkg: out of memory (at most %d MB); give Java more with PAPERKG_JAVA_OPTS=-Xmx…%n",
                    Runtime.getRuntime().maxMemory() >> 20);
            code = 1;
        }
        System.exit(code);
    }

    /** The configured command line; tests call {@code execute} on it with their own writers. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(new ErrorHandler())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, for example: paperkg ingest examples/");
    }

    /** Turns expected failures into one line on stderr and exit code 1 or 2; no stack trace. */
    static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
            int code = e instanceof UsageError || e instanceof IllegalArgumentException ? 2 : 1;
            cmd.getErr().println("paperkg " + cmd.getCommandName() + ": " + e.getMessage());
            cmd.getErr().flush();
            return code;
        }
    }

    /** A mistake in how the command was called (exit code 2). */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }
}
