package org.joinedup.transform.load;

import java.util.Comparator;
import java.util.List;

import org.joinedup.transform.activity.ActivityMonthlyType;
import org.joinedup.transform.ae.AeMonthlyType;
import org.joinedup.transform.area.AreasReferenceType;
import org.joinedup.transform.bcf.BcfQuarterlyType;
import org.joinedup.transform.dtoc.DtocMonthlyType;
import org.joinedup.transform.dtocla.DtocLaMonthlyType;
import org.joinedup.transform.episode.EpisodesType;
import org.joinedup.transform.population.PopulationReferenceType;
import org.joinedup.transform.provider.ProvidersReferenceType;
import org.joinedup.transform.survey.SurveyTypes;
import org.joinedup.warehouse.ReturnType;

/**
 * The registry: the definition of every {@link ReturnType}, in detection order. A new
 * return type adds its definition here (and its constant to {@link ReturnType}); nothing
 * else lists the types.
 */
public final class ReturnTypes {

	public static final List<ReturnTypeDefinition> ALL = inDetectionOrder(ActivityMonthlyType.DEFINITION,
			PopulationReferenceType.DEFINITION, DtocLaMonthlyType.DEFINITION, BcfQuarterlyType.DEFINITION,
			AreasReferenceType.DEFINITION, DtocMonthlyType.DEFINITION, AeMonthlyType.DEFINITION,
			ProvidersReferenceType.DEFINITION, SurveyTypes.RESPONSES, SurveyTypes.AGGREGATE, EpisodesType.DEFINITION,
			DtocLaMonthlyType.ENGLAND_SERIES);

	private ReturnTypes() {
	}

	private static List<ReturnTypeDefinition> inDetectionOrder(ReturnTypeDefinition... definitions) {
		List<ReturnTypeDefinition> all = List.of(definitions)
			.stream()
			.sorted(Comparator.comparing(ReturnTypeDefinition::type))
			.toList();
		if (!all.stream().map(ReturnTypeDefinition::type).toList().equals(ReturnType.known())) {
			throw new IllegalStateException("every known return type needs exactly one definition: "
					+ all.stream().map(ReturnTypeDefinition::type).toList() + " against " + ReturnType.known());
		}
		return all;
	}

}
