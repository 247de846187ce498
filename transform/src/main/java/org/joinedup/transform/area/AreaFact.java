package org.joinedup.transform.area;

import java.time.LocalDate;

import org.joinedup.transform.load.Fact;

record AreaFact(String onsCode, String name, String type, String region, String legacyCode, Long population,
		Long population65, LocalDate validFrom, LocalDate validTo, int sourceRow) implements Fact {
}
