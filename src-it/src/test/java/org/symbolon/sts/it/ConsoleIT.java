package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/** The admin console in a real browser (Debian's chromium, headless): signing in, seeing clients, signing out. */
class ConsoleIT {

    private static final String CONSOLE = Sts.BASE_URL + "/admin";
    private static final String USERNAME = Sts.property("sts.admin.username", "admin");
    private static final String PASSWORD = Sts.property("sts.admin.password", "correct horse battery staple");
    private static final String GENERIC_FAILURE = "Invalid username or password.";

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
        for (String page : new String[] {"/login.xhtml", "/clients.xhtml"}) {
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
}
