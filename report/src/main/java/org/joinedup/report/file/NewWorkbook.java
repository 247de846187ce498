package org.joinedup.report.file;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * A new, empty workbook whose shared strings table looks a plain text up by the text
 * itself. POI's own table serialises every string to XML to look it up, which was most of
 * the time spent writing a report's cells; the file written is the same.
 */
public final class NewWorkbook {

	private NewWorkbook() {
	}

	public static XSSFWorkbook create() {
		return new XSSFWorkbook(new Factory());
	}

	private static final class Factory extends XSSFFactory {

		@Override
		public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
			return descriptor == XSSFRelation.SHARED_STRINGS ? new TextIndexedSharedStrings()
					: super.newDocumentPart(descriptor);
		}

	}

	private static final class TextIndexedSharedStrings extends SharedStringsTable {

		/** Never in XML, so a plain text's key differs from any string's XML. */
		private static final char PLAIN = '\0';

		@Override
		protected String xmlText(CTRst item) {
			return isPlainText(item) ? PLAIN + item.getT() : super.xmlText(item);
		}

		/** Text alone: no formatted runs and no phonetic guide. */
		private static boolean isPlainText(CTRst item) {
			return item.isSetT() && item.sizeOfRArray() == 0 && item.sizeOfRPhArray() == 0 && !item.isSetPhoneticPr();
		}

	}

}
