package nl.vangnet.inforequest;

/** The professional's profession, a closed list. */
public enum Profession {
    GP, TEACHER, NEIGHBOURHOOD_POLICE_OFFICER, YOUTH_CARE, CHILDCARE, MENTAL_HEALTH_CARE, MEDICAL_SPECIALIST, SOCIAL_WORK,
    OTHER_PROFESSIONAL
}
