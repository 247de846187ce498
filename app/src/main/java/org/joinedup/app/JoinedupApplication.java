package org.joinedup.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JoinedupApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(JoinedupApplication.class, args)));
	}

}
