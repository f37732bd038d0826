package nl.vangnet.disclosure;

/**
 * The closed list of legal grounds on which Veilig Thuis may pass on personal data (DOMAIN.md "Exchanging data";
 * the information request's necessity from "Information requests to professionals", Wmo 2015 art. 5.2.6). A
 * disclosure names exactly one; there is no "other". The notice to B&W is the legal duty DOMAIN.md names in the
 * lifecycle.
 */
public enum LegalGround {
    /** The persons concerned consented. */
    CONSENT,
    /** Legal duty: the inspectorate IGJ on a calamity. */
    LEGAL_DUTY_IGJ_CALAMITY,
    /** Legal duty: a certified institution (GI) under a supervision order. */
    LEGAL_DUTY_CERTIFIED_INSTITUTION,
    /**
     * Legal duty: telling the municipal executive (B&W) that Veilig Thuis asked the RvdK for an investigation
     * (DOMAIN.md "Lifecycle"; the public text: "meldt Veilig Thuis dit aan het college van B&W").
     */
    LEGAL_DUTY_BW_NOTICE,
    /** Child protection: the Raad voor de Kinderbescherming. */
    CHILD_PROTECTION_RVDK,
    /** Child protection: another Veilig Thuis organisation. */
    CHILD_PROTECTION_OTHER_VEILIG_THUIS,
    /** Child protection: the judiciary or the public prosecutor (OM). */
    CHILD_PROTECTION_JUDICIARY,
    /** Child protection: the Central Authority for international child matters. */
    CHILD_PROTECTION_CENTRAL_AUTHORITY,
    /** Care providers and bodies directly involved in the help, where Veilig Thuis's task needs it. */
    CARE_PROVIDER_DIRECTLY_INVOLVED,
    /** Preventing serious harm, a crime or danger: the police, a Zorg- en Veiligheidshuis. */
    PREVENT_SERIOUS_HARM,
    /** Billing control by the municipality: only name, address, place, BSN and the services delivered. */
    BILLING_CONTROL,
    /** A signal to the Verwijsindex risicojongeren (VIR; ESAR in Flevoland): only BSN, Veilig Thuis and the date. */
    VIR_SIGNAL,
    /** Without consent, necessary to end or investigate domestic violence or child abuse (Wmo 2015 art. 5.2.6). */
    INVESTIGATION_NECESSITY
}
