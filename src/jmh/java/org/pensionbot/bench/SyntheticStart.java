package org.pensionbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.search.FaqIndex;

/**
 * How long a process takes to make a large synthetic corpus searchable: read and check the
 * files, then build the index, embedding every phrasing the vector cache does not hold yet. Run
 * it twice with the same folders: the first run is the cold build (every phrasing embedded), the
 * second the warm one (every vector read from the cache). Not JMH: each figure is one start-up.
 *
 * <pre>{@code
 * VECTOR_CACHE_DIR=/tmp/synthetic-cache java -cp target/benchmarks.jar \
 *     org.pensionbot.bench.SyntheticStart 10000 /tmp/synthetic-10000    # cold, then run it again: warm
 * }</pre>
 * The corpus folder is generated ({@link SyntheticCorpus}, fixed seed) when it does not exist yet,
 * before the clock starts.
 */
public final class SyntheticStart {

    private SyntheticStart() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SyntheticStart ENTRIES CORPUS_DIR   (set VECTOR_CACHE_DIR to a folder of its own)");
            System.exit(2);
        }
        int entries = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        if (!Files.isDirectory(dir.resolve(CorpusLoader.ENTRIES_DIR))) {
            Files.createDirectories(dir);
            SyntheticCorpus.write(BenchCorpora.load(String.valueOf(entries)), dir);
            System.out.println("generated " + entries + " entries in " + dir);
        }
        long start = System.nanoTime();
        FaqIndex.warmUpInBackground();
        Corpus corpus = CorpusLoader.load(dir);
        long loaded = System.nanoTime();
        FaqIndex index = FaqIndex.build(corpus);
        long built = System.nanoTime();
        int phrasings = corpus.entries().stream().mapToInt(entry -> entry.questions().size() + 1).sum();
        System.out.printf("%d entries, about %d phrasings: load and check %.1f s, index (embedding what the cache lacks) %.1f s, ready after %.1f s%n",
                corpus.entries().size(), phrasings, seconds(loaded - start), seconds(built - loaded), seconds(built - start));
        System.out.println("first search: " + index.search("支付宝怎么认证").entries().get(0).entry().id());
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
