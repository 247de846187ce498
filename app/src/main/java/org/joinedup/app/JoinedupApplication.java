package org.joinedup.app;

import java.util.OptionalInt;

import org.joinedup.app.cli.BeforeSpring;
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
		System.exit(SpringApplication.exit(SpringApplication.run(JoinedupApplication.class, args)));
	}

}
