package org.joinedup.ingest.workbook;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;
import org.joinedup.ingest.provenance.Provenance;

/**
 * Pulls the non-blank rows out of one sheet's XML, one {@code <row>} at a time, checking
 * before each whether to stop. A formula the file stores no result for is read as its
 * formula text, with a warning: a streamed sheet cannot calculate it.
 */
final class SheetXmlRows implements Iterator<Row> {

	private final XMLStreamReader xml;

	private final CellDecoder decoder;

	private final String file;

	private final String sheet;

	private final BooleanSupplier stopRequested;

	private final FormulaWarnings formulaWarnings;

	private int lastRowNumber;

	private Row next;

	private boolean finished;

	SheetXmlRows(XMLStreamReader xml, CellDecoder decoder, String file, String sheet, BooleanSupplier stopRequested,
			FormulaWarnings formulaWarnings) {
		this.xml = xml;
		this.decoder = decoder;
		this.file = file;
		this.sheet = sheet;
		this.stopRequested = stopRequested;
		this.formulaWarnings = formulaWarnings;
	}

	Stream<Row> stream() {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false);
	}

	@Override
	public boolean hasNext() {
		while (next == null && !finished) {
			try {
				next = readRow();
			}
			catch (XMLStreamException | RuntimeException failure) {
				finished = true;
				throw WorkbookFailures.translate(file, failure);
			}
		}
		return next != null;
	}

	@Override
	public Row next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		Row row = next;
		next = null;
		return row;
	}

	/**
	 * The next row, null for a blank one; sets {@code finished} at the end of the sheet.
	 */
	private Row readRow() throws XMLStreamException {
		while (xml.hasNext()) {
			if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
				if (stopRequested.getAsBoolean()) {
					throw new ReadingStopped(file);
				}
				String reference = WorkbookXml.attribute(xml, "r");
				lastRowNumber = reference == null ? lastRowNumber + 1 : Integer.parseInt(reference.trim());
				Row row = readCells().toRow(file, sheet, lastRowNumber);
				return row.isBlank() ? null : row;
			}
		}
		finished = true;
		return null;
	}

	private Row.Cells readCells() throws XMLStreamException {
		Row.Cells cells = new Row.Cells();
		int column = -1;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
				break;
			}
			if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
				String reference = WorkbookXml.attribute(xml, "r");
				column = reference == null ? column + 1 : columnIndex(reference);
				cells.put(column, readCell(column, WorkbookXml.attribute(xml, "t"), WorkbookXml.attribute(xml, "s")));
			}
		}
		return cells;
	}

	private Object readCell(int column, String type, String style) throws XMLStreamException {
		String value = null;
		String formula = null;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
				break;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
					case "v" -> value = xml.getElementText();
					case "is" -> value = readInlineString();
					case "f" -> formula = xml.getElementText();
					default -> {
					}
				}
			}
		}
		if (formula != null && CellDecoder.storesNoResult(type, value)) {
			// a shared formula's other cells name only the group: there is no text to
			// give
			String text = formula.isBlank() ? null : "=" + formula;
			formulaWarnings.notCalculated(new Provenance(file, sheet, lastRowNumber,
					CellReference.convertNumToColString(Math.max(column, 0))), text);
			return text;
		}
		return decoder.decode(type, style, value);
	}

	/** The text runs of an inline string, leaving out phonetic ({@code rPh}) runs. */
	private String readInlineString() throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int phoneticDepth = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT && "is".equals(xml.getLocalName())) {
				break;
			}
			if (event == XMLStreamConstants.START_ELEMENT && "rPh".equals(xml.getLocalName())) {
				phoneticDepth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT && "rPh".equals(xml.getLocalName())) {
				phoneticDepth--;
			}
			else if (event == XMLStreamConstants.START_ELEMENT && "t".equals(xml.getLocalName())) {
				String run = xml.getElementText();
				if (phoneticDepth == 0) {
					text.append(run);
				}
			}
		}
		return text.toString();
	}

	/**
	 * {@code AB12} gives 27; a column past Excel's last ({@code XFD}) is damage, not a
	 * cell.
	 */
	private static int columnIndex(String reference) {
		int column = 0;
		for (char character : reference.toCharArray()) {
			if (!Character.isLetter(character)) {
				break;
			}
			column = column * 26 + (Character.toUpperCase(character) - 'A' + 1);
			if (column > SpreadsheetVersion.EXCEL2007.getMaxColumns()) {
				throw new IllegalArgumentException("No such column: " + reference);
			}
		}
		return column - 1;
	}

}
