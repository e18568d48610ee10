package org.pensionbot.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Compares the answer latency (or index build time) of two builds of the bot in one JVM, taking
 * turns every {@value #ROUND_MILLIS} ms. This machine's speed drifts by up to 2.5x within hours, so two
 * benchmark runs minutes apart can disagree by more than a change is worth; builds that take
 * turns every fraction of a second see the same machine. Each build is loaded from its own
 * benchmarks jar by its own class loader, so the two never share a class.
 *
 * <p>Prints each build's median round p50 and p99, and the median over rounds of the ratio
 * of B's p50 to A's in the same pair of rounds (with its range), which is the figure to trust.
 *
 * <pre>{@code java -cp target/benchmarks.jar org.pensionbot.bench.AlternatingComparison \
 *     A/benchmarks.jar B/benchmarks.jar CORPUS QUESTIONS [ROUNDS]}</pre>
 * CORPUS: {@code real} or a number of entries; QUESTIONS: {@code short}, {@code long} or
 * {@code outOfDomain}, or {@code build} to compare index builds instead (one build each per
 * round, who goes first alternating, after a {@code System.gc()}); ROUNDS: pairs of rounds
 * measured, after the unmeasured ones (default 20). Run from the project folder (the real corpus
 * is read from {@code ./faq-corpus}).
 */
public final class AlternatingComparison {

    private static final long ROUND_MILLIS = 400;
    private static final int WARM_UP_ROUNDS = 10;
    /** Index builds are seconds long at 10,000 entries; JIT compilation settles after a few. */
    private static final int WARM_UP_BUILDS = 4;
    private static final String BUILD = "build";

    private AlternatingComparison() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: AlternatingComparison A.jar B.jar CORPUS QUESTIONS [ROUNDS]");
            System.exit(2);
        }
        String corpus = args[2];
        String questions = args[3];
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        if (BUILD.equals(questions)) {
            compareBuilds(args[0], args[1], corpus, rounds);
        } else {
            compareAnswers(args[0], args[1], corpus, questions, rounds);
        }
    }

    /** Answers questions with each jar in turn, {@value #ROUND_MILLIS} ms at a time. */
    private static void compareAnswers(String jarA, String jarB, String corpus, String questions, int rounds) throws Exception {
        Build[] builds = {Build.load(jarA, corpus, questions), Build.load(jarB, corpus, questions)};
        List<List<Double>> medians = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Double>> tails = List.of(new ArrayList<>(), new ArrayList<>());
        long[] times = new long[1 << 20];
        for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
            for (int build = 0; build < builds.length; build++) {
                int count = builds[build].answerFor(ROUND_MILLIS, times);
                Arrays.sort(times, 0, count);
                if (round >= 0) {
                    medians.get(build).add(times[count / 2] / 1e3);
                    tails.get(build).add(times[count * 99 / 100] / 1e3);
                }
            }
        }
        for (int build = 0; build < builds.length; build++) {
            System.out.printf(Locale.ROOT, "%s %s %s: p50 %.1f µs, p99 %.1f µs (medians over %d rounds)%n",
                    build == 0 ? "A" : "B", corpus, questions, median(medians.get(build)), median(tails.get(build)), rounds);
        }
        printRatios("B/A p50 per round", medians);
    }

    /** Builds the index with each jar in turn, the first to build alternating from round to round. */
    private static void compareBuilds(String jarA, String jarB, String corpusName, int rounds) throws Exception {
        Indexer[] indexers = {Indexer.load(jarA, corpusName), Indexer.load(jarB, corpusName)};
        List<List<Double>> millis = List.of(new ArrayList<>(), new ArrayList<>());
        for (int round = -WARM_UP_BUILDS; round < rounds; round++) {
            for (int turn = 0; turn < 2; turn++) {
                int build = (round & 1) == 0 ? turn : 1 - turn;
                System.gc(); // the previous index is garbage now; do not let its collection land in this build
                double taken = indexers[build].buildMillis();
                if (round >= 0) {
                    millis.get(build).add(taken);
                }
            }
        }
        for (int build = 0; build < 2; build++) {
            System.out.printf(Locale.ROOT, "%s %s build: %.0f ms (median of %d)%n",
                    build == 0 ? "A" : "B", corpusName, median(millis.get(build)), rounds);
        }
        printRatios("B/A build time per round", millis);
    }

    private static void printRatios(String label, List<List<Double>> values) {
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < values.get(0).size(); round++) {
            ratios.add(values.get(1).get(round) / values.get(0).get(round));
        }
        Collections.sort(ratios);
        System.out.printf(Locale.ROOT, "%s: median %.3f, range %.3f-%.3f%n",
                label, median(ratios), ratios.get(0), ratios.get(ratios.size() - 1));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * A class loader of its own for one benchmarks jar. Only the libraries that load native code
     * (ONNX Runtime, DJL's tokenizers and what they use) come from one loader shared by both builds:
     * the JVM lets a native library be loaded by one class loader only, so the second build's
     * embedding model would otherwise fail to start.
     */
    private static ClassLoader loader(String jar) throws Exception {
        if (!new File(jar).isFile()) {
            // A class loader over a missing jar fails later, with a class that "does not exist".
            throw new IllegalArgumentException("no such jar: " + jar + " (build it with mvn -Pbench -DskipTests package)");
        }
        return new URLClassLoader(new URL[] {new File(jar).toURI().toURL()}, nativeLibraries(jar));
    }

    private static ClassLoader sharedNativeLibraries;

    private static synchronized ClassLoader nativeLibraries(String jar) throws Exception {
        if (sharedNativeLibraries == null) {
            sharedNativeLibraries = new SharedPackagesLoader(new File(jar).toURI().toURL());
        }
        return sharedNativeLibraries;
    }

    /** Serves only the packages both builds must share, from the first jar; nothing else. */
    private static final class SharedPackagesLoader extends URLClassLoader {

        private static final List<String> SHARED = List.of("ai.onnxruntime.", "ai.djl.", "com.google.gson.", "org.slf4j.",
                "ch.qos.logback.");

        SharedPackagesLoader(URL jar) {
            super(new URL[] {jar}, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (SHARED.stream().noneMatch(name::startsWith)) {
                return getParent().loadClass(name);
            }
            return super.loadClass(name, resolve);
        }
    }

    /** Calls a package-private static method of the bench package with one string. */
    private static Object call(ClassLoader loader, String className, String method, String argument) throws Exception {
        Method target = loader.loadClass(className).getDeclaredMethod(method, String.class);
        target.setAccessible(true);
        return target.invoke(null, argument);
    }

    /** One jar's class loader, its corpus and its {@code FaqIndex.build}. */
    private record Indexer(ClassLoader classLoader, Method buildMethod, Object corpus) {

        static Indexer load(String jar, String corpusName) throws Exception {
            ClassLoader loader = loader(jar);
            Object corpus = call(loader, "org.pensionbot.bench.BenchCorpora", "load", corpusName);
            Class<?> corpusClass = loader.loadClass("org.pensionbot.corpus.Corpus");
            return new Indexer(loader, loader.loadClass("org.pensionbot.search.FaqIndex").getMethod("build", corpusClass), corpus);
        }

        Object build() throws Exception {
            return Objects.requireNonNull(buildMethod.invoke(null, corpus));
        }

        double buildMillis() throws Exception {
            long start = System.nanoTime();
            build();
            return (System.nanoTime() - start) / 1e6;
        }
    }

    /** One jar's dialog engine over its index, and the questions it answers in turn. */
    private static final class Build {
        private final Object engine;
        private final Method reply;
        private final List<String> questions;
        private int next;

        private Build(Object engine, Method reply, List<String> questions) {
            this.engine = engine;
            this.reply = reply;
            this.questions = questions;
        }

        static Build load(String jar, String corpusName, String kind) throws Exception {
            Indexer indexer = Indexer.load(jar, corpusName);
            Object index = indexer.build();
            Class<?> engineClass = indexer.classLoader().loadClass("org.pensionbot.dialog.DialogEngine");
            Supplier<Object> indexSupplier = () -> index;
            Object engine = engineClass.getConstructor(Supplier.class).newInstance(indexSupplier);
            @SuppressWarnings("unchecked")
            List<String> questions = (List<String>) call(indexer.classLoader(), "org.pensionbot.bench.BenchQuestions", "of", kind);
            return new Build(engine, engineClass.getMethod("reply", String.class), questions);
        }

        /** Answers questions in turn for {@code millis}, recording each answer's time; returns how many. */
        int answerFor(long millis, long[] times) throws Exception {
            long end = System.nanoTime() + millis * 1_000_000;
            int count = 0;
            while (System.nanoTime() < end && count < times.length) {
                String question = questions.get(next++ % questions.size());
                long start = System.nanoTime();
                reply.invoke(engine, question);
                times[count++] = System.nanoTime() - start;
            }
            return count;
        }
    }
}
