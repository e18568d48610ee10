package org.pensionbot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.search.FaqIndex;

/**
 * The same work as {@link AnswerLatencyBenchmark} and {@link IndexBuildBenchmark}, timed in
 * <em>CPU time of the calling thread</em> rather than wall-clock time. On a shared machine (other
 * builds competing for the cores) wall-clock latency mostly measures the queue for a core;
 * thread CPU time is what one call costs when it has a core to itself, so it estimates the
 * latency on an idle machine. It leaves out GC and JIT threads and still feels cache
 * interference, so read it next to the JMH figures, not instead of them.
 *
 * <pre>{@code java -cp target/benchmarks.jar org.pensionbot.bench.CpuTimeProbe [SIZES...]}</pre>
 * (sizes default to {@code real 1000 10000}). Each question kind is warmed for ten seconds, then
 * measured for up to 3,000 calls or ten seconds.
 */
public final class CpuTimeProbe {

    private static final long WARMUP_NANOS = 10_000_000_000L;
    private static final int MAX_CALLS = 3_000;
    private static final long MAX_MEASURE_NANOS = 10_000_000_000L;
    private static final int BUILDS = 2;

    private CpuTimeProbe() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> sizes = args.length == 0 ? List.of(BenchCorpora.REAL, "1000", "10000") : List.of(args);
        System.out.println("corpus  measure           calls   mean      p50       p99       max   (thread CPU time)");
        for (String size : sizes) {
            Corpus corpus = BenchCorpora.load(size);
            FaqIndex index = FaqIndex.build(corpus); // the first build warms the analysers
            long[] builds = new long[BUILDS];
            for (int i = 0; i < BUILDS; i++) {
                long start = threads.getCurrentThreadCpuTime();
                index = FaqIndex.build(corpus);
                builds[i] = threads.getCurrentThreadCpuTime() - start;
            }
            print(size, "build", builds, 1_000_000, "ms");
            FaqIndex built = index;
            DialogEngine engine = new DialogEngine(() -> built);
            for (String kind : List.of(BenchQuestions.SHORT, BenchQuestions.LONG, BenchQuestions.OUT_OF_DOMAIN)) {
                List<String> questions = BenchQuestions.of(kind);
                long warmUntil = System.nanoTime() + WARMUP_NANOS;
                for (int i = 0; System.nanoTime() < warmUntil; i++) {
                    engine.reply(questions.get(i % questions.size()));
                }
                long[] calls = new long[MAX_CALLS];
                long stopAt = System.nanoTime() + MAX_MEASURE_NANOS;
                int n = 0;
                while (n < MAX_CALLS && System.nanoTime() < stopAt) {
                    long start = threads.getCurrentThreadCpuTime();
                    engine.reply(questions.get(n % questions.size()));
                    calls[n++] = threads.getCurrentThreadCpuTime() - start;
                }
                calls = Arrays.copyOf(calls, n);
                print(size, "reply " + kind, calls, 1_000, "us");
            }
        }
    }

    private static void print(String size, String what, long[] nanos, double unit, String unitName) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0);
        System.out.printf("%-7s %-17s %5d %9.1f %9.1f %9.1f %9.1f  %s%n", size, what, sorted.length, mean / unit,
                sorted[(int) (sorted.length * 0.50)] / unit, sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / unit,
                sorted[sorted.length - 1] / unit, unitName);
    }
}
