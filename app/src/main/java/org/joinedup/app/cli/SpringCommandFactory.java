package org.joinedup.app.cli;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine;

/**
 * Lets picocli use the Spring beans for commands, and make anything else (converters,
 * help) itself. Commands are prototype beans: picocli keeps option values in the command
 * object, so each command line needs fresh ones.
 */
class SpringCommandFactory implements CommandLine.IFactory {

	private final ApplicationContext context;

	SpringCommandFactory(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public <K> K create(Class<K> type) throws Exception {
		try {
			return context.getBean(type);
		}
		catch (NoSuchBeanDefinitionException notABean) {
			return CommandLine.defaultFactory().create(type);
		}
	}

}
