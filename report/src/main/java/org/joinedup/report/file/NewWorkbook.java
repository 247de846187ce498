package org.joinedup.report.file;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * A new, empty workbook whose shared strings table finds a plain text it already holds by
 * the text itself. POI's own table serialises every string to XML to look it up, which
 * was most of the time spent writing a report's cells; the file written is the same.
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

		private final Map<String, Integer> plainTexts = new HashMap<>();

		@Override
		public int addSharedStringItem(RichTextString string) {
			CTRst item = string instanceof XSSFRichTextString rich ? rich.getCTRst() : null;
			if (item == null || !isPlainText(item)) {
				return super.addSharedStringItem(string);
			}
			Integer known = plainTexts.get(item.getT());
			if (known != null) {
				count++;
				return known;
			}
			int added = super.addSharedStringItem(string);
			plainTexts.put(item.getT(), added);
			return added;
		}

		/** Text alone: no formatted runs and no phonetic guide. */
		private static boolean isPlainText(CTRst item) {
			return item.isSetT() && item.sizeOfRArray() == 0 && item.sizeOfRPhArray() == 0 && !item.isSetPhoneticPr();
		}

	}

}
