package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensaml.core.xml.schema.XSString;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Attribute;
import org.opensaml.saml.saml2.core.AuthnContextClassRef;
import org.opensaml.saml.saml2.core.AuthnContextComparisonTypeEnumeration;
import org.opensaml.saml.saml2.core.AuthnContextDeclRef;
import org.opensaml.saml.saml2.core.AuthnRequest;
import org.opensaml.saml.saml2.core.RequestedAuthnContext;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.StatusCode;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;
import org.opensaml.saml.security.impl.SAMLSignatureProfileValidator;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.signature.Signature;
import org.opensaml.xmlsec.signature.support.SignatureValidator;
import org.w3c.dom.NodeList;

/**
 * SAML 2.0 Web SSO with Symbolon as identity provider, driven like a browser between service providers
 * that the test plays with OpenSAML: SP-initiated by HTTP-Redirect and HTTP-POST, single sign-on across
 * SPs, ForceAuthn and IsPassive, IdP-initiated, and hostile or broken requests. Every Response is checked
 * with OpenSAML and its signatures also with xmlsec1 against the certificates of /saml2/metadata.
 */
class SamlSsoIT {

    static final String PASSWORD = "a long enough passphrase";
    static final String SSO = "/saml2/sso";
    static final String SUCCESS = StatusCode.SUCCESS;
    static final String MAIL_OID = "urn:oid:0.9.2342.19200300.100.1.3";

    static List<X509Certificate> idpCertificates;
    static List<String> idpCertificatesBase64;

    @TempDir
    Path work;

