package org.agentset.it;

import java.io.File;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR the build produced, optionally with a web module holding in-container tests. */
public final class SuiteArchive {

  private SuiteArchive() {}

  /** {@code ear/target/agentset.ear}, exactly as the run command deploys it. */
  public static EnterpriseArchive plain() {
    return ShrinkWrap.create(ZipImporter.class, "agentset.ear")
        .importFrom(new File(System.getProperty("agentset.ear")))
        .as(EnterpriseArchive.class);
  }

  /**
   * The real EAR plus {@code agentset-it.war} with the given test classes, listed in the EAR's
   * application.xml so WildFly deploys it beside the other modules.
   */
  public static EnterpriseArchive withTests(Class<?>... testClasses) {
    EnterpriseArchive ear = plain();
    WebArchive tests =
        ShrinkWrap.create(WebArchive.class, "agentset-it.war")
            .addClasses(testClasses)
            .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
    String applicationXml;
    try (var in = ear.get("META-INF/application.xml").getAsset().openStream()) {
      applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    applicationXml =
        applicationXml.replace(
            "</application>",
            "<module><web><web-uri>agentset-it.war</web-uri>"
                + "<context-root>/agentset-it</context-root></web></module></application>");
    return ear.addAsModule(Testable.archiveToTest(tests))
        .setApplicationXML(new StringAsset(applicationXml));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
