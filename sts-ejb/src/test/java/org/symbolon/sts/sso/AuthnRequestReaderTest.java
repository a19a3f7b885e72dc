package org.symbolon.sts.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.saml2.core.AuthnRequest;
import org.symbolon.sts.authn.TestReplayCache;
import org.symbolon.sts.config.SamlConfig;
import org.symbolon.sts.token.saml.TestSp;
import org.symbolon.sts.trust.ServiceProvider;
import org.symbolon.sts.trust.ServiceProviderMetadataSource;
import org.symbolon.sts.trust.ServiceProviderSettingsInput;
import org.symbolon.sts.trust.TestServiceProviders;

/** AuthnRequests by the Redirect and POST bindings, as service providers send them, and every refusal. */
class AuthnRequestReaderTest {

    static final String SSO = "https://sts.test/saml2/sso";

    final TestSp sp = new TestSp();
    final TestSp signingSp = new TestSp();
    final TestSp disabledSp = new TestSp();
    final TestSp stranger = new TestSp();
    AuthnRequestReader reader;

    @BeforeEach
    void register() throws Exception {
        ServiceProvider plain = TestServiceProviders.of(sp.metadata(false), ServiceProviderSettingsInput.NONE);
        ServiceProvider signing = TestServiceProviders.of(signingSp.metadata(true), ServiceProviderSettingsInput.NONE);
        ServiceProvider disabled = TestServiceProviders.of(disabledSp.metadata(false),
                new ServiceProviderSettingsInput(false, null, null, null, null, null, null, null, null, null));
        reader = new AuthnRequestReader();
        reader.directory = TestServiceProviders.directory(plain, signing, disabled);
        reader.metadataSource = new ServiceProviderMetadataSource();
        reader.replays = TestReplayCache.inMemory();
        reader.config = new SamlConfig() {
            @Override
            public Duration clockSkew() {
                return Duration.ofMinutes(3);
            }

            @Override
            public Duration authnRequestMaxAge() {
                return Duration.ofMinutes(5);
            }

            @Override
            public String ssoEndpoint() {
                return SSO;
            }
        };
    }

    // ---- accepted ----

    @Test
    void anUnsignedRedirectRequestIsReadWithEverythingTheSsoEndpointNeeds() throws Exception {
        AuthnRequest request = sp.request(SSO, r -> {
            r.setForceAuthn(true);
            r.setIsPassive(false);
        });
        AuthnRequestContext read = reader.readRedirect(TestSp.redirectQuery(TestSp.xml(request), "state/é?&=1"));
        assertEquals(request.getID(), read.requestId());
        assertEquals(sp.entityId, read.serviceProvider().entityId());
        assertEquals(sp.acs, read.acs().location(), "no ACS asked for: the default one");
        assertEquals(TestSp.POST, read.acs().binding());
        assertTrue(read.forceAuthn());
        assertFalse(read.isPassive());
        assertEquals("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent", read.nameIdFormat());
        assertTrue(read.allowCreate());
        assertEquals("state/é?&=1", read.relayState(), "RelayState comes back unchanged");
        assertEquals(request.getIssueInstant(), read.issueInstant());
        assertFalse(read.signed());
        assertNull(read.requestedAuthnContext());
    }

    @Test
    void aRedirectRequestSignedOverTheQueryStringVerifiesWithTheMetadataCertificate() throws Exception {
        String xml = TestSp.xml(signingSp.request(SSO, r -> { }));
        AuthnRequestContext read = reader.readRedirect(signingSp.signedRedirectQuery(xml, "rs", TestSp.RSA_SHA256));
        assertTrue(read.signed());
        assertEquals("rs", read.relayState());
    }

    @Test
    void aPostRequestWithAnEnvelopedSignatureIsRead() throws Exception {
        AuthnRequest request = signingSp.request(SSO, r -> r.setAssertionConsumerServiceIndex(1));
        AuthnRequestContext read = reader.readPost(TestSp.base64(signingSp.signedXml(request)), null);
        assertTrue(read.signed());
        assertEquals(signingSp.acs + "/artifact", read.acs().location(), "ACS by index");
        assertEquals(TestSp.ARTIFACT, read.acs().binding());
    }

