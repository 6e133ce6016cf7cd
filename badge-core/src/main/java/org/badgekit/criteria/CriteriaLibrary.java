package org.badgekit.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.badgekit.BadgeException;

/**
 * The badge criteria of a folder (normally {@code criteria/}) or of the copy bundled in the jar: immutable, sorted by id.
 *
 * <p>{@link #check(Path, Map)} reads every {@code *.yaml} file of a folder and collects every problem instead of stopping at the
 * first: unknown keys, missing fields, a language missing a text, malformed alignment URLs, ids used by two files, and versions
 * that went backwards (against the file's own changelog and against a map of last known versions, e.g. from the main branch).
 * When the folder has an {@code index.txt} (the list the jar is built from), it must name exactly the folder's criteria files.
 */
public final class CriteriaLibrary {
    /** The list of bundled files, one name per line, in the folder and in the jar. */
    public static final String INDEX = "index.txt";
    private static final String BUNDLED = "/org/badgekit/criteria/bundled/";

    private final Map<String, BadgeCriteria> byId;

    CriteriaLibrary(List<BadgeCriteria> criteria) {
        Map<String, BadgeCriteria> map = new LinkedHashMap<>();
        criteria.stream().sorted(Comparator.comparing(BadgeCriteria::id)).forEach(c -> map.put(c.id(), c));
        this.byId = java.util.Collections.unmodifiableMap(map);
    }

    /**
     * Loads every criteria file of {@code dir}.
     *
     * @throws BadgeException {@code NOT_FOUND} when the folder does not exist; {@code INVALID_INPUT} naming the first problem
     */
    public static CriteriaLibrary load(Path dir) throws BadgeException {
        return check(dir).library();
    }

    /**
     * The criteria bundled in the jar (copied from {@code criteria/} at build time).
     *
     * @throws BadgeException {@code INTERNAL} when the bundle is missing or broken: the build should have prevented that
     */
    public static CriteriaLibrary bundled() throws BadgeException {
        CriteriaReport report = checkBundled();
        if (!report.clean()) {
            throw new BadgeException(BadgeException.Code.INTERNAL, "bundled criteria have problems: " + report.problems().get(0));
        }
        return report.library();
    }

    /** Checks every criteria file of {@code dir}; see {@link #check(Path, Map)}. */
    public static CriteriaReport check(Path dir) throws BadgeException {
        return check(dir, Map.of());
    }

