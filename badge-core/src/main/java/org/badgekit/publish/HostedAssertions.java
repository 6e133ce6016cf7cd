package org.badgekit.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.badgekit.BadgeException;
import org.badgekit.bake.BakedPayload;
import org.badgekit.bake.Baker;
import org.badgekit.bake.PayloadKind;
import org.badgekit.json.JsonCodec;

/**
 * Collects the OB 2.0 hosted assertions to publish: JSON files and baked PNG/SVG images below the given folders whose
 * assertion id is a URL under the site's {@code assertions/} folder and whose {@code verification.type} is {@code HostedBadge}
 * (or {@code hosted}, also as the older {@code verify}). Files
 * that are not such assertions are skipped: output folders also hold OB 3.0 credentials, images and reports.
 */
final class HostedAssertions {
    /** How deep below a source folder files are looked for. */
    static final int MAX_DEPTH = 6;

    private final String assertionsUrl;
    private final SortedMap<String, ObjectNode> found = new TreeMap<>();
    private final List<String> skipped = new ArrayList<>();

    HostedAssertions(String assertionsUrl) {
        this.assertionsUrl = assertionsUrl;
    }

    /** Scans a folder (recursively) or one file. */
    void scan(Path source) throws BadgeException {
        if (Files.isRegularFile(source)) {
            consider(source);
            return;
        }
        if (!Files.isDirectory(source)) {
            throw new BadgeException(BadgeException.Code.NOT_FOUND, source + ": no such file or folder to take hosted "
                    + "assertions from", source.toString(), null);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source, MAX_DEPTH)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, source + ": cannot list: " + e.getMessage(), source.toString(),
                    e);
        }
        for (Path file : files) {
            consider(file);
        }
    }

    /** Assertion id to assertion, sorted by id. */
    SortedMap<String, ObjectNode> assertions() {
        return found;
    }

    /** Files that looked like assertions but could not be read, with why. */
    List<String> skipped() {
        return List.copyOf(skipped);
    }

    private void consider(Path file) throws BadgeException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        JsonNode document;
        try {
            if (name.endsWith(".json")) {
                document = JsonCodec.parse(file.toString(), Files.readAllBytes(file));
            } else if (name.endsWith(".png") || name.endsWith(".svg")) {
                BakedPayload payload = Baker.create().extract(file);
                if (payload.kind() != PayloadKind.OB2_JSON) {
                    return;
                }
                document = JsonCodec.parse(file.toString(), payload.payload());
            } else {
                return;
            }
        } catch (BadgeException e) {
            if (name.endsWith(".json")) {
                skipped.add(file + ": " + e.getMessage());
            }
            return;
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot read: " + e.getMessage(), file.toString(), e);
        }
        String id = document.path("id").asText("");
        String type = document.path("verification").path("type").asText(document.path("verify").path("type").asText(""));
        boolean hosted = type.equalsIgnoreCase("hosted") || type.equals("HostedBadge");
        if (!document.isObject() || !hosted || !id.startsWith(assertionsUrl) || document.path("revoked").asBoolean(false)) {
            return;
        }
        ObjectNode previous = found.putIfAbsent(id, (ObjectNode) document);
        if (previous != null && !previous.equals(document)) {
            throw new BadgeException(BadgeException.Code.INVALID_INPUT, file + ": holds assertion " + id + " with content "
                    + "different from another file holding the same id", file.toString(), null);
        }
    }
}
