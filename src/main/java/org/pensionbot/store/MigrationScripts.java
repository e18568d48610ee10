package org.pensionbot.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the migration scripts on the classpath, both in {@code target/classes} during development
 * and inside the shaded jar.
 *
 * <p>Portable scripts live in {@code <location>/}; a dialect that needs different SQL for a
 * version puts its own file in {@code <location>/sqlite/} or {@code <location>/postgresql/},
 * which then replaces the portable file of the same version. Adding a migration is dropping in a
 * file with the next free version number: no list to update.
 */
final class MigrationScripts {

    private static final Pattern NAME = Pattern.compile("V([0-9]+)__([A-Za-z0-9_-]+)\\.sql");

    private MigrationScripts() {
    }

    /** The scripts for {@code dialect}, lowest version first; a misnamed file or a version used twice fails. */
    static List<MigrationScript> load(String location, Dialect dialect) {
        Map<Integer, MigrationScript> byVersion = new TreeMap<>();
        for (MigrationScript script : read(location)) {
            byVersion.put(script.version(), script);
        }
        for (MigrationScript script : read(location + "/" + dialect.folder())) {
            byVersion.put(script.version(), script);
        }
        if (byVersion.isEmpty()) {
            throw new StoreException("No database migrations found on the classpath at " + location + "/ (is the jar complete?)");
        }
        return List.copyOf(byVersion.values());
    }

    private static List<MigrationScript> read(String folder) {
        Map<Integer, MigrationScript> byVersion = new TreeMap<>();
        for (String name : fileNames(folder)) {
            if (!name.endsWith(".sql")) {
                continue;
            }
            Matcher matcher = NAME.matcher(name);
            if (!matcher.matches()) {
                throw new StoreException("Migration " + folder + "/" + name
                        + " is misnamed: expected V<version>__<description>.sql, e.g. V2__reminders.sql");
            }
            MigrationScript script = new MigrationScript(Integer.parseInt(matcher.group(1)),
                    matcher.group(2).replace('_', ' '), folder + "/" + name, readResource(folder + "/" + name));
            MigrationScript clash = byVersion.put(script.version(), script);
            if (clash != null) {
                throw new StoreException("Migrations " + clash.resource() + " and " + script.resource()
                        + " have the same version " + script.version() + "; give one the next free number");
            }
        }
        return List.copyOf(byVersion.values());
    }

    /** Names of the files directly in a classpath folder, from every classpath root that has it. */
    private static TreeSet<String> fileNames(String folder) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = classLoader().getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                switch (root.getProtocol()) {
                    case "file" -> names.addAll(filesInDirectory(Path.of(root.toURI())));
                    case "jar" -> names.addAll(filesInJar((JarURLConnection) root.openConnection(), folder));
                    default -> throw new StoreException("Cannot list migrations in " + root + ": unsupported classpath location");
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new StoreException("Cannot list database migrations in " + folder + ": " + e, e);
        }
        return names;
    }

    private static List<String> filesInDirectory(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }

    private static List<String> filesInJar(JarURLConnection connection, String folder) throws IOException {
        // The jar file is cached and shared by the class loader: read it, never close it.
        List<String> names = new ArrayList<>();
        String prefix = folder + "/";
        for (Enumeration<JarEntry> entries = connection.getJarFile().entries(); entries.hasMoreElements(); ) {
            String entry = entries.nextElement().getName();
            if (entry.startsWith(prefix) && entry.length() > prefix.length() && entry.indexOf('/', prefix.length()) < 0) {
                names.add(entry.substring(prefix.length()));
            }
        }
        return names;
    }

    private static String readResource(String resource) {
        try (InputStream in = classLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException("Cannot read migration " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot read migration " + resource + ": " + e, e);
        }
    }

    private static ClassLoader classLoader() {
        return MigrationScripts.class.getClassLoader();
    }
}
