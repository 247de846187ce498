package org.joinedup.ingest.workbook;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;

/**
 * What the streaming engine needs from {@code xl/workbook.xml}: the date system and the
 * sheets.
 */
record WorkbookXml(boolean date1904, List<SheetEntry> sheets) {

	record SheetEntry(String name, String relationshipId, boolean visible) {
	}

	static WorkbookXml read(InputStream workbookData) throws XMLStreamException {
		XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(workbookData);
		try {
			boolean date1904 = false;
			List<SheetEntry> sheets = new ArrayList<>();
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				switch (xml.getLocalName()) {
					case "workbookPr" -> date1904 = isTrue(attribute(xml, "date1904"));
					case "sheet" -> sheets.add(new SheetEntry(attribute(xml, "name"), relationshipId(xml),
							attribute(xml, "state") == null || "visible".equals(attribute(xml, "state"))));
					default -> {
					}
				}
			}
			return new WorkbookXml(date1904, List.copyOf(sheets));
		}
		finally {
			xml.close();
		}
	}

	private static boolean isTrue(String value) {
		return "1".equals(value) || "true".equals(value);
	}

	static String attribute(XMLStreamReader xml, String localName) {
		for (int index = 0; index < xml.getAttributeCount(); index++) {
			String prefix = xml.getAttributePrefix(index);
			if ((prefix == null || prefix.isEmpty()) && localName.equals(xml.getAttributeLocalName(index))) {
				return xml.getAttributeValue(index);
			}
		}
		return null;
	}

	/** The {@code r:id} attribute, whichever prefix the relationships namespace has. */
	private static String relationshipId(XMLStreamReader xml) {
		for (int index = 0; index < xml.getAttributeCount(); index++) {
			String prefix = xml.getAttributePrefix(index);
			if (prefix != null && !prefix.isEmpty() && "id".equals(xml.getAttributeLocalName(index))) {
				return xml.getAttributeValue(index);
			}
		}
		return null;
	}
}
