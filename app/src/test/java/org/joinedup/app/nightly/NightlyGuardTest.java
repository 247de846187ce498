package org.joinedup.app.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.joinedup.app.testing.Patience;
import org.joinedup.app.testing.TestHome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two nightlies at once, each on a thread and a connection of its own: the second is
 * refused by the database.
 */
@SpringBootTest
class NightlyGuardTest {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws Exception {
		TestHome.register(registry);
		registry.add("joinedup.inbox", Files.createTempDirectory("joinedup-empty-inbox-")::toString);
	}

	@Autowired
	NightlyGuard guard;

	@Autowired
	NightlyService nightly;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSecondClaimIsRefusedWhileTheFirstHoldsTheLockAndGrantedOnceItIsReleased() throws Exception {
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> holdUntil(held, release));
		Patience.await("the first claim to be granted", held);

		boolean secondWhileHeld = Patience.get("a second claim while the first holds the lock",
				CompletableFuture.supplyAsync(this::claimAndRelease));
		release.countDown();
		assertThat(Patience.get("the first claim to be released", first)).isTrue();
		boolean secondAfterRelease = Patience.get("a claim after the release",
				CompletableFuture.supplyAsync(this::claimAndRelease));

		assertThat(secondWhileHeld).as("second claim while the first holds the lock").isFalse();
		assertThat(secondAfterRelease).as("second claim after the first released it").isTrue();
	}

	@Test
	void aNightlyStartedWhileAnotherRunsIsRefusedAndRecordsNoRun() throws Exception {
		int runsBefore = runs();
		StringWriter out = new StringWriter();
		Optional<NightlySummary> refused;
		try (var hold = guard.tryAcquire().orElseThrow()) {
			refused = Patience.get("a nightly started while another runs",
					CompletableFuture.supplyAsync(() -> runNightly(out)));
		}
		Optional<NightlySummary> afterwards = nightly.run(new PrintWriter(new StringWriter()));

		assertThat(refused).isEmpty();
		assertThat(out.toString()).contains("Nightly not started: another nightly is running");
		assertThat(afterwards).isPresent();
		assertThat(runs()).isEqualTo(runsBefore + 1);
	}

	private int runs() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM nightly_run", Integer.class);
	}

	private boolean holdUntil(CountDownLatch held, CountDownLatch release) {
		try (var hold = guard.tryAcquire().orElseThrow()) {
			held.countDown();
			return release.await(Patience.limit().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private boolean claimAndRelease() {
		try (var hold = guard.tryAcquire().orElse(null)) {
			return hold != null;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private Optional<NightlySummary> runNightly(StringWriter out) {
		try {
			return nightly.run(new PrintWriter(out, true));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
