package org.agentset.wallet.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The first-run page: choose the wallet password. */
final class CreateWalletPage {

  private final WebDriver driver;

  CreateWalletPage(WebDriver driver) {
    this.driver = driver;
    if (!driver.getCurrentUrl().endsWith("/create")) {
      throw new IllegalStateException("expected the create page, at " + driver.getCurrentUrl());
    }
  }

  /** Types the password twice and creates the wallet. */
  CardsPage create(String password) {
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("confirmation")).sendKeys(password);
    driver.findElement(By.id("create")).click();
    return new CardsPage(driver);
  }
}
