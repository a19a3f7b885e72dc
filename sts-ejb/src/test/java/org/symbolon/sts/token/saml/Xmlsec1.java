package org.symbolon.sts.token.saml;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import org.symbolon.sts.keys.CertificatePem;

/**
 * The xmlsec1 command (libxmlsec1 on OpenSSL): a signature check that shares no code with the Java
 * stack that signed. It is a required test tool (apt-get install xmlsec1): a missing xmlsec1 fails the
 * test rather than skipping it.
 */
final class Xmlsec1 {

    static final String ASSERTION_ID = "urn:oasis:names:tc:SAML:2.0:assertion:Assertion";
    static final String ENTITY_DESCRIPTOR_ID = "urn:oasis:names:tc:SAML:2.0:metadata:EntityDescriptor";

    record Result(int exitCode, String output) {

        boolean verified() {
            return exitCode == 0 && output.contains("OK");
        }
    }

    private Xmlsec1() {
    }

    /** Verifies the signature of the element with the given ID attribute's node, trusting only this certificate. */
    static Result verify(String xml, X509Certificate trusted, String idAttributeNode, Path workDir) throws IOException,
            InterruptedException {
        Path document = Files.writeString(workDir.resolve("signed.xml"), xml, StandardCharsets.UTF_8);
        Path pem = Files.writeString(workDir.resolve("trusted.pem"), CertificatePem.encode(trusted));
        ProcessBuilder command = new ProcessBuilder("xmlsec1", "--verify", "--id-attr:ID", idAttributeNode,
                "--trusted-pem", pem.toString(), document.toString()).redirectErrorStream(true);
        Process process;
        try {
            process = command.start();
        } catch (IOException e) {
            return fail("xmlsec1 is required for this test: apt-get install xmlsec1", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return fail("xmlsec1 did not finish within 30 s");
        }
        return new Result(process.exitValue(), output);
    }
}
