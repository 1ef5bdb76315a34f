package org.agentset.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Page object of the merchant server's storefront ({@code /merchant/}). */
public final class StorefrontPage {

  /** One shop as the page shows it. */
  public record Shop(String code, String name, String tagline, String meta) {}

  private final WebDriver driver;

  private StorefrontPage(WebDriver driver) {
    this.driver = driver;
  }

  public static StorefrontPage open(WebDriver driver, String url) {
    driver.get(url);
    return new StorefrontPage(driver);
  }

  public String title() {
    return driver.getTitle();
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  public List<Shop> shops() {
    return driver.findElements(By.cssSelector("li.shop")).stream().map(StorefrontPage::shop).toList();
  }

  /** The computed style of the shop list, to tell a styled page from a bare one. */
  public String shopListDisplay() {
    return driver.findElement(By.cssSelector("ul.shops")).getCssValue("display");
  }

  private static Shop shop(WebElement li) {
    return new Shop(
        li.getAttribute("id").replaceFirst("^shop-", ""),
        li.findElement(By.tagName("h2")).getText(),
        li.findElement(By.cssSelector("p:not(.meta)")).getText(),
        li.findElement(By.cssSelector("p.meta")).getText());
  }
}
