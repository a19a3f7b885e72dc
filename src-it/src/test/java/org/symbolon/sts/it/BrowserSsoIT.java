package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opensaml.saml.saml2.core.AuthnRequest;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.StatusCode;

/**
 * Single sign-on in a real browser (headless Chromium): a person signs in once at the login form
 * on the way to an OpenID Connect application, then opens a SAML application and gets in without
 * being asked again. Both applications are small local web servers run by the test; screenshots
 * are kept in {@code target/screenshots}.
 */
class BrowserSsoIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static HttpServer apps;
    private static String appsUrl;
    private static final BlockingQueue<Map<String, String>> OIDC_CALLBACKS = new ArrayBlockingQueue<>(4);
    private static final BlockingQueue<Map<String, String>> SAML_POSTS = new ArrayBlockingQueue<>(4);
    private static Path profile;
    private static ChromeDriverService service;
    private static WebDriver chromium;

    @BeforeAll
    static void startApplicationsAndBrowser() throws Exception {
        SamlSsoIT.readOurMetadata();
        apps = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        apps.createContext("/oidc/callback", exchange -> {
            OIDC_CALLBACKS.offer(query(exchange.getRequestURI().getRawQuery()));
            page(exchange, "Orders", "Signed in with OpenID Connect");
        });
        apps.createContext("/saml/acs", exchange -> {
            SAML_POSTS.offer(query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            page(exchange, "Reports", "Signed in with SAML");
        });
        apps.start();
        appsUrl = "http://localhost:" + apps.getAddress().getPort();

        String driverPath = Sts.property("sts.chromedriver", "/usr/bin/chromedriver");
        System.setProperty("webdriver.chrome.driver", driverPath);
        System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
        profile = Files.createTempDirectory("symbolon-browser-sso-it");
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driverPath)).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Sts.property("sts.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1024,768", "--user-data-dir=" + profile);
        chromium = new ChromeDriver(service, options);
        chromium.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            if (chromium != null) {
                chromium.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
            if (apps != null) {
                apps.stop(0);
            }
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void onePasswordOpensAnOpenIdConnectApplicationAndThenASamlApplication() throws Exception {
        SamlSsoIT.User user = SamlSsoIT.User.create();
        URI callback = URI.create(appsUrl + "/oidc/callback");
        RegisteredClient orders = AdminApi.register(f -> f.add("name", "Orders")
                .add("grantTypes", Sts.array("authorization_code")).add("redirectUris", Sts.array(callback.toString())));
        SamlSp reports = SamlSsoIT.register(new SamlSp(appsUrl + "/saml/acs"), false,
                s -> s.add("requireSignedAuthnRequests", false));
        WebDriverWait wait = new WebDriverWait(chromium, Duration.ofSeconds(20));

        // 1. the OpenID Connect application sends the browser to sign in
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        chromium.get(new AuthenticationRequest.Builder(new ResponseType("code"), new Scope("openid", "profile", "email"),
                new ClientID(orders.id()), callback).state(state).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256).endpointURI(URI.create(Sts.ISSUER
                        + "/oauth2/authorize")).build().toURI().toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertTrue(chromium.getPageSource().contains("to continue to Orders"), "the page names the application");
        chromium.findElement(By.id("username")).sendKeys(user.username());
        chromium.findElement(By.id("password")).sendKeys(SamlSsoIT.PASSWORD);
        screenshot("1-login-form.png");
        chromium.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.urlContains(appsUrl + "/oidc/callback"));
        assertEquals("Signed in with OpenID Connect", chromium.findElement(By.id("result")).getText());
        screenshot("2-oidc-application.png");
        Map<String, String> received = OIDC_CALLBACKS.poll(5, TimeUnit.SECONDS);
        assertNotNull(received, "the application received the authorization response");
        AuthorizationResponse response = AuthorizationResponse.parse(URI.create(callback + "?" + encode(received)));
        assertTrue(response.indicatesSuccess(), received::toString);
        assertEquals(state, response.getState());
        assertEquals(Sts.ISSUER, received.get("iss"), "RFC 9207");
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        TokenResponse tokens = OIDCTokenResponseParser.parse(OAuthClient.send(new TokenRequest(Sts.TOKEN_ENDPOINT,
                orders.basic(), new AuthorizationCodeGrant(code, callback, verifier))));
        assertTrue(tokens.indicatesSuccess(), () -> tokens.toErrorResponse().getErrorObject().toString());
        IDTokenClaimsSet idToken = new IDTokenValidator(new Issuer(Sts.ISSUER), new ClientID(orders.id()),
                JWSAlgorithm.RS256, Sts.JWKS_URI.toURL()).validate(((OIDCTokenResponse) tokens.toSuccessResponse())
                        .getOIDCTokens().getIDToken(), nonce);
        assertEquals(user.id(), idToken.getSubject().getValue());
        assertEquals(user.email(), idToken.getStringClaim("email"));

        // 2. the SAML application: the browser goes there without a second password prompt
        AuthnRequest request = reports.authnRequest(r -> { });
        String relayState = "reports-home";
        chromium.get(Sts.ISSUER + "/saml2/sso?" + reports.redirectQuery(SamlSp.xml(request), relayState, false));
        // the login form would stop the browser on our page; it reaches the application by itself
        wait.until(ExpectedConditions.urlToBe(appsUrl + "/saml/acs"));
        assertEquals("Signed in with SAML", chromium.findElement(By.id("result")).getText());
        screenshot("3-saml-application.png");
        Map<String, String> posted = SAML_POSTS.poll(5, TimeUnit.SECONDS);
        assertNotNull(posted, "the SP received the HTTP-POST binding's form");
        assertEquals(relayState, posted.get("RelayState"));
        Response saml = (Response) SamlSp.read(new String(Base64.getDecoder().decode(posted.get("SAMLResponse")),
                StandardCharsets.UTF_8));
        assertEquals(StatusCode.SUCCESS, saml.getStatus().getStatusCode().getValue());
        assertEquals(request.getID(), saml.getInResponseTo());
        SamlSsoIT.assertSignedByUs(saml.getSignature());
        assertFalse(SamlSsoIT.nameId(reports.assertion(saml)).isEmpty());
        assertTrue(Files.size(SCREENSHOTS.resolve("browser-sso-3-saml-application.png")) > 1_000);
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) chromium).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve("browser-sso-" + name),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static void page(HttpExchange exchange, String app, String result) throws IOException {
        byte[] html = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + app
                + "</title></head><body><h1>" + app + "</h1><p id=\"result\">" + result + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, html.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(html);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String encode(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }
}
