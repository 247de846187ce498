package org.joinedup.app.nightly;

import java.io.PrintWriter;
import java.util.Optional;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error when a person is watching a terminal; nothing more
 * when not, where the plain line printed per item is the progress.
 */
final class Progress implements AutoCloseable {

	/**
	 * Moves to the start of the terminal line and clears it, so a printed line does not
	 * run into the bar.
	 */
	private static final String CLEAR_LINE = "\r\033[2K";

	private final Optional<ProgressBar> bar;

	private Progress(Optional<ProgressBar> bar) {
		this.bar = bar;
	}

	static Progress of(String task, int total) {
		if (System.console() == null) {
			return new Progress(Optional.empty());
		}
		return new Progress(Optional.of(new ProgressBarBuilder().setTaskName(task)
			.setInitialMax(total)
			.setStyle(ProgressBarStyle.ASCII)
			.setConsumer(new ConsoleProgressBarConsumer(System.err))
			.clearDisplayOnFinish()
			.build()));
	}

	/** Prints an item's line above the bar, then moves the bar on. */
	void stepWith(PrintWriter out, String line) {
		bar.ifPresent(b -> System.err.print(CLEAR_LINE));
		out.println(line);
		out.flush();
		bar.ifPresent(ProgressBar::step);
	}

	void step() {
		bar.ifPresent(ProgressBar::step);
	}

	@Override
	public void close() {
		bar.ifPresent(ProgressBar::close);
	}

}
