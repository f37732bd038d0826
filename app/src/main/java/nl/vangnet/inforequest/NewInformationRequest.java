package nl.vangnet.inforequest;

import java.util.List;

/**
 * A request as the worker gives it (strings as typed; the service checks them): the professional, the persons of the
 * dossier it is about, why the information is needed, consent and, without everyone's consent, why sharing is
 * necessary anyway; whether the persons know of the request and how they reacted; by phone or in writing; the due
 * date (empty: {@value InformationRequests#DUE_WORKING_DAYS} working days).
 */
public record NewInformationRequest(String professionalName, String professionalOrganisation, String profession,
        String professionalEmail, String professionalPhone, List<String> personIds, String purpose, String consent,
        String withoutConsentReason, Boolean personsKnow, String personsReaction, String channel, String dueOn) {
}
