package org.joinedup.transform.bcf;

import java.util.List;

/**
 * The label/value pairs of a Better Care Fund return's Cover sheet, with their accepted
 * aliases.
 */
public enum CoverField {

	HWB_NAME(true, "Health and Wellbeing Board"), ONS_CODE(true, "ONS code", "HWB code", "GSS code"),
	REPORTING_PERIOD(true, "Reporting period", "Quarter"), TEMPLATE_VERSION(true, "Template version"),
	COMPLETED_BY(false, "Completed by"), EMAIL(false, "E-mail"), TELEPHONE(false, "Telephone"),
	DATE_SIGNED_OFF(false, "Date signed off");

	private final boolean required;

	private final List<String> labels;

	CoverField(boolean required, String... labels) {
		this.required = required;
		this.labels = List.of(labels);
	}

	public boolean required() {
		return required;
	}

	public List<String> labels() {
		return labels;
	}

	public String label() {
		return labels.get(0);
	}

}
