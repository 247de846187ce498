package org.joinedup.transform.provider;

import java.time.LocalDate;

import org.joinedup.transform.load.Fact;

record ProviderFact(String odsCode, String name, String parentCode, String parentName, String region,
		LocalDate openedOn, LocalDate closedOn, int sourceRow) implements Fact {
}
