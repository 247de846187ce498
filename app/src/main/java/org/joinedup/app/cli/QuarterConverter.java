package org.joinedup.app.cli;

import java.util.regex.Pattern;

import org.joinedup.warehouse.period.FinancialQuarter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Accepts {@code 2016-17 Q4}, {@code 2016-17Q4}, {@code Q4 2016-17}, {@code 2016/17 Q4}.
 */
class QuarterConverter implements ITypeConverter<FinancialQuarter> {

	private static final Pattern YEAR_ALONE = Pattern.compile("\\d{4}[-/]\\d{2}");

	@Override
	public FinancialQuarter convert(String value) {
		return FinancialQuarter.parse(value).orElseThrow(() -> new TypeConversionException(problem(value)));
	}

	private static String problem(String value) {
		if (YEAR_ALONE.matcher(value.strip()).matches()) {
			return "'" + value + "' is a year without its quarter: write '" + value
					+ " Q4' in quotes (it has a space) or " + value + "Q4";
		}
		return "'" + value
				+ "' is not a financial quarter: write it like 2016-17 Q4 (April-March year, Q1 = April-June)";
	}

}
