package org.badgekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CriteriaCommandsTest {
    @TempDir
    Path temp;

    @Test
    void listJsonNamesBothBadgesWithVersionsAndLanguages() throws Exception {
        CliRun run = CliRun.of("criteria", "list", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = JsonCodec.parse("stdout", run.out());
        assertThat(json.path("criteria")).extracting(entry -> entry.path("id").asText())
                .containsExactly("learning-ambassador", "workplace-instructor");
        for (JsonNode entry : json.path("criteria")) {
            assertThat(entry.path("version").asText()).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(entry.path("status").asText()).isEqualTo("draft");
            assertThat(entry.path("languages")).extracting(JsonNode::asText).containsExactly("en", "fi", "et", "lv", "nl");
        }
        assertThat(json.path("criteria").get(1).path("name").path("nl").asText()).isEqualTo("Praktijkopleider");
    }

    @Test
    void listPrintsATableOfBadges() {
        CliRun run = CliRun.of("criteria", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^ID\\s+VERSION\\s+STATUS\\s+LANGUAGES\\s+NAME")
                .containsPattern("(?m)^learning-ambassador\\s+0\\.1\\.0\\s+draft\\s+en fi et lv nl\\s+Learning Ambassador$")
                .containsPattern("(?m)^workplace-instructor\\s+0\\.1\\.0\\s+draft\\s+en fi et lv nl\\s+Workplace Instructor$");
    }

    @Test
    void checkPassesOnTheProjectCriteriaFolder() {
        CliRun run = CliRun.of("criteria", "check", projectCriteria().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("2 badges, no problems", "workplace-instructor 0.1.0");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void checkWithoutAFolderChecksTheBundledCriteria() {
        CliRun run = CliRun.of("criteria", "check");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("bundled criteria: 2 badges, no problems");
    }

    @Test
    void checkReportsEveryProblemOnItsOwnLineAndExitsWithThree() throws IOException {
        String original = Files.readString(projectCriteria().resolve("workplace-instructor.yaml"));
        String broken = original.replace("  lv: Mācību meistars darba vietā\n", "")
                .replace("eqfLevel: 4\n", "eqfLevel: 4\ncolour: green\n")
                .replace("    targetName: assess students\n", "    targetName: assess students\n    targetUrl: not a url\n");
        Files.writeString(temp.resolve("workplace-instructor.yaml"), broken);
        Files.createDirectories(temp.resolve("images"));
        Files.copy(projectCriteria().resolve("images/workplace-instructor.svg"), temp.resolve("images/workplace-instructor.svg"));
        String file = temp.resolve("workplace-instructor.yaml").toString();

        CliRun run = CliRun.of("criteria", "check", temp.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out().lines()).containsExactly(
                file + ":" + lineOf(broken, "colour: green") + ": colour: unknown key 'colour'; expected one of "
                        + "achievementType, alignments, areas, changelog, creditsAvailable, description, eqfLevel, evidence, "
                        + "fieldOfStudy, hours, humanCode, id, image, name, objective, shortDescription, status, tags, version",
                file + ":" + lineOf(broken, "name:") + ": name.lv: missing the Latvian (lv) text",
                file + ":" + lineOf(broken, "    targetUrl: not a url") + ": alignments[2].targetUrl: targetUrl 'not a url' is"
                        + " not an absolute http(s) URL with a host, e.g. http://data.europa.eu/esco/skill/...");
        assertThat(run.err()).contains("3 problems").doesNotContain("at org.");
    }

    @Test
    void checkRejectsAVersionLowerThanTheBaseline() throws IOException {
        Path current = Files.createDirectories(temp.resolve("current"));
        Path baseline = Files.createDirectories(temp.resolve("baseline"));
        String original = Files.readString(projectCriteria().resolve("learning-ambassador.yaml"))
                .replace("image:\n  path: images/learning-ambassador.svg", "image-removed:\n  path: x")
                .replaceAll("(?s)image-removed:.*\\z", "");
        Files.writeString(current.resolve("learning-ambassador.yaml"), original);
        Files.writeString(baseline.resolve("learning-ambassador.yaml"), original
                .replace("version: \"0.1.0\"\nstatus", "version: \"0.2.0\"\nstatus")
                .replace("changelog:\n", "changelog:\n  - version: \"0.2.0\"\n    date: \"2026-11-29\"\n    note: wording\n"));

        CliRun run = CliRun.of("criteria", "check", current.toString(), "--baseline", baseline.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).contains(": version: version 0.1.0 went backwards: the last known version of "
                + "learning-ambassador is 0.2.0");
        assertThat(CliRun.of("criteria", "check", baseline.toString(), "--baseline", current.toString()).exitCode()).isZero();
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("en", "WORKPLACE INSTRUCTOR", "Competence areas", "Assessing skills demonstrations",
                        "Contacts the teacher without delay"),
                Arguments.of("fi", "TYÖPAIKKAOHJAAJA", "Osaamisalueet", "Näyttöjen arviointi",
                        "Ottaa viipymättä yhteyttä opettajaan"),
                Arguments.of("et", "TÖÖKOHAJUHENDAJA", "Pädevusvaldkonnad", "Oskuste demonstreerimise hindamine",
                        "Võtab viivitamata ühendust õpetajaga"),
                Arguments.of("lv", "MĀCĪBU MEISTARS DARBA VIETĀ", "Kompetenču jomas", "Prasmju demonstrējumu vērtēšana",
                        "Nekavējoties sazinās ar skolotāju"),
                Arguments.of("nl", "PRAKTIJKOPLEIDER", "Competentiegebieden", "Praktijkexamens beoordelen",
                        "Neemt direct contact op met de docent"));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void showPrintsTheWorkplaceInstructorPageInEachLanguage(String language, String title, String areasHeading,
            String areaName, String criterion) {
        CliRun run = CliRun.of("criteria", "show", "workplace-instructor", "--lang", language);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(title + "\n").contains(areasHeading, "4. " + areaName, criterion);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void showMarkdownIsAReviewPage() {
        CliRun run = CliRun.of("criteria", "show", "learning-ambassador", "--lang", "et", "--format", "markdown");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# Õppimise saadik\n")
                .contains("| Staatus | kavand, projektipartnerid kinnitavad |", "## Pädevuse eesmärk",
                        "### 5. Rahvusvahelise õpirände edendamine", "**Hindamiskriteeriumid**",
                        "ESCO: vocational teacher (vajab kinnitamist)", "## Muudatuste ajalugu");
    }

    @Test
    void showJsonPrintsTheCompiledAchievement() throws Exception {
        CliRun run = CliRun.of("criteria", "show", "workplace-instructor", "--lang", "nl", "--format", "json",
                "--base-uri", "https://issuer.example/badges");

        assertThat(run.exitCode()).isZero();
        JsonNode achievement = JsonCodec.parse("stdout", run.out());
        assertThat(achievement.path("id").asText()).isEqualTo("https://issuer.example/badges/workplace-instructor/v0.1.0");
        assertThat(achievement.path("type").get(0).asText()).isEqualTo("Achievement");
        assertThat(achievement.path("name").asText()).isEqualTo("Praktijkopleider");
        assertThat(achievement.path("inLanguage").asText()).isEqualTo("nl");
        assertThat(achievement.path("criteria").path("narrative").asText()).contains("## Competentiedoel");
    }

    @Test
    void showRejectsAnUnknownLanguageOrFormatAsUsageErrors() {
        CliRun language = CliRun.of("criteria", "show", "workplace-instructor", "--lang", "de");
        assertThat(language.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(language.err()).contains("--lang 'de' is not one of en, fi, et, lv, nl");

        CliRun format = CliRun.of("criteria", "show", "workplace-instructor", "--format", "pdf");
        assertThat(format.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(format.err()).contains("--format 'pdf'");
    }

    @Test
    void showOfAnUnknownIdNamesTheKnownIds() {
        CliRun run = CliRun.of("criteria", "show", "teacher");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("no badge criteria with id 'teacher'", "learning-ambassador, workplace-instructor")
                .doesNotContain("at org.");
    }

    @Test
    void commandsPreferTheCriteriaFolderOfTheWorkingDirectory() throws IOException {
        assertThat(CriteriaSource.resolve(null, temp).label()).isEqualTo(CriteriaSource.BUNDLED);
        Files.createDirectories(temp.resolve("criteria"));
        assertThat(CriteriaSource.resolve(null, temp).folder()).isEqualTo(temp.resolve("criteria"));
        assertThat(CriteriaSource.resolve(temp, temp).folder()).isEqualTo(temp);
    }

    private static Path projectCriteria() {
        String root = System.getProperty("badgekit.projectRoot", "..");
        Path folder = Path.of(root.isEmpty() ? ".." : root).resolve("criteria");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(folder), "criteria/ not found at " + folder);
        return folder;
    }

    private static int lineOf(String text, String prefix) {
        var lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }
}
