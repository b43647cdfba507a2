package org.paintreatment.library.article;

import java.util.Objects;

import org.paintreatment.library.kernel.LibraryChangedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When several instances share one database ({@code library.poll-changes=true}), notices that
 * another instance imported and lets this instance's snapshot and search index catch up, so
 * every instance serves the same library within {@code library.poll-millis}.
 */
@Component
@ConditionalOnProperty(name = "library.poll-changes", havingValue = "true")
class LibraryChangePoller {

	private static final Logger log = LoggerFactory.getLogger(LibraryChangePoller.class);

	private final ArticleRepository articles;

	private final ApplicationEventPublisher events;

	private LibraryChangeSignature lastSeen;

	/**
	 * Reads the signature before this instance's own start-up import and snapshot, so that no
	 * change made after that can be taken for the starting point.
	 */
	LibraryChangePoller(ArticleRepository articles, ApplicationEventPublisher events) {
		this.articles = articles;
		this.events = events;
		this.lastSeen = articles.findChangeSignature();
	}

	@Scheduled(initialDelayString = "${library.poll-millis:2000}", fixedDelayString = "${library.poll-millis:2000}")
	void pollForChanges() {
		try {
			LibraryChangeSignature now = articles.findChangeSignature();
			if (!Objects.equals(now, lastSeen)) {
				log.info("The library changed in the database; refreshing this instance");
				events.publishEvent(new LibraryChangedEvent(LibraryChangedEvent.Origin.ANOTHER_INSTANCE));
			}
			lastSeen = now;
		}
		catch (RuntimeException ex) {
			log.warn("Polling the database for library changes failed: {}", ex.getMessage());
		}
	}

}
