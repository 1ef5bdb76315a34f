package org.agentset.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page object of the CA's admin console ({@code /ca/login.xhtml}, {@code /ca/admin/...}): sign-in,
 * the operator shown in the header, certificate search, a certificate's detail, and revocation.
 * Waits are for the page to reach a state (an element present, a dialog shown), never timings.
 */
public final class CaConsolePage {

  private final WebDriver driver;
  private final String base;
  private final WebDriverWait wait;

  public CaConsolePage(WebDriver driver, String base) {
    this.driver = driver;
    this.base = base;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** Signs in and lands on the dashboard. */
  public CaConsolePage signIn(String user, String password) {
    driver.get(base + "/ca/login.xhtml");
    driver.findElement(By.id("login:username")).sendKeys(user);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:signIn")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("operatorName")));
    return this;
  }

  /** Signs in with a wrong password and returns the error shown. */
  public String failedSignIn(String user, String password) {
    driver.get(base + "/ca/login.xhtml");
    driver.findElement(By.id("login:username")).sendKeys(user);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:signIn")).click();
    return wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#messages .ui-messages-error")))
        .getText();
  }

  public void open(String path) {
    driver.get(base + "/ca" + path);
  }

  public String title() {
    return driver.getTitle();
  }

  public String heading() {
    return driver.findElement(By.id("pageTitle")).getText();
  }

  public String operator() {
    return driver.findElement(By.id("operatorName")).getText();
  }

  public String role() {
    return driver.findElement(By.id("operatorRole")).getText();
  }

  public String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  /** Whether an element with this id is on the page. */
  public boolean has(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  /** The text of the page's messages. */
  public String messages() {
    return driver.findElement(By.id("messages")).getText();
  }

  /** Searches certificates by subject fragment and status; returns the serials listed. */
  public List<String> search(String subject, String status) {
    open("/admin/certificates.xhtml");
    WebElement field = driver.findElement(By.id("search:subject"));
    field.clear();
    field.sendKeys(subject);
    if (status != null) {
      choose("search:status", status);
    }
    WebElement table = driver.findElement(By.id("search:results"));
    driver.findElement(By.id("search:find")).click();
    wait.until(ExpectedConditions.stalenessOf(table));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search:results")));
    return driver.findElements(By.cssSelector("#search\\:results tbody a[id$=':detail']")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Opens the detail page of the listed certificate with {@code serial}. */
  public void openListed(String serial) {
    driver.findElements(By.cssSelector("#search\\:results tbody a[id$=':detail']")).stream()
        .filter(a -> a.getText().equals(serial))
        .findFirst()
        .orElseThrow()
        .click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("serial")));
  }

  /** From a certificate's page: follows "Revoke…", picks the reason, confirms twice. */
  public void revoke(String reasonLabel) {
    driver.findElement(By.id("revokeLink")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("revoke:reason")));
    choose("revoke:reason", reasonLabel);
    driver.findElement(By.cssSelector("#revoke\\:understood .ui-chkbox-box")).click();
    driver.findElement(By.id("revoke:confirmRevoke")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("revoke:confirmDialog")));
  }

  /** Clicks the confirmation dialog's "Yes" and waits for the certificate page. */
  public void confirm() {
    WebElement yes = driver.findElement(By.id("revoke:yes"));
    yes.click();
    wait.until(ExpectedConditions.stalenessOf(yes));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
  }

  /**
   * Picks {@code label} in a PrimeFaces selectOneMenu, as a user would: opens the menu, waits for
   * its panel to stop sliding open (an item clicked mid-animation is missed, the click landing
   * where the item was a moment before), clicks the item, and checks that the menu shows it; a menu
   * that closed without taking the choice (or never opened, on a loaded machine) is simply opened
   * again.
   */
  private void choose(String id, String label) {
    By item = By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']");
    Rectangle[] lastSeen = {null};
    wait.until(
        d -> {
          if (d.findElement(By.id(id + "_label")).getText().equals(label)) {
            return true;
          }
          if (d.findElement(By.id(id + "_panel")).getCssValue("display").equals("none")) {
            lastSeen[0] = null;
            d.findElement(By.id(id)).click();
            return false;
          }
          List<WebElement> shown = d.findElements(item);
          if (shown.isEmpty() || !shown.get(0).isDisplayed()) {
            return false; // still fading in
          }
          Rectangle now = shown.get(0).getRect();
          if (now.equals(lastSeen[0])) {
            shown.get(0).click();
            lastSeen[0] = null;
          } else {
            lastSeen[0] = now;
          }
          return false;
        });
  }

  /** The session cookie, to show that the server refuses even this session's direct calls. */
  public String sessionCookie() {
    return driver.manage().getCookieNamed("JSESSIONID").getValue();
  }

  public void signOut() {
    driver.findElement(By.id("signOutForm:signOut")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signedOut")));
  }
}
