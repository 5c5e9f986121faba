package dev.alluxiok8s.properties.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogsTest {

  @ParameterizedTest(name = "image tag {0} is checked with the 2.9 catalog, silently")
  @ValueSource(strings = {"2.9.4", "2.9.3", "2.9.0", "v2.9.4", "2.9.4-SNAPSHOT", "2.9.3-hadoop3"})
  void tagsOfTheLineUseItsCatalog(String tag) {
    Catalogs.Selection selection = Catalogs.forImageTag(tag);

    assertThat(selection.catalog().version()).isEqualTo("2.9.4");
    assertThat(selection.note()).isEmpty();
  }

  @ParameterizedTest(name = "image tag {0} gets a note naming the catalog used")
  @ValueSource(strings = {"2.8.1", "2.10.0", "latest", "29.4", "2.90.1"})
  void otherTagsSayWhichCatalogWasUsed(String tag) {
    assertThat(Catalogs.forImageTag(tag).note()).hasValue("alluxio-k8s has no property catalog for Alluxio image tag \""
        + tag + "\"; properties are checked against Alluxio 2.9.4's (org.alluxio:alluxio-core-common:2.9.4, "
        + "alluxio.conf.PropertyKey)");
  }

  @Test
  void lookupsFollowAlluxiosOrderKeyAliasTemplate() {
    PropertyCatalog catalog = Catalogs.newest();

    assertThat(catalog.find("alluxio.master.mount.table.root.ufs").orElseThrow().via()).isEqualTo(PropertyCatalog.Via.KEY);
    assertThat(catalog.find("alluxio.underfs.address").orElseThrow().definition().name())
        .isEqualTo("alluxio.master.mount.table.root.ufs");
    assertThat(catalog.find("alluxio.master.mount.table.data.ufs").orElseThrow().definition().name())
        .isEqualTo("alluxio.master.mount.table.%s.ufs");
    assertThat(catalog.find("alluxio.worker.tieredstore.level7.alias").orElseThrow().definition().scope())
        .isEqualTo(Scope.WORKER);
    assertThat(catalog.find("alluxio.no.such.key")).isEmpty();
  }

  @Test
  void didYouMeanOffersOnlyDocumentedCurrentKeys() {
    PropertyCatalog catalog = Catalogs.newest();

    assertThat(catalog.closest("alluxio.master.rpc.prot")).hasValue("alluxio.master.rpc.port");
    // alluxio.user.network.netty.channel is deprecated: a near miss is pointed at the current key.
    assertThat(catalog.closest("alluxio.user.network.netty.chanel")).hasValue("alluxio.user.network.rpc.netty.channel");
    assertThat(catalog.closest("something.else.entirely")).isEmpty();
  }
}
