package org.joinedup.ingest.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.AreaPtgBase;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.NameXPtg;
import org.apache.poi.ss.formula.ptg.NameXPxg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.provenance.Provenance;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * A workbook loaded whole by POI's usermodel (XSSF or HSSF). Merged cells give their
 * value in the top-left cell only, as the file stores them; the other cells of the region
 * read blank. A formula the file stores no result for is calculated by POI's evaluator;
 * one that cannot be (a function POI lacks, a reference to another file, or an area too
 * large to calculate safely) is read as its formula text, with a warning.
 */
final class PoiUsermodelWorkbook implements Workbook {

	/** A formula summing a whole column must not hold up the night: none calculated. */
	private static final int MAX_AREA_CELLS = 10_000;

	private final String file;

	private final org.apache.poi.ss.usermodel.Workbook workbook;

	private final BooleanSupplier stopRequested;

	private final FormulaWarnings formulaWarnings = new FormulaWarnings();

	private FormulaEvaluator evaluator;

	PoiUsermodelWorkbook(String file, org.apache.poi.ss.usermodel.Workbook workbook, BooleanSupplier stopRequested) {
		this.file = file;
		this.workbook = workbook;
		this.stopRequested = stopRequested;
	}

	@Override
	public String file() {
		return file;
	}

	@Override
	public List<Sheet> sheets() {
		List<Sheet> sheets = new ArrayList<>();
		for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
			if (workbook.getSheetVisibility(index) == SheetVisibility.VISIBLE) {
				sheets.add(new UsermodelSheet(workbook.getSheetAt(index)));
			}
		}
		return sheets;
	}

	@Override
	public List<Finding> warnings() {
		return formulaWarnings.findings();
	}

	@Override
	public void close() {
		try {
			workbook.close();
		}
		catch (IOException ignored) {
			// opened read-only: nothing was written that could be lost
		}
	}

	private final class UsermodelSheet implements Sheet {

		private final org.apache.poi.ss.usermodel.Sheet sheet;

		UsermodelSheet(org.apache.poi.ss.usermodel.Sheet sheet) {
			this.sheet = sheet;
		}

		@Override
		public String name() {
			return sheet.getSheetName();
		}

		@Override
		public String file() {
			return file;
		}

		@Override
		public Stream<Row> rows() {
			return StreamSupport
				.stream(Spliterators.spliteratorUnknownSize(sheet.rowIterator(), Spliterator.ORDERED), false)
				.map(this::toRow)
				.filter(row -> !row.isBlank());
		}

		@Override
		public Row row(int number) {
			org.apache.poi.ss.usermodel.Row row = sheet.getRow(number - 1);
			return row == null ? Row.blank(file, name(), number) : toRow(row);
		}

		/**
		 * POI loads the XML whole but decodes a cell only when asked, so a damaged cell
		 * fails here.
		 */
		private Row toRow(org.apache.poi.ss.usermodel.Row row) {
			if (stopRequested.getAsBoolean()) {
				throw new ReadingStopped(file);
			}
			try {
				Row.Cells cells = new Row.Cells();
				for (Iterator<Cell> stored = row.cellIterator(); stored.hasNext();) {
					Cell cell = stored.next();
					if (cell.getColumnIndex() >= SpreadsheetVersion.EXCEL2007.getMaxColumns()) {
						throw new IllegalArgumentException("No such column: " + cell.getAddress());
					}
					Object value;
					if (storesNoResult(cell)) {
						value = calculated(cell);
					}
					else {
						value = storesNoValue(cell) ? null : value(cell, cell.getCellType());
					}
					cells.put(cell.getColumnIndex(), value);
				}
				return cells.toRow(file, name(), row.getRowNum() + 1);
			}
			catch (RuntimeException failure) {
				throw WorkbookFailures.translate(file, failure);
			}
		}

		private Object value(Cell cell, CellType type) {
			return switch (type) {
				case STRING -> cell.getStringCellValue();
				case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
						: cell.getNumericCellValue();
				case BOOLEAN -> cell.getBooleanCellValue();
				case ERROR -> errorText(cell.getErrorCellValue());
				case FORMULA -> value(cell, cell.getCachedFormulaResultType());
				default -> null;
			};
		}

		/**
		 * The formula's result as POI's evaluator gives it, or its text with a warning.
		 */
		private Object calculated(Cell cell) {
			String formula = "=" + cell.getCellFormula();
			if (calculable(cell)) {
				try {
					CellValue result = evaluator().evaluate(cell);
					if (result != null) {
						return switch (result.getCellType()) {
							case NUMERIC -> DateUtil.isCellDateFormatted(cell)
									? DateUtil.getLocalDateTime(result.getNumberValue(), isDate1904()).toLocalDate()
									: result.getNumberValue();
							case STRING -> result.getStringValue();
							case BOOLEAN -> result.getBooleanValue();
							case ERROR -> errorText(result.getErrorValue());
							default -> null;
						};
					}
				}
				catch (RuntimeException | StackOverflowError notCalculable) {
					// a function POI lacks, a reference to another file, a cycle: read
					// the text
				}
			}
			formulaWarnings.notCalculated(new Provenance(file, name(), cell.getRowIndex() + 1,
					CellReference.convertNumToColString(cell.getColumnIndex())), formula);
			return formula;
		}

		/**
		 * Whether the formula refers to nothing larger than {@link #MAX_AREA_CELLS} cells
		 * and to no defined name (which could be any size).
		 */
		private boolean calculable(Cell cell) {
			Ptg[] tokens;
			try {
				tokens = FormulaParser.parse(cell.getCellFormula(),
						XSSFEvaluationWorkbook.create((XSSFWorkbook) workbook), FormulaType.CELL,
						workbook.getSheetIndex(sheet));
			}
			catch (RuntimeException unparseable) {
				return false;
			}
			for (Ptg token : tokens) {
				if (token instanceof NamePtg || token instanceof NameXPtg || token instanceof NameXPxg) {
					return false;
				}
				if (token instanceof AreaPtgBase area && (long) (area.getLastRow() - area.getFirstRow() + 1)
						* (area.getLastColumn() - area.getFirstColumn() + 1) > MAX_AREA_CELLS) {
					return false;
				}
			}
			return true;
		}

		private String errorText(byte code) {
			return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#ERROR";
		}

	}

	/**
	 * XSSF reads a formula cell whose file stores no result ({@code <f>} without
	 * {@code <v>}, or an empty {@code <v/>} where the result is not text) as 0; the file
	 * says nothing, so it is calculated. An .xls always stores a formula's result.
	 */
	private static boolean storesNoResult(Cell cell) {
		if (!(cell instanceof XSSFCell xssf) || cell.getCellType() != CellType.FORMULA) {
			return false;
		}
		CTCell stored = xssf.getCTCell();
		return !stored.isSetIs() && CellDecoder.storesNoResult(stored.isSetT() ? type(stored.getT()) : null,
				stored.isSetV() ? stored.getV() : null);
	}

	/**
	 * XSSF reads a number cell whose file stores no value (an empty {@code <v/>}) as 0;
	 * the file says nothing, so it reads blank, as when streamed.
	 */
	private static boolean storesNoValue(Cell cell) {
		if (!(cell instanceof XSSFCell xssf)) {
			return false;
		}
		CTCell stored = xssf.getCTCell();
		return !stored.isSetIs() && (stored.getV() == null || stored.getV().isEmpty());
	}

	private static String type(STCellType.Enum type) {
		return type.toString();
	}

	private boolean isDate1904() {
		return workbook instanceof XSSFWorkbook xssf && xssf.isDate1904();
	}

	private FormulaEvaluator evaluator() {
		if (evaluator == null) {
			evaluator = workbook.getCreationHelper().createFormulaEvaluator();
		}
		return evaluator;
	}

}
