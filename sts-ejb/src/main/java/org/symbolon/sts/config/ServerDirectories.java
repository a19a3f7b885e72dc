package org.symbolon.sts.config;

import java.nio.file.Path;

/** Where the server keeps its own files: the Liberty server output directory when there is one. */
public final class ServerDirectories {

    private ServerDirectories() {
    }

    public static Path dataDirectory() {
        String outputDir = System.getProperty("server.output.dir");
        if (outputDir == null || outputDir.isBlank()) {
            String wlpOutput = System.getenv("WLP_OUTPUT_DIR");
            String serverName = System.getProperty("wlp.server.name");
            if (wlpOutput != null && serverName != null) {
                outputDir = Path.of(wlpOutput, serverName).toString();
            }
        }
        Path base = outputDir == null || outputDir.isBlank() ? Path.of(".") : Path.of(outputDir);
        return base.resolve("data");
    }
}
