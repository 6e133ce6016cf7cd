package org.badgekit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.badgekit.BadgeException;
import org.badgekit.bake.Baker;
import org.badgekit.bake.ImageFormat;
import org.badgekit.issue.BadgeFormat;
import org.badgekit.issue.BadgeImages;
import org.badgekit.issue.EvidenceItem;
import org.badgekit.issue.IssueRequest;
import org.badgekit.issue.IssuedBadge;
import org.badgekit.issue.Issuer;
import org.badgekit.issue.LedgerEntry;
import org.badgekit.issue.ProofFormat;
import org.badgekit.issue.Recipient;
import org.badgekit.json.JsonCodec;

/**
 * {@code POST /badges/issue[?bake=png|svg]}: one badge from the fields of a batch row ({@code email}, {@code badge},
 * {@code name}, {@code lang}, {@code valid_until}, {@code evidence_url}, {@code evidence_narrative}, {@code ref}) plus
 * {@code format} ({@code ob3}|{@code ob2}), {@code proof} ({@code di}|{@code jwt}|{@code hosted}) and {@code plain}, issued
 * by the workspace {@link Issuer} exactly like {@code badge issue}. Answers 201 with the credential (OB 3.0: as
 * {@code verifiableCredential}, VC-JWTs enveloped), the raw {@code payload}, and with {@code bake} the baked picture as
 * {@code image: {"mediaType", "base64"}}.
 */
final class BadgeIssueEndpoint {
    static final String PATH = "/badges/issue";
    private static final List<String> FIELDS = List.of("email", "name", "badge", "lang", "valid_until", "evidence_url",
            "evidence_narrative", "ref", "format", "proof", "plain");

    private final Issuer issuer;
    private final IssuanceStore store;
    private final BadgeImages images = new BadgeImages();
    private final Clock clock;

    BadgeIssueEndpoint(Issuer issuer, IssuanceStore store, Clock clock) {
        this.issuer = issuer;
        this.store = store;
        this.clock = clock;
    }

    ApiResponse handle(ApiRequest request) throws BadgeException {
        ObjectNode body = request.jsonObject();
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw CredentialRules.invalid("/" + name, "unknown field '" + name + "'; expected some of " + String.join(", ", FIELDS));
            }
        }
        ImageFormat bake = bakeFormat(request.query().get("bake"));
        String email = text(body, "email", true);
        Recipient recipient;
        try {
            recipient = Recipient.email(email);
        } catch (BadgeException e) {
            throw CredentialRules.invalid("/email", e.getMessage());
        }
        boolean plain = body.path("plain").asBoolean(false);
        IssueRequest.Builder builder = IssueRequest.newBuilder(text(body, "badge", true), plain ? recipient.plain() : recipient)
                .recipientName(text(body, "name", false)).language(text(body, "lang", false))
                .validUntil(date(text(body, "valid_until", false)))
                .format(parse("/format", () -> BadgeFormat.parse(body.path("format").asText("ob3"))))
                .proof(parse("/proof", () -> ProofFormat.parse(body.path("proof").asText("di"))));
        String evidenceUrl = text(body, "evidence_url", false);
        String narrative = text(body, "evidence_narrative", false);
        if (evidenceUrl != null && !(evidenceUrl.startsWith("https://") || evidenceUrl.startsWith("http://"))) {
            throw CredentialRules.invalid("/evidence_url", "evidence_url '" + evidenceUrl + "' is not an absolute http(s) URL");
        }
        if (evidenceUrl != null || narrative != null) {
            builder.addEvidence(EvidenceItem.of(evidenceUrl, narrative));
        }
        IssueRequest issueRequest = builder.build();
        String ref = text(body, "ref", false);
        String endpoint = PATH + (bake == null ? "" : "?bake=" + bake);
        return store.issueOnce(endpoint, request.idempotencyKey(), request.body(), rowKey -> {
            IssuedBadge issued;
            try {
                issued = issuer.issue(issueRequest);
            } catch (BadgeException e) {
                throw e.code() == BadgeException.Code.NOT_FOUND ? CredentialRules.invalid("/badge", e.getMessage()) : e;
            }
            ObjectNode answer = answer(issued, bake);
            LedgerEntry entry = new LedgerEntry(issued.id(), IssuanceStore.BATCH, IssuanceStore.rowKey(rowKey, issued.id()), 0,
                    ref, issued.recipientHash(), store.ledger().emailKey(recipient.identity()), issued.badgeId(),
                    issued.badgeVersion(), issued.statusIndex(), clock.instant(), List.of(store.archiveFile(issued.id()).toString()));
            Integer list = issued.statusListUrl() == null ? null : listNumber(issued.statusListUrl());
            return new IssuanceStore.Issued(issued.id(), 201, answer, entry, list);
        });
    }

    private ObjectNode answer(IssuedBadge issued, ImageFormat bake) throws BadgeException {
        ObjectNode answer = JsonCodec.mapper().createObjectNode();
        answer.put("id", issued.id());
        answer.put("badge", issued.badgeId());
        answer.put("version", issued.badgeVersion());
        answer.put("language", issued.language());
        answer.put("format", issued.format().value());
        answer.put("proof", issued.proof().value());
        if (issued.format() == BadgeFormat.OB3 && issued.isJws()) {
            ObjectNode envelope = answer.putObject("verifiableCredential");
            envelope.put("@context", CredentialRules.VC2_CONTEXT);
            envelope.put("type", "EnvelopedVerifiableCredential");
            envelope.put("id", "data:application/vc+jwt," + issued.payload());
        } else if (issued.format() == BadgeFormat.OB3) {
            answer.set("verifiableCredential", issued.document());
        } else {
            answer.set("assertion", issued.document());
        }
        answer.put("payload", issued.payload());
        if (bake != null) {
            byte[] base = images.imageFor(issuer.criteria().get(issued.badgeId()), issued.language(), bake);
            byte[] baked = Baker.create().bake(base, issued.bakedPayload());
            answer.putObject("image").put("mediaType", bake == ImageFormat.PNG ? "image/png" : "image/svg+xml")
                    .put("base64", Base64.getEncoder().encodeToString(baked));
        }
        return answer;
    }

    /** The list number in a status list URL made from the workspace template ({@code .../revocation-N.json}). */
    private static Integer listNumber(String url) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("-([0-9]+)\\.json$").matcher(url);
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }

    private static ImageFormat bakeFormat(String bake) throws BadgeException {
        if (bake == null) {
            return null;
        }
        return switch (bake.toLowerCase(Locale.ROOT)) {
            case "png" -> ImageFormat.PNG;
            case "svg" -> ImageFormat.SVG;
            default -> throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "bake '" + bake + "' is not one of png, svg");
        };
    }

    private static String text(ObjectNode body, String name, boolean required) throws BadgeException {
        JsonNode value = body.get(name);
        if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
            if (required) {
                throw CredentialRules.invalid("/" + name, name + " is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw CredentialRules.invalid("/" + name, name + " must be a string");
        }
        return value.asText().trim();
    }

    private static Instant date(String text) throws BadgeException {
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw CredentialRules.invalid("/valid_until", "valid_until '" + text
                    + "' is not a date YYYY-MM-DD or a timestamp like 2027-05-31T23:59:59Z");
        }
    }

    @FunctionalInterface
    private interface Parse<T> {
        T get() throws BadgeException;
    }

    private static <T> T parse(String pointer, Parse<T> parse) throws BadgeException {
        try {
            return parse.get();
        } catch (BadgeException e) {
            throw CredentialRules.invalid(pointer, e.getMessage());
        }
    }
}
