package nl.vangnet.intake;

import java.util.Set;

/** Professional reporter categories after the CBS figures; health care has sub-categories. */
public enum ReporterCategory {
    POLICE, HEALTH_CARE, MENTAL_HEALTH_CARE, CHILDCARE, EDUCATION, COMPULSORY_EDUCATION_OFFICER, YOUTH_CARE, JUSTICE,
    SOCIAL_CARE, OTHER_VT_REGION, OTHER;

    /** Sub-categories of health care. */
    public static final Set<String> HEALTH_CARE_SUBCATEGORIES = Set.of("GP", "HOSPITAL", "YOUTH_HEALTH_CARE", "OTHER");
}
