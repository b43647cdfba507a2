package org.paintreatment.library.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlacesByIdTest {

	@Test
	void findsEveryArticlesPlaceAndNoPlaceForAnUnknownId() {
		Random random = new Random(5);
		List<IndexedArticle> articles = new ArrayList<>();
		// large ids, a sequence with gaps, and ids a multiple of the table's size apart (one slot, were the id taken as it is)
		for (long id : random.longs(3_000, 1, Long.MAX_VALUE).toArray()) {
			articles.add(article(id));
		}
		for (long id = 1; id <= 3_000; id += 1 + random.nextInt(3)) {
			articles.add(article(id));
		}
		for (long id = 0; id < 200; id++) {
			articles.add(article(5_000_000 + id * 16_384));
		}
		PlacesById places = new PlacesById(articles);

		for (int place = 0; place < articles.size(); place++) {
			assertThat(places.of(articles.get(place).id())).isEqualTo(place);
		}
		assertThat(places.of(-1)).isEqualTo(-1);
		assertThat(places.of(4_000)).isEqualTo(-1);
		assertThat(places.of(5_000_000 + 200 * 16_384)).isEqualTo(-1);
	}

	@Test
	void anEmptyLibraryHasNoPlaces() {
		assertThat(new PlacesById(List.of()).of(1)).isEqualTo(-1);
	}

	private static IndexedArticle article(long id) {
		return new IndexedArticle(id, "a" + id, "a" + id, "", "ketamine", Set.of(), Set.of(), 1);
	}

}
