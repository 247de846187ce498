package org.joinedup.samples.monthly;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.joinedup.samples.bcf.BcfDataModel;
import org.joinedup.samples.monthly.CsvLayout.Encoding;

/**
 * The monthly extracts of the sample inbox: delayed transfers (R2) and A&E (R3) for the
 * 24 months of 2015-16 and 2016-17, their imperfections rotated across the months, a
 * resubmitted R2 month, and the figures they must give.
 */
public final class MonthlySamples {

	/** A file of the inbox and what it carries. */
	public record MonthlyFile(String path, byte[] bytes, String imperfections) {
	}

	/**
	 * The R2 month sent again with one trust's figures corrected; it supersedes the first
	 * file.
	 */
	static final Month RESUBMITTED = new Month(2016, 7);

	private final DtocModel dtoc;

	private final AeModel ae;

	private final List<MonthlyFile> files = new ArrayList<>();

	private final List<List<String>> delayedDays = new ArrayList<>();

	private final List<List<String>> emergencyAdmissions = new ArrayList<>();

	public MonthlySamples(BcfDataModel bcf, long seed) {
		this.dtoc = new DtocModel(bcf, seed);
		this.ae = new AeModel(bcf, seed);
		List<Month> months = Month.sampleMonths();
		for (int n = 0; n < months.size(); n++) {
			addDtoc(months.get(n), n);
			addAe(months.get(n), n);
		}
	}

	public List<MonthlyFile> files() {
		return files;
	}

	/**
	 * {@code month,ons_code,nhs_days,social_care_days,both_days}: the B SUM totals of
	 * each month's accepted file.
	 */
	public byte[] expectedDelayedDays() {
		return csv(List.of("month", "ons_code", "nhs_days", "social_care_days", "both_days"), delayedDays);
	}

	/**
	 * {@code month,parent_org,org_code,emergency_admissions}: every emergency admission
	 * of R3, per provider.
	 */
	public byte[] expectedEmergencyAdmissions() {
		return csv(List.of("month", "parent_org", "org_code", "emergency_admissions"), emergencyAdmissions);
	}

	private void addDtoc(Month month, int n) {
		DtocExtract.Era era = n == 0 ? DtocExtract.Era.SHA_PARENT
				: n == 23 ? DtocExtract.Era.WITHOUT_A_SUM : DtocExtract.Era.CURRENT;
		Encoding encoding = n == 5 ? Encoding.WINDOWS_1252 : n % 4 == 1 ? Encoding.UTF8_BOM : Encoding.UTF8;
		CsvLayout layout = new CsvLayout(encoding, n % 2 == 0,
				DtocExtract.titleLines(month, n % 7 == 3 ? 4 : 3, encoding == Encoding.WINDOWS_1252), n % 5 == 2,
				n % 6 == 4, n % 8 == 6);
		List<DtocRow> rows = dtoc.rows(month, Providers.all());
		List<List<String>> records = DtocExtract.records(month, rows, era);
		String note = layout.describe() + "; era " + era;
		if (n == 9) {
			quoteFirstProviderName(records);
			note += "; a provider name quoted, with a comma, quotes and a line break";
		}
		String path = "dtoc/" + month.yearLabel() + "/DTOC-" + month.key() + ".csv";
		if (month.equals(RESUBMITTED)) {
			files.add(new MonthlyFile(path, CsvBytes.write(layout, DtocExtract.header(era), records),
					note + "; superseded by the resubmission"));
			rows = corrected(rows);
			records = DtocExtract.records(month, rows, era);
			path = "dtoc/" + month.yearLabel() + "/resubmitted/DTOC-" + month.key() + ".csv";
			note += "; resubmission: " + rows.get(0).provider().code() + " NHS B SUM +10 on every row";
		}
		files.add(new MonthlyFile(path, CsvBytes.write(layout, DtocExtract.header(era), records), note));
		for (Provider p : Providers.all()) {
			List<DtocRow> mine = rows.stream().filter(r -> r.provider().equals(p)).toList();
			delayedDays.add(List.of(month.key(), p.area().onsCode(),
					Long.toString(mine.stream().mapToLong(r -> r.days(r.nhsDays())).sum()),
					Long.toString(mine.stream().mapToLong(r -> r.days(r.socialCareDays())).sum()),
					Long.toString(mine.stream().mapToLong(r -> r.days(r.bothDays())).sum())));
		}
	}

	private static void quoteFirstProviderName(List<List<String>> records) {
		List<String> first = records.get(0);
		first.set(5, first.get(5) + ", \"THE TRUST\"\n(MAIN SITE)");
	}

	private static List<DtocRow> corrected(List<DtocRow> rows) {
		Provider first = rows.get(0).provider();
		return rows.stream()
			.map(r -> r.provider().equals(first) && r.nhsDays() != null
					? new DtocRow(r.provider(), r.acute(), r.reason(), r.nhsPatients(), r.nhsDays() + 10,
							r.socialCarePatients(), r.socialCareDays(), r.bothPatients(), r.bothDays())
					: r)
			.toList();
	}

	private void addAe(Month month, int n) {
		AeExtract.Era era = month.finYear() == 2015 ? AeExtract.Era.NUMBER_OF : AeExtract.Era.BOOKED_APPOINTMENTS;
		CsvLayout layout = new CsvLayout(n % 3 == 0 ? Encoding.UTF8_BOM : Encoding.UTF8, n % 2 == 1, n % 4 == 2
				? List.of("A&E Attendances and Emergency Admissions", AeExtract.period(month), "Illustrative figures")
				: List.of(), n % 5 == 3, n % 6 == 1, n % 8 == 5);
		long totalOffBy = n == 16 ? 25 : 0;
		List<AeRow> rows = ae.rows(month);
		List<List<String>> records = AeExtract.records(month, rows, era,
				n % 2 == 0 ? AeExtract.TotalLabel.ORG_CODE : AeExtract.TotalLabel.ORG_NAME, totalOffBy);
		String note = layout.describe() + "; era " + era + (totalOffBy != 0
				? "; TOTAL row's Type 1 attendances off by " + totalOffBy + " (a warning, still loads)" : "");
		files.add(new MonthlyFile("ae/" + month.yearLabel() + "/MSitAE-" + month.key() + ".csv",
				CsvBytes.write(layout, AeExtract.header(era), records), note));
		for (AeRow row : rows) {
			emergencyAdmissions.add(List.of(month.key(), row.provider().aeParent(), row.provider().code(),
					Long.toString(row.emergencyAdmissions())));
		}
	}

	private static byte[] csv(List<String> header, List<List<String>> rows) {
		StringWriter out = new StringWriter();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader(header.toArray(String[]::new))
			.setRecordSeparator("\n")
			.get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
