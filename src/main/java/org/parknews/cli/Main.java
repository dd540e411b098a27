package org.parknews.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parknews} command: one subcommand per task. */
@Command(name = "parknews", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns crawled Chinese news about industrial parks into structured records.",
        subcommands = {ExtractCommand.class, EvaluateCommand.class, ExplainCommand.class, QuantitiesCommand.class,
                ExportCommand.class, BenchCommand.class, StatsCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit codes every command shares. */
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;

    /** Subcommands that segment text: HanLP's dictionaries load for them while the command line is parsed. */
    private static final Set<String> SEGMENTING = Set.of("extract", "evaluate", "explain", "quantities", "bench");

    public static void main(String[] args) {
        if (args.length > 0 && SEGMENTING.contains(args[0])) {
            StartupPreload.start();
        }
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this directly). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("parknews: " + ex.getMessage());
            return USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}
