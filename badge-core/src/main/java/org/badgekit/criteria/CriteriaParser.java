package org.badgekit.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns one located YAML tree into {@link BadgeCriteria}, reporting every problem it finds on the way. */
final class CriteriaParser {
    /** Reads a file next to the criteria file (the badge image); null when there is none. */
    interface Siblings {
        byte[] read(String relativePath) throws IOException;
    }

    static final int MAX_IMAGE_BYTES = 512 * 1024;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern EXT = Pattern.compile("ext:[A-Za-z0-9._-]+");
    private static final Pattern IMAGE_PATH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");
    private static final Set<String> ACHIEVEMENT_TYPES = Set.of("Achievement", "ApprenticeshipCertificate", "Assessment",
            "Assignment", "AssociateDegree", "Award", "Badge", "BachelorDegree", "Certificate", "CertificateOfCompletion",
            "Certification", "CommunityService", "Competency", "Course", "CoCurricular", "Degree", "Diploma", "DoctoralDegree",
            "Fieldwork", "GeneralEducationDevelopment", "JourneymanCertificate", "LearningProgram", "License", "Membership",
            "ProfessionalDoctorate", "QualityAssuranceCredential", "MasterCertificate", "MasterDegree", "MicroCredential",
            "ResearchDoctorate", "SecondarySchoolDiploma");
    private static final Set<String> TARGET_TYPES = Set.of("ceasn:Competency", "ceterms:Credential", "CFItem", "CFRubric",
            "CFRubricCriterion", "CFRubricCriterionLevel", "CTDL");

    private static final List<String> ROOT_REQUIRED = List.of("id", "version", "status", "changelog", "achievementType",
            "eqfLevel", "name", "shortDescription", "description", "objective", "fieldOfStudy", "areas", "evidence");
    private static final Set<String> ROOT_ALLOWED = union(ROOT_REQUIRED, Set.of("creditsAvailable", "hours", "humanCode",
            "alignments", "tags", "image"));
    private static final List<String> AREA_KEYS = List.of("id", "name", "outcomes", "assessmentCriteria");
    private static final List<String> CHANGE_KEYS = List.of("version", "date", "note");
    private static final List<String> IMAGE_KEYS = List.of("path", "alt");
    private static final List<String> ALIGNMENT_REQUIRED = List.of("framework", "targetName");
    private static final Set<String> ALIGNMENT_ALLOWED = union(ALIGNMENT_REQUIRED,
            Set.of("targetUrl", "targetCode", "targetType", "confirm"));

    private final NodeReader in;
    private final Siblings siblings;

    CriteriaParser(NodeReader in, Siblings siblings) {
        this.in = in;
        this.siblings = siblings;
    }

    /** The criteria, or empty when the file has problems (all of them reported). */
    Optional<BadgeCriteria> parse(JsonNode rootNode, int problemsBefore, List<CriteriaProblem> problems) {
        ObjectNode root = in.object(rootNode, "", ROOT_REQUIRED, ROOT_ALLOWED);
        if (root == null) {
            return Optional.empty();
        }
        String id = in.string(root, "", "id");
        if (id != null && !ID.matcher(id).matches()) {
            in.problem("id", "id '" + id + "' must be lower-case letters and digits joined by single hyphens");
        }
        CriteriaVersion version = version(root.get("version"), "version");
        CriteriaStatus status = status(root);
        List<ChangelogEntry> changelog = in.list(root, "", "changelog", 1, 1000, this::change);
        checkHistory(version, changelog, root);
        String achievementType = achievementType(root);
        Integer eqf = in.integer(root, "", "eqfLevel", 1, 8);
        BigDecimal credits = credits(root);
        Integer hours = in.integer(root, "", "hours", 1, 10_000);
        String humanCode = in.string(root, "", "humanCode");
        LocalizedText name = in.localized(root, "", "name");
        LocalizedText shortDescription = in.localized(root, "", "shortDescription");
        LocalizedText description = in.localized(root, "", "description");
        LocalizedText objective = in.localized(root, "", "objective");
        LocalizedText field = in.localized(root, "", "fieldOfStudy");
        List<CompetenceArea> areas = in.list(root, "", "areas", 4, 6, this::area);
        checkAreaIds(areas);
        List<LocalizedText> evidence = in.list(root, "", "evidence", 1, 20, in::localized);
        List<CriteriaAlignment> alignments = in.list(root, "", "alignments", 0, 50, this::alignment);
        List<LocalizedText> tags = in.list(root, "", "tags", 0, 30, in::localized);
        CriteriaImage image = root.hasNonNull("image") ? image(root.get("image")) : null;
        if (problems.size() > problemsBefore) {
            return Optional.empty();
        }
        return Optional.of(new BadgeCriteria(id, version, status, changelog, achievementType, eqf, Optional.ofNullable(credits),
                Optional.ofNullable(hours), Optional.ofNullable(humanCode), name, shortDescription, description, objective,
                field, areas, evidence, alignments == null ? List.of() : alignments, tags == null ? List.of() : tags,
                Optional.ofNullable(image), in.file()));
    }

