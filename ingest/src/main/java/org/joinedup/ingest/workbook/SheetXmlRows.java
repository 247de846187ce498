package org.joinedup.ingest.workbook;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Pulls the non-blank rows out of one sheet's XML, one {@code <row>} at a time. */
final class SheetXmlRows implements Iterator<Row> {

	private final XMLStreamReader xml;

	private final CellDecoder decoder;

	private final String file;

	private final String sheet;

	private int lastRowNumber;

	private Row next;

	private boolean finished;

	SheetXmlRows(XMLStreamReader xml, CellDecoder decoder, String file, String sheet) {
		this.xml = xml;
		this.decoder = decoder;
		this.file = file;
		this.sheet = sheet;
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
				String reference = WorkbookXml.attribute(xml, "r");
				lastRowNumber = reference == null ? lastRowNumber + 1 : Integer.parseInt(reference.trim());
				Row row = new Row(file, sheet, lastRowNumber, readCells());
				return row.isBlank() ? null : row;
			}
		}
		finished = true;
		return null;
	}

	private Object[] readCells() throws XMLStreamException {
		List<Object> values = new ArrayList<>();
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
				break;
			}
			if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
				String reference = WorkbookXml.attribute(xml, "r");
				int column = reference == null ? values.size() : columnIndex(reference);
				Object value = readCell(WorkbookXml.attribute(xml, "t"), WorkbookXml.attribute(xml, "s"));
				while (values.size() <= column) {
					values.add(null);
				}
				values.set(column, value);
			}
		}
		return values.toArray();
	}

	private Object readCell(String type, String style) throws XMLStreamException {
		String value = null;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
				break;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
					case "v" -> value = xml.getElementText();
					case "is" -> value = readInlineString();
					default -> {
					}
				}
			}
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

	/** {@code AB12} gives 27. */
	private static int columnIndex(String reference) {
		int column = 0;
		for (char character : reference.toCharArray()) {
			if (!Character.isLetter(character)) {
				break;
			}
			column = column * 26 + (Character.toUpperCase(character) - 'A' + 1);
		}
		return column - 1;
	}

}
