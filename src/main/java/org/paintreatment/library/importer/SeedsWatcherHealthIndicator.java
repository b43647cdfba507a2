package org.paintreatment.library.importer;

import java.util.Locale;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The seeds watcher in {@code /actuator/health} (as {@code seedsWatcher}): UP while it watches or
 * polls the folder, is starting to, or when watching is off; DOWN when its thread has ended without being
 * stopped, since changes to the folder are then never imported; OUT_OF_SERVICE once stopped with
 * the application. Not part of the readiness group: an instance whose watcher died still serves
 * its library, so it stays in the load balancer, while the overall health, which monitoring reads,
 * says something is wrong.
 */
@Component
class SeedsWatcherHealthIndicator implements HealthIndicator {

	private final SeedsWatcher watcher;

	SeedsWatcherHealthIndicator(SeedsWatcher watcher) {
		this.watcher = watcher;
	}

	@Override
	public Health health() {
		SeedsWatcher.State state = watcher.state();
		Health.Builder health = switch (state) {
			case OFF, STARTING, WATCHING, POLLING -> Health.up();
			case STOPPED -> Health.outOfService();
			case DEAD -> Health.down();
		};
		return health.withDetail("state", state.name().toLowerCase(Locale.ROOT)).build();
	}

}
