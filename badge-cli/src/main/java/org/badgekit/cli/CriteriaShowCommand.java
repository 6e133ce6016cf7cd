package org.badgekit.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.badgekit.criteria.BadgeCriteria;
import org.badgekit.criteria.CriteriaCompiler;
import org.badgekit.criteria.CriteriaPage;
import org.badgekit.criteria.LocalizedText;
import org.badgekit.json.JsonCodec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code badge criteria show ID}: the badge's criteria page in one language, or the compiled OB 3.0 Achievement. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show one badge's criteria: a readable page (text or Markdown) or the compiled OB 3.0 Achievement (json).")
final class CriteriaShowCommand implements Callable<Integer> {
    private static final List<String> FORMATS = List.of("text", "markdown", "json");

    @Parameters(index = "0", paramLabel = "ID", description = "Badge id, e.g. workplace-instructor.")
    String id;

    @Option(names = "--lang", paramLabel = "L", defaultValue = "en",
            description = "Language: en, fi, et, lv or nl (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--base-uri", paramLabel = "URI",
            description = "With --format json: the Achievement id becomes URI/ID/vVERSION (default: a urn:badgekit:criteria: URN).")
    String baseUri;

    @Option(names = "--dir", paramLabel = "DIR", description = "Criteria folder (default: ./criteria, else the bundled criteria).")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String lang = language.toLowerCase(Locale.ROOT);
        if (!LocalizedText.isSupported(lang)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang '" + language + "' is not one of "
                    + String.join(", ", LocalizedText.LANGUAGES));
        }
        String kind = format.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(kind)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format '" + format + "' is not one of "
                    + String.join(", ", FORMATS));
        }
        BadgeCriteria badge = CriteriaSource.resolve(dir).load().get(id);
        PrintWriter out = spec.commandLine().getOut();
        switch (kind) {
            case "markdown":
                out.print(CriteriaPage.of(badge, lang).markdown());
                break;
            case "json":
                out.println(JsonCodec.writePretty(CriteriaCompiler.toJson(
                        CriteriaCompiler.toAchievement(badge, lang, achievementId(badge)))));
                break;
            default:
                out.print(CriteriaPage.of(badge, lang).text());
        }
        out.flush();
        return ExitCode.OK;
    }

    private URI achievementId(BadgeCriteria badge) {
        if (baseUri == null) {
            return URI.create("urn:badgekit:criteria:" + badge.id() + ":v" + badge.version());
        }
        try {
            URI base = new URI(baseUri);
            if (!base.isAbsolute()) {
                throw new URISyntaxException(baseUri, "not absolute");
            }
            return CriteriaCompiler.achievementId(base, badge);
        } catch (URISyntaxException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--base-uri '" + baseUri + "' is not an absolute URI, e.g. https://issuer.example/badges");
        }
    }
}
