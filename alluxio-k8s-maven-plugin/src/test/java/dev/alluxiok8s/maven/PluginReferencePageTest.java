package dev.alluxiok8s.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The docs site's plugin page ({@code src/site/markdown/maven-plugin.md}) lists every goal and
 * parameter from the plugin descriptor that maven-plugin-plugin writes before the tests run, the
 * same descriptor `mvn alluxio-k8s:help` and the plugin report's goal pages read; so a parameter
 * added to a Mojo is on the page or this test fails. Run with {@code -Dalluxio.k8s.golden.update=true}
 * to rewrite the page, then review it with git diff.
 */
class PluginReferencePageTest {

  private static final Path PAGE =
      Path.of(System.getProperty("alluxio.k8s.repo", "..")).resolve("src/site/markdown/maven-plugin.md");

  @Test
  void thePluginPageDescribesEveryGoalAndParameter() throws Exception {
    String page = page(descriptor());

    if (Boolean.getBoolean("alluxio.k8s.golden.update")) {
      Files.writeString(PAGE, page, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("src/site/markdown/maven-plugin.md is made from the plugin descriptor; rerun with -Dalluxio.k8s.golden.update=true")
        .isEqualTo(page);
  }

  /** The page, the help goal and the report all print these descriptions: none may be blank. */
  @Test
  void everyGoalAndParameterHasADescription() throws Exception {
    List<String> undescribed = new ArrayList<>();
    for (Element mojo : children(descriptor().getDocumentElement(), "mojos", "mojo")) {
      String goal = text(mojo, "goal");
      if (text(mojo, "description").isBlank()) {
        undescribed.add(goal);
      }
      for (Element parameter : editable(mojo)) {
        if (text(parameter, "description").isBlank()) {
          undescribed.add(goal + " <" + text(parameter, "name") + ">");
        }
      }
    }
    assertThat(undescribed).isEmpty();
  }

  static String page(Document descriptor) {
    Element plugin = descriptor.getDocumentElement();
    String prefix = text(plugin, "goalPrefix");
    StringBuilder md = new StringBuilder();
    md.append("# Maven plugin\n\n")
        .append(text(plugin, "description")).append(" Needs Maven ")
        .append(text(plugin, "requiredMavenVersion")).append(" and Java ")
        .append(text(plugin, "requiredJavaVersion")).append(".\n\n")
        .append("```xml\n<plugin>\n  <groupId>").append(text(plugin, "groupId")).append("</groupId>\n")
        .append("  <artifactId>").append(text(plugin, "artifactId")).append("</artifactId>\n")
        .append("  <version>").append(text(plugin, "version")).append("</version>\n")
        .append("  <configuration>\n")
        .append("    <specFiles><specFile>src/main/alluxio/alluxio.yaml</specFile></specFiles>\n")
        .append("    <layout>kubectl</layout>\n")
        .append("  </configuration>\n")
        .append("  <executions>\n")
        .append("    <execution><goals><goal>render</goal><goal>validate</goal></goals></execution>\n")
        .append("  </executions>\n</plugin>\n```\n\n")
        .append("Errors are listed as `[ERROR] FILE:LINE:COL: ...` and name the `<configuration>` element ")
        .append("to change. This page is made from the plugin's descriptor (`PluginReferencePageTest` fails ")
        .append("when they differ); `mvn ").append(prefix).append(":help -Ddetail` prints the same, and the ")
        .append("[plugin's own pages](alluxio-k8s-maven-plugin/plugin-info.html) have one page per goal.\n\n");
    for (Element mojo : children(plugin, "mojos", "mojo")) {
      String goal = text(mojo, "goal");
      md.append("## ").append(prefix).append(':').append(goal).append("\n\n")
          .append(cell(firstSentence(text(mojo, "description"))));
      if (!text(mojo, "phase").isEmpty()) {
        md.append(" Default phase: `").append(text(mojo, "phase")).append("`.");
      }
      md.append(" [Goal page](alluxio-k8s-maven-plugin/").append(goal).append("-mojo.html).\n\n");
      List<Element> parameters = editable(mojo);
      if (parameters.isEmpty()) {
        continue;
      }
      md.append("| parameter | type | default | property | description |\n|---|---|---|---|---|\n");
      for (Element parameter : parameters) {
        String name = text(parameter, "name");
        Element configuration = children(mojo, "configuration", name).stream().findFirst().orElse(null);
        String defaultValue = configuration == null ? "" : configuration.getAttribute("default-value");
        String expression = configuration == null ? "" : configuration.getTextContent().strip();
        md.append("| `<").append(name).append(">`").append("true".equals(text(parameter, "required")) ? " (required)" : "")
            .append(" | ").append(simpleType(text(parameter, "type")))
            .append(" | ").append(defaultValue.isEmpty() ? "" : "`" + cell(defaultValue) + "`")
            .append(" | ").append(expression.startsWith("${") ? "`" + expression.substring(2, expression.length() - 1) + "`" : "")
            .append(" | ").append(cell(text(parameter, "description").replace('\n', ' ').strip())).append(" |\n");
      }
      md.append('\n');
    }
    return md.toString();
  }

  /** The descriptor maven-plugin-plugin wrote into this module's classes before the tests ran. */
  private static Document descriptor() throws Exception {
    Path classes = classesFolder();
    Path file = classes.resolve("META-INF/maven/plugin.xml");
    assertThat(file).as("the plugin descriptor (written by maven-plugin-plugin at process-classes)").exists();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static Path classesFolder() throws URISyntaxException, IOException {
    return Path.of(RenderMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static List<Element> editable(Element mojo) {
    return children(mojo, "parameters", "parameter").stream()
        .filter(p -> "true".equals(text(p, "editable")))
        .toList();
  }

  /** The elements {@code name} inside the first {@code container} child of {@code parent}. */
  private static List<Element> children(Element parent, String container, String name) {
    List<Element> found = new ArrayList<>();
    for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && e.getTagName().equals(container)) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (n instanceof Element child && child.getTagName().equals(name)) {
            found.add(child);
          }
        }
        break;
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().strip();
      }
    }
    return "";
  }

  /** The goal page has the whole description (with its example); the summary keeps the first sentence. */
  private static String firstSentence(String description) {
    String flat = description.replace('\n', ' ').strip();
    int end = flat.indexOf(". ");
    return end < 0 ? flat : flat.substring(0, end + 1);
  }

  private static String simpleType(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }

  /** Markdown would take {@code <layout>} for an HTML tag and {@code |} for a cell border. */
  private static String cell(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|");
  }
}
