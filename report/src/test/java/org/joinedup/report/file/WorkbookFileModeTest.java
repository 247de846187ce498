package org.joinedup.report.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A saved workbook's mode follows the umask of the process that saves it, as any file it
 * creates would: colleagues on a shared drive can open it under the usual 022.
 */
class WorkbookFileModeTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@CsvSource({ "022, rw-r--r--", "002, rw-rw-r--", "077, rw-------" })
	void aSavedWorkbookFollowsTheUmask(String umask, String mode) throws Exception {
		Path target = dir.resolve("joinedup-quarterly-2016-17-Q4.xlsx");
		String java = ProcessHandle.current().info().command().orElse("java");
		Process save = new ProcessBuilder("sh", "-c", "umask " + umask + " && exec \"$0\" -cp \"$1\" \"$2\" \"$3\"",
				java, System.getProperty("java.class.path"), SaveOne.class.getName(), target.toString())
			.inheritIO()
			.start();
		assertThat(save.waitFor(5, TimeUnit.MINUTES)).isTrue();

		assertThat(save.exitValue()).isZero();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo(mode);
		try (var files = Files.list(dir)) {
			assertThat(files).containsExactly(target);
		}
	}

	/** Saves one small workbook at the path given. */
	static final class SaveOne {

		public static void main(String[] args) {
			WorkbookFile.save(Path.of(args[0]), () -> {
				XSSFWorkbook workbook = new XSSFWorkbook();
				workbook.createSheet("Summary").createRow(0).createCell(0).setCellValue("ok");
				return workbook;
			});
		}

	}

}
