package org.joinedup.transform.load;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.joinedup.ingest.detect.ContentDetector;
import org.joinedup.warehouse.ReturnType;

/**
 * What loading needs to know of one return type: how its files are recognised, what a
 * submitter is told it accepts, how a file is read, checked and mapped, and the tables
 * its facts go to. Each type's package declares one; {@link ReturnTypes} lists them.
 *
 * @param accepts what files of the type are, for the finding that rejects a file of no
 * type, e.g. {@code "Better Care Fund quarterly workbooks (.xlsx or .xls)"}
 */
public record ReturnTypeDefinition(ReturnType type, String accepts, ContentDetector detector,
		Function<LoadContext, ReturnMapper> mapper, List<FactTable<?>> tables) {

	public ReturnTypeDefinition {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(detector, "detector");
		Objects.requireNonNull(mapper, "mapper");
		tables = List.copyOf(tables);
	}
}
