package nl.vangnet.person;

/** The role a person has in a household's dossier. */
public enum PersonRole {
    VICTIM, ALLEGED_PERPETRATOR, CHILD, PARENT_OR_CAREGIVER, OTHER_HOUSEHOLD_MEMBER, OTHER
}
