package org.pensionbot.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.pensionbot.corpus.CorpusException;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.dialog.Reply;
import org.pensionbot.search.FaqIndex;

/**
 * Start-up as a user waits for it: in a fresh JVM, load the corpus from disk, build the index
 * and answer the first question. One shot per fork, no warm-up, so class loading, smartcn's
 * word dictionary, ICU's transliterator and the interpreter are all in the figure.
 *
 * <p>Run it on its own with its own settings (command-line -wi/-i/-f would override them):
 * {@code java -jar target/benchmarks.jar ColdStart}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
@State(Scope.Benchmark)
public class ColdStartBenchmark {

    @Param({"real", "10000"})
    public String corpus;

    private Path directory;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        directory = BenchCorpora.onDisk(corpus);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchCorpora.deleteTemporary(directory);
    }

    @Benchmark
    public Reply startAndAnswer() throws CorpusException {
        FaqIndex index = FaqIndex.build(CorpusLoader.load(directory));
        return new DialogEngine(() -> index).reply(BenchQuestions.SHORT_QUESTIONS.get(0));
    }
}
