package org.pensionbot.bench;

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
import org.openjdk.jmh.annotations.Warmup;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.search.FaqIndex;

/**
 * Time for {@link FaqIndex#build} on an already loaded corpus, in a warmed-up JVM. With a vector
 * cache ({@code VECTOR_CACHE_DIR}) the first build writes the index and keeps it; every later one
 * opens that kept index, which is what a restart with an unchanged corpus does. Without a cache
 * every build analyses and embeds every phrasing again. The start-up case (a cold JVM) is
 * {@link ColdStartBenchmark}; the goals are measured by {@link ReloadBenchmark} (one edited
 * entry live again ≤ 1 s) and {@link SyntheticStart} (10,000 entries ready ≤ 10 s with a warm cache).
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
public class IndexBuildBenchmark {

    @Param({"real", "1000", "10000"})
    public String corpus;

    private Corpus loaded;

    @Setup(Level.Trial)
    public void setUp() {
        loaded = BenchCorpora.load(corpus);
    }

    @Benchmark
    public FaqIndex build() {
        return FaqIndex.build(loaded);
    }
}
