package org.joinedup.report.file;

import javax.xml.namespace.QName;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;

/**
 * A new, empty workbook whose shared strings table looks a plain text up by the text
 * itself. POI's own table serialises every string to XML to look it up, which was most of
 * the time spent writing a report's cells; the file written is the same.
 */
public final class NewWorkbook {

	private NewWorkbook() {
	}

	public static XSSFWorkbook create() {
		XSSFWorkbook workbook = new XSSFWorkbook(new Factory());
		addNormalStyle(workbook);
		return workbook;
	}

	/**
	 * The built-in cell style "Normal" every stylesheet Excel writes has, on the default
	 * format: without it readers such as openpyxl warn that the workbook "contains no
	 * default style".
	 */
	static void addNormalStyle(XSSFWorkbook workbook) {
		CTStylesheet stylesheet = workbook.getStylesSource().getCTStylesheet();
		// POI's own schema subset lacks the cellStyles types: written as plain XML.
		try (XmlCursor cursor = stylesheet.newCursor()) {
			if (cursor.toChild(qName("cellStyles"))) {
				return;
			}
			// at the end of a new stylesheet: POI puts the parts it writes before it, in
			// the schema's order
			cursor.toEndToken();
			cursor.beginElement(qName("cellStyles"));
			cursor.insertAttributeWithValue("count", "1");
			cursor.beginElement(qName("cellStyle"));
			cursor.insertAttributeWithValue("name", "Normal");
			cursor.insertAttributeWithValue("xfId", "0");
			cursor.insertAttributeWithValue("builtinId", "0");
		}
	}

	private static QName qName(String local) {
		return new QName(XSSFRelation.NS_SPREADSHEETML, local);
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