    @Test
    void anAcsUrlFromTheMetadataIsUsedWithAMatchingBinding() throws Exception {
        AuthnRequestContext read = reader.readPost(TestSp.base64(TestSp.xml(sp.request(SSO, r -> {
            r.setAssertionConsumerServiceURL(sp.acs + "/artifact");
            r.setProtocolBinding(TestSp.ARTIFACT);
        }))), null);
        assertEquals(sp.acs + "/artifact", read.acs().location());
    }

    // ---- refused with an error page only: nobody verified to answer ----

    @Test
    void garbageUnknownOrDisabledRequestersAndForeignAcsUrlsGetAnErrorPageOnly() {
        assertPageOnly(() -> reader.readRedirect(null), "no SAMLRequest");
        assertPageOnly(() -> reader.readRedirect("SAMLRequest=%%%"), "URL-encoded");
        assertPageOnly(() -> reader.readRedirect("SAMLRequest=" + TestSp.encode(TestSp.base64(
                "plain text".getBytes(StandardCharsets.UTF_8)))), "DEFLATE");
        assertPageOnly(() -> reader.readPost(TestSp.base64("<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\""
                + " ID=\"_1\" Version=\"2.0\" IssueInstant=\"2026-01-01T00:00:00Z\"/>"), null), "not an AuthnRequest");
        assertPageOnly(() -> reader.readPost(TestSp.base64("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + TestSp.xml(sp.request(SSO, r -> { })).replaceFirst("<\\?xml[^>]*>", "")), null), "DTD");
        assertPageOnly(() -> reader.readPost(TestSp.base64(TestSp.xml(stranger.request(SSO, r -> { }))), null),
                "not a registered, enabled service provider");
        assertPageOnly(() -> reader.readPost(TestSp.base64(TestSp.xml(disabledSp.request(SSO, r -> { }))), null),
                "not a registered, enabled service provider");
        assertPageOnly(() -> reader.readPost(TestSp.base64(TestSp.xml(sp.request(SSO,
                r -> r.setAssertionConsumerServiceURL("https://evil.example/acs")))), null), "not in the service provider's metadata");
        assertPageOnly(() -> reader.readPost(TestSp.base64(TestSp.xml(sp.request(SSO, r -> {
            r.setAssertionConsumerServiceURL(sp.acs);
            r.setProtocolBinding(TestSp.ARTIFACT);
        }))), null), "not in the service provider's metadata");
        assertPageOnly(() -> reader.readPost(TestSp.base64(TestSp.xml(sp.request(SSO,
                r -> r.setAssertionConsumerServiceIndex(7)))), null), "not in the service provider's metadata");
    }

    @Test
    void aDeflateBombStopsAt64KiB() {
        String huge = TestSp.xml(sp.request(SSO, r -> { })).replace("</saml2p:AuthnRequest>",
                "<!--" + "x".repeat(70_000) + "--></saml2p:AuthnRequest>");
        assertPageOnly(() -> reader.readRedirect(TestSp.redirectQuery(huge, null)), "more than 65536 bytes");
        assertPageOnly(() -> reader.readPost(TestSp.base64(huge), null), "larger than 65536 bytes");
    }

    @Test
    void aRelayStateOver80BytesOrARepeatedParameterIsRefused() {
        String xml = TestSp.xml(sp.request(SSO, r -> { }));
        assertPageOnly(() -> reader.readRedirect(TestSp.redirectQuery(xml, "r".repeat(81))), "RelayState");
        assertPageOnly(() -> reader.readPost(TestSp.base64(xml), "r".repeat(81)), "RelayState");
        assertPageOnly(() -> reader.readRedirect(TestSp.redirectQuery(xml, "a") + "&RelayState=b"), "repeats");
    }

    // ---- refused with a SAML error Response to the registered ACS ----

    @Test
    void anUnsignedRequestFromAServiceProviderThatMustSignIsDenied() {
        AuthnRequest request = signingSp.request(SSO, r -> { });
        AuthnRequestRefusal refusal = assertResponds(() -> reader.readRedirect(TestSp.redirectQuery(TestSp.xml(request), "rs")),
                "not signed");
        assertEquals(AuthnRequestRefusal.REQUEST_DENIED, refusal.subStatusCode());
        assertEquals(signingSp.acs, refusal.replyTo().acs().location());
        assertEquals(request.getID(), refusal.replyTo().inResponseTo());
        assertEquals("rs", refusal.replyTo().relayState());
        assertResponds(() -> reader.readPost(TestSp.base64(TestSp.xml(signingSp.request(SSO, r -> { }))), null),
                "not signed");
    }

    @Test
    void redirectSignaturesThatDoNotVerifyOrUseSha1AreDenied() {
        String xml = TestSp.xml(signingSp.request(SSO, r -> { }));
        String signed = signingSp.signedRedirectQuery(xml, "rs", TestSp.RSA_SHA256);
        assertResponds(() -> reader.readRedirect(signed.replace("RelayState=rs", "RelayState=rt")), "does not verify");
        assertResponds(() -> reader.readRedirect(stranger.signedRedirectQuery(xml, "rs", TestSp.RSA_SHA256)),
                "does not verify");
        assertResponds(() -> reader.readRedirect(signingSp.signedRedirectQuery(xml, "rs", TestSp.RSA_SHA1)), "SHA-1");
        assertPageOnly(() -> reader.readRedirect(signed.replaceFirst("&Signature=[^&]*", "")), "SigAlg without Signature");
    }

    @Test
    void postSignaturesByAnotherKeyOrOverChangedContentAreDenied() {
        assertResponds(() -> reader.readPost(TestSp.base64(stranger.signedXml(signingSp.request(SSO, r -> { }))), null),
                "does not verify");
        String signed = signingSp.signedXml(signingSp.request(SSO, r -> r.setForceAuthn(false)));
        assertResponds(() -> reader.readPost(TestSp.base64(signed.replace("ForceAuthn=\"false\"", "ForceAuthn=\"true\"")),
                null), "does not verify");
    }

    @Test
    void destinationVersionAndIssueInstantAreChecked() throws Exception {
        assertResponds(() -> post(sp.request("https://other-idp.example/sso", r -> { })), "Destination");
        assertResponds(() -> post(sp.request(SSO, r -> r.setIssueInstant(Instant.now().minusSeconds(9 * 60)))), "too old");
        assertResponds(() -> post(sp.request(SSO, r -> r.setIssueInstant(Instant.now().plusSeconds(5 * 60)))), "future");
        AuthnRequestRefusal version = assertResponds(() -> post(sp.request(SSO, r -> r.setVersion(SAMLVersion.VERSION_11))),
                "not SAML 2.0");
        assertEquals(AuthnRequestRefusal.VERSION_MISMATCH, version.statusCode());
        AuthnRequestRefusal format = assertResponds(() -> post(sp.request(SSO,
                r -> r.getNameIDPolicy().setFormat("urn:example:odd-format"))), "NameID format");
        assertEquals(AuthnRequestRefusal.INVALID_NAME_ID_POLICY, format.subStatusCode());
        assertEquals(sp.entityId, post(sp.request(SSO, r -> r.setDestination(null))).serviceProvider().entityId(),
                "Destination is optional");
    }

    @Test
    void aReplayedRequestIsRefusedBothWays() throws Exception {
        String xml = TestSp.xml(sp.request(SSO, r -> { }));
        reader.readPost(TestSp.base64(xml), null);
        assertResponds(() -> reader.readPost(TestSp.base64(xml), null), "already used");
        assertResponds(() -> reader.readRedirect(TestSp.redirectQuery(xml, null)), "already used");
    }

    private AuthnRequestContext post(AuthnRequest request) throws AuthnRequestRefusal {
        return reader.readPost(TestSp.base64(TestSp.xml(request)), null);
    }

    private static void assertPageOnly(Executable read, String reason) {
        AuthnRequestRefusal refusal = assertThrows(AuthnRequestRefusal.class, read);
        assertTrue(refusal.getMessage().contains(reason), () -> "'" + refusal.getMessage() + "' should say " + reason);
        assertFalse(refusal.canRespondToSp(), "no Response may go to an unverified place");
    }

    private static AuthnRequestRefusal assertResponds(Executable read, String reason) {
        AuthnRequestRefusal refusal = assertThrows(AuthnRequestRefusal.class, read);
        assertTrue(refusal.getMessage().contains(reason), () -> "'" + refusal.getMessage() + "' should say " + reason);
        assertTrue(refusal.canRespondToSp(), "a registered SP with a settled ACS gets a SAML error Response");
        assertTrue(List.of(AuthnRequestRefusal.REQUESTER, AuthnRequestRefusal.VERSION_MISMATCH)
                .contains(refusal.statusCode()));
        return refusal;
    }
}
