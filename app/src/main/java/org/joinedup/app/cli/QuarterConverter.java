package org.joinedup.app.cli;

import org.joinedup.warehouse.period.FinancialQuarter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Accepts {@code 2016-17 Q4}, {@code 2016-17Q4}, {@code Q4 2016-17}, {@code 2016/17 Q4}.
 */
class QuarterConverter implements ITypeConverter<FinancialQuarter> {

	@Override
	public FinancialQuarter convert(String value) {
		return FinancialQuarter.parse(value)
			.orElseThrow(() -> new TypeConversionException("'" + value
					+ "' is not a financial quarter: write it like 2016-17 Q4 (April-March year, Q1 = April-June)"));
	}

}
