package org.badgekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version that Maven filtered into {@code version.properties}, so jar and IDE runs agree. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {
            "badge " + properties.getProperty("version", "unknown"),
            "Open Badges 2.0 and 3.0 toolkit; Java " + System.getProperty("java.version")
        };
    }
}
