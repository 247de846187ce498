package org.joinedup.app.console;

import java.nio.file.Path;

import org.joinedup.app.testing.TestHome;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One console application for every console test class (Spring caches it: each subclass
 * shares this configuration), served on a random port so that a real browser can use it
 * too, with MockMvc beside it. Its warehouse starts empty; tests add what they need and
 * must not depend on what others added.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "joinedup.console.port=0" })
@AutoConfigureMockMvc
public abstract class ConsoleTestSupport {

	protected static Path home;

	@DynamicPropertySource
	static void consoleHome(DynamicPropertyRegistry registry) {
		home = TestHome.register(registry);
		registry.add("joinedup.inbox", () -> home.resolve("inbox").toString());
	}

}
