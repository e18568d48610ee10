package org.pensionbot.search;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one copy of ONNX Runtime's native libraries in the bot's cache folder and points ONNX
 * Runtime at it, instead of letting it unpack them into a new temporary folder at every start.
 *
 * <p>Left to itself, ONNX Runtime copies ~16 MB of libraries into {@code /tmp/onnxruntime-java…}
 * each time a process starts. The folder is removed only on an orderly exit; a process that is
 * killed (an out-of-memory kill, {@code docker kill}, a supervisor's timeout) leaves the 16 MB
 * behind, and even an orderly exit leaves the empty folder. On one development machine a day of
 * runs had left 211 such folders, 38 of them full (600 MB). Its maintainers' advice is to keep the
 * libraries in a place of one's own and name it in the {@code onnxruntime.native.path} property
 * (microsoft/onnxruntime#8003), which is what this does.
 *
 * <p>The copy's folder is named after the libraries' checksums in the jar, so a new ONNX Runtime
 * version gets a folder of its own and never loads an old library. Each file is written under a
 * temporary name and moved into place, so processes starting side by side never load half a file.
 * Anything unexpected (no libraries for this platform, a read-only folder) leaves ONNX Runtime to
 * its own way of loading: the bot starts either way.
 */
final class OnnxNativeLibraries {

    private static final Logger LOG = LoggerFactory.getLogger(OnnxNativeLibraries.class);

    /** ONNX Runtime's own property: the folder it loads its libraries from. */
    static final String PATH_PROPERTY = "onnxruntime.native.path";
    private static final String RESOURCE_ROOT = "ai/onnxruntime/native/";
    private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

    private OnnxNativeLibraries() {
    }

    /**
     * Points ONNX Runtime at the libraries' copy in {@code cacheDirectory}, making the copy first
     * if needed. Call before the first model loads; does nothing when the property is already set
     * (an operator's choice wins).
     */
    static void useCopyIn(Path cacheDirectory) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        try {
            copyInto(cacheDirectory).ifPresent(folder -> System.setProperty(PATH_PROPERTY, folder.toAbsolutePath().toString()));
        } catch (IOException | RuntimeException e) {
            LOG.info("ONNX Runtime unpacks its own libraries this time: {}", e.toString());
        }
    }

    /**
     * Copies this platform's libraries from the jar into a folder of {@code cacheDirectory} named
     * after their checksums, unless a complete copy is there already, and returns that folder.
     * Empty when the jar has no libraries for this platform.
     */
    static Optional<Path> copyInto(Path cacheDirectory) throws IOException {
        Optional<String> platform = platform();
        if (platform.isEmpty()) {
            return Optional.empty();
        }
        List<Library> libraries = new ArrayList<>();
        for (String name : LIBRARIES) {
            String fileName = System.mapLibraryName(name);
            URL resource = OnnxNativeLibraries.class.getClassLoader().getResource(RESOURCE_ROOT + platform.get() + "/" + fileName);
            if (resource == null) {
                return Optional.empty();
            }
            libraries.add(new Library(fileName, resource, jarEntry(resource)));
        }
        StringBuilder checksums = new StringBuilder();
        libraries.forEach(library -> checksums.append('-').append(Long.toHexString(library.entry().getCrc())));
        Path folder = cacheDirectory.resolve("onnxruntime-" + platform.get() + checksums);
        Files.createDirectories(folder);
        for (Library library : libraries) {
            Path target = folder.resolve(library.fileName());
            if (!Files.isRegularFile(target) || Files.size(target) != library.entry().getSize()) {
                copy(library.resource(), target);
            }
        }
        deleteOtherVersions(folder);
        return Optional.of(folder);
    }

    /**
     * Removes the copies of other ONNX Runtime versions for this platform (16 MB each, left by
     * earlier releases). A process still running an old release keeps its loaded libraries (Linux
     * and macOS delete only the name); where the system refuses, the folder stays.
     */
    private static void deleteOtherVersions(Path current) {
        String platformPrefix = current.getFileName().toString().replaceFirst("-[0-9a-f]+-[0-9a-f]+$", "-");
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(current.getParent(), platformPrefix + "*")) {
            for (Path folder : folders) {
                if (!folder.equals(current) && Files.isDirectory(folder)) {
                    IOUtils.rm(folder);
                }
            }
        } catch (IOException e) {
            LOG.debug("Could not remove an older ONNX Runtime copy: {}", e.toString());
        }
    }

    private static void copy(URL resource, Path target) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            try (InputStream in = resource.openStream()) {
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The jar entry behind a resource: its checksum and size, read without unpacking it. */
    private static JarEntry jarEntry(URL resource) throws IOException {
        URLConnection connection = resource.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            throw new IOException("not inside a jar: " + resource);
        }
        JarEntry entry = jar.getJarEntry();
        if (entry.getCrc() < 0 || entry.getSize() < 0) {
            throw new IOException("no checksum or size recorded for " + resource);
        }
        return entry;
    }

    /** The jar's folder name for this machine, as ONNX Runtime names them; empty if it ships none. */
    private static Optional<String> platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.contains("mac") || os.contains("darwin") ? "osx"
                : os.contains("win") ? "win"
                : os.contains("nux") ? "linux" : null;
        String archName = arch.startsWith("amd64") || arch.startsWith("x86_64") ? "x64"
                : arch.startsWith("aarch64") || arch.startsWith("arm64") ? "aarch64" : null;
        return osName == null || archName == null ? Optional.empty() : Optional.of(osName + "-" + archName);
    }

    private record Library(String fileName, URL resource, JarEntry entry) {
    }
}
