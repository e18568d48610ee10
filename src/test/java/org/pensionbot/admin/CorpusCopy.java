package org.pensionbot.admin;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** A private, editable copy of the real corpus, and the edits the tests make to it. */
final class CorpusCopy {

    static final Path REAL_CORPUS = Path.of("faq-corpus");
    /** A valid entry the real corpus lacks, answering a question it falls back on. */
    static final String NEW_ENTRY_ID = "tablet-certification";

    private CorpusCopy() {
    }

    /** Copies the real corpus to {@code <tempDir>/faq-corpus}. */
    static Path of(Path tempDir) {
        Path copy = tempDir.resolve("faq-corpus");
        copyTree(REAL_CORPUS, copy);
        return copy;
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path entry(Path corpus, String id) {
        return corpus.resolve("entries").resolve(id + ".md");
    }

    static String read(Path file) {
        try {
            return Files.readString(file, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes in place, as most editors do. */
    static void write(Path file, String text) {
        try {
            Files.writeString(file, text, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a temporary file beside the target and renames it over, so no reader sees half a file. */
    static void writeAtomically(Path file, String text) {
        try {
            Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            Files.writeString(temp, text, UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry text with one more question variant, first in its list. */
    static String withVariant(String entryText, String variant) {
        String marker = "\nquestions:\n";
        if (!entryText.contains(marker)) {
            throw new IllegalArgumentException("no questions list in the entry");
        }
        return entryText.replace(marker, marker + "  - " + variant + "\n");
    }

    /** The entry text with its {@code keywords:} line indented by a tab: invalid YAML. */
    static String withTabIndentedKeywords(String entryText) {
        return entryText.replace("\nkeywords:", "\n\tkeywords:");
    }

    /** The 1-based line of the entry's {@code keywords:} field. */
    static int keywordsLine(String entryText) {
        List<String> lines = entryText.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("keywords:")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no keywords line");
    }

    /** A fixture file from beside this class in the test resources. */
    static String fixture(String name) {
        try (InputStream in = CorpusCopy.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture " + name);
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String newEntry() {
        return fixture(NEW_ENTRY_ID + ".md");
    }
}
