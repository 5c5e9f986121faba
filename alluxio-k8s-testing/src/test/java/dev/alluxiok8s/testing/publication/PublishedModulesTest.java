package dev.alluxiok8s.testing.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a release publishes, read from the POMs themselves: every module that is deployed (not
 * marked {@code maven.deploy.skip}) is in {@code alluxio-k8s-bom} at the reactor's version, and
 * the BOM, which has no parent so that importing it brings only our artifacts, repeats the
 * parent's publication metadata. A module added to the reactor and forgotten in the BOM fails here.
 */
class PublishedModulesTest {

  private static final Path REPO = Path.of(System.getProperty("alluxio.k8s.repo", ".."));

  @Test
  void theBomManagesEveryPublishedModuleAtTheReactorVersion() throws Exception {
    Element parent = pom(REPO.resolve("pom.xml"));
    Element bom = pom(REPO.resolve("alluxio-k8s-bom/pom.xml"));

    TreeSet<String> managed = new TreeSet<>();
    for (Element dependency : elements(child(child(bom, "dependencyManagement"), "dependencies"), "dependency")) {
      assertThat(text(dependency, "groupId")).isEqualTo(text(parent, "groupId"));
      assertThat(text(dependency, "version")).as(text(dependency, "artifactId")).isEqualTo(text(parent, "version"));
      managed.add(text(dependency, "artifactId"));
    }
    assertThat(managed).isEqualTo(publishedModules(parent));
    assertThat(text(bom, "version")).isEqualTo(text(parent, "version"));
    assertThat(child(bom, "parent")).as("the BOM's parent, whose dependencyManagement importers would get").isNull();
  }

  @Test
  void theBomRepeatsTheParentsPublicationMetadata() throws Exception {
    Element parent = pom(REPO.resolve("pom.xml"));
    Element bom = pom(REPO.resolve("alluxio-k8s-bom/pom.xml"));

    for (String element : List.of("groupId", "url", "licenses", "organization", "developers", "scm")) {
      assertThat(child(parent, element)).as("the parent's <%s>", element).isNotNull();
      assertThat(flat(child(bom, element))).as("the BOM's <%s>", element).isEqualTo(flat(child(parent, element)));
    }
  }

  /** Maven Central refuses a POM without a name and a description. */
  @Test
  void everyPublishedModuleHasANameAndADescription() throws Exception {
    for (String module : publishedModules(pom(REPO.resolve("pom.xml")))) {
      Element pom = pom(REPO.resolve(module).resolve("pom.xml"));
      assertThat(text(pom, "name")).as(module + " <name>").isNotBlank();
      assertThat(text(pom, "description")).as(module + " <description>").isNotBlank();
    }
  }

  /** The reactor's jar and plugin modules that are deployed. */
  private static TreeSet<String> publishedModules(Element parent) throws Exception {
    TreeSet<String> published = new TreeSet<>();
    for (Element module : elements(child(parent, "modules"), "module")) {
      Element pom = pom(REPO.resolve(module.getTextContent().strip()).resolve("pom.xml"));
      Element properties = child(pom, "properties");
      boolean skipped = properties != null && "true".equals(text(properties, "maven.deploy.skip"));
      if (!"pom".equals(text(pom, "packaging")) && !skipped) {
        published.add(text(pom, "artifactId"));
      }
    }
    assertThat(published).as("published modules").isNotEmpty();
    return published;
  }

  private static Element pom(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
  }

  private static Element child(Element parent, String name) {
    List<Element> found = elements(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> elements(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? "" : e.getTextContent().strip();
  }

  /** An element's text with whitespace collapsed: the two POMs may indent differently. */
  private static String flat(Element e) {
    return e == null ? null : e.getTextContent().replaceAll("\\s+", " ").strip();
  }
}
