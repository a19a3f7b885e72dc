package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Signature checks by Debian's xmlsec1 (libxmlsec1 on OpenSSL): a verifier that is not our code.
 * A required test tool (apt-get install xmlsec1): without it the calling test fails.
 */
final class Xmlsec1 {

    private Xmlsec1() {
    }

    /**
     * @param idAttribute the signed element, as {@code namespace:LocalName}, whose ID attribute the Reference names
     * @param trustedBase64Certificates DER certificates (base64) that may have signed the document
     */
    static boolean verifies(Path workDir, String xml, String idAttribute, List<String> trustedBase64Certificates)
            throws Exception {
        Path document = Files.writeString(Files.createTempFile(workDir, "signed", ".xml"), xml);
        List<String> command = new ArrayList<>(List.of("xmlsec1", "--verify", "--id-attr:ID", idAttribute));
        for (String certificate : trustedBase64Certificates) {
            Path pem = Files.writeString(Files.createTempFile(workDir, "trusted", ".pem"),
                    "-----BEGIN CERTIFICATE-----\n" + certificate.trim() + "\n-----END CERTIFICATE-----\n");
            command.addAll(List.of("--trusted-pem", pem.toString()));
        }
        command.add(document.toString());
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail("xmlsec1 is required for this test: apt-get install xmlsec1", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "xmlsec1 finishes");
        return process.exitValue() == 0 && output.contains("OK");
    }
}
