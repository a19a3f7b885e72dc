package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.X509CertUtils;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin console in a real browser (Debian's chromium, headless): signing in, seeing clients and
 * trusted partners, disabling and deleting a partner, signing out.
 */
class ConsoleIT {

    private static final String CONSOLE = Sts.BASE_URL + "/admin";
    private static final String USERNAME = Sts.property("sts.admin.username", "admin");
    private static final String PASSWORD = Sts.property("sts.admin.password", "correct horse battery staple");
    private static final String GENERIC_FAILURE = "Invalid username or password.";
    private static final Path SERVER_LOG = Path.of(Sts.property("sts.wlp.dir", "target/liberty/wlp"), "usr",
            "servers", Sts.property("sts.server.name", "symbolon-it"), "logs", "messages.log");

    private static Path profile;
    private static ChromeDriverService service;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws IOException {
        String driverPath = Sts.property("sts.chromedriver", "/usr/bin/chromedriver");
        // Selenium Manager must never download a browser or a driver: both are given explicitly
        System.setProperty("webdriver.chrome.driver", driverPath);
        System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
        profile = Files.createTempDirectory("symbolon-console-it");
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driverPath))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Sts.property("sts.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile);
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class); // an element of the page being replaced
    }

    /** Each test starts as a visitor who never signed in. */
    @BeforeEach
    void forgetTheSession() {
        browser.get(CONSOLE + "/login.xhtml");
        browser.manage().deleteAllCookies();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private void signIn(String username, String password) {
        browser.get(CONSOLE + "/login.xhtml");
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        user.clear();
        user.sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    /** The error shown on the sign-in page after a failed attempt (the page carries an empty slot before). */
    private String awaitSignInError() {
        return wait.until(d -> {
            String text = d.findElement(By.id("login:messages")).getText().trim();
            return text.isEmpty() ? null : text;
        });
    }

    private void awaitSignInPage() {
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    }

    private void awaitClientsPage() {
        wait.until(ExpectedConditions.urlContains("/admin/clients.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clients")));
    }

    @Test
    void anonymousVisitorIsSentToTheSignInPage() {
        browser.get(CONSOLE + "/clients.xhtml");
        awaitSignInPage();
        assertTrue(browser.findElements(By.id("clients")).isEmpty(), "no client list before signing in");
    }

    @Test
    void wrongPasswordShowsOneGenericErrorAndNoSession() {
        signIn(USERNAME, "not the password");
        assertEquals(GENERIC_FAILURE, awaitSignInError());
        assertTrue(browser.getCurrentUrl().contains("/admin/login.xhtml"), browser.getCurrentUrl());

        signIn("no-such-admin", "not the password");
        assertEquals(GENERIC_FAILURE, awaitSignInError(), "no hint which usernames exist");

        browser.get(CONSOLE + "/clients.xhtml");
        awaitSignInPage();
    }

    @Test
    void bootstrapAdminSignsInAndSeesClientsRegisteredThroughTheApi() {
        String name = "Console test " + Sts.uniqueId("name");
        RegisteredClient client = AdminApi.register(c -> c.add("name", name));

        signIn(USERNAME, PASSWORD);
        awaitClientsPage();

        String table = browser.findElement(By.id("clients")).getText();
        assertTrue(table.contains(client.id()), "the client id is listed");
        assertTrue(table.contains(name), "the client name is listed");
        assertFalse(browser.getPageSource().contains(client.secret()), "no secret on the page");
        assertTrue(browser.findElement(By.id("signed-in-as")).getText().contains(USERNAME));
    }

    @Test
    void clientNamesAreShownAsTextNeverAsMarkup() {
        String marker = Sts.uniqueId("xss");
        String name = "<img id=\"" + marker + "\" src=x onerror=\"document.title='" + marker + "'\">";
        AdminApi.register(c -> c.add("name", name));

        signIn(USERNAME, PASSWORD);
        awaitClientsPage();

        assertTrue(browser.findElement(By.id("clients")).getText().contains(name), "the name is shown as typed");
        assertTrue(browser.findElements(By.id(marker)).isEmpty(), "the name became an element of the page");
        assertFalse(browser.getTitle().contains(marker), "script from a client name ran");
    }

    @Test
    void sessionCookieIsHttpOnlyAndStrict() {
        signIn(USERNAME, PASSWORD);
        awaitClientsPage();
        Set<Cookie> cookies = browser.manage().getCookies();
        assertFalse(cookies.isEmpty(), "signed in by a session cookie");
        for (Cookie cookie : cookies) {
            assertTrue(cookie.isHttpOnly(), cookie.getName() + " is HttpOnly");
            assertEquals("Strict", cookie.getSameSite(), cookie.getName() + " is SameSite=Strict");
        }
    }

    @Test
    void consolePagesCannotBeFramedOrSniffed() {
        for (String page : new String[] {"/login.xhtml", "/clients.xhtml", "/partners.xhtml", "/partner.xhtml"}) {
            HttpResponse<String> response = Sts.get("/admin" + page);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'"), page + ": " + csp);
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), page);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), page);
        }
    }

    @Test
    void signingOutReturnsToTheSignInPageAndEndsTheSession() {
        signIn(USERNAME, PASSWORD);
        awaitClientsPage();
        Set<Cookie> sessionCookies = browser.manage().getCookies();

        browser.findElement(By.id("signOut:submit")).click();

        awaitSignInPage();
        assertTrue(browser.findElement(By.id("signed-out")).isDisplayed());
        browser.get(CONSOLE + "/clients.xhtml");
        awaitSignInPage();

        // the old session id is worthless: the session died at sign-out, not just the cookie
        browser.manage().deleteAllCookies();
        // host-only, as the server set them (a __Host- cookie may not name a domain)
        sessionCookies.forEach(c -> browser.manage().addCookie(new Cookie.Builder(c.getName(), c.getValue())
                .path(c.getPath()).isSecure(c.isSecure()).isHttpOnly(c.isHttpOnly()).sameSite(c.getSameSite())
                .build()));
        browser.get(CONSOLE + "/clients.xhtml");
        awaitSignInPage();
    }

    // ---- trusted partners ----

    @Test
    void adminSeesAPartnerRegisteredThroughTheApiWithItsCertificateAndRulesAndDisablesIt() throws Exception {
        JsonObject jwks = jwksWithACertificate();
        Partner partner = new Partner().register(f -> f
                .add("jwks", jwks)
                .add("incomingRules", Json.createReader(new StringReader(
                        "[{\"kind\": \"constant\", \"claim\": \"department\", \"value\": \"<b>sales</b>\"}]"))
                        .readValue()));
        JsonObject registered = issuer(partner.id);
        JsonObject certificate = registered.getJsonArray("certificates").getJsonObject(0);

        signIn(USERNAME, PASSWORD);
        awaitClientsPage();
        browser.findElement(By.id("nav-partners")).click();
        WebElement row = awaitPartnerRow(partner);

        String listed = row.getText();
        assertTrue(listed.contains(partner.issuer), "the issuer is listed: " + listed);
        assertTrue(listed.contains("JWT"), "the protocol is listed: " + listed);
        assertTrue(listed.contains("Static JWKS"), "the key source is listed: " + listed);
        assertTrue(listed.contains("expires in") || listed.contains("expired on"), "the expiry: " + listed);

        row.findElement(By.linkText(partnerName(partner))).click();
        wait.until(ExpectedConditions.urlContains("/admin/partner.xhtml?issuerId=" + partner.id));
        String facts = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("facts"))).getText();
        assertTrue(facts.contains(partner.issuer), facts);
        assertTrue(facts.contains(Partner.TokenTypes.ID_TOKEN), "the accepted token types are shown: " + facts);
        assertTrue(facts.contains("RS256"), "the algorithms are shown: " + facts);
        String certificates = browser.findElement(By.id("certificates")).getText();
        assertTrue(certificates.contains(certificate.getString("sha256")), "the fingerprint: " + certificates);
        assertTrue(certificates.contains(certificate.getString("subject")), "the subject: " + certificates);
        WebElement rules = browser.findElement(By.id("incoming-rules"));
        assertTrue(rules.getText().contains("\"value\": \"<b>sales</b>\""), "the rules, indented: " + rules.getText());
        assertTrue(rules.findElements(By.tagName("b")).isEmpty(), "the rules became markup");

        browser.findElement(By.id("state:disable")).click();

        wait.until(ExpectedConditions.textToBe(By.id("enabled"), "No"));
        assertTrue(browser.findElement(By.id("changed")).getText().contains("disabled"));
        assertTrue(browser.findElements(By.id("state:disable")).isEmpty(), "only enabling is offered now");
        JsonObject after = issuer(partner.id);
        assertFalse(after.getBoolean("enabled"), after.toString());
        assertNotEquals(registered.getString("updatedAt"), after.getString("updatedAt"), "the change is recorded");
        assertEquals(registered.getJsonObject("jwks"), after.getJsonObject("jwks"), "the keys are kept");
        assertEquals(registered.get("incomingRules"), after.get("incomingRules"), "the rules are kept");
        awaitServerLogLine("audit success action=issuer.disable actor=" + USERNAME + " target=" + partner.id);
    }

    @Test
    void deletingAPartnerTakesAConfirmationStep() throws Exception {
        Partner partner = new Partner().register();

        signIn(USERNAME, PASSWORD);
        awaitClientsPage();
        openPartner(partner.id);
        browser.findElement(By.id("ask-delete")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-delete")));
        assertEquals(200, AdminApi.admin("GET", "/api/admin/issuers/" + partner.id, null).statusCode(),
                "asking to delete deletes nothing");

        browser.findElement(By.id("delete:confirm")).click();

        wait.until(ExpectedConditions.urlContains("/admin/partners.xhtml"));
        assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deleted"))).isDisplayed());
        assertFalse(browser.getPageSource().contains(partner.id), "the partner is no longer listed");
        assertEquals(404, AdminApi.admin("GET", "/api/admin/issuers/" + partner.id, null).statusCode());
        awaitServerLogLine("audit success action=issuer.delete actor=" + USERNAME + " target=" + partner.id);
    }

    @Test
    void aChangeToAPartnerThatIsGoneSaysSoOnThePage() {
        Partner partner = new Partner().register();
        signIn(USERNAME, PASSWORD);
        awaitClientsPage();
        openPartner(partner.id);
        // another administrator removes it while the page is open
        assertEquals(204, AdminApi.admin("DELETE", "/api/admin/issuers/" + partner.id, null).statusCode());

        browser.findElement(By.id("state:disable")).click();

        String message = wait.until(d -> {
            String text = d.findElement(By.id("messages")).getText().trim();
            return text.isEmpty() ? null : text;
        });
        assertTrue(message.contains("The change was refused"), message);
        assertTrue(browser.findElement(By.id("not-found")).isDisplayed());
    }

    @Test
    void unknownPartnerIdShowsAMessageAndNoError() {
        signIn(USERNAME, PASSWORD);
        awaitClientsPage();
        for (String id : new String[] {Sts.uniqueId("missing"), "..%2F%3Cb%3Ex", ""}) {
            browser.get(CONSOLE + "/partner.xhtml?issuerId=" + id);
            WebElement notFound = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
            assertEquals("There is no trusted partner with this id.", notFound.getText(), id);
            assertTrue(browser.findElements(By.id("facts")).isEmpty(), id);
        }
        browser.findElement(By.id("all-partners")).click();
        wait.until(ExpectedConditions.urlContains("/admin/partners.xhtml"));
        browser.findElement(By.id("nav-clients")).click();
        awaitClientsPage();
    }

    private static String partnerName(Partner partner) {
        return "Partner " + partner.id; // what Partner.register() names it
    }

    private WebElement awaitPartnerRow(Partner partner) {
        wait.until(ExpectedConditions.urlContains("/admin/partners.xhtml"));
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//table[@id='partners']//tr[.//a[normalize-space()='" + partnerName(partner) + "']]")));
    }

    private void openPartner(String issuerId) {
        browser.get(CONSOLE + "/partner.xhtml?issuerId=" + issuerId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("facts")));
    }

    private static JsonObject issuer(String issuerId) {
        HttpResponse<String> response = AdminApi.admin("GET", "/api/admin/issuers/" + issuerId, null);
        assertEquals(200, response.statusCode(), response::body);
        return Sts.json(response);
    }

    /** A public JWKS whose key carries its certificate (x5c): Symbolon's own SAML signing certificate serves. */
    private static JsonObject jwksWithACertificate() throws Exception {
        String base64 = TokenExchangeSamlIT.parse(Sts.get("/saml2/metadata").body())
                .getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "X509Certificate").item(0)
                .getTextContent();
        X509Certificate certificate = X509CertUtils.parse(Base64.getMimeDecoder().decode(base64));
        return Sts.json(new JWKSet(RSAKey.parse(certificate)).toString());
    }

    /** The audit trail's log line, which the server writes with the change. */
    private static void awaitServerLogLine(String line) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.readString(SERVER_LOG, StandardCharsets.UTF_8).contains(line)) {
            assertTrue(System.nanoTime() < deadline, "not in the server log: " + line);
            Thread.sleep(200);
        }
    }
}
