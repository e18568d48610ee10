package org.pensionbot.admin;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.CorpusException;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.corpus.CorpusProblem;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.VariantEdit;
import org.pensionbot.privacy.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teaches the corpus a question people asked: appends it as a phrasing to an entry's file (see
 * {@link VariantEdit}), or takes such a phrasing out again (undo).
 *
 * <p>An edit goes live only whole and valid: the whole corpus is validated with the edited file
 * in place before anything is written, then the file is replaced in one atomic rename of a
 * temporary file written beside it, so neither a running bot's watcher nor an admin's editor ever
 * sees half a file. The rest of the file stays byte for byte as it was. A question holding a
 * personal number (ID card, phone, bank card) is refused: the corpus is shared and kept for years. So is a
 * question the corpus itself places elsewhere — a neighbouring topic's, one labelled with another entry or not to
 * be answered, or one of the frozen test half ({@link LabelledElsewhere}).
 *
 * <p>Writing does not reload: a running bot's {@link CorpusWatcher} sees the file change, and
 * callers that hold a {@link CorpusReloader} may reload at once. Thread-safe: edits of one
 * learner run one at a time.
 */
public final class VariantLearner {

    private static final Logger log = LoggerFactory.getLogger(VariantLearner.class);

    private static final String MASK = "****";
    /** The dash of a YAML list item at the start of a question copied from an entry file. */
    private static final Pattern LIST_DASH = Pattern.compile("^[-－]\\s+");
    /** A number as the privacy mask leaves it: two digits, stars, two digits ({@code 13*******78}). */
    private static final Pattern MASKED_NUMBER = Pattern.compile("[0-9]{0,2}\\*{4,}[0-9]{0,2}");

    private final Path corpusDir;
    private final ReentrantLock lock = new ReentrantLock();

    public VariantLearner(Path corpusDir) {
        this.corpusDir = Objects.requireNonNull(corpusDir, "corpusDir");
    }

    /**
     * What came of a learn or an undo.
     *
     * @param entryId the entry asked for
     * @param question the phrasing, as written to (or removed from) the file
     * @param file the entry's file; null when the entry was not found
     * @param line where the phrasing is (learn) or was (undo); 0 when nothing was written
     * @param refusal why nothing was written, in plain words; empty when the file was changed
     * @param problems what validation found in the edited corpus, when that was the reason
     */
    public record Outcome(String entryId, String question, Path file, int line, Optional<String> refusal,
                          List<CorpusProblem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }

        public boolean changed() {
            return refusal.isEmpty();
        }

