package org.joinedup.transform.bcf;

import java.time.LocalDate;

import org.joinedup.transform.load.Fact;

record CoverFact(String hwbName, String templateVersion, String completedBy, String email, String telephone,
		LocalDate signedOffOn, String sheet) implements Fact {
}
