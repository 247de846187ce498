package org.joinedup.ingest.workbook;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.joinedup.ingest.finding.Finding;

/**
 * An .xlsx read without loading it: POI's {@link XSSFReader} gives the parts,
 * {@link ReadOnlySharedStringsTable} the strings, and each sheet's XML is pulled with
 * StAX as its rows are consumed. (POI's {@code XSSFSheetXMLHandler} pushes values already
 * formatted as text, which would lose their types.) Merged cells give their value in the
 * top-left cell only.
 */
final class StreamingXlsxWorkbook implements Workbook {

	private final String file;

	private final OPCPackage pkg;

	private final XSSFReader reader;

	private final CellDecoder decoder;

	private final WorkbookXml workbookXml;

	private final Set<Closeable> openStreams = ConcurrentHashMap.newKeySet();

	private final BooleanSupplier stopRequested;

	private final FormulaWarnings formulaWarnings = new FormulaWarnings();

	/**
	 * Takes over an open package, already checked whole (its shared strings within their
	 * limit, so the table held here is bounded); closing the workbook reverts it.
	 */
	StreamingXlsxWorkbook(String file, OPCPackage pkg, BooleanSupplier stopRequested) throws Exception {
		this.file = file;
		this.pkg = pkg;
		this.stopRequested = stopRequested;
		this.reader = new XSSFReader(pkg);
		try (InputStream workbookData = reader.getWorkbookData()) {
			this.workbookXml = WorkbookXml.read(workbookData);
		}
		StylesTable styles = reader.getStylesTable();
		this.decoder = new CellDecoder(new ReadOnlySharedStringsTable(pkg, false), styles, workbookXml.date1904());
	}

	@Override
	public String file() {
		return file;
	}

	@Override
	public List<Sheet> sheets() {
		List<Sheet> sheets = new ArrayList<>();
		for (WorkbookXml.SheetEntry entry : workbookXml.sheets()) {
			if (entry.visible()) {
				sheets.add(new StreamingSheet(entry));
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
		for (Closeable stream : List.copyOf(openStreams)) {
			closeQuietly(stream);
		}
		pkg.revert();
	}

	private static void closeQuietly(Closeable stream) {
		try {
			stream.close();
		}
		catch (IOException ignored) {
			// a read-only stream: nothing to lose
		}
	}

	private final class StreamingSheet implements Sheet {

		private final WorkbookXml.SheetEntry entry;

		StreamingSheet(WorkbookXml.SheetEntry entry) {
			this.entry = entry;
		}

		@Override
		public String name() {
			return entry.name();
		}

		@Override
		public String file() {
			return file;
		}

		@Override
		public Stream<Row> rows() {
			try {
				InputStream in = reader.getSheet(entry.relationshipId());
				XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
				Closeable closer = () -> {
					try {
						xml.close();
					}
					catch (XMLStreamException ignored) {
						// the underlying stream is closed next
					}
					in.close();
				};
				openStreams.add(closer);
				SheetXmlRows rows = new SheetXmlRows(xml, decoder, file, name(), stopRequested, formulaWarnings);
				return rows.stream().onClose(() -> {
					openStreams.remove(closer);
					closeQuietly(closer);
				});
			}
			catch (Exception failure) {
				throw WorkbookFailures.translate(file, failure);
			}
		}

	}

}
