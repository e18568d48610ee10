package org.pensionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.pensionbot.corpus.ScamExample;
import org.pensionbot.corpus.SynonymRules;
import org.slf4j.LoggerFactory;

/**
 * Names everything an index is made of, so a stored index ({@link StoredIndexes}) is opened only
 * by a build that would have written exactly the same one:
 * <ul>
 *   <li>every phrasing in index order and whose it is, and the synonym rules — with the code, all
 *       that the analysed terms and the text the model reads are made from;</li>
 *   <li>the embedding model's id;</li>
 *   <li>the code: this project's classes and the Lucene, smartcn, ICU and model jars, each named by
 *       path, size and modification time — the rule the JVM itself uses to trust a class-data
 *       archive. Any rebuild changes it, so an index never outlives the code that wrote it.</li>
 * </ul>
 */
record IndexFingerprint(String hex) {

    /** Change when what a document holds changes in a way the code's identity would not show. */
    private static final String LAYOUT = "faq-index-6";
    /** Classes whose code shapes an index, one from each jar or folder that holds such code. */
    private static final List<Class<?>> CODE = List.of(
            FaqIndex.class,
            org.apache.lucene.index.IndexWriter.class,
            org.apache.lucene.analysis.charfilter.MappingCharFilter.class,
            org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer.class,
            com.ibm.icu.text.Transliterator.class,
            org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter.class,
            dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel.class);

    private static final class Code {
        static final Optional<String> IDENTITY = identity();
    }

    /**
     * The fingerprint of an index over {@code phrasings}; empty when the code's identity cannot be
     * read (classes not loaded from files), and then no index is stored or opened.
     */
    static Optional<IndexFingerprint> of(List<Phrasing> phrasings, SynonymRules synonyms, List<ScamExample> scamExamples,
                                         String modelId) {
        if (Code.IDENTITY.isEmpty()) {
            return Optional.empty();
        }
        MessageDigest digest = sha256();
        update(digest, LAYOUT);
        update(digest, modelId);
        update(digest, Code.IDENTITY.get());
        for (Phrasing phrasing : phrasings) {
            update(digest, phrasing.entry() != null ? "entry" : "topic");
            update(digest, Integer.toString(phrasing.ownerKey()));
            update(digest, phrasing.text());
        }
        for (SynonymRules.Rule rule : synonyms.rules()) {
            rule.variants().forEach(variant -> update(digest, variant));
            update(digest, "=>");
            update(digest, rule.canonical());
        }
        for (ScamExample example : scamExamples) {
            update(digest, example.alarm() ? "alarm" : "calm");
            update(digest, example.message());
        }
        return Optional.of(new IndexFingerprint(HexFormat.of().formatHex(digest.digest(), 0, 16)));
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // Length first, so that ("ab", "c") and ("a", "bc") hash differently.
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    /** Path, size and modification time of every jar, or every file of every folder, holding {@link #CODE}. */
    private static Optional<String> identity() {
        StringBuilder identity = new StringBuilder();
        try {
            for (Path location : CODE.stream().map(IndexFingerprint::location).distinct().toList()) {
                try (Stream<Path> files = Files.isDirectory(location) ? Files.walk(location) : Stream.of(location)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                        identity.append(file).append(' ').append(attributes.size()).append(' ')
                                .append(attributes.lastModifiedTime().toMillis()).append('\n');
                    }
                }
            }
            return Optional.of(identity.toString());
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            LoggerFactory.getLogger(IndexFingerprint.class).info("Indexes are not kept on disk: {}", e.toString());
            return Optional.empty();
        }
    }

    private static Path location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("no code location for " + type.getName());
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("code location of " + type.getName() + ": " + source.getLocation(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