    private CriteriaVersion version(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            in.problem(path, "version " + node + " must be quoted text MAJOR.MINOR.PATCH, e.g. \"1.0.0\"");
            return null;
        }
        try {
            return CriteriaVersion.parse(node.asText());
        } catch (IllegalArgumentException e) {
            in.problem(path, e.getMessage());
            return null;
        }
    }

    private CriteriaStatus status(ObjectNode root) {
        String text = in.string(root, "", "status");
        if (text == null) {
            return null;
        }
        Optional<CriteriaStatus> status = CriteriaStatus.fromLabel(text);
        if (status.isEmpty()) {
            in.problem("status", "status '" + text + "' is not one of draft, approved, retired");
        }
        return status.orElse(null);
    }

    private ChangelogEntry change(JsonNode node, String path) {
        ObjectNode entry = in.object(node, path, CHANGE_KEYS, Set.copyOf(CHANGE_KEYS));
        if (entry == null) {
            return null;
        }
        CriteriaVersion version = version(entry.get("version"), LocatedYaml.child(path, "version"));
        String dateText = in.string(entry, path, "date");
        LocalDate date = null;
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                in.problem(LocatedYaml.child(path, "date"), "date '" + dateText + "' is not a calendar date YYYY-MM-DD");
            }
        }
        String note = in.string(entry, path, "note");
        return version == null || date == null || note == null ? null : new ChangelogEntry(version, date, note);
    }

    /** The version may only move forward: newest changelog entry first, and it is the current version. */
    private void checkHistory(CriteriaVersion version, List<ChangelogEntry> changelog, ObjectNode root) {
        if (version == null || changelog == null || changelog.isEmpty() || changelog.size() != root.get("changelog").size()) {
            return;
        }
        CriteriaVersion newest = changelog.get(0).version();
        if (version.isBefore(newest)) {
            in.problem("version", "version " + version + " went backwards: the changelog already records " + newest);
        } else if (newest.isBefore(version)) {
            in.problem("version", "version " + version + " has no changelog entry; add one at the top of 'changelog'");
        }
        for (int i = 1; i < changelog.size(); i++) {
            ChangelogEntry later = changelog.get(i - 1);
            ChangelogEntry earlier = changelog.get(i);
            String path = LocatedYaml.element("changelog", i);
            if (!earlier.version().isBefore(later.version())) {
                in.problem(LocatedYaml.child(path, "version"), "version " + earlier.version() + " must be lower than "
                        + later.version() + " above it; list versions newest first, each once");
            }
            if (earlier.date().isAfter(later.date())) {
                in.problem(LocatedYaml.child(path, "date"), "date " + earlier.date() + " is after " + later.date()
                        + " of the newer version " + later.version());
            }
        }
    }

    private String achievementType(ObjectNode root) {
        String type = in.string(root, "", "achievementType");
        if (type != null && !ACHIEVEMENT_TYPES.contains(type) && !EXT.matcher(type).matches()) {
            in.problem("achievementType", "achievementType '" + type
                    + "' is not an OB 3.0 achievement type (e.g. Badge, Competency, MicroCredential) or ext:Name");
            return null;
        }
        return type;
    }

    private BigDecimal credits(ObjectNode root) {
        JsonNode node = root.get("creditsAvailable");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || node.decimalValue().signum() <= 0) {
            in.problem("creditsAvailable", "expected a positive number of credit points, found " + NodeReader.describe(node));
            return null;
        }
        return node.decimalValue();
    }

    private CompetenceArea area(JsonNode node, String path) {
        ObjectNode area = in.object(node, path, AREA_KEYS, Set.copyOf(AREA_KEYS));
        if (area == null) {
            return null;
        }
        String id = in.string(area, path, "id");
        if (id != null && !ID.matcher(id).matches()) {
            in.problem(LocatedYaml.child(path, "id"), "area id '" + id
                    + "' must be lower-case letters and digits joined by single hyphens");
        }
        LocalizedText name = in.localized(area, path, "name");
        List<LocalizedText> outcomes = in.list(area, path, "outcomes", 1, 12, in::localized);
        List<LocalizedText> criteria = in.list(area, path, "assessmentCriteria", 1, 12, in::localized);
        if (id == null || name == null || outcomes == null || criteria == null) {
            return null;
        }
        return new CompetenceArea(id, name, outcomes, criteria);
    }

    private void checkAreaIds(List<CompetenceArea> areas) {
        if (areas == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < areas.size(); i++) {
            if (!seen.add(areas.get(i).id())) {
                in.problem(LocatedYaml.child(LocatedYaml.element("areas", i), "id"),
                        "area id '" + areas.get(i).id() + "' is used twice; each area needs its own id");
            }
        }
    }

    private CriteriaAlignment alignment(JsonNode node, String path) {
        ObjectNode alignment = in.object(node, path, ALIGNMENT_REQUIRED, ALIGNMENT_ALLOWED);
        if (alignment == null) {
            return null;
        }
        String framework = in.string(alignment, path, "framework");
        String targetName = in.string(alignment, path, "targetName");
        String code = in.string(alignment, path, "targetCode");
        String type = in.string(alignment, path, "targetType");
        if (type != null && !TARGET_TYPES.contains(type) && !EXT.matcher(type).matches()) {
            in.problem(LocatedYaml.child(path, "targetType"), "targetType '" + type
                    + "' is not an OB 3.0 alignment target type (e.g. ceasn:Competency, CFItem) or ext:Name");
        }
        JsonNode confirmNode = alignment.get("confirm");
        boolean confirm = false;
        if (confirmNode != null && !confirmNode.isNull()) {
            if (!confirmNode.isBoolean()) {
                in.problem(LocatedYaml.child(path, "confirm"), "expected true or false, found " + NodeReader.describe(confirmNode));
            } else {
                confirm = confirmNode.booleanValue();
            }
        }
        URI url = targetUrl(alignment, path, confirm);
        if (framework == null || targetName == null) {
            return null;
        }
        return new CriteriaAlignment(framework, targetName, Optional.ofNullable(url), Optional.ofNullable(code),
                Optional.ofNullable(type), confirm);
    }

    private URI targetUrl(ObjectNode alignment, String path, boolean confirm) {
        String at = LocatedYaml.child(path, "targetUrl");
        JsonNode node = alignment.get("targetUrl");
        if (node == null || node.isNull()) {
            if (!confirm) {
                in.problem(at, "required field 'targetUrl' is missing; give the framework entry's URI, or set"
                        + " 'confirm: true' while the partners look it up");
            }
            return null;
        }
        String text = in.string(alignment, path, "targetUrl");
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty()) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below with the same message as a URI without a host
        }
        in.problem(at, "targetUrl '" + text + "' is not an absolute http(s) URL with a host, e.g. "
                + "http://data.europa.eu/esco/skill/...");
        return null;
    }

    private CriteriaImage image(JsonNode node) {
        ObjectNode image = in.object(node, "image", IMAGE_KEYS, Set.copyOf(IMAGE_KEYS));
        if (image == null) {
            return null;
        }
        String path = in.string(image, "image", "path");
        LocalizedText alt = in.localized(image, "image", "alt");
        if (path == null) {
            return null;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        String mediaType = lower.endsWith(".svg") ? "image/svg+xml" : lower.endsWith(".png") ? "image/png" : null;
        if (!IMAGE_PATH.matcher(path).matches() || path.contains("..") || mediaType == null) {
            in.problem("image.path", "image path '" + path
                    + "' must be a .svg or .png file below the criteria folder, written with '/' and without '..'");
            return null;
        }
        byte[] bytes;
        try {
            bytes = siblings.read(path);
        } catch (IOException e) {
            in.problem("image.path", "cannot read image '" + path + "': " + e.getMessage());
            return null;
        }
        if (bytes == null) {
            in.problem("image.path", "image '" + path + "' does not exist next to the criteria file");
            return null;
        }
        if (bytes.length > MAX_IMAGE_BYTES) {
            in.problem("image.path", "image '" + path + "' has " + bytes.length + " bytes; the limit is " + MAX_IMAGE_BYTES);
            return null;
        }
        if (alt == null) {
            return null;
        }
        String dataUri = "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
        return new CriteriaImage(path, mediaType, dataUri, alt);
    }

    private static Set<String> union(List<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
