package org.joinedup.ingest.workbook;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * The names of a workbook's sheets (hidden ones too), read cheaply for detection: the
 * workbook part of an .xlsx, the sheet records at the head of an .xls. Empty for a file
 * that cannot be read so (encrypted, damaged, not a workbook), which leaves it to the
 * reader that opens it whole to tell the submitter why.
 */
public final class SheetNames {

	private SheetNames() {
	}

	/**
	 * Within {@code limits}: empty for a file past them, as for one that is unreadable.
	 */
	public static List<String> of(Path file, FileMagic magic, WorkbookLimits limits) {
		try {
			return switch (magic) {
				case OOXML -> ooxml(file, limits);
				case OLE2 -> biff(file, limits);
				default -> List.of();
			};
		}
		catch (Exception | NoClassDefFoundError unreadable) {
			// the latter: a part compressed in a way no decoder here reads (see
			// WorkbookFailures)
			return List.of();
		}
	}

	private static List<String> ooxml(Path file, WorkbookLimits limits) throws Exception {
		ZipLimits.apply(limits);
		ZipDirectory.check(file, file.getFileName().toString(), limits);
		OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		try (InputStream workbookData = new XSSFReader(pkg).getWorkbookData()) {
			return WorkbookXml.read(workbookData).sheets().stream().map(WorkbookXml.SheetEntry::name).toList();
		}
		finally {
			pkg.revert();
		}
	}

	/** The sheet records all come before the end of the workbook's global records. */
	private static List<String> biff(Path file, WorkbookLimits limits) throws Exception {
		if (Files.size(file) > limits.xlsSize()) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		HSSFRequest request = new HSSFRequest();
		AbortableHSSFListener listener = new AbortableHSSFListener() {
			@Override
			public short abortableProcessRecord(Record record) {
				if (record instanceof BoundSheetRecord sheet) {
					names.add(sheet.getSheetname());
					return 0;
				}
				return 1;
			}
		};
		request.addListener(listener, BoundSheetRecord.sid);
		request.addListener(listener, EOFRecord.sid);
		try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
			new HSSFEventFactory().abortableProcessWorkbookEvents(request, container);
		}
		return List.copyOf(names);
	}

}
