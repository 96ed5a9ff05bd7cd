package io.storywire.app;

import io.storywire.core.config.StorywireConfigDef;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Every setting with its type, default and meaning; or, with --effective, what this environment would run with. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "List every setting (Markdown table), or print the effective configuration with --effective.")
final class ConfigCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--effective", description = "Print the merged configuration (secrets masked) and check it.")
    boolean effective;

    @Override
    public Integer call() {
        System.out.print(effective ? common.load().describe() : StorywireConfigDef.markdown());
        return 0;
    }
}