    /**
     * Checks every {@code *.yaml} file of {@code dir}, collecting all problems.
     *
     * @param lastKnown last released version per badge id (e.g. read from the main branch); a lower version is a problem
     * @throws BadgeException {@code NOT_FOUND} when {@code dir} is not a folder, {@code IO_ERROR} when it cannot be listed
     */
    public static CriteriaReport check(Path dir, Map<String, CriteriaVersion> lastKnown) throws BadgeException {
        if (!Files.isDirectory(dir)) {
            throw new BadgeException(BadgeException.Code.NOT_FOUND, "criteria folder " + dir + " does not exist", dir.toString(),
                    null);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir, "*.{yaml,yml}")) {
            listing.forEach(files::add);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, "cannot list criteria folder " + dir + ": " + e.getMessage(),
                    dir.toString(), e);
        }
        files.sort(Comparator.comparing(path -> path.getFileName().toString()));
        Checker checker = new Checker(lastKnown);
        for (Path file : files) {
            Path folder = file.getParent();
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                checker.problems.add(new CriteriaProblem(file.toString(), 1, "", "cannot read file: " + e.getMessage()));
                continue;
            }
            checker.add(file.toString(), bytes, relative -> readSibling(folder, relative));
        }
        checkIndex(dir, files, checker.problems);
        return checker.report();
    }

    /** Checks the criteria bundled in the jar, as {@link #check(Path, Map)} does for a folder. */
    public static CriteriaReport checkBundled() throws BadgeException {
        byte[] index = resource(INDEX);
        if (index == null) {
            throw new BadgeException(BadgeException.Code.INTERNAL,
                    "the jar has no " + BUNDLED.substring(1) + INDEX + "; rebuild badge-core so that criteria/ is bundled");
        }
        Checker checker = new Checker(Map.of());
        for (String name : indexEntries(index)) {
            byte[] bytes = resource(name);
            if (bytes == null) {
                checker.problems.add(new CriteriaProblem("bundled/" + INDEX, 1, "", "lists " + name + ", which is not bundled"));
                continue;
            }
            checker.add("bundled/" + name, bytes, CriteriaLibrary::resource);
        }
        return checker.report();
    }

    /** Every badge, sorted by id. */
    public List<BadgeCriteria> all() {
        return List.copyOf(byId.values());
    }

    /** The badge with {@code id}, if there is one. */
    public Optional<BadgeCriteria> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The badge with {@code id}.
     *
     * @throws BadgeException {@code NOT_FOUND} naming the id and the ids there are
     */
    public BadgeCriteria get(String id) throws BadgeException {
        BadgeCriteria criteria = byId.get(id);
        if (criteria == null) {
            throw new BadgeException(BadgeException.Code.NOT_FOUND,
                    "no badge criteria with id '" + id + "'; known ids: " + String.join(", ", byId.keySet()));
        }
        return criteria;
    }

    /** The current version of every badge, e.g. to pass as last known versions when checking a changed folder. */
    public Map<String, CriteriaVersion> versions() {
        Map<String, CriteriaVersion> versions = new LinkedHashMap<>();
        byId.values().forEach(c -> versions.put(c.id(), c.version()));
        return versions;
    }

    private static void checkIndex(Path dir, List<Path> files, List<CriteriaProblem> problems) throws BadgeException {
        Path indexFile = dir.resolve(INDEX);
        if (!Files.isRegularFile(indexFile)) {
            return;
        }
        List<String> lines;
        try {
            lines = new String(Files.readAllBytes(indexFile), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, "cannot read " + indexFile + ": " + e.getMessage(),
                    indexFile.toString(), e);
        }
        List<String> listed = lines.stream().map(CriteriaLibrary::indexEntry).toList();
        List<String> present = files.stream().map(path -> path.getFileName().toString()).toList();
        for (String name : present) {
            if (!listed.contains(name)) {
                problems.add(new CriteriaProblem(indexFile.toString(), lines.size() + 1, "", name
                        + " is not listed, so the jar would not bundle it; add a line '" + name + "'"));
            }
        }
        for (int i = 0; i < listed.size(); i++) {
            String name = listed.get(i);
            if (!name.isEmpty() && !present.contains(name)) {
                problems.add(new CriteriaProblem(indexFile.toString(), i + 1, "", "lists " + name + ", which is not in " + dir));
            }
        }
    }

    /** The file name on one index line; empty for blank and comment lines. */
    private static String indexEntry(String line) {
        String entry = line.strip();
        return entry.startsWith("#") ? "" : entry;
    }

    private static List<String> indexEntries(byte[] index) {
        return new String(index, StandardCharsets.UTF_8).lines().map(CriteriaLibrary::indexEntry)
                .filter(entry -> !entry.isEmpty()).toList();
    }

    private static byte[] readSibling(Path folder, String relative) throws IOException {
        Path file = folder.resolve(relative).normalize();
        if (!file.startsWith(folder.normalize())) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = CriteriaLibrary.class.getResourceAsStream(BUNDLED + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /** Reads files one by one, then looks across them for ids used twice and versions that went backwards. */
    private static final class Checker {
        private final Map<String, CriteriaVersion> lastKnown;
        private final List<CriteriaProblem> problems = new ArrayList<>();
        private final List<BadgeCriteria> criteria = new ArrayList<>();
        private final Map<String, String> firstFileById = new HashMap<>();

        Checker(Map<String, CriteriaVersion> lastKnown) {
            this.lastKnown = Map.copyOf(lastKnown);
        }

        void add(String file, byte[] bytes, CriteriaParser.Siblings siblings) {
            int before = problems.size();
            LocatedYaml yaml = LocatedYaml.read(file, bytes, problems);
            if (yaml == null) {
                return;
            }
            NodeReader reader = new NodeReader(file, yaml, problems);
            String id = yaml.root().path("id").isTextual() ? yaml.root().path("id").asText().strip() : null;
            if (id != null && firstFileById.containsKey(id)) {
                reader.problem("id", "id '" + id + "' is already used by " + firstFileById.get(id)
                        + "; every badge needs its own id");
            } else if (id != null) {
                firstFileById.put(id, file);
            }
            Optional<BadgeCriteria> parsed = new CriteriaParser(reader, siblings).parse(yaml.root(), before, problems);
            sortByLine(before);
            parsed.ifPresent(badge -> {
                CriteriaVersion known = lastKnown.get(badge.id());
                if (known != null && badge.version().isBefore(known)) {
                    reader.problem("version", "version " + badge.version() + " went backwards: the last known version of "
                            + badge.id() + " is " + known);
                    return;
                }
                if (problems.size() == before) {
                    criteria.add(badge);
                }
            });
        }

        /** A file's problems in line order, so that the list reads top to bottom like the file. */
        private void sortByLine(int from) {
            List<CriteriaProblem> ofFile = new ArrayList<>(problems.subList(from, problems.size()));
            ofFile.sort(Comparator.comparingInt(CriteriaProblem::line));
            problems.subList(from, problems.size()).clear();
            problems.addAll(ofFile);
        }

        CriteriaReport report() {
            criteria.sort(Comparator.comparing(BadgeCriteria::id));
            return new CriteriaReport(criteria, problems);
        }
    }
}