        static Outcome refused(String entryId, String question, Path file, String why) {
            return new Outcome(entryId, question, file, 0, Optional.of(why), List.of());
        }
    }

    /** Adds {@code question} as the last phrasing of entry {@code entryId}. */
    public Outcome learn(String question, String entryId) {
        return edit(question, entryId, true);
    }

    /** Removes the phrasing {@code question} from entry {@code entryId} (undoes {@link #learn}). */
    public Outcome undo(String question, String entryId) {
        return edit(question, entryId, false);
    }

    private Outcome edit(String rawQuestion, String entryId, boolean add) {
        // A question copied from a phrasing list ("  - 刷脸老失败") brings the item's dash along: it is no part of the question.
        String question = rawQuestion == null ? "" : LIST_DASH.matcher(rawQuestion.strip()).replaceFirst("");
        // Questions from the database are masked already ("138****5678"): refuse those as well.
        if (PersonalData.contains(question)) {
            return Outcome.refused(entryId, PersonalData.mask(question), null,
                    "the question holds a personal number (ID card, phone or bank card): never put one in the corpus");
        }
        if (question.contains(MASK)) {
            return Outcome.refused(entryId, question, null, "the question holds a masked personal number (" + MASK
                    + "): leave the number out and learn the rest of the question, e.g. \"" + withoutMaskedNumbers(question) + "\"");
        }
        lock.lock();
        try {
            Corpus corpus;
            try {
                corpus = CorpusLoader.load(corpusDir);
            } catch (CorpusException e) {
                return new Outcome(entryId, question, null, 0,
                        Optional.of("the corpus has problems already: fix them first (run validate)"), e.problems());
            }
            Optional<FaqEntry> entry = corpus.entry(entryId);
            if (entry.isEmpty()) {
                return Outcome.refused(entryId, question, null, "there is no entry '" + entryId + "'");
            }
            Path file = entry.get().file();
            Optional<String> labelledElsewhere = add ? LabelledElsewhere.against(corpus, question, entryId) : Optional.empty();
            if (labelledElsewhere.isPresent()) {
                return Outcome.refused(entryId, question, file, labelledElsewhere.get());
            }
            Optional<FaqEntry> owner = corpus.entryWithPhrasing(question);
            if (add && owner.isPresent()) {
                return Outcome.refused(entryId, question, file, owner.get().id().equals(entryId)
                        ? "entry '" + entryId + "' has this phrasing already"
                        : "entry '" + owner.get().id() + "' has this phrasing already: one phrasing, one entry");
            }
            return write(corpus, entryId, question, file, add);
        } finally {
            lock.unlock();
        }
    }

    private Outcome write(Corpus corpus, String entryId, String question, Path file, boolean add) {
        byte[] before;
        String text;
        try {
            before = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(before)).toString();
        } catch (CharacterCodingException e) {
            return Outcome.refused(entryId, question, file, "the file is not UTF-8 text: run validate and fix it first");
        } catch (IOException e) {
            return Outcome.refused(entryId, question, file, "cannot read the file: " + e.getMessage());
        }
        VariantEdit.Result edit;
        try {
            edit = add ? VariantEdit.add(text, question) : VariantEdit.remove(text, question);
        } catch (VariantEdit.Refused e) {
            return Outcome.refused(entryId, question, file, e.getMessage());
        }
        try {
            // The loader reads text without a byte-order mark; the file keeps its own.
            CorpusLoader.load(corpus.directory(), Map.of(file, edit.text().replaceFirst("^\uFEFF", "")));
        } catch (CorpusException e) {
            return new Outcome(entryId, question, file, 0,
                    Optional.of("the corpus would not be valid with this change, so nothing was written"), e.problems());
        }
        try {
            replace(file, before, edit.text().getBytes(StandardCharsets.UTF_8));
        } catch (ConcurrentEdit e) {
            return Outcome.refused(entryId, question, file, "the file was changed meanwhile: try again");
        } catch (IOException e) {
            return Outcome.refused(entryId, question, file, "cannot write the file: " + e.getMessage());
        }
        log.info("{} phrasing of {} at {}:{}", add ? "Learned a" : "Removed a", entryId, file, edit.line());
        return new Outcome(entryId, question, file, edit.line(), Optional.empty(), List.of());
    }

    /** Someone saved the file between our read and our write. */
    private static final class ConcurrentEdit extends Exception {
        ConcurrentEdit() {
            super(null, null, false, false);
        }
    }

    /**
     * Writes {@code bytes} to a temporary file beside {@code file} and renames it over the file.
     * The temporary name does not end in {@code .md}, so neither the loader nor the watcher
     * mistakes it for an entry; it takes over the file's permissions, so the corpus stays
     * readable to whoever could read it before.
     */
    private static void replace(Path file, byte[] expected, byte[] bytes) throws IOException, ConcurrentEdit {
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".learn.tmp");
        try {
            Files.write(temp, bytes);
            copyPermissions(file, temp);
            if (!Arrays.equals(Files.readAllBytes(file), expected)) {
                throw new ConcurrentEdit();
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Same folder, so only unusual file systems get here: a reader may then briefly see no file, never half a file.
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            Files.setPosixFilePermissions(to, permissions);
        }
    }

    /** {@code question} with its masked numbers left out: what an admin may learn instead. */
    static String withoutMaskedNumbers(String question) {
        return MASKED_NUMBER.matcher(question).replaceAll(" ").replaceAll("\\s{2,}", " ").strip();
    }
}
