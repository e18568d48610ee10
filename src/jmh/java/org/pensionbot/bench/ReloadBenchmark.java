package org.pensionbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Time for a corpus reload as an admin triggers it after editing one entry: {@link CorpusLoader#load}
 * (read, parse and validate every file) plus {@link FaqIndex#build}, from files on disk. Before each
 * reload one entry's title changes, as an edit would: one phrasing is new to the vector cache and
 * the index kept on disk no longer fits, so the index is written again (an unchanged corpus would
 * only open the kept one). Corpora are copied to a temporary folder first; the files stay in the OS
 * page cache, so this measures parsing and indexing, not the disk.
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
    private Path edited;
    private String original;
    private int edits;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path source = BenchCorpora.onDisk(corpus);
        directory = Files.createTempDirectory("pensionbot-reload-");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, directory.resolve(source.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        BenchCorpora.deleteTemporary(source);
        try (Stream<Path> entries = Files.list(directory.resolve(CorpusLoader.ENTRIES_DIR))) {
            edited = entries.sorted().findFirst().orElseThrow();
        }
        original = Files.readString(edited);
    }

    /** The admin's edit: a new title (a phrasing the cache has not seen). Not timed. */
    @Setup(Level.Invocation)
    public void editOneEntry() throws IOException {
        edits++;
        Files.writeString(edited, original.replaceFirst("(?m)^title: (.*)$", "title: $1（第" + edits + "版）"));
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
