package org.joinedup.transform.bcf;

import org.joinedup.transform.load.Fact;

record NarrativeFact(String narrative, String sheet, int row) implements Fact {
}
