package org.badgekit.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.badgekit.BadgeException;
import org.badgekit.bake.BakeResult;
import org.badgekit.bake.BakedPayload;
import org.badgekit.bake.Baker;
import org.badgekit.bake.PayloadKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code badge bake IMAGE PAYLOAD --out FILE}: puts a badge into a PNG or SVG image. */
@Command(name = "bake", mixinStandardHelpOptions = true,
        description = {"Bake an Open Badges 2.0 assertion or 3.0 credential into a PNG or SVG image.",
            "PAYLOAD is a file holding the JSON or the compact JWS. The Open Badges version is detected: a VC context, a "
                    + "VerifiableCredential type or a vc claim in a JWT means OB 3.0, anything else OB 2.0. A badge already "
                    + "in the image is replaced."})
final class BakeCommand implements Callable<Integer> {
    /** Open Badges versions as the command line names them. */
    enum Version { ob2, ob3 }

    @Parameters(index = "0", paramLabel = "IMAGE", description = "PNG or SVG image (detected by content).")
    Path image;

    @Parameters(index = "1", paramLabel = "PAYLOAD", description = "File with the credential/assertion JSON or compact JWS.")
    Path payloadFile;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the baked image.")
    Path out;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Option(names = "--format", paramLabel = "ob2|ob3", description = "Override the detected Open Badges version.")
    Version format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadgeException {
        BakedPayload payload = BakedPayload.detect(readPayload(payloadFile), payloadFile.toString());
        if (format != null) {
            if (payload.kind() == PayloadKind.OB2_URL) {
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, payloadFile + ": a bare URL cannot be baked");
            }
            payload = payload.withVersion(format == Version.ob3);
        }
        if (!force && Files.exists(out)) {
            throw new BadgeException(BadgeException.Code.ALREADY_EXISTS, out + ": already exists; pass --force to overwrite it",
                    out.toString(), null);
        }
        CopyOption[] options = force ? new CopyOption[] {StandardCopyOption.REPLACE_EXISTING} : new CopyOption[0];
        BakeResult result = Baker.create().bake(image, out, payload, options);
        spec.commandLine().getOut().println(out + ": baked " + describe(result.kind()) + " into " + result.format()
                + (result.replaced() > 0 ? " (replaced " + result.replaced() + " existing badge)" : ""));
        return ExitCode.OK;
    }

    static String describe(PayloadKind kind) {
        switch (kind) {
            case OB3_JSON:
                return "OB 3.0 credential (JSON)";
            case OB3_JWT:
                return "OB 3.0 credential (VC-JWT)";
            case OB2_JSON:
                return "OB 2.0 assertion (JSON)";
            case OB2_JWS:
                return "OB 2.0 assertion (JWS)";
            default:
                return "OB 2.0 assertion URL";
        }
    }

    /** Reads a payload file: UTF-8, at most 16 MB. */
    static String readPayload(Path file) throws BadgeException {
        try {
            long size = Files.size(file);
            if (size > 16L * 1024 * 1024) {
                throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED, file + ": payload of " + size
                        + " bytes exceeds the limit of 16777216 bytes", file.toString(), null);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadgeException(BadgeException.Code.NOT_FOUND, file + ": no such file", file.toString(), e);
        } catch (CharacterCodingException e) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, file + ": not UTF-8 text", file.toString(), e);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot read: " + e, file.toString(), e);
        }
    }
}
