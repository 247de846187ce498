package org.joinedup.samples.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Serialises a workbook after evaluating its formulas, so every formula cell carries its
 * cached value.
 */
public final class WorkbookBytes {

	private WorkbookBytes() {
	}

	public static byte[] of(Workbook wb, LocalDate created) {
		try (wb) {
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			if (wb instanceof XSSFWorkbook x) {
				var core = x.getProperties().getCoreProperties();
				Date when = Date.from(created.atStartOfDay().toInstant(ZoneOffset.UTC));
				core.setCreated(Optional.of(when));
				core.setModified(Optional.of(when));
				core.setCreator("Better Care Support Team template");
				x.write(out);
				return DeterministicZip.normalize(out.toByteArray());
			}
			if (wb instanceof HSSFWorkbook h) {
				h.createInformationProperties();
				h.getSummaryInformation().setAuthor("Better Care Support Team template");
			}
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