    @BeforeAll
    static void readOurMetadata() throws Exception {
        NodeList certificates = TokenExchangeSamlIT.parse(Sts.get("/saml2/metadata").body())
                .getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "X509Certificate");
        idpCertificates = new ArrayList<>();
        idpCertificatesBase64 = new ArrayList<>();
        for (int i = 0; i < certificates.getLength(); i++) {
            String base64 = certificates.item(i).getTextContent().replaceAll("\\s", "");
            idpCertificatesBase64.add(base64);
            idpCertificates.add((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                    new ByteArrayInputStream(Base64.getDecoder().decode(base64))));
        }
    }

    // ---- sign-in and the Response ----

    @Test
    void unsignedRedirectRequestIsAnsweredAfterSignInWithAResponseThatVerifiesIndependently() throws Exception {
        SamlSp sp = register(new SamlSp(), false, s -> s.add("requireSignedAuthnRequests", false)
                .add("attributeRules", Json.createReader(new java.io.StringReader("["
                        + "{\"kind\":\"rename\",\"claim\":\"email\",\"target\":\"" + MAIL_OID + "\"},"
                        + "{\"kind\":\"copy\",\"claim\":\"dept\",\"target\":\"department\"}]")).readArray()));
        User user = User.create();
        Browser browser = new Browser();
        AuthnRequest request = sp.authnRequest(r -> { });
        String relayState = "return-to=/reports?q=1&x=" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> login = browser.getAndFollow(SSO + "?" + sp.redirectQuery(SamlSp.xml(request), relayState,
                false));
        Reply reply = Reply.of(browser.signInAndFollow(login, user.username, PASSWORD));

        assertEquals(sp.acs, reply.action, "posted to the registered ACS");
        assertEquals(relayState, reply.relayState, "RelayState returned unchanged");
        assertTrue(Xmlsec1.verifies(work, reply.xml, "urn:oasis:names:tc:SAML:2.0:protocol:Response",
                idpCertificatesBase64), "xmlsec1 verifies the Response with our metadata's certificate");
        assertSignedByUs(reply.response.getSignature());
        assertEquals(SUCCESS, reply.status());
        assertEquals(request.getID(), reply.response.getInResponseTo());
        assertEquals(sp.acs, reply.response.getDestination());
        assertEquals(Sts.ISSUER, reply.response.getIssuer().getValue());

        Assertion assertion = sp.assertion(reply.response);
        assertSignedByUs(assertion.getSignature());
        assertTrue(Xmlsec1.verifies(work, SamlSp.xml(assertion), "urn:oasis:names:tc:SAML:2.0:assertion:Assertion",
                idpCertificatesBase64), "xmlsec1 verifies the assertion too");
        SubjectConfirmationData confirmation = assertion.getSubject().getSubjectConfirmations().get(0)
                .getSubjectConfirmationData();
        assertEquals(sp.acs, confirmation.getRecipient());
        assertEquals(request.getID(), confirmation.getInResponseTo());
        assertEquals(sp.entityId, assertion.getConditions().getAudienceRestrictions().get(0).getAudiences().get(0)
                .getURI());
        assertEquals(SamlSp.PERSISTENT, assertion.getSubject().getNameID().getFormat());
        String nameId = assertion.getSubject().getNameID().getValue();
        assertFalse(nameId.contains(user.username) || nameId.contains(user.id), "a persistent NameID is opaque");
        assertNotNull(assertion.getAuthnStatements().get(0).getSessionIndex());
        assertEquals("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport", assertion
                .getAuthnStatements().get(0).getAuthnContext().getAuthnContextClassRef().getURI());
        assertEquals(Map.of(MAIL_OID, List.of(user.email), "department", List.of("sales", "emea")),
                attributes(assertion), "the attributes the SP's rules produce, and nothing else");
    }

    @Test
    void signedRequestsByBothBindingsSignInOnceAcrossServiceProvidersWithPairwiseStableNameIds() throws Exception {
        SamlSp first = register(new SamlSp(), false, s -> { });
        SamlSp second = register(new SamlSp(), true, s -> { });
        User user = User.create();
        Browser browser = new Browser();

        AuthnRequest atFirst = first.authnRequest(r -> { });
        HttpResponse<String> login = browser.getAndFollow(SSO + "?" + first.redirectQuery(SamlSp.xml(atFirst), null,
                true));
        Reply firstReply = Reply.of(browser.signInAndFollow(login, user.username, PASSWORD));
        assertEquals(SUCCESS, firstReply.status());
        assertNull(firstReply.relayState);
        Assertion firstAssertion = first.assertion(firstReply.response);
        assertTrue(firstReply.response.getEncryptedAssertions().isEmpty(), "no encryption certificate, sent in clear");
        assertEquals(Map.of(), attributes(firstAssertion), "no attribute rules: no attributes");

        AuthnRequest atSecond = second.authnRequest(r -> { });
        HttpResponse<String> posted = browser.post(SSO, Map.of("SAMLRequest",
                SamlSp.base64(second.signedXml(atSecond)), "RelayState", "second"));
        assertEquals(303, posted.statusCode(), "a POSTed request continues at a GET of ours, which carries the cookie");
        Reply secondReply = Reply.of(browser.follow(posted));
        assertEquals(SUCCESS, secondReply.status(), "signed in without a password prompt");
        assertEquals(second.acs, secondReply.action);
        assertEquals("second", secondReply.relayState);
        assertEquals(atSecond.getID(), secondReply.response.getInResponseTo());
        assertEquals(1, secondReply.response.getEncryptedAssertions().size(), "encrypted to the SP's certificate");
        assertTrue(secondReply.response.getAssertions().isEmpty());
        Assertion secondAssertion = second.assertion(secondReply.response);
        assertSignedByUs(secondAssertion.getSignature());
        assertTrue(Xmlsec1.verifies(work, SamlSp.xml(secondAssertion),
                "urn:oasis:names:tc:SAML:2.0:assertion:Assertion", idpCertificatesBase64));
        assertNotEquals(nameId(firstAssertion), nameId(secondAssertion), "pairwise: another SP, another NameID");

        Browser later = new Browser();
        HttpResponse<String> again = later.getAndFollow(SSO + "?" + first.redirectQuery(
                SamlSp.xml(first.authnRequest(r -> { })), null, true));
        Assertion secondLogin = first.assertion(Reply.of(later.signInAndFollow(again, user.username, PASSWORD)).response);
        assertEquals(nameId(firstAssertion), nameId(secondLogin), "persistent: the same at the same SP next time");
        assertNotEquals(firstAssertion.getAuthnStatements().get(0).getSessionIndex(),
                secondLogin.getAuthnStatements().get(0).getSessionIndex(), "another session, another SessionIndex");
    }

    @Test
    void forceAuthnAsksForThePasswordAgainAndIsPassiveNeverPrompts() throws Exception {
        SamlSp sp = register(new SamlSp(), false, s -> { });
        User user = User.create();
        Browser browser = new Browser();

        AuthnRequest passive = sp.authnRequest(r -> r.setIsPassive(true));
        Reply noPassive = Reply.of(browser.getAndFollow(SSO + "?" + sp.redirectQuery(SamlSp.xml(passive), "p", true)));
        assertEquals(StatusCode.RESPONDER, noPassive.status());
        assertEquals(StatusCode.NO_PASSIVE, noPassive.subStatus());
        assertEquals(passive.getID(), noPassive.response.getInResponseTo());
        assertEquals("p", noPassive.relayState);
        assertTrue(noPassive.response.getAssertions().isEmpty() && noPassive.response.getEncryptedAssertions().isEmpty());
        assertSignedByUs(noPassive.response.getSignature());

        Reply signedIn = Reply.of(browser.signInAndFollow(browser.getAndFollow(SSO + "?" + sp.redirectQuery(
                SamlSp.xml(sp.authnRequest(r -> { })), null, true)), user.username, PASSWORD));
        Instant firstAuthn = sp.assertion(signedIn.response).getAuthnStatements().get(0).getAuthnInstant();

        Reply passiveWithSession = Reply.of(browser.getAndFollow(SSO + "?" + sp.redirectQuery(
                SamlSp.xml(sp.authnRequest(r -> r.setIsPassive(true))), null, true)));
        assertEquals(SUCCESS, passiveWithSession.status(), "IsPassive with a session is answered at once");

        AuthnRequest forced = sp.authnRequest(r -> r.setForceAuthn(true));
        HttpResponse<String> prompt = browser.getAndFollow(SSO + "?" + sp.redirectQuery(SamlSp.xml(forced), null, true));
        assertTrue(Browser.isLoginPage(prompt), "ForceAuthn asks for the password although a session exists");
        Reply reauthenticated = Reply.of(browser.signInAndFollow(prompt, user.username, PASSWORD));
        assertEquals(forced.getID(), reauthenticated.response.getInResponseTo());
        assertTrue(sp.assertion(reauthenticated.response).getAuthnStatements().get(0).getAuthnInstant()
                .isAfter(firstAuthn), "the new authentication is what the assertion states");
    }

    @Test
    void idpInitiatedSignInSendsAnUnsolicitedResponseToTheDefaultAcs() throws Exception {
        SamlSp sp = register(new SamlSp(), false, s -> { });
        User user = User.create();
        Browser browser = new Browser();

        Reply reply = Reply.of(browser.signInAndFollow(browser.getAndFollow(SSO + "/init?sp=" + SamlSp.encode(sp.entityId)
                + "&RelayState=dashboard"), user.username, PASSWORD));
        assertEquals(SUCCESS, reply.status());
        assertEquals(sp.acs, reply.action);
        assertEquals("dashboard", reply.relayState);
        assertNull(reply.response.getInResponseTo(), "unsolicited");
        Assertion assertion = sp.assertion(reply.response);
        assertNull(assertion.getSubject().getSubjectConfirmations().get(0).getSubjectConfirmationData()
                .getInResponseTo());

        Reply byId = Reply.of(browser.getAndFollow(SSO + "/init?sp=" + sp.id));
        assertEquals(SUCCESS, byId.status(), "by the registry id too, and with the session: no prompt");

        assertErrorPage(browser.get(SSO + "/init?sp=" + SamlSp.encode("https://unknown.example/sp")));
        assertErrorPage(browser.get(SSO + "/init"));
    }

    // ---- refusals ----

    @Test
    void requestsThatCannotBeTrustedGetAnErrorPageAndNeverAPostElsewhere() {
        SamlSp sp = register(new SamlSp(), false, s -> { });
        Browser browser = new Browser();

        String evil = "https://evil.example/acs";
        HttpResponse<String> otherAcs = browser.get(SSO + "?" + sp.redirectQuery(SamlSp.xml(sp.authnRequest(
                r -> r.setAssertionConsumerServiceURL(evil))), null, true));
        assertErrorPage(otherAcs);
        assertFalse(otherAcs.body().contains("action=\"" + evil), "never a form to the unregistered URL");

        SamlSp unknown = new SamlSp();
        assertErrorPage(browser.get(SSO + "?" + unknown.redirectQuery(SamlSp.xml(unknown.authnRequest(r -> { })),
                null, true)));
        assertErrorPage(browser.get(SSO + "?" + sp.redirectQuery(SamlSp.xml(sp.authnRequest(r -> { })),
                "x".repeat(81), true)), "RelayState over 80 bytes");

        String dtd = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + SamlSp.xml(sp.authnRequest(r -> { })).replaceFirst("<\\?xml[^>]*>", "");
        assertErrorPage(browser.get(SSO + "?" + sp.redirectQuery(dtd, null, true)), "DTD");
        assertErrorPage(browser.post(SSO, Map.of("SAMLRequest", SamlSp.base64(dtd))), "DTD by POST");
    }

    @Test
    void replayedUnsignedOrBadlySignedRequestsGetAnErrorResponseWithoutAssertion() {
        SamlSp sp = register(new SamlSp(), false, s -> { });
        Browser browser = new Browser();

        String query = sp.redirectQuery(SamlSp.xml(sp.authnRequest(r -> { })), "once", true);
        assertTrue(Browser.isLoginPage(browser.getAndFollow(SSO + "?" + query)), "first use goes to sign-in");
        assertDenied(Reply.of(browser.getAndFollow(SSO + "?" + query)), sp, "replay");

        assertDenied(Reply.of(browser.getAndFollow(SSO + "?" + sp.redirectQuery(
                SamlSp.xml(sp.authnRequest(r -> { })), null, false))), sp, "unsigned while the SP must sign");

        String signed = sp.redirectQuery(SamlSp.xml(sp.authnRequest(r -> { })), null, true);
        String tampered = signed.replaceFirst("Signature=[A-Za-z0-9]", "Signature=A");
        if (tampered.equals(signed)) {
            tampered = signed.replaceFirst("Signature=A", "Signature=B");
        }
        assertDenied(Reply.of(browser.getAndFollow(SSO + "?" + tampered)), sp, "bad signature");

        AuthnRequest byOtherKey = sp.authnRequest(r -> { });
        new SamlIdp.Signer().sign(byOtherKey);
        assertDenied(Reply.of(browser.follow(browser.post(SSO, Map.of("SAMLRequest",
                SamlSp.base64(SamlSp.xml(byOtherKey)))))), sp, "POST signed by a key not in the metadata");
    }

    @Test
    void garbageIsA400PageNeverAServerError() {
        Browser browser = new Browser();
        for (String query : List.of("", "SAMLRequest=", "SAMLRequest=!!!not-base64",
                "SAMLRequest=" + SamlSp.encode(Base64.getEncoder().encodeToString("not deflate".getBytes(
                        StandardCharsets.UTF_8))),
                "SAMLRequest=" + SamlSp.encode(Base64.getEncoder().encodeToString(SamlSp.deflate("<not-saml/>"))),
                "SAMLRequest=" + SamlSp.encode(Base64.getEncoder().encodeToString(SamlSp.deflate("<unclosed"))),
                "SAMLRequest=a&SAMLRequest=b")) {
            assertErrorPage(browser.get(SSO + "?" + query), query);
        }
        assertErrorPage(browser.post(SSO, Map.of("SAMLRequest", "!!!")), "POST not base64");
        assertErrorPage(browser.post(SSO, Map.of()), "POST without SAMLRequest");
        assertErrorPage(browser.post(SSO, Map.of("SAMLRequest", SamlSp.base64("<a>"))), "POST not XML");
        assertErrorPage(browser.get(SSO + "/resume?ticket=nope"), "unknown ticket");
        assertErrorPage(browser.get(SSO + "/resume"), "no ticket");
    }

    @Test
    void aDisabledUserGetsNoAssertion() {
        SamlSp sp = register(new SamlSp(), false, s -> { });
        User user = User.create();
        Browser browser = new Browser();
        Reply first = Reply.of(browser.signInAndFollow(browser.getAndFollow(SSO + "?" + sp.redirectQuery(
                SamlSp.xml(sp.authnRequest(r -> { })), null, true)), user.username, PASSWORD));
        assertEquals(SUCCESS, first.status());

        HttpResponse<String> disabled = AdminApi.admin("POST", "/api/admin/users/" + user.id + "/disable", null);
        assertEquals(200, disabled.statusCode(), disabled::body);
        HttpResponse<String> next = browser.getAndFollow(SSO + "?" + sp.redirectQuery(
                SamlSp.xml(sp.authnRequest(r -> { })), null, true));
        if (next.body().contains("SAMLResponse")) {
            Reply refused = Reply.of(next);
            assertNotEquals(SUCCESS, refused.status());
            assertTrue(refused.response.getAssertions().isEmpty() && refused.response.getEncryptedAssertions().isEmpty());
        } else {
            assertTrue(Browser.isLoginPage(next), "the session ended with the account: sign-in again");
        }
    }

    static final String AC = "urn:oasis:names:tc:SAML:2.0:ac:classes:";

    /** A RequestedAuthnContext with these class references, or a declaration reference when {@code classes} is empty. */
    static java.util.function.Consumer<AuthnRequest> asking(AuthnContextComparisonTypeEnumeration comparison,
            String... classes) {
        return request -> {
            RequestedAuthnContext context = SamlIdp.build(RequestedAuthnContext.DEFAULT_ELEMENT_NAME);
            context.setComparison(comparison);
            for (String name : classes) {
                AuthnContextClassRef ref = SamlIdp.build(AuthnContextClassRef.DEFAULT_ELEMENT_NAME);
                ref.setURI(AC + name);
                context.getAuthnContextClassRefs().add(ref);
            }
            if (classes.length == 0) {
                AuthnContextDeclRef decl = SamlIdp.build(AuthnContextDeclRef.DEFAULT_ELEMENT_NAME);
                decl.setURI("https://sp.example/declarations/strong");
                context.getAuthnContextDeclRefs().add(decl);
            }
            request.setRequestedAuthnContext(context);
        };
    }

    @Test
    void aRequestedAuthnContextWeReachIsAnsweredWithOurClassAndOneWeCannotWithNoAuthnContext() {
        SamlSp sp = register(new SamlSp(), false, s -> { });
        User user = User.create();
        Browser fresh = new Browser();
        AuthnRequest tooStrong = sp.authnRequest(asking(AuthnContextComparisonTypeEnumeration.EXACT,
                "MobileTwoFactorContract"));
        Reply before = Reply.of(fresh.getAndFollow(SSO + "?" + sp.redirectQuery(SamlSp.xml(tooStrong), "r1", true)));
        assertEquals(StatusCode.RESPONDER, before.status(), "refused at once: no password is asked for in vain");
        assertEquals(StatusCode.NO_AUTHN_CONTEXT, before.subStatus());
        assertEquals(tooStrong.getID(), before.response.getInResponseTo());
        assertEquals("r1", before.relayState);
        assertTrue(before.response.getAssertions().isEmpty() && before.response.getEncryptedAssertions().isEmpty());
        assertSignedByUs(before.response.getSignature());

        Reply minimum = Reply.of(fresh.signInAndFollow(fresh.getAndFollow(SSO + "?" + sp.redirectQuery(SamlSp.xml(
                sp.authnRequest(asking(AuthnContextComparisonTypeEnumeration.MINIMUM, "Password"))), null, true)),
                user.username, PASSWORD));
        assertEquals(SUCCESS, minimum.status());
        assertEquals(AC + "PasswordProtectedTransport", sp.assertion(minimum.response).getAuthnStatements().get(0)
                .getAuthnContext().getAuthnContextClassRef().getURI());

        Map<String, java.util.function.Consumer<AuthnRequest>> answered = new LinkedHashMap<>();
        answered.put("exact PasswordProtectedTransport",
                asking(AuthnContextComparisonTypeEnumeration.EXACT, "X509", "PasswordProtectedTransport"));
        answered.put("maximum X509", asking(AuthnContextComparisonTypeEnumeration.MAXIMUM, "X509"));
        answered.put("better Password", asking(AuthnContextComparisonTypeEnumeration.BETTER, "Password"));
        answered.forEach((what, change) -> {
            Reply reply = Reply.of(fresh.getAndFollow(SSO + "?" + sp.redirectQuery(SamlSp.xml(sp.authnRequest(change)),
                    null, true)));
            assertEquals(SUCCESS, reply.status(), what);
            assertEquals(AC + "PasswordProtectedTransport", sp.assertion(reply.response).getAuthnStatements().get(0)
                    .getAuthnContext().getAuthnContextClassRef().getURI(), what);
        });

        Map<String, java.util.function.Consumer<AuthnRequest>> refused = new LinkedHashMap<>();
        refused.put("exact Password", asking(AuthnContextComparisonTypeEnumeration.EXACT, "Password"));
        refused.put("better PasswordProtectedTransport",
                asking(AuthnContextComparisonTypeEnumeration.BETTER, "PasswordProtectedTransport"));
        refused.put("minimum TimeSyncToken", asking(AuthnContextComparisonTypeEnumeration.MINIMUM, "TimeSyncToken"));
        refused.put("maximum Password", asking(AuthnContextComparisonTypeEnumeration.MAXIMUM, "Password"));
        refused.put("a declaration reference", asking(AuthnContextComparisonTypeEnumeration.EXACT));
        refused.forEach((what, change) -> {
            Reply reply = Reply.of(fresh.getAndFollow(SSO + "?" + sp.redirectQuery(SamlSp.xml(sp.authnRequest(change)),
                    null, true)));
            assertEquals(StatusCode.RESPONDER, reply.status(), what);
            assertEquals(StatusCode.NO_AUTHN_CONTEXT, reply.subStatus(), what);
            assertTrue(reply.response.getAssertions().isEmpty() && reply.response.getEncryptedAssertions().isEmpty(),
                    what + ": never an assertion, even with a live session");
        });
        AuthnRequest byPost = sp.authnRequest(asking(AuthnContextComparisonTypeEnumeration.EXACT, "X509"));
        Reply posted = Reply.of(fresh.post(SSO, Map.of("SAMLRequest", SamlSp.base64(sp.signedXml(byPost)))));
        assertEquals(StatusCode.NO_AUTHN_CONTEXT, posted.subStatus(), "by the POST binding too");
        assertEquals(byPost.getID(), posted.response.getInResponseTo());
    }

    @Test
    void aServiceProviderThatChoseRsaSha512GetsEverySignatureInIt() throws Exception {
        SamlSp sp = register(new SamlSp(), false, s -> s.add("signatureAlgorithm", "RSA-SHA512"));
        HttpResponse<String> sha1 = AdminApi.admin("PUT", ServiceProvidersIT.PATH + "/" + sp.id,
                Json.createObjectBuilder().add("signatureAlgorithm", "RSA-SHA1").build().toString());
        assertEquals(400, sha1.statusCode(), sha1::body);
        assertEquals("signatureAlgorithm", Sts.json(sha1).getString("field"));
        User user = User.create();
        Browser browser = new Browser();

        Reply reply = Reply.of(browser.signInAndFollow(browser.getAndFollow(SSO + "?" + sp.redirectQuery(
                SamlSp.xml(sp.authnRequest(r -> { })), null, true)), user.username, PASSWORD));
        assertEquals(SUCCESS, reply.status());
        Assertion assertion = sp.assertion(reply.response);
        for (Signature signature : List.of(reply.response.getSignature(), assertion.getSignature())) {
            assertEquals("http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", signature.getSignatureAlgorithm());
            assertSignedByUs(signature);
        }
        assertTrue(Xmlsec1.verifies(work, SamlSp.xml(assertion), "urn:oasis:names:tc:SAML:2.0:assertion:Assertion",
                idpCertificatesBase64), "xmlsec1 verifies the RSA-SHA512 assertion too");

        Reply refused = Reply.of(browser.getAndFollow(SSO + "?" + sp.redirectQuery(SamlSp.xml(sp.authnRequest(
                asking(AuthnContextComparisonTypeEnumeration.EXACT, "X509"))), null, true)));
        assertEquals("http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
                refused.response.getSignature().getSignatureAlgorithm(), "error Responses too");
        assertSignedByUs(refused.response.getSignature());
    }

    // ---- helpers ----

    /** A Response posted back through the browser: the form's target, RelayState and the parsed message. */
    record Reply(String action, String relayState, Response response, String xml) {
        static Reply of(HttpResponse<String> page) {
            assertEquals(200, page.statusCode(), page::body);
            Browser.Form form = Browser.readForm(page.body());
            String encoded = form.field("SAMLResponse");
            assertNotNull(encoded, () -> "no SAMLResponse in " + page.body());
            String xml = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            return new Reply(form.action(), form.field("RelayState"), (Response) SamlSp.read(xml), xml);
        }

        String status() {
            return response.getStatus().getStatusCode().getValue();
        }

        String subStatus() {
            StatusCode second = response.getStatus().getStatusCode().getStatusCode();
            return second == null ? null : second.getValue();
        }
    }

    /** A local user made through the admin API. */
    record User(String id, String username, String email) {
        static User create() {
            String username = "sso-" + UUID.randomUUID().toString().substring(0, 12);
            String email = username + "@example.com";
            HttpResponse<String> created = AdminApi.admin("POST", "/api/admin/users", Json.createObjectBuilder()
                    .add("username", username).add("password", PASSWORD).add("email", email)
                    .add("displayName", "SSO " + username)
                    .add("attributes", Json.createObjectBuilder().add("dept", Sts.array("sales", "emea")))
                    .build().toString());
            assertEquals(201, created.statusCode(), created::body);
            return new User(Sts.json(created).getString("id"), username, email);
        }
    }

    static SamlSp register(SamlSp sp, boolean withEncryptionKey, java.util.function.Consumer<JsonObjectBuilder> settings) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("id", sp.id)
                .add("metadata", sp.metadata(null, withEncryptionKey));
        settings.accept(body);
        HttpResponse<String> created = AdminApi.admin("POST", ServiceProvidersIT.PATH, body.build().toString());
        assertEquals(201, created.statusCode(), created::body);
        return sp;
    }

    static void assertSignedByUs(Signature signature) {
        assertNotNull(signature, "signed");
        try {
            new SAMLSignatureProfileValidator().validate(signature);
        } catch (Exception e) {
            throw new AssertionError("not a SAML profile signature", e);
        }
        for (X509Certificate certificate : idpCertificates) {
            try {
                SignatureValidator.validate(signature, new BasicX509Credential(certificate));
                return;
            } catch (Exception e) {
                // try the next certificate of our metadata
            }
        }
        throw new AssertionError("the signature does not verify with a certificate of /saml2/metadata");
    }

    static void assertErrorPage(HttpResponse<String> response, String... what) {
        assertEquals(400, response.statusCode(), () -> String.join(" ", what) + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                () -> String.join(" ", what) + ": an HTML page, got " + response.headers().map());
        assertTrue(response.body().startsWith("<!DOCTYPE html>"), () -> "a page, not escaped text: " + response.body());
        assertFalse(response.body().contains("SAMLResponse"), "no message to anybody");
    }

    static void assertDenied(Reply reply, SamlSp sp, String what) {
        assertEquals(sp.acs, reply.action, what);
        assertEquals(StatusCode.REQUESTER, reply.status(), what);
        assertTrue(reply.response.getAssertions().isEmpty() && reply.response.getEncryptedAssertions().isEmpty(),
                what + ": no assertion");
        assertSignedByUs(reply.response.getSignature());
    }

    static String nameId(Assertion assertion) {
        return assertion.getSubject().getNameID().getValue();
    }

    static Map<String, List<String>> attributes(Assertion assertion) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        assertion.getAttributeStatements().forEach(statement -> {
            for (Attribute attribute : statement.getAttributes()) {
                attributes.put(attribute.getName(), attribute.getAttributeValues().stream()
                        .map(v -> ((XSString) v).getValue()).toList());
            }
        });
        return attributes;
    }
}
