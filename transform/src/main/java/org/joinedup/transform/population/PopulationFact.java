package org.joinedup.transform.population;

import org.joinedup.transform.load.Fact;

record PopulationFact(String onsCode, String name, String geography, int midYear, long population, long population65,
		String sourceSheet, int sourceRow) implements Fact {
}
