package org.joinedup.report.style;

/**
 * Red, amber and green for status values: Excel's own "Good", "Neutral" and "Bad" light
 * fills with dark text of the same hue, each at least 4.5:1 in contrast (WCAG AA) and
 * readable without the colour, as the status is also written out.
 */
public enum StatusColour {

	GREEN("C6EFCE", "006100"), AMBER("FFEB9C", "7A4400"), RED("FFC7CE", "9C0006");

	private final String fill;

	private final String text;

	StatusColour(String fill, String text) {
		this.fill = fill;
		this.text = text;
	}

	/** The fill, as hex RGB: "C6EFCE". */
	public String fill() {
		return fill;
	}

	/** The text colour, as hex RGB. */
	public String text() {
		return text;
	}

	public static byte[] rgb(String hex) {
		return new byte[] { (byte) Integer.parseInt(hex.substring(0, 2), 16),
				(byte) Integer.parseInt(hex.substring(2, 4), 16), (byte) Integer.parseInt(hex.substring(4, 6), 16) };
	}

}
