package org.joinedup.samples.monthly;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.joinedup.samples.bcf.BcfDataModel;
import org.joinedup.samples.rejects.Reject;

/**
 * One bad monthly extract per reject rule of R2, R3 and the common CSV rules, each
 * otherwise valid (two trusts of the sample areas, October 2016, a clean layout) so that
 * it fails for exactly that rule.
 */
public final class MonthlyRejects {

	private static final Month MONTH = new Month(2016, 6);

	/** R2: three title lines, the header on line 4, the first row on line 5. */
	private static final int DTOC_FIRST_LINE = 5;

	/** R3: no title lines, the header on line 1. */
	private static final int AE_FIRST_LINE = 2;

	private final DtocModel dtoc;

	private final AeModel ae;

	private final List<Reject> rejects = new ArrayList<>();

	private MonthlyRejects(BcfDataModel bcf, long seed) {
		this.dtoc = new DtocModel(bcf, seed);
		this.ae = new AeModel(bcf, seed);
	}

	public static List<Reject> build(BcfDataModel bcf, long seed) {
		return new MonthlyRejects(bcf, seed).all();
	}

	private List<Reject> all() {
		dtocMissingColumn();
		dtocTooManyFields();
		dtocCell("dtoc-period-unparseable", "period-unparseable", 0, "Period Name", "JANURARY");
		dtocCell("dtoc-period-mixed", "period-mixed", 1, "Period Name", "SEPTEMBER");
		dtocCell("dtoc-ods-code-malformed", "ods-code-malformed", 0, "Provider Org Code", "RV-W");
		dtocCell("dtoc-legacy-code-malformed", "legacy-code-malformed", 0, "Local Authority Code", "35");
		dtocCell("dtoc-legacy-code-unknown", "legacy-code-unknown", 0, "Local Authority Code", "999");
		dtocCell("dtoc-acute-unknown", "acute-unknown", 0, "Acute Or Non Acute Description", "Community");
		dtocCell("dtoc-reason-unknown", "reason-unknown", 0, "Reason For Delay", "O_OTHER");
		dtocCell("dtoc-not-a-number", "not-a-number", 0, "Social Care B SUM", "twelve");
		dtocCell("dtoc-count-negative", "count-negative", 0, "NHS B SUM", "-5");
		dtocCell("dtoc-count-fractional", "count-fractional", 0, "NHS B SUM", "12.5");
		aeMissingColumn();
		aeEmpty();
		aeCell("ae-period-unparseable", "period-unparseable", 0, "Period", "OCTOBER-2016");
		aeCell("ae-ods-code-malformed", "ods-code-malformed", 0, "Org Code", "RX-1");
		aeCell("ae-parent-org-missing", "value-missing", 0, "Parent Org", "");
		aeCell("ae-not-a-number", "not-a-number", 0, "Emergency admissions via A&E - Type 1", "n/a");
		return rejects;
	}

	private List<Provider> twoTrusts() {
		return Providers.all().subList(0, 2);
	}

	private void dtocMissingColumn() {
		List<String> header = new ArrayList<>(DtocExtract.header(DtocExtract.Era.CURRENT));
		int at = header.indexOf("NHS B SUM");
		header.remove(at);
		List<List<String>> records = dtocRecords();
		records.forEach(r -> r.remove(at));
		add("dtoc-missing-column.csv", dtocBytes(header, records), "FILE", "", "NHS B SUM", "", "csv-missing-column");
	}

	private void dtocTooManyFields() {
		List<List<String>> records = dtocRecords();
		records.get(1).add("oops");
		add("dtoc-too-many-fields.csv", dtocBytes(DtocExtract.header(DtocExtract.Era.CURRENT), records), "RECORD",
				Integer.toString(DTOC_FIRST_LINE + 1), "", "oops", "csv-too-many-fields");
	}

	private void dtocCell(String file, String rule, int row, String column, String value) {
		List<String> header = DtocExtract.header(DtocExtract.Era.CURRENT);
		List<List<String>> records = dtocRecords();
		records.get(row).set(header.indexOf(column), value);
		add(file + ".csv", dtocBytes(header, records), "RECORD", Integer.toString(DTOC_FIRST_LINE + row), column, value,
				rule);
	}

	private List<List<String>> dtocRecords() {
		return DtocExtract.records(MONTH, dtoc.rows(MONTH, twoTrusts()), DtocExtract.Era.CURRENT);
	}

	private static byte[] dtocBytes(List<String> header, List<List<String>> records) {
		return CsvBytes.write(CsvLayout.plain(DtocExtract.titleLines(MONTH, 3, false)), header, records);
	}

	private void aeMissingColumn() {
		List<String> header = new ArrayList<>(AeExtract.header(AeExtract.Era.NUMBER_OF));
		header.remove(header.size() - 1);
		List<List<String>> records = aeRecords(AeExtract.Era.NUMBER_OF);
		records.forEach(r -> r.remove(r.size() - 1));
		add("ae-missing-column.csv", aeBytes(header, records), "FILE", "", "Other emergency admissions", "",
				"csv-missing-column");
	}

	private void aeEmpty() {
		List<List<String>> records = aeRecords(AeExtract.Era.BOOKED_APPOINTMENTS);
		List<List<String>> totalOnly = List.of(records.get(records.size() - 1));
		add("ae-empty.csv", aeBytes(AeExtract.header(AeExtract.Era.BOOKED_APPOINTMENTS), totalOnly), "FILE", "", "", "",
				"extract-empty");
	}

	private void aeCell(String file, String rule, int row, String column, String value) {
		List<String> header = AeExtract.header(AeExtract.Era.BOOKED_APPOINTMENTS);
		List<List<String>> records = aeRecords(AeExtract.Era.BOOKED_APPOINTMENTS);
		records.get(row).set(header.indexOf(column), value);
		add(file + ".csv", aeBytes(header, records), "RECORD", Integer.toString(AE_FIRST_LINE + row), column, value,
				rule);
	}

	private List<List<String>> aeRecords(AeExtract.Era era) {
		List<AeRow> rows = ae.rows(MONTH).subList(0, 2);
		return AeExtract.records(MONTH, rows, era, AeExtract.TotalLabel.ORG_CODE, 0);
	}

	private static byte[] aeBytes(List<String> header, List<List<String>> records) {
		return CsvBytes.write(CsvLayout.plain(List.of()), header, records);
	}

	private void add(String file, byte[] bytes, String level, String row, String column, String value, String rule) {
		rejects.add(new Reject(file, bytes, level, "", row, column, value, rule));
	}

}
