package org.joinedup.app;

import java.util.Map;
import java.util.OptionalInt;

import org.joinedup.app.cli.BeforeSpring;
import org.joinedup.app.console.ConsoleSwitch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class JoinedupApplication {

	public static void main(String[] args) {
		OptionalInt answered = BeforeSpring.answer(args);
		if (answered.isPresent()) {
			System.exit(answered.getAsInt());
		}
		SpringApplication application = new SpringApplication(JoinedupApplication.class);
		application.setDefaultProperties(Map.of(ConsoleSwitch.COMMAND, BeforeSpring.commandName(args)));
		System.exit(SpringApplication.exit(application.run(args)));
	}

}
