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
import org.pensionbot.search.FaqIndex;

/**
 * Time for a corpus reload as an admin triggers it: {@link CorpusLoader#load} (read, parse and
 * validate every file) plus {@link FaqIndex#build}, from files on disk. Generated corpora are
 * written to a temporary folder first; the files stay in the OS page cache, so this measures
 * parsing and indexing, not the disk.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// At 10,000 entries an iteration is one or two builds, and the JIT needs about five before a
// build settles (in a loop of builds, the 3rd took 10-25 % longer than the 6th to 10th). Six
// warm-up iterations measure what a running bot's reload takes; a cold start is ColdStartBenchmark.
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ReloadBenchmark {

    @Param({"real", "1000", "10000"})
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
    public FaqIndex reload() throws CorpusException {
        return FaqIndex.build(CorpusLoader.load(directory));
    }
}
