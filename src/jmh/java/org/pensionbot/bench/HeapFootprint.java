package org.pensionbot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.management.ObjectName;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.search.FaqIndex;

/**
 * Measures the live heap of a started bot: load the corpus, build the index, answer questions,
 * then force full garbage collections and read the used heap. Not a JMH benchmark: it answers
 * "how much memory does the answering core keep", which is one number per start-up.
 *
 * <p>Method: {@link System#gc()} three times with short pauses (with G1, each is a full,
 * compacting collection, so used heap afterwards is close to the live set), then
 * {@code MemoryMXBean} used heap, cross-checked with {@code jcmd GC.heap_info} run in-process
 * through the DiagnosticCommand MBean. The same is measured before loading anything, so the
 * difference is what the corpus, the index and the analysers hold. Run it again with
 * {@code -Xmx64m}: if every question is still answered, the goal holds with no GC trouble.
 *
 * <pre>{@code java -cp target/benchmarks.jar org.pensionbot.bench.HeapFootprint [CORPUS_DIR] [--histogram]}</pre>
 */
public final class HeapFootprint {

    private static final int HISTOGRAM_LINES = 25;

    private HeapFootprint() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 && !args[0].startsWith("--") ? Path.of(args[0]) : BenchCorpora.realDirectory();
        boolean histogram = List.of(args).contains("--histogram");

        long baseline = usedAfterGc();
        long start = System.nanoTime();
        Corpus corpus = CorpusLoader.load(dir);
        FaqIndex index = FaqIndex.build(corpus);
        DialogEngine engine = new DialogEngine(() -> index);
        long startupMillis = (System.nanoTime() - start) / 1_000_000;

        List<String> questions = new ArrayList<>(BenchQuestions.SHORT_QUESTIONS);
        questions.addAll(BenchQuestions.LONG_QUESTIONS);
        questions.addAll(BenchQuestions.OUT_OF_DOMAIN_QUESTIONS);
        questions.addAll(testQuestions(dir));
        questions.forEach(engine::reply);

        long used = usedAfterGc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf("corpus:                 %s (%d entries)%n", dir, corpus.size());
        System.out.printf("start-up (load+build):  %d ms (cold JVM)%n", startupMillis);
        System.out.printf("questions answered:     %d%n", questions.size());
        System.out.printf("used heap before load:  %.1f MB%n", mb(baseline));
        System.out.printf("used heap after start:  %.1f MB   <- the figure (goal: under 64 MB)%n", mb(used));
        System.out.printf("held by bot (diff):     %.1f MB%n", mb(used - baseline));
        System.out.printf("committed / max heap:   %.1f MB / %.1f MB%n", mb(heap.getCommitted()), mb(heap.getMax()));
        System.out.println();
        System.out.println("jcmd GC.heap_info:");
        System.out.println(diagnosticCommand("gcHeapInfo"));
        if (histogram) {
            System.out.println("jcmd GC.class_histogram (top " + HISTOGRAM_LINES + "):");
            diagnosticCommand("gcClassHistogram").lines().limit(HISTOGRAM_LINES + 2).forEach(System.out::println);
        }
        Reference.reachabilityFence(engine);
    }

    /** Used heap after full collections, in bytes. */
    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The questions of {@code tests.tsv}, so that every lazily loaded part of analysis is in use. */
    private static List<String> testQuestions(Path dir) throws java.io.IOException {
        Path tests = dir.resolve(CorpusLoader.TESTS_FILE);
        if (!Files.exists(tests)) {
            return List.of();
        }
        return Files.readAllLines(tests, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", 2)[0])
                .toList();
    }

    /** Runs a {@code jcmd} command in this JVM (GC.heap_info → "gcHeapInfo"). */
    private static String diagnosticCommand(String operation) throws Exception {
        ObjectName name = new ObjectName("com.sun.management:type=DiagnosticCommand");
        return (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(name, operation, new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
