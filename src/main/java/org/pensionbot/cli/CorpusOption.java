package org.pensionbot.cli;

import java.nio.file.Path;
import org.pensionbot.config.BotConfig;
import picocli.CommandLine.Option;

/** The {@code --corpus DIR} option shared by every command (default: {@code FAQ_CORPUS_DIR} or ./faq-corpus). */
final class CorpusOption {

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "FAQ corpus folder (default: $FAQ_CORPUS_DIR or ./faq-corpus)")
    Path dir;

    Path resolve(BotConfig config) {
        return dir != null ? dir : config.corpusDir();
    }
}
